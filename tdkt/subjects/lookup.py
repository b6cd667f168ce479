"""What a form names by code: the person or unit, and the title. Each is found or explained
beside its field, so every use case words "not found" and "not for this subject" alike."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from tdkt.catalog.records import TitleRecord
from tdkt.catalog.repository import TitleRepository
from tdkt.subjects.repository import find_subject
from tdkt.subjects.types import PERSON, SubjectRef
from tdkt.text import fold

ANY_TITLE = "danh hiệu hoặc hình thức"


def named_subject(session: Session, code: str, errors: dict[str, str]) -> SubjectRef | None:
    """The person or unit with `code` (None for no code); an unknown code is an error."""
    if not code:
        return None
    subject = find_subject(session, code)
    if subject is None:
        errors["subject_code"] = f'Không có cá nhân hoặc đơn vị mã "{code}".'
    return subject


def named_title(
    session: Session,
    code: str,
    errors: dict[str, str],
    what: str = ANY_TITLE,
    titles: Mapping[str, TitleRecord] | None = None,
) -> TitleRecord | None:
    """The title with this code, full or short name (None for no code); `titles` is the
    catalogue's lookup when the caller already holds it."""
    if not code:
        return None
    table = titles if titles is not None else TitleRepository(session).lookup()
    title = table.get(fold(code))
    if title is None:
        errors["title_code"] = f'Không có {what} "{code}".'
    return title


def subject_and_title(
    session: Session,
    subject_code: str,
    title_code: str,
    errors: dict[str, str],
    what: str = ANY_TITLE,
    titles: Mapping[str, TitleRecord] | None = None,
) -> tuple[SubjectRef | None, TitleRecord | None]:
    """Both, and an error when the title is not given to that kind of subject."""
    subject = named_subject(session, subject_code, errors)
    title = named_title(session, title_code, errors, what, titles)
    kinds = (subject.kind, "ca_hai") if subject is not None else ()
    if title is not None and subject is not None and title.subject_kind not in kinds:
        who = "cá nhân" if subject.kind == PERSON else "tập thể"
        errors["title_code"] = f'"{title.name}" không dành cho {who}.'
    return subject, title
