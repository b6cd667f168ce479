"""The wording of initiatives, award contents and discipline reasons."""

from __future__ import annotations

from random import Random

ANNIVERSARY = (
    "nhân kỷ niệm 70 năm Ngày Truyền thống ngành Công Thương Việt Nam (14/5/1951 – 14/5/2021)"
)

SUBJECTS = {
    "general": (
        "công tác tham mưu quản lý nhà nước ngành Công Thương",
        "cải cách hành chính tại Sở Công Thương",
    ),
    "office": (
        "công tác văn thư, lưu trữ của Sở",
        "quản lý tài sản công của Sở",
        "tiếp nhận và trả kết quả thủ tục hành chính",
        "công tác thi đua, khen thưởng",
    ),
    "inspect": (
        "thanh tra, kiểm tra chuyên ngành Công Thương",
        "tiếp công dân và giải quyết khiếu nại, tố cáo",
        "kiểm tra an toàn thực phẩm thuộc ngành Công Thương",
    ),
    "planning": (
        "lập và theo dõi dự toán ngân sách của Sở",
        "tổng hợp báo cáo kinh tế – xã hội ngành Công Thương",
        "quản lý vốn đầu tư công",
    ),
    "industry": (
        "quản lý cụm công nghiệp trên địa bàn tỉnh",
        "phát triển công nghiệp hỗ trợ",
        "bình chọn sản phẩm công nghiệp nông thôn tiêu biểu",
    ),
    "energy": (
        "quản lý quy hoạch phát triển điện lực",
        "sử dụng năng lượng tiết kiệm và hiệu quả",
        "cấp điện cho đồng bào vùng sâu, vùng xa",
        "quản lý an toàn đập thủy điện",
    ),
    "trade": (
        "phát triển thị trường tiêu thụ nông sản",
        "quản lý kinh doanh xăng dầu",
        "phát triển thương mại điện tử",
        "quản lý chợ và siêu thị",
    ),
    "safety": (
        "kiểm tra an toàn hóa chất",
        "quản lý vật liệu nổ công nghiệp",
        "kiểm tra an toàn điện trong sản xuất công nghiệp",
    ),
    "promotion": (
        "hỗ trợ cơ sở công nghiệp nông thôn",
        "xúc tiến thương mại sản phẩm OCOP",
        "tổ chức hội chợ, triển lãm thương mại",
    ),
    "district": (
        "phát triển làng nghề",
        "quản lý chợ nông thôn",
        "phát triển tiểu thủ công nghiệp",
    ),
    "cluster": ("quản lý hạ tầng kỹ thuật cụm công nghiệp", "bảo vệ môi trường cụm công nghiệp"),
    "market": ("kiểm tra, kiểm soát thị trường", "chống buôn lậu, gian lận thương mại và hàng giả"),
}
ACTIONS = (
    "Giải pháp nâng cao hiệu quả {s}",
    "Ứng dụng công nghệ thông tin trong {s}",
    "Cải tiến quy trình {s}",
    "Xây dựng cơ sở dữ liệu phục vụ {s}",
    "Đổi mới phương pháp {s}",
    "Giải pháp phối hợp liên ngành trong {s}",
    "Số hóa hồ sơ phục vụ {s}",
)
PLACES = ("", "", " tại tỉnh Quảng Ngãi", " trên địa bàn tỉnh Quảng Ngãi")

DISCIPLINE_REASONS = (
    "Vi phạm quy định về thời giờ làm việc",
    "Chậm trễ trong giải quyết hồ sơ thủ tục hành chính",
    "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao",
    "Vi phạm quy chế chi tiêu nội bộ",
)

GK_EVERY_YEAR = (
    "Đã có thành tích xuất sắc đột xuất trong đợt cao điểm chống buôn lậu, gian lận thương "
    "mại và hàng giả dịp Tết Nguyên đán năm {y}",
    "Đã có thành tích xuất sắc trong công tác tổ chức Hội chợ Thương mại – Công nghiệp "
    "tỉnh Quảng Ngãi năm {y}",
    "Đã có thành tích xuất sắc trong công tác bảo đảm cung ứng điện mùa khô năm {y}",
    'Đã có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm {y}',
    "Đã có thành tích xuất sắc trong công tác cải cách hành chính năm {y}",
)
GK_SPECIAL = {
    2020: (
        "Đã có thành tích xuất sắc đột xuất trong công tác phòng, chống dịch Covid-19",
        "Đã có thành tích xuất sắc đột xuất trong công tác ứng phó, khắc phục hậu quả "
        "bão số 9 năm 2020",
    ),
    2021: (
        "Đã có thành tích xuất sắc đột xuất trong công tác phòng, chống dịch Covid-19 năm 2021",
    ),
}


def initiative_title(rng: Random, domain: str) -> str:
    action = rng.choice(ACTIONS).format(s=rng.choice(SUBJECTS[domain]))
    return action + rng.choice(PLACES)


def gk_content(rng: Random, year: int) -> str:
    return rng.choice(GK_SPECIAL.get(year, ()) + GK_EVERY_YEAR).format(y=year)


def award_content(code: str, year: int) -> str:
    """What the decision says the award recognises."""
    texts = {
        "LDTT": f"Đạt danh hiệu Lao động tiên tiến năm {year}",
        "CSTDCS": f"Đạt danh hiệu Chiến sĩ thi đua cơ sở năm {year}",
        "CSTD_TINH": f"Đạt danh hiệu Chiến sĩ thi đua cấp tỉnh năm {year}",
        "CSTD_BO": f"Đạt danh hiệu Chiến sĩ thi đua ngành Công Thương năm {year}",
        "CSTDTQ": f"Đạt danh hiệu Chiến sĩ thi đua toàn quốc năm {year}",
        "TTLDTT": f"Đạt danh hiệu Tập thể lao động tiên tiến năm {year}",
        "TTLDXS": f"Đạt danh hiệu Tập thể lao động xuất sắc năm {year}",
        "KNC_CT": "Đã có nhiều đóng góp cho sự nghiệp phát triển ngành Công Thương Việt Nam",
    }
    return texts.get(
        code,
        "Đã có thành tích xuất sắc trong công tác năm "
        f"{year - 1} – {year}, góp phần vào sự nghiệp xây dựng chủ nghĩa "
        "xã hội và bảo vệ Tổ quốc",
    )
