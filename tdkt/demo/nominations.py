"""The nominations of the demo's last year, as a secretary would have them at its end:

- LDTT-2025: the Lao động tiên tiến of the year, proposed by the council's letter and
  decided by the director (the decision and awards the demo already holds);
- TINH-2025: the Bằng khen and the Tập thể lao động xuất sắc the province will decide next
  year (the awards the ledger kept back), voted by the Emulation Council in December and
  sent to the province, waiting;
- GK-DX-2025: a draft of Giấy khen đột xuất for the year-end anti-smuggling drive.

Drawn on its own random stream, after everything else: nothing earlier changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random

from tdkt.councils.thresholds import DEFAULT_SETTINGS, threshold_for
from tdkt.demo.councils import EMULATION, Councils, MemberSpec
from tdkt.demo.days import random_day
from tdkt.demo.specs import AwardSpec, History, PersonSpec, UnitSpec
from tdkt.ratings.types import GRADE_LABELS

EMULATION_KIND = "thi_dua_khen_thuong"
SMUGGLING = (
    "xuất sắc trong đợt cao điểm đấu tranh chống buôn lậu, gian lận thương mại và hàng giả "
    "dịp cuối năm {year}"
)


@dataclass(frozen=True)
class LineSpec:
    person_id: int | None
    unit_id: int | None
    code: str
    year: int
    summary: str
    basis: str
    certificate_text: str
    award_index: int | None = None  # index into the world's awards, once decided
    outcome: str = ""


@dataclass(frozen=True)
class Step:
    at: datetime
    before: str
    after: str
    reason: str = ""
    detail: str = ""


@dataclass(frozen=True)
class BatchSpec:
    id: int
    name: str
    title_code: str | None
    level: str
    year: int
    award_kind: str
    occasion: str
    status: str
    created_at: datetime
    lines: tuple[LineSpec, ...]
    steps: tuple[Step, ...]
    letter_no: str = ""
    letter_date: date | None = None
    decision_no: str = ""
    decision_date: date | None = None
    decision_signer: str = ""


@dataclass(frozen=True)
class VoteSpec:
    line: int  # index into the voted batch's lines
    tally: tuple[int, int, int, int]
    required: int
    base: int
    threshold_text: str
    recused: tuple[int, ...]  # member ids


@dataclass(frozen=True)
class CouncilVote:
    batch_id: int
    held_on: date
    chair_id: int
    secretary_id: int
    attendance: tuple[tuple[int, bool, str], ...]
    votes: tuple[VoteSpec, ...]


@dataclass(frozen=True)
class NominationDemo:
    batches: tuple[BatchSpec, ...] = ()
    meeting: CouncilVote | None = None


def _moment(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 0))


class NominationBuilder:
    def __init__(
        self,
        rng: Random,
        people: list[PersonSpec],
        units: list[UnitSpec],
        history: History,
        director: str,
    ) -> None:
        self._rng = rng
        self._people = {p.id: p for p in people}
        self._units = {u.id: u for u in units}
        self._history = history
        self._director = director

    def build(
        self, awards: list[AwardSpec], pending: list[AwardSpec], councils: Councils
    ) -> NominationDemo:
        year = self._history.last_year
        batches = [self._decided(1, awards, year)]
        waiting, meeting = self._province(2, pending, councils, year)
        if waiting is not None:
            batches.append(waiting)
        batches.append(self._draft(3, year))
        return NominationDemo(tuple(b for b in batches if b is not None), meeting)

    # --- summaries

    def _grades(self, person: int | None, unit: int | None, years: range) -> str:
        table = (
            self._history.ratings.get(person) if person else self._history.unit_ratings.get(unit)
        )  # type: ignore[arg-type]
        found = [(y, (table or {}).get(y)) for y in years]
        found = [(y, g) for y, g in found if g]
        if not found:
            return ""
        return "; ".join(f"Năm {y}: {GRADE_LABELS[g].lower()}" for y, g in found).capitalize() + "."

    def _line(self, award: AwardSpec, index: int | None = None, outcome: str = "") -> LineSpec:
        span = (
            range(award.year - 1, award.year + 1)
            if award.code != "LDTT"
            else range(award.year, award.year + 1)
        )
        return LineSpec(
            award.person_id,
            award.unit_id,
            award.code,
            award.year,
            self._grades(award.person_id, award.unit_id, span),
            award.basis,
            award.content,
            index,
            outcome,
        )

    # --- the three batches

    def _decided(self, batch_id: int, awards: list[AwardSpec], year: int) -> BatchSpec | None:
        chosen = [(i, a) for i, a in enumerate(awards) if a.code == "LDTT" and a.year == year]
        if not chosen:
            return None
        number, day = chosen[0][1].decision_no, chosen[0][1].decision_date
        created = random_day(self._rng, date(year, 12, 1), date(year, 12, 5))
        letter_day = day - timedelta(days=self._rng.randint(2, 5))
        letter = f"{self._rng.randint(30, 60)}/TTr-HĐTĐKT"
        missing = "Biên bản họp Hội đồng Thi đua – Khen thưởng (kèm kết quả bỏ phiếu)"
        steps = (
            Step(_moment(created), "", "du_thao", "", "Tạo đợt đề nghị"),
            Step(
                _moment(letter_day, 15),
                "du_thao",
                "da_trinh",
                "Danh sách Lao động tiên tiến do các phòng, đơn vị bình xét; biên bản bình xét "
                "của từng đơn vị lưu tại Văn phòng Sở.",
                f"Tờ trình số {letter} ngày {letter_day:%d/%m/%Y}. Trình khi hồ sơ còn thiếu: "
                + missing,
            ),
            Step(
                _moment(day, 16),
                "da_trinh",
                "co_quyet_dinh",
                "",
                f"Quyết định số {number} ngày {day:%d/%m/%Y}: {len(chosen)} khen thưởng",
            ),
        )
        return BatchSpec(
            batch_id,
            f"LDTT-{year}",
            "LDTT",
            "Giám đốc Sở",
            year,
            "thuong_xuyen",
            "",
            "co_quyet_dinh",
            _moment(created),
            tuple(self._line(a, i, "khen") for i, a in chosen),
            steps,
            letter,
            letter_day,
            number,
            day,
            self._director,
        )

    def _province(
        self, batch_id: int, pending: list[AwardSpec], councils: Councils, year: int
    ) -> tuple[BatchSpec | None, CouncilVote | None]:
        proposals = [
            a for a in pending if a.year == year and a.code in ("BK_TINH", "TTLDXS", "CSTD_TINH")
        ]
        if not proposals:
            return None, None
        proposals.sort(key=lambda a: (a.unit_id is None, a.code))
        created = random_day(self._rng, date(year, 12, 1), date(year, 12, 4))
        lines = tuple(self._line(a) for a in proposals)
        meeting = self._vote(
            batch_id, lines, councils, random_day(self._rng, date(year, 12, 9), date(year, 12, 16))
        )
        held = meeting.held_on if meeting else created
        letter_day = held + timedelta(days=self._rng.randint(5, 10))
        letter = f"{self._rng.randint(180, 240)}/TTr-SCT"
        steps = [Step(_moment(created), "", "du_thao", "", "Tạo đợt đề nghị")]
        if meeting is not None:
            steps.append(
                Step(
                    _moment(held, 11),
                    "du_thao",
                    "da_hop",
                    "",
                    f"Họp ngày {held:%d/%m/%Y}: {len(lines)}/{len(lines)} dòng đạt",
                )
            )
        steps.append(
            Step(
                _moment(letter_day, 15),
                steps[-1].after,
                "da_trinh",
                "Báo cáo thành tích bản giấy có chữ ký đã gửi kèm tờ trình.",
                f"Tờ trình số {letter} ngày {letter_day:%d/%m/%Y}. Trình khi hồ sơ còn thiếu: "
                "Báo cáo thành tích (từng cá nhân, tập thể)",
            )
        )
        batch = BatchSpec(
            batch_id,
            f"TINH-{year}",
            None,
            "Chủ tịch UBND tỉnh",
            year,
            "thuong_xuyen",
            "",
            "da_trinh",
            _moment(created),
            lines,
            tuple(steps),
            letter,
            letter_day,
        )
        return batch, meeting

    def _vote(
        self, batch_id: int, lines: tuple[LineSpec, ...], councils: Councils, held_on: date
    ) -> CouncilVote | None:
        members = [
            m for m in councils.members if m.council_id == EMULATION and m.serves_on(held_on)
        ]
        voters = [m for m in members if m.votes]
        chair = next((m for m in members if m.role == "chu_tich"), None)
        secretary = next((m for m in members if m.role == "thu_ky"), None)
        if not voters or chair is None or secretary is None:
            return None
        absent = self._rng.choice([m for m in voters if m not in (chair, secretary)])
        attendance = tuple(
            (m.id, m is not absent, "Vắng có lý do (đi công tác)" if m is absent else "")
            for m in members
        )
        present = [m for m in voters if m is not absent]
        votes = tuple(
            self._tally(index, line, voters, present, held_on.year)
            for index, line in enumerate(lines)
        )
        return CouncilVote(batch_id, held_on, chair.id, secretary.id, attendance, votes)

    def _tally(
        self,
        index: int,
        line: LineSpec,
        voters: list[MemberSpec],
        present: list[MemberSpec],
        year: int,
    ) -> VoteSpec:
        recused = [m for m in voters if self._concerns(m, line)]
        eligible = [m for m in present if m not in recused]
        threshold = threshold_for(DEFAULT_SETTINGS, EMULATION_KIND, line.code, line.year)
        base = len(voters) - len(recused) if threshold.base == "all" else len(eligible)
        required = threshold.required(base)
        agree = self._rng.randint(min(required, len(eligible)), len(eligible))
        tally = (agree, len(eligible) - agree, 0, 0)
        return VoteSpec(
            index, tally, required, base, threshold.describe(), tuple(m.id for m in recused)
        )

    def _concerns(self, member: MemberSpec, line: LineSpec) -> bool:
        if member.person_id is None:
            return False
        if line.person_id is not None:
            return member.person_id == line.person_id
        person = self._people.get(member.person_id)
        return person is not None and person.unit_id == line.unit_id

    def _draft(self, batch_id: int, year: int) -> BatchSpec:
        day = random_day(self._rng, date(year, 12, 18), date(year, 12, 23))
        staff = [
            p
            for p in self._people.values()
            if p.stays_through(year)
            and not p.is_leader
            and self._units[p.unit_id].kind == "inspect"
        ] or [p for p in self._people.values() if p.stays_through(year) and not p.is_leader]
        chosen = self._rng.sample(staff, k=min(4, len(staff)))
        occasion = SMUGGLING.format(year=year)
        lines = tuple(
            LineSpec(
                p.id,
                None,
                "GK_SO",
                year,
                "Tham gia tích cực các đoàn kiểm tra liên ngành; phát hiện, xử lý kịp thời các "
                "vụ vi phạm về buôn lậu, gian lận thương mại và hàng giả.",
                "",
                "",
            )
            for p in sorted(chosen, key=lambda p: p.id)
        )
        return BatchSpec(
            batch_id,
            f"GK-DX-{year}",
            "GK_SO",
            "Giám đốc Sở",
            year,
            "dot_xuat",
            occasion,
            "du_thao",
            _moment(day),
            lines,
            (Step(_moment(day), "", "du_thao", "", "Tạo đợt đề nghị"),),
        )
