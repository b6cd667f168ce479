"""Quorum and pass thresholds, in exact fractions: 9 of 10 at 90 % passes, 8 of 10 does not.

A threshold is a ratio of a base: the voting members present or all voting members of the
council on the day. "At least" (từ … trở lên) needs ceil(ratio × base) votes; "more than"
(trên) needs floor(ratio × base) + 1.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

PRESENT = "present"
ALL = "all"
BASE_LABELS = {PRESENT: "số thành viên có mặt", ALL: "tổng số thành viên Hội đồng"}

_PERCENT = re.compile(r"([0-9]+(?:[.,][0-9]+)?)\s*%")
_FRACTION = re.compile(r"([0-9]+)\s*/\s*([0-9]+)")


def parse_ratio(text: str) -> Fraction:
    """ "2/3", "90%", "90 %", "66,67%" → an exact fraction in (0, 1]; ValueError otherwise."""
    stripped = text.strip()
    if match := _FRACTION.fullmatch(stripped):
        numerator, denominator = int(match[1]), int(match[2])
        if denominator == 0:
            raise ValueError(f'Tỷ lệ "{text}" không hợp lệ (mẫu số bằng 0).')
        ratio = Fraction(numerator, denominator)
    elif match := _PERCENT.fullmatch(stripped):
        ratio = Fraction(match[1].replace(",", ".")) / 100
    else:
        raise ValueError(f'Tỷ lệ "{text}" không hợp lệ; hãy viết dạng 2/3 hoặc 90%.')
    if not 0 < ratio <= 1:
        raise ValueError(f'Tỷ lệ "{text}" phải lớn hơn 0 và không quá 100%.')
    return ratio


def ratio_text(ratio: Fraction) -> str:
    """2/3 stays "2/3"; a ratio with a round percentage reads "90%"."""
    percent = ratio * 100
    if percent.denominator == 1:
        return f"{percent.numerator}%"
    return f"{ratio.numerator}/{ratio.denominator}"


@dataclass(frozen=True)
class Threshold:
    ratio: Fraction
    base: str = PRESENT  # PRESENT | ALL
    strict: bool = False  # True: more than the ratio; False: at least the ratio
    source: str = ""  # the regulation it comes from

    def required(self, base_count: int) -> int:
        exact = self.ratio * base_count
        if self.strict:
            return math.floor(exact) + 1
        return math.ceil(exact)

    def describe(self) -> str:
        """ "từ 90% tổng số thành viên Hội đồng trở lên" / "trên 1/2 số thành viên có mặt"."""
        ratio, base = ratio_text(self.ratio), BASE_LABELS[self.base]
        return f"trên {ratio} {base}" if self.strict else f"từ {ratio} {base} trở lên"


@dataclass(frozen=True)
class Quorum:
    voting_members: int  # voting members of the council on the meeting day
    present: int  # of whom present
    required: int
    rule: Threshold

    @property
    def met(self) -> bool:
        return self.voting_members > 0 and self.present >= self.required

    def describe(self) -> str:
        state = "đủ" if self.met else "không đủ"
        return (
            f"Có mặt {self.present}/{self.voting_members} thành viên có quyền biểu quyết; "
            f"cần ít nhất {self.required} ({ratio_text(self.rule.ratio)}): {state} số lượng "
            "để họp."
        )


def quorum(voting_members: int, present: int, rule: Threshold) -> Quorum:
    return Quorum(voting_members, present, rule.required(voting_members), rule)


@dataclass(frozen=True)
class Tally:
    agree: int = 0
    disagree: int = 0
    abstain: int = 0  # không biểu quyết
    invalid: int = 0  # phiếu không hợp lệ

    @property
    def total(self) -> int:
        return self.agree + self.disagree + self.abstain + self.invalid


@dataclass(frozen=True)
class Verdict:
    passed: bool
    agree: int
    base_count: int
    required: int
    threshold: Threshold

    def describe(self) -> str:
        percent = 100 * self.agree / self.base_count if self.base_count else 0.0
        share = f"{percent:.2f}".rstrip("0").rstrip(".")
        outcome = "Đạt" if self.passed else "Không đạt"
        return (
            f"{outcome}: {self.agree}/{self.base_count} đồng ý ({share.replace('.', ',')}%), "
            f"cần {self.required} – ngưỡng {self.threshold.describe()}."
        )


def judge(tally: Tally, threshold: Threshold, present_eligible: int, all_eligible: int) -> Verdict:
    """Pass or fail against the threshold; the base excludes members who do not vote on the
    item (confirmed recusals), as counted by the caller."""
    base_count = all_eligible if threshold.base == ALL else present_eligible
    required = threshold.required(base_count)
    passed = base_count > 0 and tally.agree >= required
    return Verdict(passed, tally.agree, base_count, required, threshold)
