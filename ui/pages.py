"""The pages of the main window, in sidebar order. A feature adds its page here."""

from __future__ import annotations

from ui.page import PageSpec


def all_pages() -> list[PageSpec]:
    from ui.awards.list_page import AwardListPage
    from ui.councils.council_page import CouncilPage
    from ui.initiatives.list_page import InitiativeListPage
    from ui.movements.movements_page import MovementsPage
    from ui.people.list_page import PeopleListPage
    from ui.settings.agency_page import AgencySettingsPage
    from ui.units.tree_page import UnitTreePage

    return [
        PageSpec("people", "Cá nhân", "Dữ liệu", PeopleListPage),
        PageSpec("units", "Đơn vị", "Dữ liệu", UnitTreePage),
        PageSpec("awards", "Khen thưởng", "Dữ liệu", AwardListPage),
        PageSpec("agency", "Thông tin cơ quan", "Cài đặt", AgencySettingsPage),
        PageSpec("movements", "Phong trào thi đua", "Nghiệp vụ", MovementsPage),
        PageSpec("initiatives", "Sáng kiến", "Nghiệp vụ", InitiativeListPage),
        PageSpec("councils", "Hội đồng và cuộc họp", "Nghiệp vụ", CouncilPage),
    ]
