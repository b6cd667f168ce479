"""The rule files: the shipped ones load, and every kind of mistake in one is a clear error
naming the file and the place (issue #4, point 1)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tdkt.eligibility.loader import RULES_DIR, RuleFileError, load_rulebook
from tdkt.eligibility.regimes import evaluation_day

NEW_RULES = "2024_luat2022.toml"


def test_the_shipped_rules_cover_four_periods_in_order():
    book = load_rulebook()
    assert [r.id for r in book.regimes] == [
        "nd65_2014",
        "nd91_2017",
        "luat2022_nd98",
        "nd152_2025",
    ]
    assert [(r.valid_from, r.valid_to) for r in book.regimes] == [
        (None, date(2017, 9, 30)),
        (date(2017, 10, 1), date(2023, 12, 31)),
        (date(2024, 1, 1), date(2025, 6, 30)),
        (date(2025, 7, 1), None),
    ]


@pytest.mark.parametrize(
    ("year", "regime"),
    [
        (2010, "nd65_2014"),
        (2016, "nd65_2014"),
        (2017, "nd91_2017"),  # judged on 31/12/2017, after NĐ 91 took effect on 01/10/2017
        (2023, "nd91_2017"),
        (2024, "luat2022_nd98"),
        (2025, "nd152_2025"),
        (2030, "nd152_2025"),
    ],
)
def test_the_rule_set_is_chosen_by_the_evaluation_year(year, regime):
    assert evaluation_day(year) == date(year, 12, 31)
    assert load_rulebook().for_year(year).id == regime


def test_2025_carries_the_2024_rules_forward_and_says_so():
    book = load_rulebook()
    old, new = book.get("luat2022_nd98"), book.get("nd152_2025")
    assert new.parent == old.id and "giữ nguyên" in new.note
    assert set(new.titles) == set(old.titles)
    ldtt = {c.check: c.basis for c in new.titles["LDTT"].criteria["ca_nhan"]}
    assert ldtt["no_discipline_in_year"].startswith("Nghị định 152/2025/NĐ-CP, Điều 4")
    assert new.settings["ldtt_min_months"].scope == "nd152_2025"


def test_every_criterion_carries_a_citation_and_a_confidence_mark():
    for ruleset in load_rulebook().regimes:
        for title in ruleset.titles.values():
            for criteria in title.criteria.values():
                for criterion in criteria:
                    assert criterion.basis and criterion.confidence in ("V", "S", "R")


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'check = "rating_at_least"',
            'check = "rating_atleast"',
            'check "rating_atleast" không tồn tại',
        ),
        ('grade = "HTTNV"', 'grade = "GOOD"', "titles.LDTT.ca_nhan[1].grade: cần HTXSNV, HTTNV"),
        (
            'months = "@ldtt_min_months"',
            'months = "@ldtt_months"',
            'không có cài đặt "@ldtt_months"',
        ),
        ('basis = "Luật Thi đua, khen thưởng 2022, Điều 24 k1 điểm a"\n', "", 'thiếu "basis"'),
        ('confidence = "V"', 'confidence = "X"', 'thiếu "confidence" (V, S hoặc R'),
        (
            "[[titles.LDTT.ca_nhan]]",
            "[[titles.LDTX.ca_nhan]]",
            "titles.LDTX: mã danh hiệu không có",
        ),
        ("years = 3\n", "years = -3\n", "cần một số nguyên không âm"),
        (
            'label = "Đã tuyển dụng từ {months}',
            'label = "Đã tuyển dụng từ {month}',
            "nhãn có chỗ trống",
        ),
        ("valid_from = 2024-01-01", "valid_from = 2024-01-02", "valid_from phải là ngày liền sau"),
        (
            "[[titles.LDTT.ca_nhan]]\ncheck",
            "[[titles.LDTT.ca_nhan]]\nchek = 1\ncheck",
            "khóa không hiểu: chek",
        ),
        ("default = 6\n", "default = 16\n", "giá trị mặc định sai: không được lớn hơn 12"),
        ("id = ", "id = = ", "sai cú pháp TOML"),
    ],
)
def test_a_broken_rule_file_is_a_clear_error(rules, old, new, message):
    _edit(rules, NEW_RULES, old, new)
    with pytest.raises(RuleFileError) as caught:
        load_rulebook(rules)
    assert message in caught.value.message
    if "TOML" not in message:
        assert caught.value.message.startswith(f"Tệp quy tắc {NEW_RULES}")


def test_a_check_used_for_the_wrong_kind_of_subject_is_refused(rules):
    _edit(
        rules,
        NEW_RULES,
        '[[titles.TTLDTT.tap_the]]\ncheck = "rating_at_least"',
        '[[titles.TTLDTT.tap_the]]\ncheck = "service_months"\nmonths = 6',
    )
    with pytest.raises(RuleFileError, match='check "service_months" không dùng được cho tap_the'):
        load_rulebook(rules)


def test_extending_an_unknown_rule_set_is_refused(rules):
    _edit(rules, "2025-07_nd152.toml", 'extends = "luat2022_nd98"', 'extends = "luat2022"')
    with pytest.raises(RuleFileError, match='không có bộ quy tắc "luat2022"'):
        load_rulebook(rules)


def test_a_missing_folder_or_common_file_is_a_clear_error(tmp_path):
    with pytest.raises(RuleFileError, match="Thiếu tệp quy tắc chung"):
        load_rulebook(tmp_path)
