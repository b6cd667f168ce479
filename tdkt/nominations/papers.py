"""Assembling what the batch's documents print (tdkt.nominations.paper_types) from the
batch, its lines, the agency settings, the council's meeting and the rules in force."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.service import agency_settings
from tdkt.agency.types import AgencySettings
from tdkt.catalog.records import TitleRecord
from tdkt.councils.records import CouncilRecord, MeetingRecord
from tdkt.councils.repository import CouncilRepository
from tdkt.errors import ValidationError
from tdkt.nominations.agenda_items import vote_results
from tdkt.nominations.batches import get_batch
from tdkt.nominations.document_settings import DocumentSettings, read_settings
from tdkt.nominations.levels import default_recipient, single_level
from tdkt.nominations.ordering import Group, groups
from tdkt.nominations.paper_types import LetterPaper, NominationListPaper, Signatory
from tdkt.nominations.phrases import (
    TitleInfo,
    award_verb,
    council_signer,
    dated_words,
    default_occasion,
    document_number,
    head_signer,
    is_director,
    number_text,
    request_phrase,
    subjects_word,
)
from tdkt.nominations.records import NominationBatchRecord
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.types import APPROVED, NOT_APPROVED, NominationLineRow
from tdkt.text import date_words, title_case

COUNCIL_KIND = "thi_dua_khen_thuong"
COUNCIL_DEFAULT = "Hội đồng Thi đua – Khen thưởng"


def title_infos(session: Session, codes: Sequence[str]) -> dict[str, TitleInfo]:
    return {
        t.code: TitleInfo(t.code, t.name, t.category, t.issuer, t.rank)
        for t in session.scalars(select(TitleRecord).where(TitleRecord.code.in_(set(codes))))
    }


class BatchContext:
    """A batch with what every one of its documents needs, read once."""

    def __init__(self, session: Session, batch_id: int, rulebook) -> None:  # type: ignore[no-untyped-def]
        self.session = session
        self.record: NominationBatchRecord = get_batch(session, batch_id)
        self.lines = NominationRepository(session).lines(batch_id)
        self.agency = agency_settings(session)
        self.settings: DocumentSettings = read_settings(session)
        self.titles = title_infos(session, [line.title_code for line in self.lines])
        self.today: date = session.info["clock"].today()
        self._rulebook = rulebook

    @property
    def year(self) -> int:
        years = [line.year for line in self.lines]
        return self.record.year or (max(years) if years else self.today.year)

    @property
    def occasion(self) -> str:
        return self.record.occasion or default_occasion(self.year)

    def place_date(self, day: date | None) -> str:
        """ "Quảng Ngãi, ngày 05 tháng 01 năm 2026", with room to write a day not yet set."""
        place = f"{self.agency.place}, " if self.agency.place else ""
        return place + dated_words(day, (day or self.today).year)

    def proposed(self) -> list[NominationLineRow]:
        """Lines the letter proposes: not voted down, not refused by the decision."""
        return [
            line
            for line in self.lines
            if line.vote_result != "khong_dat" and line.outcome != NOT_APPROVED
        ]

    def approved(self) -> list[NominationLineRow]:
        if any(line.outcome for line in self.lines):
            return [line for line in self.lines if line.outcome == APPROVED]
        return self.proposed()

    def groups(self, lines: Sequence[NominationLineRow]) -> tuple[Group, ...]:
        ranks = {code: info.rank for code, info in self.titles.items()}
        return tuple(groups(lines, self.record.custom_order, ranks))

    def level(self) -> str:
        """The one level the batch's titles are decided at (a mix is refused)."""
        issuers = [info.issuer for info in self.titles.values()]
        return single_level([self.record.level, *issuers], f"Đợt “{self.record.name}”")

    def grounds(self, day: date) -> tuple[str, ...]:
        found = list(self._rulebook.in_force_on(day).grounds) if self._rulebook else []
        return tuple(found) + self.settings.extra_grounds

    def meeting_ground(self) -> str:
        """ "Biên bản họp Hội đồng Thi đua – Khen thưởng ngày ..." of the meeting that voted."""
        results = vote_results(self.session, [line.id for line in self.lines])
        if not results:
            return ""
        latest = max(results.values(), key=lambda r: r.held_on)
        meeting = self.session.get(MeetingRecord, latest.meeting_id)
        council = self.session.get(CouncilRecord, meeting.council_id) if meeting else None
        name = council.name if council is not None else COUNCIL_DEFAULT
        number = f" số {meeting.minutes_no}" if meeting is not None and meeting.minutes_no else ""
        return f"Biên bản{number} họp {name} {date_words(latest.held_on)}"

    def council(self) -> tuple[str, str]:
        """The emulation council's name and its chair on the letter's day."""
        council = self.session.scalar(
            select(CouncilRecord)
            .where(CouncilRecord.kind == COUNCIL_KIND)
            .order_by(CouncilRecord.id)
        )
        if council is None:
            return COUNCIL_DEFAULT, ""
        day = self.record.letter_date or self.today
        members = CouncilRepository(self.session).members(council.id, on=day)
        chair = next((m.name for m in members if m.role == "chu_tich"), "")
        return council.name, chair


