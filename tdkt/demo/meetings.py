"""The initiative council's meeting of each year: a few days before the director's
recognition decision, with that year's grassroots initiatives on the agenda, the authors who
sit on the council not voting on their own, and the tally that let each one pass. The first
meeting is voted by show of hands and kept member by member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from tdkt.councils.thresholds import DEFAULT_SETTINGS, INITIATIVE_KEY, quorum_rule, threshold_for
from tdkt.demo.councils import INITIATIVE, Councils, MemberSpec
from tdkt.demo.specs import InitiativeSpec

PLACE = "Phòng họp Sở Công Thương, 02 Hùng Vương, thành phố Quảng Ngãi"
AUTHOR_REASON = "Thành viên là tác giả của sáng kiến."


@dataclass(frozen=True)
class ItemSpec:
    id: int
    position: int
    initiative: InitiativeSpec
    tally: tuple[int, int, int, int]  # agree, disagree, abstain, invalid
    mode: str
    required: int
    base: int
    threshold_text: str


@dataclass(frozen=True)
class MeetingSpec:
    id: int
    council_id: int
    held_on: date
    purpose: str
    chair_id: int
    secretary_id: int
    attendance: tuple[tuple[int, bool, str], ...]  # member id, present, note
    items: tuple[ItemSpec, ...]
    recusals: tuple[tuple[int, int], ...]  # item id, member id
    ballots: tuple[tuple[int, int, str], ...]  # item id, member id, choice


def build_meetings(
    rng: Random, councils: Councils, initiatives: list[InitiativeSpec], people_of: dict[int, int]
) -> list[MeetingSpec]:
    """`people_of`: member id → person id, for the authors' recusal."""
    by_year: dict[int, list[InitiativeSpec]] = {}
    for initiative in initiatives:
        if initiative.scope == "co_so":
            by_year.setdefault(initiative.year, []).append(initiative)
    meetings: list[MeetingSpec] = []
    item_ids = 0
    for year in sorted(by_year):
        items = by_year[year]
        held_on = min(i.decision_date for i in items) - timedelta(days=rng.randint(4, 10))
        members = [
            m for m in councils.members if m.council_id == INITIATIVE and m.serves_on(held_on)
        ]
        if not members:
            continue
        meeting = _meeting(rng, len(meetings) + 1, held_on, members, items, item_ids, people_of)
        item_ids += len(meeting.items)
        meetings.append(meeting)
    return meetings


def _meeting(
    rng: Random,
    meeting_id: int,
    held_on: date,
    members: list[MemberSpec],
    initiatives: list[InitiativeSpec],
    first_item: int,
    people_of: dict[int, int],
) -> MeetingSpec:
    chair = next(m for m in members if m.role == "chu_tich")
    secretary = next(m for m in members if m.role == "thu_ky")
    voters = [m for m in members if m.votes]
    absent = rng.choice([m for m in voters if m is not chair]) if rng.random() < 0.6 else None
    attendance = tuple(
        (m.id, m is not absent, "Vắng có lý do (đi công tác)" if m is absent else "")
        for m in members
    )
    present = [m for m in voters if m is not absent]
    assert quorum_rule(DEFAULT_SETTINGS).required(len(voters)) <= len(present)
    by_hand = meeting_id == 1
    items, recusals, ballots = [], [], []
    for position, initiative in enumerate(initiatives, start=1):
        item_id = first_item + position
        authors = {person for person, _share in initiative.authors}
        recused = [m for m in voters if people_of.get(m.id) in authors]
        recusals += [(item_id, m.id) for m in recused]
        eligible = [m for m in present if m not in recused]
        item, votes = _vote(
            rng, item_id, position, initiative, eligible, len(voters) - len(recused), by_hand
        )
        items.append(item)
        ballots += votes
    return MeetingSpec(
        meeting_id,
        INITIATIVE,
        held_on,
        f"Xét, đề nghị công nhận sáng kiến cấp cơ sở năm {held_on.year}",
        chair.id,
        secretary.id,
        attendance,
        tuple(items),
        tuple(recusals),
        tuple(ballots),
    )


def _vote(
    rng: Random,
    item_id: int,
    position: int,
    initiative: InitiativeSpec,
    eligible: list[MemberSpec],
    all_eligible: int,
    by_hand: bool,
) -> tuple[ItemSpec, list[tuple[int, int, str]]]:
    """A tally that reaches the threshold: every initiative on the list was recognised."""
    threshold = threshold_for(DEFAULT_SETTINGS, "sang_kien", INITIATIVE_KEY, initiative.year)
    base = all_eligible if threshold.base == "all" else len(eligible)
    required = threshold.required(base)
    agree = rng.randint(min(required, len(eligible)), len(eligible))
    choices = ["dong_y"] * agree + ["khong_dong_y"] * (len(eligible) - agree)
    if not by_hand and len(choices) > agree and rng.random() < 0.3:
        choices[-1] = "khong_bieu_quyet"
    rng.shuffle(choices)
    tally = tuple(
        choices.count(c) for c in ("dong_y", "khong_dong_y", "khong_bieu_quyet", "khong_hop_le")
    )
    item = ItemSpec(
        item_id,
        position,
        initiative,
        tally,
        "member" if by_hand else "paper",  # type: ignore[arg-type]
        required,
        base,
        threshold.describe(),
    )
    votes = [(item_id, m.id, c) for m, c in zip(eligible, choices, strict=True)] if by_hand else []
    return item, votes
