"""The pages of the main window, in sidebar order. A feature adds its page here."""

from __future__ import annotations

from ui.page import PageSpec


def all_pages() -> list[PageSpec]:
    from ui.awards.list_page import AwardListPage
    from ui.eligibility.page import EligibilityPage
    from ui.eligibility.rules_page import RulesPage
    from ui.people.list_page import PeopleListPage
    from ui.settings.agency_page import AgencySettingsPage
    from ui.units.tree_page import UnitTreePage

    return [
        PageSpec("people", "Cá nhân", "Dữ liệu", PeopleListPage),
        PageSpec("units", "Đơn vị", "Dữ liệu", UnitTreePage),
        PageSpec("awards", "Khen thưởng", "Dữ liệu", AwardListPage),
        PageSpec("agency", "Thông tin cơ quan", "Cài đặt", AgencySettingsPage),
        PageSpec("eligibility", "Xét khen thưởng", "Nghiệp vụ", EligibilityPage),
        PageSpec("rules", "Quy định áp dụng", "Cài đặt", RulesPage),
    ]
