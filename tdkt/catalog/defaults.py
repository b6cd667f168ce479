"""The built-in catalogue: the codes of EXCHANGE.md §2, which never change meaning."""

from __future__ import annotations

from typing import NamedTuple


class DefaultTitle(NamedTuple):
    code: str
    name: str
    short_name: str
    category: str
    subject_kind: str
    level: str
    issuer: str
    rank: int


GIAM_DOC = "Giám đốc Sở"
CHU_TICH_TINH = "Chủ tịch UBND tỉnh"
BO_TRUONG = "Bộ trưởng Bộ Công Thương"
THU_TUONG = "Thủ tướng Chính phủ"
CHU_TICH_NUOC = "Chủ tịch nước"

DEFAULT_TITLES = (
    DefaultTitle(
        "LDTT", "Lao động tiên tiến", "LĐTT", "danh_hieu", "ca_nhan", "co_so", GIAM_DOC, 10
    ),
    DefaultTitle(
        "CSTDCS", "Chiến sĩ thi đua cơ sở", "CSTĐCS", "danh_hieu", "ca_nhan", "co_so", GIAM_DOC, 20
    ),
    DefaultTitle(
        "CSTD_TINH",
        "Chiến sĩ thi đua cấp tỉnh",
        "CSTĐ tỉnh",
        "danh_hieu",
        "ca_nhan",
        "tinh",
        CHU_TICH_TINH,
        50,
    ),
    DefaultTitle(
        "CSTD_BO", "Chiến sĩ thi đua cấp bộ", "CSTĐ Bộ", "danh_hieu", "ca_nhan", "bo", BO_TRUONG, 50
    ),
    DefaultTitle(
        "CSTDTQ",
        "Chiến sĩ thi đua toàn quốc",
        "CSTĐ toàn quốc",
        "danh_hieu",
        "ca_nhan",
        "nha_nuoc",
        THU_TUONG,
        80,
    ),
    DefaultTitle(
        "TTLDTT",
        "Tập thể lao động tiên tiến",
        "TTLĐTT",
        "danh_hieu",
        "tap_the",
        "co_so",
        GIAM_DOC,
        10,
    ),
    DefaultTitle(
        "TTLDXS",
        "Tập thể lao động xuất sắc",
        "TTLĐXS",
        "danh_hieu",
        "tap_the",
        "tinh",
        CHU_TICH_TINH,
        40,
    ),
    DefaultTitle(
        "CTD_TINH",
        "Cờ thi đua của UBND tỉnh",
        "Cờ thi đua tỉnh",
        "danh_hieu",
        "tap_the",
        "tinh",
        CHU_TICH_TINH,
        60,
    ),
    DefaultTitle(
        "CTD_BO",
        "Cờ thi đua của Bộ Công Thương",
        "Cờ thi đua Bộ",
        "danh_hieu",
        "tap_the",
        "bo",
        BO_TRUONG,
        60,
    ),
    DefaultTitle(
        "CTD_CP",
        "Cờ thi đua của Chính phủ",
        "Cờ thi đua Chính phủ",
        "danh_hieu",
        "tap_the",
        "nha_nuoc",
        THU_TUONG,
        85,
    ),
    DefaultTitle(
        "GK_SO",
        "Giấy khen của Giám đốc Sở",
        "Giấy khen",
        "hinh_thuc",
        "ca_hai",
        "co_so",
        GIAM_DOC,
        15,
    ),
    DefaultTitle(
        "BK_TINH",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "Bằng khen UBND tỉnh",
        "hinh_thuc",
        "ca_hai",
        "tinh",
        CHU_TICH_TINH,
        45,
    ),
    DefaultTitle(
        "BK_BO",
        "Bằng khen của Bộ trưởng Bộ Công Thương",
        "Bằng khen Bộ",
        "hinh_thuc",
        "ca_hai",
        "bo",
        BO_TRUONG,
        45,
    ),
    DefaultTitle(
        "BK_TTG",
        "Bằng khen của Thủ tướng Chính phủ",
        "Bằng khen Thủ tướng",
        "hinh_thuc",
        "ca_hai",
        "nha_nuoc",
        THU_TUONG,
        75,
    ),
    DefaultTitle(
        "HCLD3",
        "Huân chương Lao động hạng Ba",
        "Huân chương LĐ hạng Ba",
        "hinh_thuc",
        "ca_hai",
        "nha_nuoc",
        CHU_TICH_NUOC,
        90,
    ),
    DefaultTitle(
        "HCLD2",
        "Huân chương Lao động hạng Nhì",
        "Huân chương LĐ hạng Nhì",
        "hinh_thuc",
        "ca_hai",
        "nha_nuoc",
        CHU_TICH_NUOC,
        95,
    ),
    DefaultTitle(
        "HCLD1",
        "Huân chương Lao động hạng Nhất",
        "Huân chương LĐ hạng Nhất",
        "hinh_thuc",
        "ca_hai",
        "nha_nuoc",
        CHU_TICH_NUOC,
        100,
    ),
    DefaultTitle(
        "KNC_CT",
        'Kỷ niệm chương "Vì sự nghiệp phát triển ngành Công Thương Việt Nam"',
        "Kỷ niệm chương",
        "hinh_thuc",
        "ca_nhan",
        "bo",
        BO_TRUONG,
        30,
    ),
)
