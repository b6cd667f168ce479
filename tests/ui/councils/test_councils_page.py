"""The councils page: members on a date, a meeting's attendance ticked and saved, the quorum,
a tally entered and judged, the author's recusal, and the papers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tdkt.councils.types import DecisionDraft, MeetingDraft, MemberDraft
from tdkt.initiatives.types import AuthorDraft, InitiativeDraft
from tests.factories import add_person, add_unit
from ui.councils.council_page import CouncilPage
from ui.councils.recusal_dialog import RecusalDialog
from ui.councils.tally_dialog import TallyDialog

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("warnings"),
]
ROLES = ["chu_tich", "pho_chu_tich", "uy_vien", "uy_vien", "uy_vien", "uy_vien"]


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    people = [
        add_person(services, office.id, f"CN{n}", f"Nguyễn Văn {chr(64 + n)}").id
        for n in range(1, 8)
    ]
    councils = {c.kind: c for c in services.councils.ensure_standard_councils()}
    initiative_council = councils["sang_kien"]
    members = [MemberDraft(role, pid) for role, pid in zip(ROLES, people, strict=False)]
    members.append(MemberDraft("thu_ky", people[6], votes=False))
    services.councils.apply_decision(
        initiative_council.id, DecisionDraft("kien_toan", "608/QĐ-SCT", "13/04/2021"), members
    )
    initiative = services.initiatives.register(
        InitiativeDraft(
            "Số hóa hồ sơ", (AuthorDraft(people[3], "100"),), registered_on="01/03/2021"
        )
    )
    sitting = services.councils.members(initiative_council.id)
    meeting = services.meetings.create(
        MeetingDraft(
            initiative_council.id,
            "20/11/2021",
            "Phòng họp Sở",
            "Xét sáng kiến năm 2021",
            chair_member_id=sitting[0].id,
            secretary_member_id=sitting[-1].id,
        )
    )
    services.meetings.add_item(meeting.meeting.id, "initiative", initiative.row.id)
    widget = CouncilPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    widget.council.setCurrentIndex(widget.council.findData(initiative_council.id))
    return widget


def test_members_on_a_date_and_over_time(page, qtmodeltester):
    members = page.members
    members.day.setText("12/04/2021")
    members.fetch()
    assert members.model.rowCount() == 0
    members.day.setText("20/11/2021")
    members.fetch()
    assert members.model.rowCount() == 7 and "6 có quyền biểu quyết" in members.count.text()
    assert "Kiện toàn: 608/QĐ-SCT ngày 13/04/2021" in members.decisions.text()
    qtmodeltester.check(members.model)


def test_attendance_quorum_tally_and_recusal(qtbot, page, qtmodeltester, warnings):
    view = page.meetings.view
    assert view.details is not None and not view.details.quorum.met
    qtmodeltester.check(view.attendance)
    for row in range(view.attendance.rowCount()):
        view.attendance.setData(
            view.attendance.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    assert view.save_attendance.isEnabled()
    view.save_attendance.click()
    assert view.details.quorum.met and "đủ số lượng để họp" in view.quorum.text()
    (recusal,) = view.recusals.rows()
    assert recusal.state == "proposed" and recusal.member_name == "Nguyễn Văn D"
    view.recusal_table.selectRow(0)
    view.confirm.click()
    assert view.recusals.rows()[0].state == "confirmed"
    view.agenda_table.selectRow(0)
    dialog = TallyDialog(page.context, view.details, view.agenda.rows()[0], view)
    qtbot.addWidget(dialog)
    assert dialog.choices.rowCount() == 5  # six voters present, less the author
    for spin, value in zip(dialog.counts, (4, 1, 0, 0), strict=True):
        spin.setValue(value)
    dialog.saved.connect(view.show_details)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    item = view.agenda.rows()[0]
    assert (item.result, item.required_votes, item.base_count) == ("dat", 4, 5)
    view.recusal_table.selectRow(0)  # the item has its result: who voted is settled
    assert not view.dismiss.isEnabled() and not view.confirm.isEnabled()
    assert warnings == []


def test_no_quorum_is_explained_in_the_tally_dialog(qtbot, page):
    view = page.meetings.view
    dialog = TallyDialog(page.context, view.details, view.agenda.rows()[0], view)
    qtbot.addWidget(dialog)
    dialog.counts[0].setValue(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "không đủ số thành viên dự họp" in dialog.errors.message("tally")


def test_the_papers_render(page, tmp_path):
    view = page.meetings.view
    documents = view.documents()
    assert [d.label for d in documents] == [
        "Danh sách thành viên dự họp",
        "Phiếu biểu quyết (mỗi thành viên một phiếu)",
        "Biên bản kiểm phiếu",
        "Biên bản họp Hội đồng",
    ]
    view.output.ask_path = lambda _parent, suggested: tmp_path / suggested
    view.output.save(documents[3], "docx")
    assert view.output.last_written.name == "bien-ban-hop-2021-11-20.docx"
    assert view.output.last_written.stat().st_size > 5000
    assert page.meetings.model.rows()[0].held_on == date(2021, 11, 20)


def test_a_recusal_added_by_hand_and_taken_back(qtbot, page, monkeypatch, warnings):
    view = page.meetings.view
    view.agenda_table.selectRow(0)
    assert view.add_recusal.isEnabled() and not view.remove_recusal.isEnabled()
    view.add_recusal.click()
    dialog = view.findChild(RecusalDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.item.currentData() == view.agenda.rows()[0].id
    assert dialog.member.count() == 6  # the voting members; the secretary does not vote
    dialog.member.setCurrentIndex(dialog.member.findText("Nguyễn Văn B"))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.errors.message("reason") == "Hãy ghi lý do thành viên không biểu quyết."
    dialog.reason.setText("Có tên trong danh sách đề nghị khen thưởng")
    save.click()
    assert not dialog.isVisible()
    added = next(r for r in view.recusals.rows() if r.member_name == "Nguyễn Văn B")
    assert (added.state, added.automatic) == ("confirmed", False)
    view.recusal_table.selectRow(view.recusals.rows().index(added))
    assert view.remove_recusal.isEnabled()
    monkeypatch.setattr("ui.councils.meeting_view.confirmed", lambda *_a: True)
    view.remove_recusal.click()
    assert [r.member_name for r in view.recusals.rows()] == ["Nguyễn Văn D"]  # the author
    view.recusal_table.selectRow(0)
    assert not view.remove_recusal.isEnabled()  # a proposal is set aside, not removed
    assert warnings == []
