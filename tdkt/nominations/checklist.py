"""The documents a batch's dossier needs (resources/nominations/checklist.toml), and which
of them it has: an attachment of that kind, or what the records already show (the letter's
number and date, the council's vote on every line, a recognised initiative)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tdkt.errors import TdktError
from tdkt.nominations.types import ChecklistItem

CHECKLIST_FILE = (
    Path(__file__).resolve().parents[2] / "resources" / "nominations" / "checklist.toml"
)
PER_BATCH, PER_LINE = "batch", "line"
EVIDENCE = ("letter", "meeting", "initiative")
OTHER = "khac"  # an attachment that is none of the listed documents
ANY_TITLE = "*"


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    label: str
    per: str
    evidence: str = ""
    basis: str = ""


@dataclass(frozen=True)
class Requirement:
    titles: frozenset[str]
    excluded: frozenset[str]
    documents: tuple[str, ...]

    def applies_to(self, title: str) -> bool:
        return (ANY_TITLE in self.titles or title in self.titles) and title not in self.excluded


@dataclass(frozen=True)
class Checklist:
    documents: Mapping[str, DocumentSpec]
    requirements: tuple[Requirement, ...]

    def required(self, title: str) -> list[DocumentSpec]:
        keys = dict.fromkeys(
            key for r in self.requirements if r.applies_to(title) for key in r.documents
        )
        return [self.documents[key] for key in keys]

    def labels(self) -> dict[str, str]:
        return {**{k: d.label for k, d in self.documents.items()}, OTHER: "Tài liệu khác"}


def _fail(path: Path, where: str, what: str) -> TdktError:
    return TdktError(f"Tệp danh mục hồ sơ {path.name}, mục {where}: {what}")


@cache
def load_checklist(path: Path = CHECKLIST_FILE) -> Checklist:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TdktError(f"Không đọc được tệp danh mục hồ sơ {path}: {error}") from error
    documents = {}
    for key, spec in data.get("documents", {}).items():
        if spec.get("per") not in (PER_BATCH, PER_LINE):
            raise _fail(path, key, 'per phải là "batch" hoặc "line"')
        if spec.get("evidence", "") not in ("", *EVIDENCE):
            raise _fail(path, key, f"evidence không hợp lệ: {spec['evidence']}")
        documents[key] = DocumentSpec(
            key, spec["label"], spec["per"], spec.get("evidence", ""), spec.get("basis", "")
        )
    requirements = []
    for index, spec in enumerate(data.get("requirements", []), start=1):
        unknown = [k for k in spec.get("documents", []) if k not in documents]
        if unknown:
            raise _fail(path, f"requirements #{index}", "không có tài liệu " + ", ".join(unknown))
        requirements.append(
            Requirement(
                frozenset(spec.get("titles", [])),
                frozenset(spec.get("except", [])),
                tuple(spec.get("documents", [])),
            )
        )
    return Checklist(documents, tuple(requirements))


@dataclass(frozen=True)
class LineFacts:
    line_id: int
    label: str  # the nominee's name
    title: str
    voted: bool  # the council voted on it
    initiative: str  # a recognised initiative named in its basis ("" when none)


@dataclass(frozen=True)
class Attached:
    doc_type: str
    line_id: int | None
    name: str


def evaluate(
    checklist: Checklist,
    lines: Sequence[LineFacts],
    attached: Sequence[Attached],
    letter: str,  # "Số 12/TTr-SCT ngày 05/01/2026", or "" while the letter is not numbered
) -> list[ChecklistItem]:
    """Every required document, for the batch once and for each line, with its evidence."""
    items: list[ChecklistItem] = []
    batch_docs = dict.fromkeys(
        spec.key
        for line in lines
        for spec in checklist.required(line.title)
        if spec.per == PER_BATCH
    )
    for key in batch_docs:
        spec = checklist.documents[key]
        items.append(_item(spec, None, "", _batch_evidence(spec, lines, attached, letter)))
    for line in lines:
        for spec in checklist.required(line.title):
            if spec.per == PER_LINE:
                evidence = _line_evidence(spec, line, attached)
                items.append(_item(spec, line.line_id, line.label, evidence))
    return items


def _item(spec: DocumentSpec, line_id: int | None, label: str, evidence: str) -> ChecklistItem:
    return ChecklistItem(
        spec.key, spec.label, line_id, label, bool(evidence), evidence, spec.evidence
    )


def _batch_evidence(
    spec: DocumentSpec, lines: Sequence[LineFacts], attached: Sequence[Attached], letter: str
) -> str:
    found = next((a.name for a in attached if a.doc_type == spec.key and a.line_id is None), "")
    if found:
        return f"Tệp đính kèm: {found}"
    if spec.evidence == "letter" and letter:
        return letter
    if spec.evidence == "meeting" and lines and all(line.voted for line in lines):
        return "Các dòng đều đã có kết quả biểu quyết của Hội đồng"
    return ""


def _line_evidence(spec: DocumentSpec, line: LineFacts, attached: Sequence[Attached]) -> str:
    found = next(
        (a.name for a in attached if a.doc_type == spec.key and a.line_id == line.line_id), ""
    )
    if found:
        return f"Tệp đính kèm: {found}"
    if spec.evidence == "initiative" and line.initiative:
        return line.initiative
    return ""
