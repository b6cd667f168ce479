"""How a report names each title and form: the verb, the noun of the opening sentence and
the clause of the bullet line, as Sở reports write them (seeds/004, part I.3):

    "Chủ tịch UBND tỉnh tặng bằng khen: 06 tập thể và 17 cá nhân."
    "... tặng kỷ niệm chương vì sự nghiệp phát triển ngành Công Thương Việt Nam cho 10 cá
    nhân thuộc ngành Công Thương."

Titles of the department's own level are "công nhận"; everything above is "tặng".
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.catalog.types import Title

COUNTS = "{counts}"  # where the clause takes "06 tập thể và 17 cá nhân"


@dataclass(frozen=True)
class Phrase:
    verb: str  # "tặng" or "công nhận"
    noun: str  # in the opening sentence, merged per issuer: "bằng khen và kỷ niệm chương"
    clause: str  # in the bullet line, with COUNTS

    def line(self, counts: str) -> str:
        return self.clause.replace(COUNTS, counts)


def _form(noun: str) -> Phrase:
    return Phrase("tặng", noun, f"tặng {noun}: {COUNTS}")


def _title(verb: str, name: str) -> Phrase:
    return Phrase(verb, "danh hiệu thi đua", f"{verb} danh hiệu {name} cho {COUNTS}")


def _flag() -> Phrase:
    return Phrase("tặng", "Cờ thi đua", f"tặng Cờ thi đua cho {COUNTS}")


PHRASES: dict[str, Phrase] = {
    "LDTT": _title("công nhận", "Lao động tiên tiến"),
    "CSTDCS": _title("công nhận", "Chiến sĩ thi đua cơ sở"),
    "TTLDTT": _title("công nhận", "Tập thể lao động tiên tiến"),
    "CSTD_TINH": _title("tặng", "Chiến sĩ thi đua cấp tỉnh"),
    "CSTD_BO": _title("tặng", "Chiến sĩ thi đua cấp bộ"),
    "CSTDTQ": _title("tặng", "Chiến sĩ thi đua toàn quốc"),
    "TTLDXS": _title("tặng", "Tập thể lao động xuất sắc"),
    "CTD_TINH": _flag(),
    "CTD_BO": _flag(),
    "CTD_CP": _flag(),
    "GK_SO": _form("giấy khen"),
    "BK_TINH": _form("bằng khen"),
    "BK_BO": _form("bằng khen"),
    "BK_TTG": _form("bằng khen"),
    "HCLD3": Phrase("tặng", "Huân chương Lao động", f"tặng Huân chương Lao động hạng Ba: {COUNTS}"),
    "HCLD2": Phrase(
        "tặng", "Huân chương Lao động", f"tặng Huân chương Lao động hạng Nhì: {COUNTS}"
    ),
    "HCLD1": Phrase(
        "tặng", "Huân chương Lao động", f"tặng Huân chương Lao động hạng Nhất: {COUNTS}"
    ),
    "KNC_CT": Phrase(
        "tặng",
        "kỷ niệm chương",
        "tặng kỷ niệm chương vì sự nghiệp phát triển ngành Công Thương Việt Nam cho "
        f"{COUNTS} thuộc ngành Công Thương",
    ),
}


def phrase_for(title: Title) -> Phrase:
    """The phrase of a built-in code; a title the user added reads by its own name."""
    if title.code in PHRASES:
        return PHRASES[title.code]
    if title.category == "danh_hieu":
        return _title("tặng", title.name)
    return Phrase("tặng", title.name, f"tặng {title.name}: {COUNTS}")
