"""Qari, a desktop reader for Arabic and other right-to-left articles."""

__version__ = "0.1.0"
