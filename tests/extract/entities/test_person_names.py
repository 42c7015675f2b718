"""Person names: titles and honorifics, role nouns before a name, particles, one-word names.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import PERSON, PLACE


def test_name_particles(extract):
    x = run(extract, '"This must stop," said Maria van der Linden, a researcher.')
    assert "Maria van der Linden" in names(x, PERSON)


def test_list_neighbours_of_list_members(extract):
    x = run(extract, "Police arrested activist Sri Wahyuni, Budi Santoso, Agus Salim, Rina Marlina and Dewi Kartika on Friday.")
    assert {"Sri Wahyuni", "Budi Santoso", "Agus Salim", "Rina Marlina", "Dewi Kartika"} <= names(x, PERSON)


def test_headline_name_cut_where_the_text_name_ends(extract):
    x = run(extract, "The union welcomes the release of Sok Dara on Monday.", title="Union Leader Sok Dara Freed After Two Months")
    assert "Sok Dara Freed" not in names(x, PERSON)


def test_four_word_names(extract):
    x = run(extract, "The blogger Tran Thi Minh Chau was detained in Hue, said Le Van Quoc Bao, her lawyer.")
    assert {"Tran Thi Minh Chau", "Le Van Quoc Bao"} <= names(x, PERSON)


def test_a_name_ending_in_a_khmer_place_kind_is_a_person(extract):
    x = run(extract, "The group's director, Imran Farooq Khan, who was arrested on Friday, remains in custody.")
    assert "Imran Farooq Khan" in names(x, PERSON)
    assert "Imran Farooq" not in names(x, PLACE)


def test_role_nouns_are_not_a_name(extract):
    x = run(extract, '"This is unacceptable," said Dara Kim, Fortify Rights\' Deputy Regional Director for Advocacy.')
    assert "Regional Director" not in names(x, PERSON)
    assert "Dara Kim" in names(x, PERSON)


def test_distance_after_a_name_is_not_an_age(extract):
    x = run(extract, "The families were moved to Andong Meas, 25 kilometres from the city.")
    assert "Andong Meas" not in names(x, PERSON)


def test_particle_glued_by_a_hyphen_stays_in_the_name(extract):
    x = run(extract, "Police arrested blogger Samir al-Haddadi at his home.", date="2016-06-08")
    assert "Samir al-Haddadi" in names(x, PERSON)


def test_bint_and_bin_inside_a_name(extract):
    x = run(extract, "Those held include Hessa bint Ali al-Dosari, who campaigned for the right to vote.", date="2016-06-08")
    assert "Hessa bint Ali al-Dosari" in names(x, PERSON)


def test_prefixed_role_before_a_name(extract):
    x = run(extract, "Those detained include union vice-chairperson Darya Koval.", date="2016-06-08")
    assert "Darya Koval" in names(x, PERSON)


def test_press_roles_before_a_name(extract):
    x = run(extract, "Among the defendants are cartoonist Emre Tanrıkulu and columnist Selin Ocak.", date="2016-06-08")
    assert {"Emre Tanrıkulu", "Selin Ocak"} <= names(x, PERSON)


def test_name_then_special_rapporteur(extract):
    x = run(extract, "The expert: Helga Morten, Special Rapporteur on freedom of expression.", date="2016-06-08")
    assert "Helga Morten" in names(x, PERSON)


def test_king_with_one_name(extract):
    x = run(extract, "Arrests followed the day King Tribhuvanesh dissolved parliament.", date="2016-06-08")
    assert {n for n in names(x, PERSON) if "Tribhuvanesh" in n}


def test_burmese_and_indonesian_honorifics_open_a_name(extract):
    x = run(extract, "Among those held were Daw Khin Ma Ma Lay and Ibu Siti Rahayu.", date="2021-04-02")
    assert {"Khin Ma Ma Lay", "Siti Rahayu"} <= names(x, PERSON)


def test_elder_headman_and_guide_are_roles_before_a_name(extract):
    x = run(extract, "Soldiers beat village elder Pham Van Tuan and headman Ngau Jok.", date="2021-04-02")
    assert {"Pham Van Tuan", "Ngau Jok"} <= names(x, PERSON)
    y = run(extract, "Police arrested Bounmy Sisouk, a 28-year-old tour guide, on 2 April.", date="2021-04-03")
    assert "Bounmy Sisouk" in names(y, PERSON)


def test_one_name_after_a_role_noun_is_a_person(extract):
    x = run(extract, "Police held union organiser Sumarsih for three days.", date="2016-05-06")
    assert "Sumarsih" in names(x, PERSON)


def test_a_desk_after_a_role_noun_is_no_person(extract):
    x = run(extract, "said the group's deputy Asia director on Monday.", date="2016-05-06")
    assert not names(x, PERSON)


def test_an_age_opening_the_sentence_is_no_part_of_the_name(extract):
    x = run(extract, "Twenty-eight-year-old Sok Dara said that police beat him at the factory gate.")
    assert "Sok Dara" in names(x, PERSON)
    assert not any("year" in name.lower() for name in names(x, PERSON))
