"""The integrity report: what was checked, what was found, in Vietnamese."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One broken rule: a code for programs, a sentence for people, a few examples."""

    code: str
    message: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class IntegrityReport:
    location: str
    checks: tuple[str, ...]  # what was checked, in Vietnamese, in order
    findings: tuple[Finding, ...]

    @property
    def sound(self) -> bool:
        return not self.findings

    def text(self) -> str:
        """The report as printed by `python main.py check` and shown in the start dialog."""
        lines = [f"Kiểm tra dữ liệu: {self.location}"]
        lines += [f"  - {check}" for check in self.checks]
        if self.sound:
            lines.append("Kết quả: dữ liệu toàn vẹn, không phát hiện lỗi.")
            return "\n".join(lines)
        lines.append(f"Kết quả: phát hiện {len(self.findings)} vấn đề.")
        for number, finding in enumerate(self.findings, start=1):
            lines.append(f"{number}. {finding.message}")
            lines += [f"     • {example}" for example in finding.examples]
        return "\n".join(lines)
