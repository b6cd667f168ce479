"""Cleaning of multi-line text (descriptions, conclusions): every line as `clean` does it,
the line breaks kept, runs of blank lines reduced to one."""

from __future__ import annotations

from tdkt.text.normalize import clean


def clean_paragraphs(s: str | None) -> str:
    lines = [clean(line) for line in (s or "").replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")
