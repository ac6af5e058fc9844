"""The main window (layout and wiring only), its commands and menus, and starting it."""
