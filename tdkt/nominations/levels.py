"""Who decides a proposal, and to whom the letter goes.

The deciding level of a title is its issuer in the catalogue (Giám đốc Sở, Chủ tịch UBND
tỉnh, Bộ trưởng Bộ Công Thương, Thủ tướng Chính phủ, Chủ tịch nước). One letter goes to one
authority, so a batch proposes titles of one level only (NĐ 98/2023 Phụ lục I: one tờ trình
per type of award; never awards of the Chủ tịch nước with those of the Thủ tướng).
"""

from __future__ import annotations

from collections.abc import Iterable

from tdkt.catalog.defaults import BO_TRUONG, CHU_TICH_NUOC, CHU_TICH_TINH, GIAM_DOC, THU_TUONG
from tdkt.errors import ValidationError
from tdkt.text import title_case

LEVELS = (GIAM_DOC, CHU_TICH_TINH, BO_TRUONG, THU_TUONG, CHU_TICH_NUOC)
DIRECTOR = GIAM_DOC


def province_name(parent_agency: str) -> str:
    """ "UBND TỈNH QUẢNG NGÃI" → "Quảng Ngãi" (the province named in running text)."""
    words = parent_agency.split()
    upper = [w.upper() for w in words]
    if "TỈNH" in upper:
        words = words[upper.index("TỈNH") + 1 :]
    elif "PHỐ" in upper:
        words = words[upper.index("PHỐ") + 1 :]
    return title_case(" ".join(words))


def default_recipient(level: str, agency_name: str, parent_agency: str) -> str:
    """Kính gửi: the authority that decides, or the one that forwards the proposal up."""
    province = province_name(parent_agency)
    in_province = f"tỉnh {province}" if province else "tỉnh"
    if level == DIRECTOR:
        return f"Giám đốc {title_case(agency_name)}"
    if level == BO_TRUONG:
        return "Bộ trưởng Bộ Công Thương"
    # The province decides its own awards and forwards those of the State.
    return f"Chủ tịch Ủy ban nhân dân {in_province}"


def single_level(levels: Iterable[str], what: str = "Đợt đề nghị") -> str:
    """The one level of a set of titles; a clear refusal when they are decided by several."""
    found = sorted({level for level in levels if level})
    if len(found) > 1:
        raise ValidationError(
            {
                "level": f"{what} gồm danh hiệu, hình thức do nhiều cấp quyết định "
                f"({', '.join(found)}). Mỗi tờ trình chỉ trình một cấp; hãy tách thành các "
                "đợt đề nghị riêng."
            }
        )
    return found[0] if found else ""
