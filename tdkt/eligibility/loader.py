"""Read and validate the rule files of `resources/rules/` (TOML).

Every mistake in a rule file (an unknown check, a missing citation, a parameter of the wrong
type, a gap between legal periods) is a `RuleFileError` naming the file and the place, raised
when the rules are loaded, never halfway through an evaluation.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tdkt.eligibility import families  # noqa: F401 - registers every check
from tdkt.eligibility.checks import CHECKS, TITLE_CODES, param_problem
from tdkt.eligibility.regimes import COMMON, RuleBook
from tdkt.eligibility.ruleset import (
    SETTING_PREFIX,
    CriterionSpec,
    QuotaSpec,
    RuleSet,
    SettingSpec,
    TitleSpec,
)
from tdkt.eligibility.settings_types import SETTING_TYPES, setting_problem
from tdkt.eligibility.types import CRITERION_KINDS, HARD
from tdkt.errors import TdktError
from tdkt.subjects.types import PERSON, UNIT

RULES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"
COMMON_FILE = "common.toml"
CONFIDENCE = ("V", "S", "R")
TOP_KEYS = {
    "id",
    "name",
    "short_name",
    "valid_from",
    "valid_to",
    "extends",
    "note",
    "chain_kinds",
    "chain_kinds_basis",
    "citations",
    "grounds",
    "settings",
    "quotas",
    "titles",
}
CRITERION_KEYS = {"check", "label", "basis", "confidence", "kind"}
SETTING_KEYS = {
    "label",
    "type",
    "default",
    "basis",
    "confidence",
    "unit",
    "min",
    "max",
    "choices",
    "help",
    "none_label",
}


class RuleFileError(TdktError):
    """A rule file is missing, unreadable or wrong; the message names the file and place."""


class _Reader:
    """Validation of one file; `fail` prefixes every message with the file name."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> RuleFileError:
        return RuleFileError(f"Tệp quy tắc {self.path.name}, {where}: {problem}")

    def text(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f'thiếu "{key}" (một đoạn chữ)')
        return value.strip()

    def confidence(self, table: Mapping[str, Any], where: str) -> str:
        value = table.get("confidence")
        if value not in CONFIDENCE:
            raise self.fail(where, 'thiếu "confidence" (V, S hoặc R theo legal.md)')
        return str(value)

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            raise self.fail(where, "khóa không hiểu: " + ", ".join(extra))


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise RuleFileError(f"Không đọc được tệp quy tắc {path}: {error.strerror}") from error
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"Tệp quy tắc {path.name} sai cú pháp TOML: {error}") from error


def load_rulebook(directory: Path = RULES_DIR) -> RuleBook:
    """Every rule set of `directory`, checked, in time order, with the common settings."""
    common_path = directory / COMMON_FILE
    if not common_path.exists():
        raise RuleFileError(f"Thiếu tệp quy tắc chung {common_path}.")
    common_data = read_toml(common_path)
    common = _settings(_Reader(common_path), common_data.get("settings", {}), COMMON)
    loaded: dict[str, RuleSet] = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name == COMMON_FILE:
            continue
        ruleset = _ruleset(_Reader(path), read_toml(path), loaded, common)
        loaded[ruleset.id] = ruleset
    if not loaded:
        raise RuleFileError(f"Thư mục {directory} không có bộ quy tắc nào.")
    regimes = tuple(sorted(loaded.values(), key=lambda r: r.valid_from or date.min))
    _check_periods(regimes)
    return RuleBook(regimes, common)


def _ruleset(
    reader: _Reader,
    data: dict[str, Any],
    loaded: Mapping[str, RuleSet],
    common: Mapping[str, SettingSpec],
) -> RuleSet:
    reader.unknown_keys(data, TOP_KEYS, "phần đầu")
    ruleset_id = reader.text(data, "id", "phần đầu")
    if ruleset_id in loaded or ruleset_id == COMMON:
        raise reader.fail("phần đầu", f'mã bộ quy tắc "{ruleset_id}" bị trùng')
    parent = _parent(reader, data, loaded)
    settings = dict(_inherited_settings(parent, ruleset_id))
    for name, spec in _settings(reader, data.get("settings", {}), ruleset_id).items():
        settings[name] = spec
    clash = sorted(set(settings) & set(common))
    if clash:
        raise reader.fail("settings", "trùng tên với cài đặt chung: " + ", ".join(clash))
    known = {**common, **settings}
    titles = dict(parent.titles) if parent else {}
    cite = _citer(data.get("citations", {}), reader)
    titles = _cited(titles, cite)
    titles.update(_titles(reader, data.get("titles", {}), known))
    chain_kinds = data.get("chain_kinds", list(parent.chain_kinds) if parent else None)
    if not isinstance(chain_kinds, list) or not chain_kinds:
        raise reader.fail("phần đầu", 'thiếu "chain_kinds" (loại khen thưởng được tính chuỗi)')
    return RuleSet(
        id=ruleset_id,
        name=reader.text(data, "name", "phần đầu"),
        short_name=reader.text(data, "short_name", "phần đầu"),
        valid_from=_date(reader, data, "valid_from"),
        valid_to=_date(reader, data, "valid_to"),
        note=reader.text(data, "note", "phần đầu"),
        titles=titles,
        settings=settings,
        quotas=_quotas(reader, data.get("quotas", parent.quotas if parent else []), known),
        chain_kinds=tuple(chain_kinds),
        chain_kinds_basis=data.get("chain_kinds_basis")
        or (
            cite(parent.chain_kinds_basis) if parent else reader.text(data, "chain_kinds_basis", "")
        ),
        parent=parent.id if parent else None,
        source_file=reader.path.name,
        grounds=_grounds(reader, data, parent),
    )


