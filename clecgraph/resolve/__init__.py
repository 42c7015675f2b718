"""Resolve: mentions -> entities across the corpus (one entity per organisation, person or place, with its names)."""
