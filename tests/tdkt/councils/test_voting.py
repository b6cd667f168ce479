"""Quorum and thresholds in exact arithmetic: the boundaries a council secretary argues about."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tdkt.councils.voting import ALL, PRESENT, Tally, Threshold, judge, parse_ratio, quorum

NINETY_OF_ALL = Threshold(Fraction(9, 10), ALL)
TWO_THIRDS_PRESENT = Threshold(Fraction(2, 3), PRESENT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2/3", Fraction(2, 3)),
        ("90%", Fraction(9, 10)),
        ("90 %", Fraction(9, 10)),
        ("66,5%", Fraction(133, 200)),
        ("1/1", Fraction(1)),
    ],
)
def test_ratios_are_read_exactly(text, expected):
    assert parse_ratio(text) == expected


@pytest.mark.parametrize("text", ["", "0%", "3/2", "120%", "2/0", "hai phần ba"])
def test_bad_ratios_are_refused_in_vietnamese(text):
    with pytest.raises(ValueError, match="Tỷ lệ"):
        parse_ratio(text)


def test_nine_of_ten_at_ninety_percent_passes_and_eight_does_not():
    assert judge(Tally(agree=9, disagree=1), NINETY_OF_ALL, 10, 10).passed
    assert not judge(Tally(agree=8, disagree=2), NINETY_OF_ALL, 10, 10).passed
    assert NINETY_OF_ALL.required(10) == 9


def test_ninety_percent_of_eleven_needs_ten():
    # 0.9 × 11 = 9.9: the tenth vote is needed; floating point would say 9.899999…
    assert NINETY_OF_ALL.required(11) == 10
    assert not judge(Tally(agree=9), NINETY_OF_ALL, 11, 11).passed


def test_all_members_base_counts_the_absent_against_the_item():
    # 9 present of 12 members, all 9 agree: 9/12 = 75 % of all members, not 90 %.
    verdict = judge(Tally(agree=9), NINETY_OF_ALL, present_eligible=9, all_eligible=12)
    assert not verdict.passed and verdict.base_count == 12 and verdict.required == 11
    # The same tally against members present passes at two thirds.
    assert judge(Tally(agree=9), TWO_THIRDS_PRESENT, 9, 12).passed


def test_two_thirds_at_the_boundary():
    assert TWO_THIRDS_PRESENT.required(9) == 6
    assert TWO_THIRDS_PRESENT.required(10) == 7  # 6.67 rounds up
    assert judge(Tally(agree=6, disagree=3), TWO_THIRDS_PRESENT, 9, 9).passed
    assert not judge(Tally(agree=6, disagree=4), TWO_THIRDS_PRESENT, 10, 10).passed


def test_more_than_half_is_strict():
    majority = Threshold(Fraction(1, 2), PRESENT, strict=True)
    assert majority.required(10) == 6 and majority.required(9) == 5
    assert not judge(Tally(agree=5, disagree=5), majority, 10, 10).passed
    assert majority.describe() == "trên 50% số thành viên có mặt"


def test_quorum_of_two_thirds():
    rule = Threshold(Fraction(2, 3), ALL)
    assert quorum(10, 7, rule).met and not quorum(10, 6, rule).met
    assert quorum(9, 6, rule).met
    assert not quorum(0, 0, rule).met  # a council without voting members never sits
    assert "cần ít nhất 7" in quorum(10, 6, rule).describe()


def test_verdict_explains_itself():
    text = judge(Tally(agree=9, disagree=1), NINETY_OF_ALL, 10, 10).describe()
    assert (
        text == "Đạt: 9/10 đồng ý (90%), cần 9 – ngưỡng từ 90% tổng số thành viên Hội đồng trở lên."
    )