def _grounds(reader: _Reader, data: dict[str, Any], parent: RuleSet | None) -> tuple[str, ...]:
    """The legal documents as a proposal or a decision cites them ("Căn cứ ..."), inherited
    from the period extended unless the file lists its own."""
    value = data.get("grounds")
    if value is None:
        return parent.grounds if parent else ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise reader.fail("grounds", "cần một danh sách văn bản (chuỗi ký tự)")
    return tuple(value)


def _parent(reader: _Reader, data: dict[str, Any], loaded: Mapping[str, RuleSet]) -> RuleSet | None:
    name = data.get("extends")
    if name is None:
        if "citations" in data:
            raise reader.fail("citations", 'chỉ dùng được cùng "extends"')
        return None
    if name not in loaded:
        raise reader.fail("extends", f'không có bộ quy tắc "{name}" đứng trước tệp này')
    return loaded[name]


def _inherited_settings(parent: RuleSet | None, scope: str) -> dict[str, SettingSpec]:
    if parent is None:
        return {}
    return {
        name: SettingSpec(**{**spec.__dict__, "scope": scope})
        for name, spec in parent.settings.items()
    }


def _date(reader: _Reader, data: dict[str, Any], key: str) -> date | None:
    value = data.get(key)
    if value is None or (isinstance(value, date) and not hasattr(value, "hour")):
        return value
    raise reader.fail(key, "cần một ngày dạng 2017-10-01")


def _settings(reader: _Reader, table: Any, scope: str) -> dict[str, SettingSpec]:
    if not isinstance(table, dict):
        raise reader.fail("settings", "cần một bảng")
    found = {}
    for name, raw in table.items():
        where = f"settings.{name}"
        if not isinstance(raw, dict):
            raise reader.fail(where, "cần một bảng")
        reader.unknown_keys(raw, SETTING_KEYS, where)
        if raw.get("type") not in SETTING_TYPES:
            raise reader.fail(where, "type phải là một trong " + ", ".join(SETTING_TYPES))
        spec = SettingSpec(
            scope=scope,
            name=name,
            label=reader.text(raw, "label", where),
            type=raw["type"],
            default=raw.get("default"),
            basis=reader.text(raw, "basis", where),
            confidence=reader.confidence(raw, where),
            unit=raw.get("unit", ""),
            minimum=raw.get("min"),
            maximum=raw.get("max"),
            choices=dict(raw.get("choices", {})),
            help=raw.get("help", ""),
            none_label=raw.get("none_label", ""),
        )
        problem = setting_problem(spec, spec.default)
        if problem:
            raise reader.fail(where, f"giá trị mặc định sai: {problem}")
        found[name] = spec
    return found


def _citer(replacements: Any, reader: _Reader) -> Callable[[str], str]:
    """Rewrites inherited citations (a new decree replacing an old one)."""
    if not isinstance(replacements, dict):
        raise reader.fail("citations", "cần một bảng: căn cứ cũ = căn cứ mới")

    def cite(text: str) -> str:
        for old, new in replacements.items():
            text = text.replace(old, new)
        return text

    return cite


def _cited(titles: dict[str, TitleSpec], cite: Callable[[str], str]) -> dict[str, TitleSpec]:
    return {
        code: TitleSpec(
            code,
            title.note,
            {
                kind: tuple(
                    CriterionSpec(c.check, c.label, cite(c.basis), c.confidence, c.kind, c.params)
                    for c in criteria
                )
                for kind, criteria in title.criteria.items()
            },
        )
        for code, title in titles.items()
    }


def _titles(
    reader: _Reader, table: Any, settings: Mapping[str, SettingSpec]
) -> dict[str, TitleSpec]:
    if not isinstance(table, dict):
        raise reader.fail("titles", "cần một bảng")
    found = {}
    for code, raw in table.items():
        if code not in TITLE_CODES:
            raise reader.fail(f"titles.{code}", "mã danh hiệu không có trong EXCHANGE.md §2")
        reader.unknown_keys(raw, {"note", PERSON, UNIT}, f"titles.{code}")
        criteria = {
            kind: tuple(
                _criterion(reader, item, kind, settings, f"titles.{code}.{kind}[{index + 1}]")
                for index, item in enumerate(raw[kind])
            )
            for kind in (PERSON, UNIT)
            if kind in raw
        }
        if not criteria or not all(criteria.values()):
            raise reader.fail(f"titles.{code}", "không có tiêu chí nào")
        found[code] = TitleSpec(code, raw.get("note", ""), criteria)
    return found


