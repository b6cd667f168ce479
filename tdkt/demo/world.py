"""Builds the whole demo world in memory, phase by phase, from one seeded generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from random import Random

from tdkt.demo.anniversary import grant_anniversary
from tdkt.demo.awards import grant_bk_people, grant_cstd, grant_cstdcs, grant_cstdtq, grant_ldtt
from tdkt.demo.collectives import CollectiveRules
from tdkt.demo.cycle import Cycle, build_cycle
from tdkt.demo.decisions import DecisionBook
from tdkt.demo.history import build_history
from tdkt.demo.honours import (
    grant_department,
    grant_giay_khen,
    grant_leaders,
    top_up_giay_khen,
)
from tdkt.demo.initiatives import InitiativeWriter
from tdkt.demo.ledger import AwardLedger
from tdkt.demo.medals import grant_knc
from tdkt.demo.nominations import NominationBuilder, NominationDemo
from tdkt.demo.organisation import DIRECTOR_NAME, build_people, build_units
from tdkt.demo.shape import ExactShape
from tdkt.demo.specs import AwardSpec, History, PersonSpec, UnitSpec
from tdkt.demo.standing import Standing
from tdkt.progress import Progress, check_cancelled


@dataclass(frozen=True)
class Plan:
    seed: int
    people: int
    first_year: int
    last_year: int
    award_rate: float
    shape: ExactShape | None = None  # a benchmark's exact sizes (tdkt.demo.shape)


@dataclass(frozen=True)
class World:
    units: list[UnitSpec]
    people: list[PersonSpec]
    history: History
    awards: list[AwardSpec]
    cycle: Cycle = field(default_factory=Cycle)
    nominations: NominationDemo = field(default_factory=NominationDemo)


def build_world(plan: Plan, progress: Progress) -> World:
    master = Random(plan.seed)
    # One child generator per phase, drawn in a fixed order: changing how one phase draws
    # does not reshuffle the others.
    streams = {
        name: Random(master.getrandbits(64))
        for name in (
            "people",
            "decisions",
            "history",
            "initiatives",
            "awards",
            "cycle",
            "nominations",  # drawn last, so the earlier streams stay as they were
        )
    }
    progress.report(0.02, "Đang lập sơ đồ tổ chức và danh sách cán bộ…")
    shape = plan.shape
    units = build_units(plan.people, shape.units if shape else None)
    people = build_people(
        streams["people"], units, plan.people, plan.last_year, plan.first_year, shape is not None
    )
    check_cancelled(progress)
    progress.report(0.08, "Đang tạo xếp loại, kỷ luật và sáng kiến…")
    book = DecisionBook(streams["decisions"])
    history = build_history(
        streams["history"], people, units, (plan.first_year, plan.last_year), book
    )
    writer = InitiativeWriter(streams["initiatives"], people, units, history, book)
    writer.write_all(plan.award_rate)
    if shape:
        writer.top_up(shape.initiatives)
    check_cancelled(progress)
    progress.report(0.2, "Đang xét danh hiệu, hình thức khen thưởng theo từng năm…")
    ledger = AwardLedger(book, date(plan.last_year, 12, 31))
    standing = Standing(people, units, history, ledger, streams["awards"], plan.award_rate)
    decide_awards(standing, progress)
    if shape:
        top_up_giay_khen(standing, shape.awards)
    # Last, with its own generator: everything above draws exactly as it did before.
    progress.report(0.25, "Đang tạo phong trào, đăng ký thi đua, hội đồng và cuộc họp…")
    cycle = build_cycle(streams["cycle"], people, units, history, ledger.awards, book)
    nominations = NominationBuilder(
        streams["nominations"], people, units, history, DIRECTOR_NAME
    ).build(ledger.awards, ledger.pending, cycle.councils)
    return World(units, people, history, ledger.awards, cycle, nominations)


def decide_awards(s: Standing, progress: Progress) -> None:
    """Year by year, because each rule looks back at what earlier years earned."""
    medal_holders = grant_anniversary(s)
    collectives = CollectiveRules(s)
    for year in s.history.years:
        grant_ldtt(s, year)
        grant_cstdcs(s, year)
        grant_cstd(s, year)
        grant_cstdtq(s, year)
        grant_bk_people(s, year)
        collectives.grant_year(year)
        check_cancelled(progress)
    grant_knc(s, medal_holders)
    grant_department(s)
    grant_leaders(s)
    grant_giay_khen(s)
