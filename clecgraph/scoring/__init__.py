"""Scoring: extractions compared with hand annotations (precision, recall and F1 per field)."""
