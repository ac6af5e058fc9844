"""Renderers that need Qt but no window (PDF); kept out of the core, which never imports Qt."""
