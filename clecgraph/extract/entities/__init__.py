"""Entities: organisations, persons, places, issuers and affiliations named in a statement."""
