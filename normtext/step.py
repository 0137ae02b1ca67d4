"""The :class:`Step` base class and the registry of named steps.

A step has a registered ``name``, a ``stage`` (its place in the pipeline order of
``design.md``), a frozen ``Options`` dataclass and ``__call__(doc) -> doc``. It compiles its
tables and patterns once, in :meth:`Step.setup`.

>>> get_step("whitespace").name
'whitespace'
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from .doc import Doc
from .options import build_options, options_to_dict

# Stage order (design.md): encoding repair first, whitespace tidy last.
STAGE_ENCODING = 10
STAGE_UNICODE = 20
STAGE_SEGMENT = 30
STAGE_INJECTED = 40
STAGE_ARABIC = 50
STAGE_LATIN = 60
STAGE_WHITESPACE = 90


@dataclasses.dataclass(frozen=True)
class NoOptions:
    """For steps without options."""


class Step:
    """Base class: subclasses set ``name``, ``stage``, ``purpose``, ``Options``, ``rules``."""

    name: ClassVar[str] = ""
    stage: ClassVar[int] = 0
    purpose: ClassVar[str] = ""
    Options: ClassVar[type] = NoOptions
    #: rule id -> one-line description; every edit the step makes uses one of these ids.
    rules: ClassVar[dict[str, str]] = {}

    def __init__(self, options: Any = None, **kwargs: Any):
        if isinstance(options, self.Options):
            opts = dataclasses.replace(options, **kwargs) if kwargs else options
        else:
            values = dict(options or {})
            values.update(kwargs)
            opts = build_options(self.Options, values, step=self.name)
        self.options = opts
        self.setup()

    def setup(self) -> None:
        """Compile tables and patterns (called once, at construction)."""

    def uses_segments(self) -> bool:
        """Whether this step, with its options, reads ``doc.segments`` (routes by language run).

        ``pipe(text)`` skips computing segments when no step after ``segment`` uses them.
        """
        return False

    #: Where this step's :meth:`quiet` test goes in a pipeline's order (cheapest first).
    quiet_cost: ClassVar[int] = 5

    def quiet(self, text: str) -> bool:
        """Whether this step is sure to leave ``text`` unchanged: a fast test that may say
        ``False`` when in doubt, never ``True`` wrongly.

        ``pipe(text)`` returns a text as it is when every step says so (it returns text only,
        and a step that changes nothing produces nothing else it would return). The base class
        cannot tell, which turns that shortcut off for any pipeline holding the step.
        """
        return False

    def quiet_chars(self) -> str | None:
        """Characters (a stdlib ``re`` class body) of which every text :meth:`quiet` says no to
        holds at least one (a text may hold one and be quiet: :meth:`quiet` then decides).
        ``pipe()`` fuses the classes of its steps into one class, one fast scan that answers for
        all of them on most records. The base has none (``None``): :meth:`quiet` is called."""
        return None

    def annotate_quiet(self, doc: Doc) -> None:
        """On a tracked run of a quiet text (no step runs): add what this step reports even
        when it changes nothing (the ``segment`` step: the segments). The base adds nothing."""

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    def config(self) -> dict[str, Any]:
        """Every option, explicitly, as plain data."""
        return options_to_dict(self.options)

    def __reduce__(self):
        return (make_step, (self.name, self.config()))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.options == self.options  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.name, self.options))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"


REGISTRY: dict[str, type[Step]] = {}


def register(cls: type[Step]) -> type[Step]:
    """Class decorator: make a step available by its ``name``."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    REGISTRY[cls.name] = cls
    return cls


def get_step(name: str) -> type[Step]:
    """The step class registered as ``name``; ``ValueError`` naming the valid ones otherwise."""
    from . import steps  # noqa: F401  (registers the built-in steps)

    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown step {name!r}; valid: {', '.join(sorted(REGISTRY))}") from None


def make_step(name: str, options: dict[str, Any] | None = None) -> Step:
    """Build a registered step from plain-data options."""
    return get_step(name)(options)
