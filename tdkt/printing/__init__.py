"""Official documents: PDF with ReportLab, editable Word with python-docx, NĐ 30/2020 layout."""
