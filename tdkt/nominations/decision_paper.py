"""The director's decision on a batch (Quyết định của Giám đốc Sở): Điều 1 awards or
recognises the collectives and individuals of the attached list, Điều 2 sets the bonus
(coefficient × base salary in force on the decision's date), Điều 3 who carries it out."""

from __future__ import annotations

from decimal import Decimal

from tdkt.errors import ValidationError
from tdkt.nominations.levels import DIRECTOR
from tdkt.nominations.ordering import Group
from tdkt.nominations.paper_types import DecisionPaper
from tdkt.nominations.papers import BatchContext, list_paper
from tdkt.nominations.phrases import (
    TitleInfo,
    award_verb,
    dated_words,
    document_number,
    head_signer,
    number_text,
    who,
)
from tdkt.nominations.salary import BonusTable, coefficient_text, money
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import title_case


def decision_paper(ctx: BatchContext, table: BonusTable) -> DecisionPaper:
    level = ctx.level()
    if level != DIRECTOR:
        raise ValidationError(
            f"Quyết định chỉ in cho các danh hiệu, hình thức do {DIRECTOR} quyết định; đợt "
            f"“{ctx.record.name}” trình {level or 'nhiều cấp'}."
        )
    lines = ctx.approved()
    if not lines:
        raise ValidationError("Đợt đề nghị chưa có dòng nào được khen thưởng.")
    record, agency = ctx.record, ctx.agency
    day = record.decision_date
    note = (
        f"(Kèm theo Quyết định số {number_text(record.decision_no, 'QĐ', agency.abbreviation)} "
        f"{dated_words(day, (day or ctx.today).year)} của Giám đốc {title_case(agency.name)})"
    )
    attached = list_paper(ctx, lines, note, "được")
    grouped = attached.groups
    verbs = [award_verb(ctx.titles[g.title_code], ctx.year) for g in grouped]
    meeting = ctx.meeting_ground()
    grounds = ctx.grounds(day or ctx.today) + ((meeting,) if meeting else ())
    deputy = bool(record.decision_signer) and record.decision_signer != agency.signer
    return DecisionPaper(
        agency=agency,
        number=document_number(record.decision_no, "QĐ", agency.abbreviation),
        place_date=ctx.place_date(day),
        subject="Về việc " + "; ".join(verbs),
        authority_line=f"GIÁM ĐỐC {agency.name.upper()}",
        grounds=grounds,
        proposer=ctx.settings.proposer,
        articles=(
            _article_one(ctx, grouped),
            _article_two(ctx, grouped, table),
            "Chánh Văn phòng Sở, Thủ trưởng các phòng, đơn vị có liên quan và các tập thể, "
            "cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        ),
        signer=head_signer(agency, deputy, record.decision_signer),
        recipients=("- Như Điều 3;", "- Lưu: VT, VP."),
        attached=attached,
        title=f"Quyết định – {record.name}",
    )


def _article_one(ctx: BatchContext, grouped: tuple[Group, ...]) -> str:
    parts = []
    for group in grouped:
        info = ctx.titles[group.title_code]
        verb = award_verb(info, ctx.year)
        text = f"{verb[0].upper()}{verb[1:]} cho {who(len(group.units), len(group.people))}"
        if info.category != "danh_hieu":
            text += f" đã có thành tích {ctx.occasion}"
        parts.append(text)
    joined = "; ".join(parts)
    return f"{joined} (có danh sách kèm theo)."


def _article_two(ctx: BatchContext, grouped: tuple[Group, ...], table: BonusTable) -> str:
    day = ctx.record.decision_date or ctx.today
    salary = table.base_salary_on(day)
    amounts, total = [], Decimal(0)
    for group in grouped:
        info = ctx.titles[group.title_code]
        for kind, count in ((UNIT, len(group.units)), (PERSON, len(group.people))):
            coefficient = table.coefficient(info.code, kind)
            if not count or coefficient is None or salary is None:
                continue
            each = coefficient * salary
            total += each * count
            amounts.append(_amount(info, kind, coefficient, each))
    if not amounts:
        return (
            "Tiền thưởng kèm theo thực hiện theo quy định của pháp luật về thi đua, khen "
            f"thưởng, chi từ {ctx.settings.fund}."
        )
    return (
        f"Mức tiền thưởng theo quy định (mức lương cơ sở {money(salary)}): "
        + "; ".join(amounts)
        + f". Tổng số tiền thưởng: {money(total)}, chi từ {ctx.settings.fund}."
    )


def _amount(info: TitleInfo, kind: str, coefficient: Decimal, each: Decimal) -> str:
    who_ = "mỗi tập thể" if kind == UNIT else "mỗi cá nhân"
    return (
        f"{info.name}: {who_} {coefficient_text(coefficient)} lần mức lương cơ sở, "
        f"bằng {money(each)}"
    )
