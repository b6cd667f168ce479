"""Find and register the document font once: Times New Roman where installed, else the
metric-compatible Liberation Serif bundled in resources/fonts, else DejaVu Serif."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tdkt.errors import TdktError

FAMILY = "TDKTSerif"
BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "fonts"
STYLES = ("regular", "bold", "italic", "bolditalic")

# (family name for Word, file names per style), in order of preference.
CANDIDATES = (
    ("Times New Roman", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")),
    (
        "Times New Roman",
        (
            "Times_New_Roman.ttf",
            "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf",
            "Times_New_Roman_Bold_Italic.ttf",
        ),
    ),
    (
        "Liberation Serif",
        (
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ),
    ),
    ("Tinos", ("Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf")),
    (
        "DejaVu Serif",
        (
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf",
            "DejaVuSerif-BoldItalic.ttf",
        ),
    ),
)


@dataclass(frozen=True)
class FontChoice:
    family: str  # the name Word should use for the same text
    files: tuple[Path, Path, Path, Path]


def _font_dirs() -> list[Path]:
    dirs = [
        Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
        Path.home() / ".fonts",
        Path.home() / ".local/share/fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
    ]
    return [d for d in dirs if d.is_dir()]


def _find(name: str, dirs: list[Path]) -> Path | None:
    for folder in dirs:
        direct = folder / name
        if direct.is_file():
            return direct
        for found in folder.rglob(name):
            return found
    return None


def choose_font() -> FontChoice:
    system = _font_dirs()
    for family, names in CANDIDATES:
        # The bundled Liberation Serif comes before any system copy of the later fallbacks.
        dirs = [BUNDLED, *system] if family == "Liberation Serif" else system
        files = [_find(name, dirs) for name in names]
        if all(files):
            return FontChoice(family, tuple(files))  # type: ignore[arg-type]
    raise TdktError(
        "Không tìm thấy phông chữ để in văn bản (Times New Roman, Liberation Serif hoặc "
        "DejaVu Serif). Hãy cài phông Times New Roman rồi thử lại."
    )


_lock = threading.Lock()
_registered: FontChoice | None = None


def register_fonts() -> FontChoice:
    """Register the family with ReportLab once per process (its registry is global)."""
    global _registered
    with _lock:
        if _registered is None:
            choice = choose_font()
            for style, path in zip(STYLES, choice.files, strict=True):
                pdfmetrics.registerFont(TTFont(f"{FAMILY}-{style}", str(path)))
            for bold, italic, style in (
                (0, 0, "regular"),
                (1, 0, "bold"),
                (0, 1, "italic"),
                (1, 1, "bolditalic"),
            ):
                addMapping(FAMILY, bold, italic, f"{FAMILY}-{style}")
            _registered = choice
        return _registered