def _criterion(
    reader: _Reader, raw: Any, kind: str, settings: Mapping[str, SettingSpec], where: str
) -> CriterionSpec:
    if not isinstance(raw, dict):
        raise reader.fail(where, "cần một bảng")
    name = raw.get("check")
    spec = CHECKS.get(name)  # type: ignore[arg-type]
    if spec is None:
        raise reader.fail(where, f'check "{name}" không tồn tại')
    if kind not in spec.subjects:
        raise reader.fail(where, f'check "{name}" không dùng được cho {kind}')
    params = {k: v for k, v in raw.items() if k not in CRITERION_KEYS}
    reader.unknown_keys(params, set(spec.params) | set(spec.optional), where)
    missing = sorted(set(spec.params) - set(params))
    if missing:
        raise reader.fail(where, "thiếu tham số " + ", ".join(missing))
    types = {**spec.params, **{k: t for k, (t, _d) in spec.optional.items()}}
    for param, value in params.items():
        _check_param(reader, f"{where}.{param}", types[param], value, settings)
    criterion_kind = raw.get("kind", HARD)
    if criterion_kind not in CRITERION_KINDS:
        raise reader.fail(where, "kind phải là " + ", ".join(CRITERION_KINDS))
    label = reader.text(raw, "label", where)
    _check_label(reader, where, label, params, settings)
    return CriterionSpec(
        check=str(name),
        label=label,
        basis=reader.text(raw, "basis", where),
        confidence=reader.confidence(raw, where),
        kind=criterion_kind,
        params=params,
    )


def _check_param(
    reader: _Reader, where: str, kind: str, value: Any, settings: Mapping[str, SettingSpec]
) -> None:
    if isinstance(value, str) and value.startswith(SETTING_PREFIX):
        setting = settings.get(value[len(SETTING_PREFIX) :])
        if setting is None:
            raise reader.fail(where, f'không có cài đặt "{value}"')
        if setting.none_label:
            raise reader.fail(where, f'cài đặt "{value}" có thể để trống, không dùng làm tham số')
        value = setting.default
    problem = param_problem(kind, value)
    if problem:
        raise reader.fail(where, problem)


def _check_label(
    reader: _Reader, where: str, label: str, params: dict[str, Any], settings: Mapping[str, Any]
) -> None:
    values = {
        k: settings[v[1:]].default if isinstance(v, str) and v.startswith(SETTING_PREFIX) else v
        for k, v in params.items()
    }
    try:
        label.format(**values)
    except (KeyError, IndexError, ValueError) as error:
        raise reader.fail(where, f"nhãn có chỗ trống không khớp tham số: {error}") from error


def _quotas(
    reader: _Reader, raw: Any, settings: Mapping[str, SettingSpec]
) -> tuple[QuotaSpec, ...]:
    if isinstance(raw, tuple):  # inherited as is
        return raw
    found = []
    for index, item in enumerate(raw):
        where = f"quotas[{index + 1}]"
        for key in ("title", "base"):
            if item.get(key) not in TITLE_CODES:
                raise reader.fail(where, f'"{key}" phải là mã danh hiệu')
        percent = item.get("percent")
        if isinstance(percent, str):
            if percent[1:] not in settings or not percent.startswith(SETTING_PREFIX):
                raise reader.fail(where, f'không có cài đặt "{percent}"')
        elif param_problem("percent", percent):
            raise reader.fail(where, "percent phải là một tỷ lệ hoặc @cài_đặt")
        if item.get("per") not in ("unit", "agency"):
            raise reader.fail(where, 'per phải là "unit" hoặc "agency"')
        found.append(
            QuotaSpec(
                item["title"],
                item["base"],
                percent,
                item["per"],
                reader.text(item, "basis", where),
                reader.confidence(item, where),
            )
        )
    return tuple(found)


def _check_periods(regimes: tuple[RuleSet, ...]) -> None:
    """The periods follow each other without gap or overlap; only the ends stay open."""
    for index, ruleset in enumerate(regimes):
        first, last = index == 0, index == len(regimes) - 1
        if ruleset.valid_from is None and not first:
            raise RuleFileError(f"Tệp quy tắc {ruleset.source_file}: thiếu valid_from.")
        if ruleset.valid_to is None and not last:
            raise RuleFileError(f"Tệp quy tắc {ruleset.source_file}: thiếu valid_to.")
        if not last:
            after = regimes[index + 1]
            assert ruleset.valid_to is not None
            if after.valid_from != ruleset.valid_to + timedelta(days=1):
                raise RuleFileError(
                    f"Tệp quy tắc {after.source_file}: valid_from phải là ngày liền sau "
                    f"valid_to của {ruleset.source_file} ({ruleset.valid_to:%d/%m/%Y})."
                )
