"""The reading view and what is drawn in it: the document, search hits, highlights, note markers."""
