"""Step options: frozen dataclasses, validated and coerced from plain data.

Options come from Python dicts, TOML files and ``--set STEP.OPTION=VALUE`` strings. Each field's
type annotation says what it accepts: ``bool``, ``int``, ``float``, ``str``, a ``Literal`` of
choices, or ``tuple[str, ...]`` (from a list, or a comma-separated string).

>>> from dataclasses import dataclass
>>> from typing import Literal
>>> @dataclass(frozen=True)
... class Opts:
...     mode: Literal["keep", "strip"] = "keep"
...     limit: int = 3
>>> build_options(Opts, {"limit": "4"}, step="demo")
Opts(mode='keep', limit=4)
"""

from __future__ import annotations

import dataclasses
import sys
import typing
from collections.abc import Mapping
from typing import Any, Literal, get_args, get_origin

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def option_types(cls: type) -> dict[str, Any]:
    """The resolved type of every field of an options dataclass."""
    return typing.get_type_hints(cls)


def coerce_value(step: str, name: str, tp: Any, value: Any) -> Any:
    """Coerce ``value`` to ``tp`` or raise ``ValueError`` naming the step, option and choices."""
    where = f"{step}.{name}"
    origin = get_origin(tp)
    if origin is Literal:
        choices = get_args(tp)
        if isinstance(value, str) and value not in choices and all(isinstance(c, bool) for c in choices):
            value = _to_bool(where, value)
        if value not in choices or (isinstance(value, bool) != isinstance(choices[0], bool)):
            raise ValueError(f"invalid value {value!r} for option {where}; valid: "
                             + ", ".join(repr(c) for c in choices))
        return value
    if tp is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return _to_bool(where, value)
        raise ValueError(f"option {where} takes true or false, not {value!r}")
    if tp is int:
        if isinstance(value, bool):
            raise ValueError(f"option {where} takes a whole number, not {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(f"option {where} takes a whole number, not {value!r}") from None
    if tp is float:
        if isinstance(value, bool):
            raise ValueError(f"option {where} takes a number, not {value!r}")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ValueError(f"option {where} takes a number, not {value!r}") from None
    if tp is str:
        if not isinstance(value, str):
            raise ValueError(f"option {where} takes a string, not {value!r}")
        return value
    if origin is tuple:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"option {where} takes a list of strings, not {value!r}")
        return tuple(value)
    raise TypeError(f"unsupported option type {tp!r} for {where}")


def _to_bool(where: str, value: str) -> bool:
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"option {where} takes true or false, not {value!r}")


def build_options(cls: type, values: Mapping[str, Any] | None, *, step: str, base: Any = None) -> Any:
    """Make an options instance from ``values`` on top of ``base`` (or the defaults)."""
    values = dict(values or {})
    types = option_types(cls)
    unknown = sorted(set(values) - set(types))
    if unknown:
        raise ValueError(f"unknown option(s) {', '.join(unknown)} for step {step!r}; valid: "
                         + (", ".join(sorted(types)) or "(none)"))
    coerced = {k: coerce_value(step, k, types[k], v) for k, v in values.items()}
    if base is None:
        return cls(**coerced)
    return dataclasses.replace(base, **coerced)


def options_to_dict(opts: Any) -> dict[str, Any]:
    """Plain data (TOML-friendly: tuples become lists) for an options instance.

    Strings are interned, so a config pickles to the same bytes whether its values came from a
    preset's literals or from an unpickled copy (pickle memoizes by identity: a value such as
    ``"arabic"`` equal to a step name would otherwise pickle differently).
    """
    out = {}
    for f in dataclasses.fields(opts):
        v = getattr(opts, f.name)
        if isinstance(v, tuple):
            v = [sys.intern(x) for x in v]
        elif isinstance(v, str):
            v = sys.intern(v)
        out[f.name] = v
    return out


#: Field metadata that marks an option holding file paths (``str`` or ``tuple[str, ...]``).
PATH_OPTION = {"path": True}


def path_options(cls: type) -> set[str]:
    """Names of the options of ``cls`` that hold file paths (marked with :data:`PATH_OPTION`)."""
    return {f.name for f in dataclasses.fields(cls) if f.metadata.get("path")}


def resolve_config_paths(value: Any, base: Any, *, where: str) -> Any:
    """Resolve relative paths of a config file against its folder, refusing any that escape it.

    Absolute paths are kept as written. ``value`` is a path string or a list of them.

    >>> from pathlib import Path
    >>> resolve_config_paths(["lex.toml"], Path("/etc/nt"), where="injected.lexicons")
    ['/etc/nt/lex.toml']
    """
    from pathlib import Path

    base = Path(base).resolve()

    def one(p: Any) -> str:
        if not isinstance(p, str):
            return p
        path = Path(p)
        if path.is_absolute():
            return str(path)
        full = (base / path).resolve()
        if not full.is_relative_to(base):
            raise ValueError(f"option {where}: path {p!r} escapes the config file's folder {base}; "
                             "use an absolute path to point outside it")
        return str(full)

    if isinstance(value, (list, tuple)):
        return [one(v) for v in value]
    return one(value)
