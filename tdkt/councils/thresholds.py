"""Voting settings: the quorum and the pass threshold per council kind, title and years.

They are business settings (legal.md §5: the new decrees were not verified, so every figure
is editable) kept in the shared `setting` table under one key, with the regulation each
rule comes from. The most specific matching rule wins: a rule for the title beats a rule
for every title, and a rule bounded by years beats an open one.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.records import SettingRecord
from tdkt.councils.types import VotingRule, VotingSettings
from tdkt.councils.voting import ALL, PRESENT, Threshold, parse_ratio

SETTING_KEY = "councils.voting"
ANY_TITLE = "*"
INITIATIVE_KEY = "SANG_KIEN"  # the threshold key of initiative items

OLD_RULES = "NĐ 91/2017/NĐ-CP, Điều 45 khoản 8 (bỏ phiếu kín, từ 90% tổng số thành viên)"
UNVERIFIED = (
    "Chưa xác minh quy định mới; tạm áp dụng như NĐ 91/2017/NĐ-CP, Điều 45 khoản 8 – "
    "hãy sửa theo quy chế hoạt động của Hội đồng"
)

DEFAULT_SETTINGS = VotingSettings(
    quorum="2/3",
    quorum_source="Quy chế hoạt động của Hội đồng (mặc định 2/3 tổng số thành viên)",
    rules=(
        VotingRule("sang_kien", ANY_TITLE, None, None, "2/3", ALL, False, "TT 18/2013/TT-BKHCN"),
        VotingRule("thi_dua_khen_thuong", "CSTD_TINH", None, 2023, "90%", ALL, False, OLD_RULES),
        VotingRule("thi_dua_khen_thuong", "CSTDTQ", None, 2023, "90%", ALL, False, OLD_RULES),
        VotingRule("thi_dua_khen_thuong", "CSTD_TINH", 2024, None, "90%", ALL, False, UNVERIFIED),
        VotingRule("thi_dua_khen_thuong", "CSTDTQ", 2024, None, "90%", ALL, False, UNVERIFIED),
        VotingRule(
            "thi_dua_khen_thuong",
            ANY_TITLE,
            None,
            None,
            "1/2",
            PRESENT,
            True,
            "Nguyên tắc đa số (quá nửa số thành viên có mặt)",
        ),
    ),
)
FALLBACK = Threshold(parse_ratio("1/2"), PRESENT, True, "Nguyên tắc đa số")


def to_json(settings: VotingSettings) -> dict[str, Any]:
    return {
        "quorum": settings.quorum,
        "quorum_source": settings.quorum_source,
        "rules": [asdict(rule) for rule in settings.rules],
    }


def from_json(value: Any) -> VotingSettings:
    """Settings as saved; anything unreadable falls back to the defaults."""
    if not isinstance(value, dict):
        return DEFAULT_SETTINGS
    try:
        rules = tuple(VotingRule(**rule) for rule in value.get("rules", []))
        return VotingSettings(str(value["quorum"]), str(value.get("quorum_source", "")), rules)
    except (KeyError, TypeError):
        return DEFAULT_SETTINGS


def validate(settings: VotingSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    try:
        parse_ratio(settings.quorum)
    except ValueError as error:
        errors["quorum"] = f"Số lượng tối thiểu để họp: {error}"
    for number, rule in enumerate(settings.rules, start=1):
        problem = _rule_problem(rule)
        if problem:
            errors[f"rule{number}"] = f"Dòng {number}: {problem}"
    return errors


def _rule_problem(rule: VotingRule) -> str:
    if rule.council_kind not in ("thi_dua_khen_thuong", "sang_kien"):
        return "loại hội đồng không hợp lệ."
    if not rule.title_code:
        return 'hãy ghi mã danh hiệu, hoặc "*" cho mọi danh hiệu.'
    if rule.base not in (PRESENT, ALL):
        return "cơ sở tính tỷ lệ không hợp lệ."
    if rule.from_year is not None and rule.to_year is not None and rule.from_year > rule.to_year:
        return f"năm bắt đầu {rule.from_year} sau năm kết thúc {rule.to_year}."
    try:
        parse_ratio(rule.ratio)
    except ValueError as error:
        return str(error)
    return ""


def quorum_rule(settings: VotingSettings) -> Threshold:
    return Threshold(parse_ratio(settings.quorum), ALL, False, settings.quorum_source)


def threshold_for(
    settings: VotingSettings, council_kind: str, threshold_key: str, year: int | None
) -> Threshold:
    """The rule for an item: its council kind, its title (or initiative) and its year."""
    best: tuple[int, VotingRule] | None = None
    for rule in settings.rules:
        if rule.council_kind != council_kind:
            continue
        if rule.title_code not in (ANY_TITLE, threshold_key):
            continue
        if year is not None and not _year_fits(rule, year):
            continue
        if year is None and (rule.from_year is not None or rule.to_year is not None):
            continue
        score = 2 * (rule.title_code != ANY_TITLE) + (
            rule.from_year is not None or rule.to_year is not None
        )
        if best is None or score > best[0]:
            best = (score, rule)
    if best is None:
        return FALLBACK
    rule = best[1]
    return Threshold(parse_ratio(rule.ratio), rule.base, rule.strict, rule.source)


def _year_fits(rule: VotingRule, year: int) -> bool:
    return (rule.from_year is None or year >= rule.from_year) and (
        rule.to_year is None or year <= rule.to_year
    )


def load(session: Session) -> VotingSettings:
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == SETTING_KEY))
    return DEFAULT_SETTINGS if record is None else from_json(json.loads(record.value_json))


def store(session: Session, settings: VotingSettings, now: Any) -> None:
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == SETTING_KEY))
    if record is None:
        record = SettingRecord(key=SETTING_KEY, version=1)
        session.add(record)
    record.value_json = json.dumps(to_json(settings), ensure_ascii=False)
    record.source = settings.quorum_source[:300]
    record.updated_at = now
