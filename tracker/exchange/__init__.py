"""Data in and out without retyping: the Excel import template and import, IATI activity files
(import and export) and offline field packages. Uses the domain and the store; no Qt."""
