"""Pools of Vietnamese personal names, weighted as they occur in Quảng Ngãi."""

from __future__ import annotations

from itertools import accumulate
from random import Random

# Central Vietnam writes Huỳnh for Hoàng and Võ for Vũ, hence their weight here.
FAMILY_NAMES = (
    ("Nguyễn", 30),
    ("Trần", 10),
    ("Lê", 9),
    ("Võ", 7),
    ("Phạm", 6),
    ("Huỳnh", 6),
    ("Phan", 4),
    ("Trương", 3),
    ("Hoàng", 2),
    ("Bùi", 2),
    ("Đặng", 2),
    ("Đỗ", 2),
    ("Ngô", 2),
    ("Hồ", 2),
    ("Đinh", 2),
    ("Dương", 1),
    ("Đoàn", 1),
    ("Lương", 1),
    ("Châu", 1),
    ("Lưu", 1),
    ("Cao", 1),
    ("Mai", 1),
    ("Tạ", 0.5),
    ("Thái", 0.5),
    ("Lâm", 0.5),
    ("Tô", 0.5),
    ("Ông", 0.3),
    ("Âu", 0.3),
)

MALE_MIDDLE = (
    ("Văn", 30),
    ("Tấn", 5),
    ("Minh", 6),
    ("Đức", 5),
    ("Quang", 4),
    ("Hữu", 4),
    ("Thanh", 4),
    ("Công", 4),
    ("Ngọc", 3),
    ("Xuân", 3),
    ("Đình", 3),
    ("Quốc", 3),
    ("Thành", 2),
    ("Trọng", 2),
    ("Anh", 2),
    ("Bá", 2),
    ("Duy", 2),
    ("Hoàng", 2),
    ("Văn Minh", 0.5),
    ("Đăng", 1),
)

FEMALE_MIDDLE = (
    ("Thị", 30),
    ("Thị Thu", 4),
    ("Thị Mỹ", 3),
    ("Thị Kim", 3),
    ("Thị Ngọc", 3),
    ("Thị Thanh", 3),
    ("Thị Hồng", 2),
    ("Ngọc", 4),
    ("Thu", 3),
    ("Thanh", 3),
    ("Hồng", 2),
    ("Kim", 2),
    ("Mỹ", 2),
    ("Phương", 2),
    ("Diệu", 1),
    ("Bảo", 1),
    ("Thùy", 2),
    ("Hoài", 1),
)

# Given names include the pairs the Vietnamese collation must order right:
# An < Anh < Ánh < Ân, Dũng < Đạt < Đức, Hà < Hải.
MALE_GIVEN = (
    "An",
    "Ân",
    "Anh",
    "Bảo",
    "Bình",
    "Chiến",
    "Công",
    "Cường",
    "Dũng",
    "Duy",
    "Đạt",
    "Đăng",
    "Đức",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hoàng",
    "Hùng",
    "Hưng",
    "Huy",
    "Khải",
    "Khánh",
    "Khoa",
    "Kiên",
    "Lâm",
    "Lộc",
    "Lợi",
    "Long",
    "Minh",
    "Nam",
    "Nghĩa",
    "Nhân",
    "Phát",
    "Phong",
    "Phúc",
    "Phước",
    "Quân",
    "Quang",
    "Sang",
    "Sơn",
    "Tài",
    "Tâm",
    "Thắng",
    "Thành",
    "Thịnh",
    "Tiến",
    "Tín",
    "Toàn",
    "Trí",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
    "Vũ",
)

FEMALE_GIVEN = (
    "An",
    "Ánh",
    "Anh",
    "Ân",
    "Châu",
    "Diễm",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Hồng",
    "Hương",
    "Hường",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Ly",
    "Mai",
    "My",
    "Mỹ",
    "Nga",
    "Ngân",
    "Ngọc",
    "Nhi",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Quỳnh",
    "Sương",
    "Tâm",
    "Thảo",
    "Thơ",
    "Thu",
    "Thủy",
    "Thư",
    "Trang",
    "Trâm",
    "Uyên",
    "Vân",
    "Vy",
    "Xuân",
    "Yến",
)


class WeightedPool:
    """Draws from (value, weight) pairs; cumulative weights are computed once."""

    def __init__(self, pairs: tuple[tuple[str, float], ...]) -> None:
        self._values = [value for value, _ in pairs]
        self._cumulative = list(accumulate(weight for _, weight in pairs))

    def draw(self, rng: Random) -> str:
        return rng.choices(self._values, cum_weights=self._cumulative)[0]


_FAMILY = WeightedPool(FAMILY_NAMES)
_MIDDLE = {"nam": WeightedPool(MALE_MIDDLE), "nu": WeightedPool(FEMALE_MIDDLE)}
_GIVEN = {"nam": MALE_GIVEN, "nu": FEMALE_GIVEN}


def draw_name(rng: Random, gender: str) -> str:
    """A full name in Vietnamese order: family, middle, given."""
    return f"{_FAMILY.draw(rng)} {_MIDDLE[gender].draw(rng)} {rng.choice(_GIVEN[gender])}"
