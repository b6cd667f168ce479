"""The settings use cases of the eligibility service: read the values in force, change one
with the document that sets it, return to the default. One method = one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tdkt.eligibility.settings import (
    check_source,
    find_spec,
    read_stored,
    remove,
    setting_views,
    store,
)
from tdkt.eligibility.settings_types import SettingView, parse_value, setting_problem
from tdkt.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from tdkt.clock import Clock
    from tdkt.eligibility.regimes import RuleBook


class SettingsUseCases:
    """Mixed into EligibilityService, which provides the rule book and the transactions."""

    rulebook: RuleBook
    _clock: Clock
    _transaction: Callable[[], AbstractContextManager[Session]]

    def value(self, year: int, name: str) -> object:
        """The value of a setting in force for `year` (e.g. `vote_cstd` for the council
        meeting, a fraction [9, 10]): the user's own, else the national default."""
        with self._transaction() as session:
            stored = read_stored(session)
        ruleset = self.rulebook.for_year(year)
        owner = None if name in self.rulebook.common else ruleset
        if owner is not None and name not in ruleset.settings:
            raise ValidationError(f'Không có cài đặt "{name}".')
        return self.rulebook.setting_value(owner, name, stored)[0]

    def settings(self) -> list[SettingView]:
        with self._transaction() as session:
            return setting_views(session, self.rulebook)

    def save_setting(
        self,
        scope: str,
        name: str,
        value_text: str,
        document: str,
        signed_on: str = "",
        article: str = "",
    ) -> SettingView:
        spec = find_spec(self.rulebook, scope, name)
        errors: dict[str, str] = {}
        value = None
        try:
            value = parse_value(spec, value_text)
        except ValueError as error:
            errors["value"] = str(error)
        else:
            problem = setting_problem(spec, value)
            if problem:
                errors["value"] = f"Giá trị {problem}."
        try:
            source = check_source(document, signed_on, article)
        except ValidationError as error:
            errors.update(error.errors)
        if errors:
            raise ValidationError(errors)
        with self._transaction() as session:
            store(session, spec, value, source, self._clock.now())
            session.flush()
            return _find_view(setting_views(session, self.rulebook), scope, name)

    def reset_setting(self, scope: str, name: str) -> SettingView:
        """Back to the national default (or to the value carried from the period before)."""
        spec = find_spec(self.rulebook, scope, name)
        with self._transaction() as session:
            remove(session, spec)
            session.flush()
            return _find_view(setting_views(session, self.rulebook), scope, name)


def _find_view(views: list[SettingView], scope: str, name: str) -> SettingView:
    return next(v for v in views if v.scope == scope and v.name == name)
