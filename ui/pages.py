"""The pages of the main window, in sidebar order. A feature adds its page here."""

from __future__ import annotations

from ui.page import PageSpec


def all_pages() -> list[PageSpec]:
    from ui.audit.audit_page import AuditPageView
    from ui.awards.list_page import AwardListPage
    from ui.backups.backups_page import BackupsPage
    from ui.councils.council_page import CouncilPage
    from ui.dashboard.dashboard_page import DashboardPage
    from ui.eligibility.page import EligibilityPage
    from ui.eligibility.rules_page import RulesPage
    from ui.exchange.page import ExchangePage
    from ui.initiatives.list_page import InitiativeListPage
    from ui.movements.movements_page import MovementsPage
    from ui.nominations.page import NominationsPage
    from ui.people.list_page import PeopleListPage
    from ui.reports.report_page import ReportPage
    from ui.settings.agency_page import AgencySettingsPage
    from ui.units.tree_page import UnitTreePage
    from ui.users.users_page import UsersPage

    return [
        PageSpec("dashboard", "Tổng quan", "Tổng quan", DashboardPage),
        PageSpec("eligibility", "Xét khen thưởng", "Nghiệp vụ", EligibilityPage),
        PageSpec("nominations", "Đề nghị khen thưởng", "Nghiệp vụ", NominationsPage),
        PageSpec("movements", "Phong trào thi đua", "Nghiệp vụ", MovementsPage),
        PageSpec("initiatives", "Sáng kiến", "Nghiệp vụ", InitiativeListPage),
        PageSpec("councils", "Hội đồng và cuộc họp", "Nghiệp vụ", CouncilPage),
        PageSpec("people", "Cá nhân", "Dữ liệu", PeopleListPage),
        PageSpec("units", "Đơn vị", "Dữ liệu", UnitTreePage),
        PageSpec("awards", "Khen thưởng", "Dữ liệu", AwardListPage),
        PageSpec("exchange", "Nhập / Xuất Excel", "Dữ liệu", ExchangePage),
        PageSpec("reports", "Báo cáo, thống kê", "Báo cáo", ReportPage),
        PageSpec("agency", "Thông tin cơ quan", "Cài đặt", AgencySettingsPage),
        PageSpec("rules", "Quy định áp dụng", "Cài đặt", RulesPage),
        PageSpec("backups", "Sao lưu và khôi phục", "Cài đặt", BackupsPage),
        PageSpec("audit", "Nhật ký thay đổi", "Cài đặt", AuditPageView),
        PageSpec("users", "Người dùng", "Cài đặt", UsersPage),
    ]
