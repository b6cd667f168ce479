"""One validator per sheet: rows checked against each other, the workbook and the database."""
