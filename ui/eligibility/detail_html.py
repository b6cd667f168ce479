"""One explanation as HTML for the detail pane: who, the verdict, what to check, the year
strip, then every criterion with its result, what is missing and its legal basis."""

from __future__ import annotations

from html import escape

from tdkt.eligibility.phrases import title_name
from tdkt.eligibility.types import (
    CONFIDENCE_LABELS,
    ELIGIBLE,
    JUDGEMENT,
    NEEDS_REVIEW,
    CriterionResult,
    Explanation,
    YearCell,
)

COLORS = {ELIGIBLE: "#1b6e3a", NEEDS_REVIEW: "#9a5b00", "not_eligible": "#9b1c1c"}
MARKS = {True: ("✔", "#1b6e3a"), False: ("✘", "#9b1c1c"), None: ("?", "#9a5b00")}
STYLE = """
<style>
 h2 { color: #1f3a5f; margin: 0 0 2px 0; font-size: 13pt; }
 .muted { color: #5b6675; }
 .small { font-size: 8.5pt; }
 .warn { color: #9a5b00; }
 table.strip { border-collapse: collapse; margin-top: 4px; }
 table.strip td, table.strip th { border: 1px solid #d5dbe3; padding: 2px 5px; }
 table.strip th { background: #e9eef5; color: #22354f; }
 td.now { background: #fff6dd; }
 h3 { color: #1f3a5f; margin: 10px 0 2px 0; font-size: 10.5pt; }
</style>
"""


def explanation_html(explanation: Explanation) -> str:
    evaluation = explanation.evaluation
    subject = evaluation.subject
    color = COLORS[evaluation.verdict]
    where = f"Mã {escape(subject.code)}" + (
        f" · {escape(subject.unit_name)}" if subject.unit_name else ""
    )
    parts = [
        STYLE,
        f"<h2>{escape(subject.name)}</h2>",
        f"<div class='muted'>{where}</div>",
        f"<p><b>{escape(title_name(evaluation.title))} năm {evaluation.year}:</b> "
        f"<b style='color:{color}'>{escape(evaluation.verdict_label)}</b>",
    ]
    if evaluation.ground:
        parts.append(f"<br><span class='muted'>Căn cứ: {escape(evaluation.ground)}</span>")
    regime = escape(explanation.regime_name)
    parts.append(f"<br><span class='muted small'>Quy định áp dụng: {regime}</span></p>")
    for warning in explanation.warnings:
        parts.append(f"<p class='warn'>⚠ {escape(warning)}</p>")
    parts.append("<h3>Tiêu chí</h3>")
    parts += [_criterion(reason) for reason in evaluation.reasons]
    parts.append("<h3>Quá trình theo năm</h3>")
    parts.append(_strip(explanation.strip, evaluation.year))
    return "".join(parts)


def _criterion(reason: CriterionResult) -> str:
    if reason.kind == JUDGEMENT:
        mark, color = "•", "#5b6675"
    else:
        mark, color = MARKS[reason.passed]
    confidence = f"{reason.confidence} – {CONFIDENCE_LABELS[reason.confidence]}"
    return (
        "<table width='100%' cellspacing='0' cellpadding='1'><tr>"
        f"<td width='18' valign='top'><b style='color:{color}'>{mark}</b></td>"
        f"<td><b>{escape(reason.criterion)}</b><br>{escape(reason.detail)}<br>"
        f"<span class='muted small'>Căn cứ: {escape(reason.basis)} "
        f"[{escape(confidence)}]</span></td></tr></table>"
    )


def _strip(cells: tuple[YearCell, ...], year: int) -> str:
    rows = [
        "<table class='strip' width='100%'><tr><th>Năm</th><th>Xếp loại</th>"
        "<th>Khen thưởng, sáng kiến, kỷ luật</th></tr>"
    ]
    for cell in reversed(cells):
        now = " class='now'" if cell.year == year else ""
        notes = [", ".join(cell.awards)] if cell.awards else []
        if cell.initiatives:
            notes.append("Sáng kiến: " + ", ".join(cell.initiatives))
        if cell.discipline:
            notes.append(
                "<span style='color:#9b1c1c'>Kỷ luật: "
                + escape(", ".join(cell.discipline))
                + "</span>"
            )
        text = "<br>".join(n if n.startswith("<span") else escape(n) for n in notes)
        rows.append(
            f"<tr><td{now} align='center'>{cell.year}</td><td{now} align='center'>"
            f"{escape(cell.rating)}</td><td{now}>{text}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)
