"""Notice when the SQLite file is deleted, moved or replaced while the application runs.

On Linux an open file that is deleted lives on unseen: every later edit would go into a file
nobody can find again. On Windows a vanished file makes SQLite create a new, empty one. So the
engine remembers which file it opened (device and inode, or Windows' file index) and every
transaction checks that the path still names that file.
"""

from __future__ import annotations

import os
from pathlib import Path

from tdkt.errors import StorageError

Identity = tuple[int, int]


def file_identity(path: Path) -> Identity | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


class DatabaseFileWatch:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity: Identity | None = None

    def remember(self) -> None:
        """Called on every new connection: the first one fixes which file is ours."""
        if self._identity is None:
            self._identity = file_identity(self.path)

    def verify(self) -> None:
        """Raise a StorageError if the path no longer names the file the engine opened."""
        if self._identity is None:
            return
        current = file_identity(self.path)
        if current == self._identity:
            return
        if current is None:
            raise StorageError(
                f"Không tìm thấy tệp dữ liệu {self.path}: tệp đã bị xóa, đổi tên hoặc di chuyển "
                "khi phần mềm đang chạy. Thao tác vừa rồi không được lưu.",
                "Hãy đóng phần mềm, đưa tệp về chỗ cũ (hoặc khôi phục từ bản sao lưu) rồi mở lại.",
            )
        raise StorageError(
            f"Tệp dữ liệu {self.path} đã bị thay bằng một tệp khác khi phần mềm đang chạy. "
            "Thao tác vừa rồi không được lưu.",
            "Hãy đóng phần mềm rồi mở lại để làm việc trên tệp hiện tại.",
        )
