"""Vietnamese names of tables, fields and actions, for the audit page and the integrity report.

Features added later are shown by their table and column names until they add a line here;
nothing breaks without one.
"""

from __future__ import annotations

ENTITY_LABELS = {
    "agency": "Thông tin cơ quan",
    "setting": "Thiết lập",
    "unit": "Đơn vị",
    "person": "Cá nhân",
    "rating": "Xếp loại",
    "discipline": "Kỷ luật",
    "title": "Danh hiệu, hình thức",
    "initiative": "Sáng kiến",
    "initiative_author": "Tác giả sáng kiến",
    "award": "Khen thưởng",
    "award_initiative": "Sáng kiến làm căn cứ khen thưởng",
    "app_user": "Người dùng",
    "audit_log": "Nhật ký thay đổi",
    "database": "Toàn bộ dữ liệu",
    "nomination_batch": "Đợt đề nghị khen thưởng",
    "nomination_line": "Dòng đề nghị khen thưởng",
    "nomination_attachment": "Tài liệu hồ sơ đề nghị",
    "review_flag": "Cần xem lại",
}

ACTION_LABELS = {
    "insert": "Thêm",
    "update": "Sửa",
    "delete": "Xóa",
    "demo": "Tạo dữ liệu mẫu",
    "import": "Nhập Excel",
    "restore": "Khôi phục",
    "bulk": "Thao tác hàng loạt",
}

FIELD_LABELS = {
    "abbreviation": "Ký hiệu",
    "active": "Đang dùng",
    "authors": "Tác giả",
    "award_id": "Khen thưởng",
    "base_salary": "Mức lương cơ sở",
    "basis": "Căn cứ",
    "birth_date": "Ngày sinh",
    "birth_year": "Năm sinh",
    "bonus_coefficient": "Hệ số tiền thưởng",
    "builtin": "Có sẵn",
    "category": "Nhóm",
    "cccd": "Số CCCD",
    "code": "Mã",
    "content": "Nội dung",
    "created_at": "Ngày tạo",
    "decision_date": "Ngày quyết định",
    "decision_no": "Số quyết định",
    "description": "Mô tả",
    "effective_on": "Ngày hiệu lực",
    "ends_on": "Ngày kết thúc",
    "first_applied_on": "Ngày áp dụng lần đầu",
    "form": "Hình thức",
    "full_name": "Họ và tên",
    "gender": "Giới tính",
    "grade": "Xếp loại",
    "id": "Số hiệu",
    "initiative_id": "Sáng kiến",
    "is_leader": "Lãnh đạo",
    "issuer": "Cấp khen",
    "key": "Khóa",
    "kind": "Loại",
    "left_on": "Ngày thôi công tác",
    "level": "Cấp",
    "name": "Tên",
    "note": "Ghi chú",
    "parent_agency": "Cơ quan chủ quản",
    "parent_id": "Đơn vị cấp trên",
    "password_hash": "Mật khẩu",
    "person_id": "Cá nhân",
    "place": "Địa danh",
    "position": "Chức vụ",
    "rank": "Thứ bậc",
    "reason": "Lý do",
    "recognized_year": "Năm công nhận",
    "recruited_on": "Ngày tuyển dụng",
    "revoke_reason": "Lý do thu hồi",
    "revoked_on": "Ngày thu hồi",
    "role": "Vai trò",
    "scope": "Phạm vi",
    "sector_started_on": "Ngày vào ngành",
    "share": "Tỷ lệ đóng góp",
    "short_name": "Tên ngắn",
    "signer": "Người ký",
    "signer_title": "Chức vụ người ký",
    "sort_order": "Thứ tự",
    "source": "Văn bản quy định",
    "status": "Trạng thái",
    "subject_kind": "Đối tượng",
    "title": "Tên",
    "title_id": "Danh hiệu, hình thức",
    "toxic_work": "Độc hại",
    "unit_id": "Đơn vị",
    "updated_at": "Ngày cập nhật",
    "username": "Tên đăng nhập",
    "value_json": "Giá trị",
    "year": "Năm",
    "letter_no": "Số tờ trình",
    "letter_date": "Ngày tờ trình",
    "outcome": "Kết quả quyết định",
    "vote_result": "Kết quả biểu quyết",
    "certificate_text": "Dòng in trên giấy khen",
    "resolution": "Kết quả xem lại",
}

# Keys of the summaries bulk actions log (tdkt.audit.recorder.log_action).
FIELD_LABELS.update(
    {
        "file": "Tệp",
        "seed": "Hạt giống ngẫu nhiên",
        "years": "Các năm",
        "award_rate": "Tỷ lệ khen thưởng",
        "units": "Số đơn vị",
        "people": "Số cá nhân",
        "ratings": "Số xếp loại",
        "discipline": "Số kỷ luật",
        "initiatives": "Số sáng kiến",
        "awards": "Số khen thưởng",
    }
)

# Derived columns kept for speed (search and sort keys): noise in a readable history.
HIDDEN_FIELDS = frozenset({"search_text", "name_key", "version"})


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)
