"""Pure-Python core of tracker: no Qt, no database, no workbook code."""
