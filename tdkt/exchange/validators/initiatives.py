"""SangKien: initiatives by code, with authors `CN01:70; CN02:30` among people."""

from __future__ import annotations

import re
from decimal import Decimal

from tdkt.exchange.existing import INITIATIVE_FIELDS
from tdkt.exchange.rows import Row, SheetData
from tdkt.exchange.spec import INITIATIVES
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import (
    Context,
    Duplicates,
    SheetPlan,
    check_year,
    complete,
    pick,
)

AUTHOR = re.compile(r"(?P<code>[^:\s]+)\s*(?::\s*(?P<share>[0-9]+(?:[.,][0-9]+)?)\s*%?)?")
HUNDRED = Decimal(100)
SHARE_PLACES = 2  # initiative_author.share is NUMERIC(5, 2): more would be rounded away
Author = tuple[str, Decimal | None]


def validate_initiatives(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(INITIATIVES.name))
    duplicates = Duplicates(context, INITIATIVES, "code")
    for row in sheet.rows:
        if not complete(row, "code") or not duplicates.first(
            row.values["code"], row, "mã sáng kiến"
        ):
            continue
        code = row.values["code"]
        old = context.existing.initiatives.get(code)
        state = {f: pick(row, sheet.present, f, old and old[f], None) for f in INITIATIVE_FIELDS}
        state["decision_no"] = state["decision_no"] or ""
        if "recognized_year" in row.values:
            check_year(context, INITIATIVES, row, "recognized_year")
        if "authors" in sheet.present and "authors" in row.values:
            state["authors"] = parse_authors(context, row)
        else:
            state["authors"] = old["authors"] if old is not None else ()
        plan.tally(old, state, {"code": code})
    return plan


def parse_authors(context: Context, row: Row) -> tuple[Author, ...]:
    """The authors of a cell; every wrong token is reported, shares not adding up warned."""
    authors: list[Author] = []
    for token in filter(None, (t.strip() for t in re.split(r"[;\n]", row.values["authors"]))):
        author = _author(context, row, token)
        if author is None:
            continue
        if any(code == author[0] for code, _ in authors):
            context.error(INITIATIVES, row, "authors", f'tác giả "{author[0]}" được ghi hai lần')
            continue
        authors.append(author)
    shares = [share for _, share in authors if share is not None]
    if shares and sum(shares) != HUNDRED:
        context.warn(
            INITIATIVES,
            row,
            "authors",
            f"tỷ lệ đóng góp của các tác giả cộng lại {_percent(sum(shares))} %, không phải 100 %",
        )
    return tuple(authors)


def _author(context: Context, row: Row, token: str) -> Author | None:
    match = AUTHOR.fullmatch(token)
    if match is None:
        context.error(
            INITIATIVES,
            row,
            "authors",
            f'"{token}" không đúng dạng "mã cá nhân:phần trăm" (ví dụ CN01:70)',
        )
        return None
    code = match["code"]
    if not context.is_person(code):
        if context.is_unit(code):
            message = f'tác giả "{code}" là mã đơn vị, không phải mã cá nhân'
        else:
            message = f'không có cá nhân mã "{code}" (trong dữ liệu hay trong trang CaNhan)'
        context.error(INITIATIVES, row, "authors", message)
        return None
    share = None if match["share"] is None else Decimal(match["share"].replace(",", "."))
    if share is not None and not 0 < share <= HUNDRED:
        context.error(
            INITIATIVES, row, "authors", f'tỷ lệ của "{code}" phải lớn hơn 0 và không quá 100'
        )
        return None
    if share is not None and share != round(share, SHARE_PLACES):
        context.error(
            INITIATIVES,
            row,
            "authors",
            f'tỷ lệ của "{code}" có tối đa {SHARE_PLACES} chữ số thập phân (ví dụ 33,33)',
        )
        return None
    return code, share


def _percent(value: Decimal) -> str:
    return format(value.normalize(), "f")


def format_authors(authors: tuple[Author, ...]) -> str:
    """`CN01:70; CN02:30` — the cell an export writes."""
    return "; ".join(
        code if share is None else f"{code}:{_percent(share)}" for code, share in authors
    )
