"""The gazetteer: packaged GeoNames / ISO 3166 data, looked up by any spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clecgraph.knowledge import gazetteer as gz
from clecgraph.names import fold


def only(entries, kind):
    found = [e for e in entries if e.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("name", ["Kampong Thom", "Kampong Thum", "KAMPONG THOM", "Kampong Thom province", "Kâmpóng Thum"])
def test_province_by_any_spelling(name):
    province = only(gz.lookup(name), gz.PROVINCE)
    assert province.iso_code == "KH-6"
    assert province.name == "Kampong Thom"  # the English spelling, the ISO one kept as an alternative
    assert "Kampong Thum" in province.alt_names
    assert province.admin_code == "KH.05"
    assert province.geonames_iri == f"https://sws.geonames.org/{province.geonames_id}/"
    assert province.latitude is not None and 10 < province.latitude < 15  # Cambodia lies between 10 and 15 N
    assert province.longitude is not None and 102 < province.longitude < 108


def test_spelling_variants_only_within_the_given_countries():
    assert not gz.lookup("Kompong Thum")  # not a listed spelling of anything
    found = gz.lookup_variant("Kompong Thum", ("KH",))
    assert {e.iso_code or e.parent_iso for e in found} == {"KH-6"}
    assert gz.lookup_variant("Kompong Thum", ("TH",)) == ()
    assert gz.lookup_variant("Banteay Mean Chey", ("KH",))[0].iso_code == "KH-1"


def test_admin1_codes_map_to_iso_from_packaged_data():
    table = gz.admin1_to_iso()
    assert table["KH.05"] == "KH-6"
    phnom_penh = only(gz.lookup("Phnom Penh"), gz.CITY)
    assert phnom_penh.parent_iso == "KH-12" == table[phnom_penh.admin_code]
    assert gz.by_iso("KH-12").kind == gz.PROVINCE
    assert gz.by_iso("KH").kind == gz.COUNTRY


def test_districts_are_looked_up_only_in_named_countries():
    assert gz.lookup("Sandan") == ()
    sandan = only(gz.lookup("Sandan", ("KH",)), gz.DISTRICT)
    assert sandan.parent_iso == "KH-6" and sandan.geonames_id and sandan.latitude is None
    assert gz.lookup("Sandan district", ("KH",)) == (sandan,)


def test_countries_continents_and_regions():
    timor = only(gz.lookup("Timor Leste"), gz.COUNTRY)
    assert timor.name == "Timor-Leste" and timor.iso_code == "TL" and timor.latitude is not None
    assert only(gz.lookup("South Korea"), gz.COUNTRY).iso_code == "KR"
    assert only(gz.lookup("Asia"), gz.CONTINENT).geonames_id
    region = only(gz.lookup("Southeast Asia"), gz.REGION)
    assert region.m49 == "035" and region.geonames_id is None


@pytest.mark.parametrize("name", ["Region", "PNH", "Province", ""])
def test_codes_and_kind_words_are_not_places(name):
    assert gz.lookup(name) == ()


def test_all_places_keeps_its_shape_for_the_extractor():
    places = gz.all_places()
    assert {e.kind for e in places} >= {gz.COUNTRY, gz.PROVINCE, gz.CITY}
    assert all(e.name for e in places)
    assert gz.lookup("Phnom Penh") and gz.lookup("phnom  penh") == gz.lookup("Phnom Penh")


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=40))
def test_fast_key_agrees_with_fold_on_ascii(name):
    assert gz.key(name) == fold(name)


@given(st.text(max_size=30))
def test_key_and_skeleton_never_crash_and_are_stable(name):
    assert gz.key(gz.key(name)) == gz.key(name)
    assert gz.skeleton(gz.key(name)) == gz.skeleton(gz.key(name))


@pytest.mark.parametrize(
    ("written", "iso", "label"),
    [("KwaZulu-Natal", "ZA-KZN", "Kwazulu-Natal"), ("Queensland", "AU-QLD", "Queensland"), ("Yangon", "MM-06", "Yangon")],
)
def test_a_province_is_labelled_by_its_name_not_its_abbreviation(written, iso, label):
    province = next(e for e in gz.lookup(written) if e.iso_code == iso)
    assert province.name == label  # not "KZN", "Qld" or "YGN", which the packaged data also give
