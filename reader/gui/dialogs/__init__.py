"""Dialogs: settings, note editor, help, the questions asked around library work, and recovery at start-up."""
