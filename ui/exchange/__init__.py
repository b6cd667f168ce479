"""Nhập / Xuất Excel: the exchange workbook page and the import wizard."""
