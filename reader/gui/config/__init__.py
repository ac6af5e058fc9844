"""The window's declared settings and its colour themes."""
