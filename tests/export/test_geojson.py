"""places.geojson: located places and the events there, read from the graph."""

from __future__ import annotations

import json

from rdflib import Dataset
from sample_graphs import BASE, small_graph

from clecgraph.export import EXPORTERS


def write(tmp_path, dataset, name="places.geojson"):
    path = tmp_path / name
    EXPORTERS["geojson"].write(dataset, path)
    return path


def test_places_with_coordinates_and_their_events(tmp_path):
    collection = json.loads(write(tmp_path, small_graph()).read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in collection["features"]}
    penh = by_id[BASE + "place/phnom-penh"]
    assert penh["geometry"] == {"type": "Point", "coordinates": [104.916, 11.5625]}  # longitude first
    assert penh["properties"]["name"] == "Phnom Penh" and penh["properties"]["alt_names"] == ["ភ្នំពេញ"]
    assert penh["properties"]["events"] == 2
    arrest = by_id[BASE + "event/2010-05-03-a-1"]
    assert arrest["geometry"] == penh["geometry"]
    assert arrest["properties"]["event_type"] == "arrest" and arrest["properties"]["date"] == "2010-05-02"
    assert arrest["properties"]["issuers"] == ["ADHOC", "LICADHO"]
    assert arrest["properties"]["statements"] == [BASE + "statement/2010-05-03-a"]
    # Boeung Kak has no coordinates: neither it nor the trial there is on the map, but it is counted.
    assert BASE + "place/boeung-kak" not in by_id and BASE + "event/2011-02-10-b-1" not in by_id
    assert collection["properties"]["places_without_coordinates"] == 1
    assert [f["properties"]["kind"] for f in collection["features"]] == ["place", "event", "event"]


def test_geojson_is_stable_and_empty_graphs_give_an_empty_collection(tmp_path):
    assert write(tmp_path, small_graph(), "a.geojson").read_bytes() == write(tmp_path, small_graph(), "b.geojson").read_bytes()
    empty = json.loads(write(tmp_path, Dataset(), "empty.geojson").read_text(encoding="utf-8"))
    assert empty["features"] == [] and empty["properties"]["places_without_coordinates"] == 0
