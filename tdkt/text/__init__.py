"""Vietnamese text rules: normalisation, search folding, collation, names, dates, counts."""

from tdkt.text.collation import collation_key, collation_key_parts
from tdkt.text.dates import date_words, format_date, parse_date
from tdkt.text.folding import fold
from tdkt.text.names import NameParts, name_parts, name_sort_key, title_case
from tdkt.text.normalize import clean, nfc
from tdkt.text.numbers import count_words

__all__ = [
    "NameParts",
    "clean",
    "collation_key",
    "collation_key_parts",
    "count_words",
    "date_words",
    "fold",
    "format_date",
    "name_parts",
    "name_sort_key",
    "nfc",
    "parse_date",
    "title_case",
]
