"""tracker: a desktop portfolio tracker for development-cooperation projects."""

__version__ = "0.1.0"
