"""The panes around the article, each a widget that asks (…Requested) and tells (…Changed)."""
