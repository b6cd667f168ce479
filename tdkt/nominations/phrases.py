"""How the batch's documents word a title, a level, a count and a signer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.agency.types import AgencySettings
from tdkt.nominations.levels import DIRECTOR, LEVELS
from tdkt.nominations.paper_types import Signatory
from tdkt.text import count_words, date_words

BLANK = "\u00a0" * 6  # room for the clerk to write a number or a day in
FORWARDED = (LEVELS[3], LEVELS[4])  # Thủ tướng, Chủ tịch nước: proposed through the province


@dataclass(frozen=True)
class TitleInfo:
    code: str
    name: str
    category: str  # danh_hieu | hinh_thuc
    issuer: str
    rank: int


def award_verb(title: TitleInfo, year: int | None) -> str:
    """ "công nhận danh hiệu “Lao động tiên tiến” năm 2025" / "tặng Bằng khen của ..."."""
    if title.category == "danh_hieu":
        return f"công nhận danh hiệu “{title.name}”" + (f" năm {year}" if year else "")
    return f"tặng {title.name}"


def who(units: int, people: int) -> str:
    """ "02 tập thể và 05 cá nhân" (counts written as official documents write them)."""
    parts = []
    if units:
        parts.append(f"{count_words(units)} tập thể")
    if people:
        parts.append(f"{count_words(people)} cá nhân")
    return " và ".join(parts) or "0 cá nhân"


def subjects_word(units: int, people: int) -> str:
    if units and people:
        return "Tập thể, cá nhân"
    return "Tập thể" if units else "Cá nhân"


def default_occasion(year: int | None) -> str:
    return "xuất sắc trong thực hiện nhiệm vụ" + (f" năm {year}" if year else "")


def number_text(number: str, kind: str, suffix: str) -> str:
    """ "12/TTr-SCT": a typed number with "/" is kept whole; none leaves room to write."""
    if "/" in number:
        return number
    return f"{number or BLANK}/{kind}-{suffix}"


def document_number(number: str, kind: str, suffix: str) -> str:
    return f"Số: {number_text(number, kind, suffix)}"


def dated_words(day: date | None, year: int) -> str:
    if day is not None:
        return date_words(day)
    return f"ngày{BLANK}tháng{BLANK}năm {year}"


def head_signer(agency: AgencySettings, deputy: bool, name: str) -> Signatory:
    """The director signs, or a deputy "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" (NĐ 30/2020)."""
    title = (agency.signer_title or "GIÁM ĐỐC").upper()
    if deputy:
        return Signatory(f"KT. {title}", f"PHÓ {title}", name)
    return Signatory("", title, name or agency.signer)


def council_signer(deputy: bool, name: str, chair: str) -> Signatory:
    """The council's letter to the director: "TM. HỘI ĐỒNG / CHỦ TỊCH" (or a vice-chair)."""
    if deputy:
        return Signatory("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name)
    return Signatory("TM. HỘI ĐỒNG", "CHỦ TỊCH", name or chair)


def request_phrase(level: str, verb: str) -> str:
    """What the letter asks: the province forwards the State's awards to the level above."""
    if level in FORWARDED:
        return f"xem xét, trình {level} {verb}"
    return f"xem xét, {verb}"


def is_director(level: str) -> bool:
    return level == DIRECTOR
