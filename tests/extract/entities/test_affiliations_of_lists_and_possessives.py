"""Affiliations written around lists and possessives: "lawyers A, B and C from X", "the X's A",
"our member A", "the head of X A" (no comma). Invented sentences."""

from __future__ import annotations

from rule_checks import pairs, run


def test_every_person_of_a_list_before_from_a_body(extract):
    x = run(extract, "The lawyers Tendai Moyo, Farai Chikwanha and Grace Ndlovu from the Legal Resources Foundation were denied access.")
    org = "Legal Resources Foundation"
    assert {("Tendai Moyo", org), ("Farai Chikwanha", org), ("Grace Ndlovu", org)} <= pairs(x)


def test_a_list_opened_by_another_body_keeps_its_first_member(extract):
    x = run(
        extract, "Three journalists were hurt, including Daily Star photographer Karim Hossain, Leila Nasser from Al Jazeera and others."
    )
    assert ("Karim Hossain", "Al Jazeera") not in pairs(x)


def test_a_body_possessive_before_a_name(extract):
    x = run(extract, "The Human Rights Defenders Coalition (HRDC) said on Monday that the HRDC's Peter Banda would lead the march.")
    assert ("Peter Banda", "Human Rights Defenders Coalition") in pairs(x)


def test_our_role_names_the_publishers_own_people(extract):
    x = run(
        extract,
        "Police detained our Executive Council Member Hassan Yilmaz and our lawyers Ayse Demir and Mehmet Kaya on Monday.",
        publisher="Human Rights Association",
    )
    org = "Human Rights Association"
    assert {("Hassan Yilmaz", org), ("Ayse Demir", org), ("Mehmet Kaya", org)} <= pairs(x)


def test_our_without_a_role_noun_names_no_affiliation(extract):
    x = run(extract, "We mourn the murder of our colleague Maria Lopez in Tegucigalpa.", publisher="Human Rights Association")
    assert not pairs(x)


def test_role_of_a_body_then_the_name_without_a_comma(extract):
    x = run(extract, "Gunmen killed the head of the Diyarbakir Bar Association Tahir Demir on Saturday.")
    assert ("Tahir Demir", "Diyarbakir Bar Association") in pairs(x)


def test_a_role_of_a_body_belongs_to_the_name_right_after_the_body(extract):
    x = run(
        extract,
        "After the killing of the head of the Van Bar Association Tahir Demir, head of the Union of Turkish Bar Associations "
        "(TBB) Metin Aksoy called all heads of bar associations to Van.",
    )
    assert ("Tahir Demir", "Union of Turkish Bar Associations") not in pairs(x)
    assert {("Tahir Demir", "Van Bar Association"), ("Metin Aksoy", "Union of Turkish Bar Associations")} <= pairs(x)


def test_a_name_alone_on_the_last_line_signs_for_the_publisher(extract):
    x = run(extract, "Police beat the marchers in Tikapur on Monday.\n\nRamesh Kumar Adhikari", publisher="Informal Sector Service Centre")
    assert ("Ramesh Kumar Adhikari", "Informal Sector Service Centre") in pairs(x)


def test_signatories_with_posts_in_brackets_on_the_last_line(extract):
    x = run(
        extract,
        "We condemn the arrests.\n\nMeera Joshi (President), Rahul Verma (General Secretary)",
        publisher="Citizens Forum for Civil Liberties",
    )
    org = "Citizens Forum for Civil Liberties"
    assert {("Meera Joshi", org), ("Rahul Verma", org)} <= pairs(x)


def test_a_last_line_of_prose_names_no_signatory(extract):
    x = run(extract, "We condemn the arrests.\n\nRamesh Kumar Adhikari was released on Friday.", publisher="Informal Sector Service Centre")
    assert not pairs(x)


def test_a_body_before_coordinated_roles_and_a_list(extract):
    x = run(
        extract,
        "Police detained Amnesty International researchers and volunteers Olena Petrenko, Andrii Koval and Iryna Bondar on Monday.",
    )
    org = "Amnesty International"
    assert {("Olena Petrenko", org), ("Andrii Koval", org), ("Iryna Bondar", org)} <= pairs(x)


def test_working_with_a_body(extract):
    x = run(extract, "The victims included Peter Okello working with Radio Simba, who was beaten.")
    assert ("Peter Okello", "Radio Simba") in pairs(x)


def test_an_apposition_without_its_comma(extract):
    x = run(extract, "Journalist Moses Kato and James Obura a photojournalist with the Daily Monitor were injured.")
    assert ("James Obura", "Daily Monitor") in pairs(x)


def test_the_publishers_proper_word_names_it_alone(extract):
    x = run(
        extract,
        "Viasna human rights defenders Olga Hrytsuk and Pavel Sapelka were detained; Viasna demands their release.",
        publisher="Human Rights Center Viasna",
    )
    assert ("Olga Hrytsuk", "Human Rights Center Viasna") in pairs(x)


def test_a_unit_after_a_bodys_possessive_belongs_to_the_body(extract):
    x = run(extract, "The LRC's Land Rights Unit Director, Mona Adel, was arrested in Alexandria. The LRC condemned it.")
    assert any(person == "Mona Adel" and org != "Land Rights Unit" for person, org in pairs(x))


def test_a_body_its_acronym_in_brackets_a_role_then_the_name(extract):
    x = run(extract, "The Workers Solidarity Union (WSU) leader Thabo Nkosi reached the hospital.")
    assert ("Thabo Nkosi", "Workers Solidarity Union") in pairs(x)


def test_each_of_a_list_of_posts_after_a_body(extract):
    x = run(
        extract,
        "Police arrested CRLF Executive Director Hassan Nabil, Finance Director Samir Fawzi, and Legal Director Nour Adly on Monday.",
    )
    assert {("Hassan Nabil", "CRLF"), ("Samir Fawzi", "CRLF"), ("Nour Adly", "CRLF")} <= pairs(x)


def test_a_post_in_a_unit_no_body_is_named_for_is_the_publishers(extract):
    x = run(
        extract,
        "Police detained Izmir Branch President Ahmet Demirci, and Headquarters Executive Nuray Cevik was detained too.",
        publisher="Human Rights Association",
    )
    org = "Human Rights Association"
    assert {("Ahmet Demirci", org), ("Nuray Cevik", org)} <= pairs(x)


def test_a_unit_of_a_named_body_is_not_the_publishers(extract):
    x = run(
        extract,
        "The Bar Council Executive Committee member Ahmet Demirci was detained.",
        publisher="Human Rights Association",
    )
    assert ("Ahmet Demirci", "Human Rights Association") not in pairs(x)
