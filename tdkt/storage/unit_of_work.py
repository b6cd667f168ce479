"""One user action = one transaction: commit on success, roll back on any error, always close."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tdkt.errors import ConflictError, StaleEditError, StorageError, TdktError

log = logging.getLogger(__name__)

STALE_MESSAGE = "Bản ghi đã được người khác thay đổi. Hãy tải lại dữ liệu rồi sửa lại."


@contextmanager
def unit_of_work(sessions: sessionmaker[Session], actor: str = "") -> Iterator[Session]:
    """Yield a session in a transaction; translate database failures into TdktError."""
    session = sessions()
    session.info["actor"] = actor
    try:
        with translate_errors(), session.begin():
            yield session
    finally:
        session.close()


@contextmanager
def translate_errors() -> Iterator[None]:
    """Map SQLAlchemy exceptions to the application's own, so `ui` never sees `sqlalchemy.exc`."""
    try:
        yield
    except TdktError:
        raise
    except StaleDataError as error:
        raise StaleEditError(STALE_MESSAGE) from error
    except sa_exc.IntegrityError as error:
        log.warning("integrity error: %s", error)
        raise ConflictError(
            "Dữ liệu trùng hoặc đang được bản ghi khác tham chiếu; không có gì được lưu."
        ) from error
    except sa_exc.DBAPIError as error:  # OperationalError and whatever else the driver raised
        raise storage_error_from(error) from error


def storage_error_from(error: BaseException) -> StorageError:
    text = str(getattr(error, "orig", error)).lower()
    log.error("database failure: %s", error)
    if "locked" in text or "busy" in text:
        return StorageError(
            "Cơ sở dữ liệu đang bị khóa bởi một chương trình khác.",
            "Hãy đóng các cửa sổ TĐKT khác đang mở cùng tệp dữ liệu rồi thử lại.",
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "Không ghi được vào cơ sở dữ liệu: tệp hoặc thư mục chỉ cho phép đọc.",
            "Hãy kiểm tra quyền ghi của thư mục dữ liệu, hoặc chọn một thư mục khác.",
        )
    if "disk" in text and ("full" in text or "space" in text):
        return StorageError(
            "Ổ đĩa đã đầy, không ghi được dữ liệu. Không có thay đổi nào được lưu.",
            "Hãy giải phóng dung lượng ổ đĩa rồi thử lại.",
        )
    if "unable to open" in text or "no such table" in text:
        return StorageError(
            "Không mở được tệp cơ sở dữ liệu (tệp bị xóa, di chuyển hoặc không hợp lệ).",
            "Hãy kiểm tra tệp dữ liệu hoặc khôi phục từ bản sao lưu.",
        )
    return StorageError(
        "Lỗi cơ sở dữ liệu: " + str(getattr(error, "orig", error)),
        "Hãy thử lại; nếu lỗi lặp lại, hãy sao lưu dữ liệu và báo cho người hỗ trợ.",
    )
