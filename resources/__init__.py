"""Data files shipped with tracker: rule sets, codelists, demo data (installed as tracker.resources)."""
