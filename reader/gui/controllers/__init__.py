"""Controllers: each owns one part of the window's state and behaviour, and announces its changes."""
