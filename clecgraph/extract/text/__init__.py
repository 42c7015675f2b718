"""Text: tokens, sentences, chunks, datelines and dates in a statement's words."""
