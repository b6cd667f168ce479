"""The exchange workbook of EXCHANGE.md §1: import with validation, export, blank template."""
