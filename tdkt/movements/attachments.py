"""Attached documents are copied into the data folder (<data folder>/attachments/<folder>/),
so the record keeps its file when the original on a USB stick or in Downloads is gone.
Movements keep their launching documents here; nominations their dossiers.

Files are named by a hash of their content plus the original name: the same file attached
twice is stored once, and two different files with one name never overwrite each other.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tdkt.errors import NotFoundError, StorageError, ValidationError
from tdkt.paths import data_dir

FOLDER = "movements"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def default_root() -> Path:
    return data_dir() / "attachments"


@dataclass(frozen=True)
class Stored:
    relative: str  # stored in the record, with "/" separators
    name: str  # the name the user knew the file by
    created: bool  # False when an identical file was already there

    def discard(self, root: Path) -> None:
        """Undo the copy when the transaction that was to record it failed."""
        if self.created:
            (root / self.relative).unlink(missing_ok=True)


def safe_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "tep-dinh-kem"
    stem, dot, suffix = cleaned.rpartition(".")
    if dot and len(suffix) <= 10:
        return f"{stem[:100]}.{suffix}"
    return cleaned[:110]


@dataclass(frozen=True)
class Kind:
    """Where a feature's files go and how its messages name them."""

    folder: str = FOLDER
    what: str = "văn bản phát động"
    field: str = "attachment_source"
    not_saved: str = "Phong trào chưa được lưu."


MOVEMENTS = Kind()


def store(source: str, root: Path, kind: Kind = MOVEMENTS) -> Stored:
    path = Path(source).expanduser()
    if not path.is_file():
        raise ValidationError({kind.field: f"Không tìm thấy tệp {kind.what}: {source}"})
    try:
        digest = _digest(path)
        relative = f"{kind.folder}/{digest[:16]}-{safe_name(path.name)}"
        target = root / relative
        if target.is_file():
            return Stored(relative, path.name, created=False)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".tmp")
        shutil.copyfile(path, partial)
        os.replace(partial, target)  # a half-copied file never carries the final name
    except OSError as error:
        raise StorageError(
            f"Không sao chép được tệp {kind.what} vào thư mục dữ liệu ({error.strerror or error}).",
            f"Hãy kiểm tra quyền ghi và dung lượng trống của thư mục {root}, rồi thử lại. "
            + kind.not_saved,
        ) from error
    return Stored(relative, path.name, created=True)


def resolve(relative: str, root: Path) -> Path:
    target = root / relative
    if not relative or not target.is_file():
        raise NotFoundError(
            f"Không tìm thấy tệp đính kèm trong thư mục dữ liệu ({target}). Tệp có thể đã bị "
            "xóa hoặc di chuyển; hãy đính kèm lại văn bản."
        )
    return target


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 16), b""):
            hasher.update(block)
    return hasher.hexdigest()


Root = Callable[[], Path]
