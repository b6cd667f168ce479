"""The pages of the main window, in sidebar order. A feature adds its page here.

Each page names its module and class: the module is imported when the page is first shown,
so the window starts without loading any page (tests: tests/ui/test_startup_imports.py).
"""

from __future__ import annotations

from ui.page import PageSpec, lazy_page


def all_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "dashboard",
            "Tổng quan",
            "Tổng quan",
            lazy_page("ui.dashboard.dashboard_page", "DashboardPage"),
        ),
        PageSpec(
            "eligibility",
            "Xét khen thưởng",
            "Nghiệp vụ",
            lazy_page("ui.eligibility.page", "EligibilityPage"),
        ),
        PageSpec(
            "nominations",
            "Đề nghị khen thưởng",
            "Nghiệp vụ",
            lazy_page("ui.nominations.page", "NominationsPage"),
        ),
        PageSpec(
            "movements",
            "Phong trào thi đua",
            "Nghiệp vụ",
            lazy_page("ui.movements.movements_page", "MovementsPage"),
        ),
        PageSpec(
            "initiatives",
            "Sáng kiến",
            "Nghiệp vụ",
            lazy_page("ui.initiatives.list_page", "InitiativeListPage"),
        ),
        PageSpec(
            "councils",
            "Hội đồng và cuộc họp",
            "Nghiệp vụ",
            lazy_page("ui.councils.council_page", "CouncilPage"),
        ),
        PageSpec(
            "people", "Cá nhân", "Dữ liệu", lazy_page("ui.people.list_page", "PeopleListPage")
        ),
        PageSpec("units", "Đơn vị", "Dữ liệu", lazy_page("ui.units.tree_page", "UnitTreePage")),
        PageSpec(
            "awards", "Khen thưởng", "Dữ liệu", lazy_page("ui.awards.list_page", "AwardListPage")
        ),
        PageSpec(
            "exchange",
            "Nhập / Xuất Excel",
            "Dữ liệu",
            lazy_page("ui.exchange.page", "ExchangePage"),
        ),
        PageSpec(
            "reports",
            "Báo cáo, thống kê",
            "Báo cáo",
            lazy_page("ui.reports.report_page", "ReportPage"),
        ),
        PageSpec(
            "agency",
            "Thông tin cơ quan",
            "Cài đặt",
            lazy_page("ui.settings.agency_page", "AgencySettingsPage"),
        ),
        PageSpec(
            "rules",
            "Quy định áp dụng",
            "Cài đặt",
            lazy_page("ui.eligibility.rules_page", "RulesPage"),
        ),
        PageSpec(
            "backups",
            "Sao lưu và khôi phục",
            "Cài đặt",
            lazy_page("ui.backups.backups_page", "BackupsPage"),
        ),
        PageSpec(
            "audit",
            "Nhật ký thay đổi",
            "Cài đặt",
            lazy_page("ui.audit.audit_page", "AuditPageView"),
        ),
        PageSpec("users", "Người dùng", "Cài đặt", lazy_page("ui.users.users_page", "UsersPage")),
    ]
