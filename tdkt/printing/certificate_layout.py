"""Layouts of pre-printed certificate blanks (resources/certificates/<name>.toml): the page,
and for each field its position in millimetres, alignment, width, font and number of lines;
the format is described at the top of giay_khen_a4.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape, portrait

from tdkt.errors import TdktError

LAYOUT_DIR = Path(__file__).resolve().parents[2] / "resources" / "certificates"
FIELDS = (
    "issuer",
    "recipient",
    "detail",
    "content",
    "place_date",
    "signer_authority",
    "signer_title",
    "signer_name",
    "decision",
    "register_no",
)
STYLES = ("regular", "bold", "italic", "bolditalic")
ALIGNS = ("left", "center", "right")
PAGES = {"A4": A4, "A3": A3}


@dataclass(frozen=True)
class FieldSpot:
    key: str
    x: float  # mm from the left edge
    y: float  # mm from the top edge to the first baseline
    align: str
    width: float  # mm
    style: str
    size: float  # pt
    lines: int
    leading: float  # mm between baselines


@dataclass(frozen=True)
class OutlineText:
    text: str
    x: float
    y: float
    size: float
    style: str


@dataclass(frozen=True)
class CertificateLayout:
    key: str
    name: str
    page_size: tuple[float, float]  # points
    border_inset: float  # mm; 0 draws no border in the preview
    outline: tuple[OutlineText, ...]
    fields: tuple[FieldSpot, ...]


def layout_names() -> dict[str, str]:
    """Every layout shipped, key → its name."""
    return {path.stem: load_layout(path.stem).name for path in sorted(LAYOUT_DIR.glob("*.toml"))}


def _fail(key: str, where: str, what: str) -> TdktError:
    return TdktError(f"Mẫu phôi {key}.toml, mục {where}: {what}")


@cache
def load_layout(key: str, directory: Path = LAYOUT_DIR) -> CertificateLayout:
    path = directory / f"{key}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TdktError(f"Không có mẫu phôi “{key}” trong {directory}.") from None
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TdktError(f"Không đọc được mẫu phôi {path}: {error}") from error
    if data.get("page") not in PAGES:
        raise _fail(key, "page", "chỉ dùng A4 hoặc A3")
    size = PAGES[data["page"]]
    size = landscape(size) if data.get("orientation") == "landscape" else portrait(size)
    outline = data.get("outline", {})
    return CertificateLayout(
        key,
        data.get("name", key),
        size,
        float(outline.get("border_inset", 0)),
        tuple(
            OutlineText(t["text"], t["x"], t["y"], t.get("size", 12), t.get("style", "regular"))
            for t in outline.get("texts", [])
        ),
        tuple(_field(key, name, spec) for name, spec in data.get("fields", {}).items()),
    )


def _field(key: str, name: str, spec: dict) -> FieldSpot:  # type: ignore[type-arg]
    if name not in FIELDS:
        raise _fail(key, f"fields.{name}", "không có trường này (" + ", ".join(FIELDS) + ")")
    if spec.get("align", "center") not in ALIGNS or spec.get("style", "regular") not in STYLES:
        raise _fail(key, f"fields.{name}", "align hoặc style không hợp lệ")
    try:
        return FieldSpot(
            name,
            float(spec["x"]),
            float(spec["y"]),
            spec.get("align", "center"),
            float(spec.get("width", 100)),
            spec.get("style", "regular"),
            float(spec.get("size", 13)),
            int(spec.get("lines", 1)),
            float(spec.get("leading", spec.get("size", 13) * 0.45)),
        )
    except (KeyError, ValueError) as error:
        raise _fail(key, f"fields.{name}", f"thiếu hoặc sai giá trị ({error})") from error
