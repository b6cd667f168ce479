"""Finding a title (code or full name) for a subject, shared by the award and nomination sheets."""

from __future__ import annotations

from tdkt.exchange.existing import TitleInfo
from tdkt.exchange.rows import Row
from tdkt.exchange.spec import SheetSpec
from tdkt.exchange.validators.common import Context
from tdkt.subjects.types import PERSON


def title_for(context: Context, spec: SheetSpec, row: Row, subject_kind: str) -> TitleInfo | None:
    text = row.values["title"]
    title = context.title(text)
    if title is None:
        context.error(
            spec,
            row,
            "title",
            f'"{text}" không phải mã hay tên danh hiệu, hình thức khen thưởng nào trong danh mục',
        )
        return None
    if not title.fits(subject_kind):
        who = "cá nhân" if subject_kind == PERSON else "tập thể"
        context.error(spec, row, "title", f'"{title.name}" không dành cho {who}')
        return None
    return title