def list_paper(
    ctx: BatchContext, lines: Sequence[NominationLineRow], note: str, stance: str
) -> NominationListPaper:
    """`stance`: "đề nghị" (the proposal's list) or "được" (the decision's)."""
    grouped = ctx.groups(lines)
    units = sum(len(g.units) for g in grouped)
    people = sum(len(g.people) for g in grouped)
    if len(grouped) == 1:
        what = f"{stance} {award_verb(ctx.titles[grouped[0].title_code], ctx.year)}"
    else:
        what = f"{stance} khen thưởng"
    subject = f"{subjects_word(units, people)} {what}"
    if ctx.year and "năm" not in what:
        subject += f" năm {ctx.year}"
    return NominationListPaper(
        ctx.agency,
        (subject,),
        note,
        grouped,
        any(line.vote_agree is not None for line in lines),
        f"Danh sách – {ctx.record.name}",
    )


def proposal_list(ctx: BatchContext) -> NominationListPaper:
    director = is_director(ctx.record.level)
    sender = _sender(ctx, director)
    suffix = "HĐTĐKT" if director else ctx.agency.abbreviation
    number = number_text(ctx.record.letter_no, "TTr", suffix)
    note = (
        f"(Kèm theo Tờ trình số {number} {dated_words(ctx.record.letter_date, ctx.year + 1)} "
        f"của {sender})"
    )
    return list_paper(ctx, ctx.proposed(), note, "đề nghị")


def _sender(ctx: BatchContext, director: bool) -> str:
    if director:
        name, _chair = ctx.council()
        return f"{name} {title_case(ctx.agency.name)}".strip()
    return title_case(ctx.agency.name)


def letters(ctx: BatchContext) -> list[LetterPaper]:
    """One tờ trình per type of award (NĐ 98/2023 Phụ lục I)."""
    level = ctx.level()
    proposed = ctx.proposed()
    if not proposed:
        raise ValidationError("Đợt đề nghị chưa có dòng nào để trình.")
    director = is_director(level)
    agency, signer, sender = _letter_issuer(ctx, director)
    recipient = ctx.record.recipient or default_recipient(
        level, ctx.agency.name, ctx.agency.parent_agency
    )
    day = ctx.record.letter_date or ctx.today
    grounds = ctx.grounds(day) + ((ctx.meeting_ground(),) if ctx.meeting_ground() else ())
    found = []
    for group in ctx.groups(proposed):
        info = ctx.titles[group.title_code]
        verb = award_verb(info, ctx.year)
        found.append(
            LetterPaper(
                agency=agency,
                number=document_number(
                    ctx.record.letter_no, "TTr", "HĐTĐKT" if director else ctx.agency.abbreviation
                ),
                place_date=ctx.place_date(ctx.record.letter_date),
                subject=f"Về việc đề nghị {verb}",
                recipient=recipient,
                grounds=grounds,
                sender=sender,
                request=request_phrase(level, verb),
                occasion=ctx.occasion,
                units=len(group.units),
                people=len(group.people),
                closing=f"Kính trình {recipient} xem xét, quyết định./.",
                signer=signer,
                recipients=("- Như trên;", "- Lưu: VT, VP."),
                title=f"Tờ trình – {info.name}",
            )
        )
    return found


def _letter_issuer(ctx: BatchContext, director: bool) -> tuple[AgencySettings, Signatory, str]:
    record = ctx.record
    if not director:
        signer = head_signer(ctx.agency, record.signer_deputy, record.signer_name)
        return ctx.agency, signer, title_case(ctx.agency.name)
    name, chair = ctx.council()
    issuer = AgencySettings(
        parent_agency=ctx.agency.name,
        name=name,
        abbreviation="HĐTĐKT",
        place=ctx.agency.place,
        signer=chair,
        signer_title="CHỦ TỊCH",
    )
    signer = council_signer(record.signer_deputy, record.signer_name, chair)
    return issuer, signer, _sender(ctx, True)
