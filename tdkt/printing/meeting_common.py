"""What the council's papers share: the council as issuing body under the department, the
meeting's date line, people named as in running text, and the signers."""

from __future__ import annotations

from tdkt.agency.types import AgencySettings
from tdkt.councils.types import AgendaItemRow, MeetingDetails, MeetingPaper, MemberRow
from tdkt.printing.blocks import Signer
from tdkt.printing.flow import Block, Grid, Heading, Para
from tdkt.text import date_words

# Column widths of a results table: number, content, four counts, the share, the result.
RESULT_WIDTHS = (0.9, 4.0, 1.4, 1.5, 1.5, 1.5, 1.5, 1.7)
RESULT_HEADER = (
    "TT",
    "Nội dung",
    "Đồng ý",
    "Không đồng ý",
    "Không biểu quyết",
    "Phiếu không hợp lệ",
    "Tỷ lệ đồng ý",
    "Kết quả",
)
# Document-number suffix of each council (NĐ 30 Phụ lục III: BB for biên bản).
NUMBER_SUFFIX = {"thi_dua_khen_thuong": "HĐTĐKT", "sang_kien": "HĐSK"}
BLANK_NUMBER = "\u00a0" * 8  # the clerk writes the number in when the paper is registered


def council_agency(paper: MeetingPaper) -> AgencySettings:
    """The department above, the council as the issuing body (NĐ 30: tên cơ quan chủ quản
    and tên cơ quan ban hành)."""
    agency = paper.agency
    return AgencySettings(
        parent_agency=agency.name,
        name=paper.details.council.name,
        abbreviation=agency.abbreviation,
        place=agency.place,
        signer=agency.signer,
        signer_title=agency.signer_title,
    )


def meeting_date_line(paper: MeetingPaper) -> str:
    return date_words(paper.details.meeting.held_on, paper.agency.place)


def heading(
    paper: MeetingPaper, doc_type: str, subject: str, kind: str = "BB", numbered: bool = True
) -> Heading:
    number = ""
    if numbered:
        prefix = paper.details.meeting.minutes_no or BLANK_NUMBER
        if "/" in prefix:  # the whole number was typed, e.g. "12/BB-HĐTĐKT"
            number = f"Số: {prefix}"
        else:
            number = f"Số: {prefix}/{kind}-{NUMBER_SUFFIX[paper.details.council.kind]}"
    return Heading(council_agency(paper), number, meeting_date_line(paper), doc_type, (subject,))


def time_words(hhmm: str) -> str:
    """ "08:00" → "08 giờ 00"."""
    hours, _, minutes = hhmm.partition(":")
    return f"{hours} giờ {minutes}" if hours else ""


def member_line(member: MemberRow) -> str:
    """ "Ông Nguyễn Văn An – Phó Giám đốc Sở, Phó Chủ tịch Hội đồng"."""
    position = f"{member.position}, " if member.position else ""
    return f"{member.addressed} – {position}{member.role_label} Hội đồng"


def signers(paper: MeetingPaper) -> tuple[Signer, Signer]:
    """The secretary on the left, the chair of the meeting on the right (biên bản)."""
    secretary = paper.secretary.name if paper.secretary else ""
    chair = paper.chair.name if paper.chair else ""
    return Signer("THƯ KÝ", secretary), Signer("CHỦ TỌA", chair)


def percent(item: AgendaItemRow) -> str:
    if item.tally is None or not item.base_count:
        return ""
    value = f"{100 * item.tally.agree / item.base_count:.2f}".rstrip("0").rstrip(".")
    return value.replace(".", ",") + "%"


def count(value: int | None) -> str:
    return "" if value is None else str(value)


def phrase(text: str) -> str:
    """A heading-like text inside a sentence: "Xét công nhận …" → "xét công nhận …" (an
    abbreviation such as "CSTĐ" keeps its capitals)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def results_grid(details: MeetingDetails, unrecorded: str) -> Grid:
    """One row per agenda item: the four counts, the share agreeing and the result
    (`unrecorded` where no result is in yet)."""
    rows = tuple(
        (
            str(number),
            item.title,
            count(item.tally.agree if item.tally else None),
            count(item.tally.disagree if item.tally else None),
            count(item.tally.abstain if item.tally else None),
            count(item.tally.invalid if item.tally else None),
            percent(item),
            item.result_label or unrecorded,
        )
        for number, item in enumerate(details.items, start=1)
    )
    return Grid(RESULT_HEADER, rows, RESULT_WIDTHS, centered=frozenset(range(2, 8)))


def threshold_lines(details: MeetingDetails) -> list[Block]:
    """The thresholds the results were judged by, with the items each applied to."""
    used: dict[str, list[str]] = {}
    for number, item in enumerate(details.items, start=1):
        if item.threshold_text:
            used.setdefault(item.threshold_text, []).append(str(number))
    if len(used) == 1:
        return [Para(f"Ngưỡng thông qua: {next(iter(used))}.", "body_left")]
    return [
        Para(f"Ngưỡng thông qua nội dung {', '.join(numbers)}: {text}.", "body_left")
        for text, numbers in used.items()
    ]
