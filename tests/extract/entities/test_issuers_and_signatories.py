"""Issuers and signatories: the publisher, the bodies that speak, signed and endorsed lists.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import ORGANISATION, PERSON


def test_the_publishers_name_in_the_text(extract):
    x = run(
        extract,
        "Green Rivers Alliance is alarmed by the flooding. Said Anna Berg, campaigner at Green Rivers Alliance.",
        publisher="Green Rivers Alliance",
    )
    assert "Green Rivers Alliance" in names(x, ORGANISATION)
    assert "Rivers" not in names(x, PERSON)


def test_bare_signed_heading_opens_a_signatory_block(extract):
    text = (
        "The undersigned groups condemn the arrest of two land activists in Koh Kong on 3 May 2019.\n"
        "Signed:\n1. Mekong Watch Alliance (MWA)\n2. Riverside Women Network\n3. Green Delta Forum"
    )
    x = run(extract, text)
    assert {"Mekong Watch Alliance", "Riverside Women Network", "Green Delta Forum"} <= set(x.issuers)


def test_member_organisation_joins_the_speaking_list(extract):
    x = run(extract, "LICADHO and its member organisation the Tonle Sap Fishers Federation (TSFF) condemn the raid.")
    assert {"LICADHO", "Tonle Sap Fishers Federation"} <= set(x.issuers)


def test_reports_that_speaks_for_the_body(extract):
    x = run(extract, "The River Workers Alliance (RWA) reports that 300 workers walked out on Monday.", date="2016-08-03")
    assert "River Workers Alliance" in x.issuers


def test_signatories_written_inline_after_signed(extract):
    text = (
        "We, the undersigned organisations, condemn the arrest of a lawyer in Dhaka on 3 May. "
        "Signed: Lawyers Solidarity Network; Front Line Defenders; South Asia Rights Watch (SARW)."
    )
    x = run(extract, text, date="2016-05-05")
    issuers = {m.name for m in x.mentions if m.kind == ORGANISATION}
    assert {"Lawyers Solidarity Network", "South Asia Rights Watch"} <= issuers


def test_body_and_its_affiliate_speak_together(extract):
    text = (
        "The Global Federation of Reporters (GFR) and its affiliate, the Lakeside Union of Journalists (LUJ), "
        "today mourned a radio reporter shot dead in Kismayo on 29 May."
    )
    x = run(extract, text, date="2009-05-30", publisher="Global Federation of Reporters")
    assert {"Global Federation of Reporters", "Lakeside Union of Journalists"} <= set(x.issuers)


def test_kind_of_body_before_the_name_of_an_issuer(extract):
    x = run(
        extract,
        "Fishers' group PAMALAKAYA condemns the demolition. The Asia Monitor Resource Centre (AMRC) and the Thai labour federation TEAM call for talks.",
        date="2016-05-06",
    )
    assert {"PAMALAKAYA", "Asia Monitor Resource Centre", "TEAM"} <= set(x.issuers)


def test_translated_verbs_of_stance_make_issuers(extract):
    x = run(
        extract,
        "Lembaga Studi Hukum Papua (LSHP) hereby states its protest. The Papua Legal Network (PLN) is strongly condemning the shooting.",
        date="2016-05-06",
    )
    assert {"Lembaga Studi Hukum Papua", "Papua Legal Network"} <= set(x.issuers)


def test_a_body_reported_as_speaking_in_a_news_report_is_an_issuer(extract):
    text = (
        "Police detained six fishers in Lakeport on 2 May 2019. "
        "The Coastal Fishers Alliance (CFA) has condemned the arrests. "
        "In a statement, the Delta Lawyers Network said the detentions were unlawful."
    )
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert {"Coastal Fishers Alliance", "Delta Lawyers Network"} <= set(x.issuers)


def test_bodies_reported_with_other_verbs_of_speech_are_issuers(extract):
    text = (
        "Six fishers were detained in Lakeport on 2 May 2019. "
        "The Coastal Fishers Alliance described the arrests as unlawful. "
        "The Delta Lawyers Network and the Harbour Workers Federation say the men were beaten. "
        "The Lakeport Legal Aid Centre added that the men had no lawyer."
    )
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert {"Coastal Fishers Alliance", "Delta Lawyers Network", "Harbour Workers Federation", "Lakeport Legal Aid Centre"} <= set(
        x.issuers
    )


def test_a_body_named_after_its_quoted_words_is_an_issuer(extract):
    text = "Six fishers were detained in Lakeport. “They must be released at once,” the Coastal Fishers Alliance said."
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert "Coastal Fishers Alliance" in x.issuers


def test_a_body_with_an_apposition_before_its_verb_is_an_issuer(extract):
    text = "Mirela Watch, an independent rights group, said soldiers demolished five homes in the village."
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert "Mirela Watch" in x.issuers


def test_outlets_and_ministries_reported_as_saying_are_not_issuers(extract):
    text = (
        "The Ministry of Labour said the strike was illegal. The Lakeport Times reported that 300 workers walked out. "
        "The Coastal Fishers Alliance (CFA) condemned the arrests."
    )
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert "Ministry of Labour" not in x.issuers
    assert "Lakeport Times" not in x.issuers
    assert "Coastal Fishers Alliance" in x.issuers


def test_a_briefing_note_published_today_by_two_bodies(extract):
    text = "A briefing note published today by the Steppe Rights Bureau and the Open Borders Partnership examines the strikes."
    x = run(extract, text, date="2011-10-18")
    assert {"Steppe Rights Bureau", "Open Borders Partnership"} <= set(x.issuers)


def test_a_country_possessive_before_a_speaking_body(extract):
    text = "In a statement, Mirelia’s Human Rights Commission (MHRC) said officials were assisting the family."
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert any("Human Rights Commission" in name for name in x.issuers)


def test_a_body_of_members_with_a_news_word_in_its_name_speaks(extract):
    text = "Six fishers were detained in Lakeport. The Coastal Press Association condemned the arrests."
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert "Coastal Press Association" in x.issuers


def test_a_body_reported_after_a_conjunction_or_as_its_branch_speaks(extract):
    text = (
        "Police said the men were armed. But the Delta Lawyers Network dismissed the claims. "
        "Meanwhile, the Lakeport branch of Amnesty International condemned the raid."
    )
    x = run(extract, text, date="2019-05-04", publisher="River Daily")
    assert {"Delta Lawyers Network", "Amnesty International"} <= set(x.issuers)
