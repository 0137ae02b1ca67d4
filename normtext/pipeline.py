"""The :class:`Pipeline`: an ordered list of steps, built from a preset, a dict or a TOML file.

>>> pipe = Pipeline.from_preset("light")
>>> pipe("Hello\\u200b world  ")
'Hello world'
>>> Pipeline.from_config(pipe.to_config()) == pipe
True
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from . import __version__
from .doc import Doc
from .options import path_options, resolve_config_paths
from .presets import get_preset
from .result import Result
from .step import REGISTRY, Step, get_step

#: Shorthand values of ``injected=``: the action to apply to detected fragments.
INJECTED_ACTIONS = ("remove", "tag", "keep")
_CONFIG_KEYS = {"normtext", "preset", "steps"}
#: ``pipe(text)`` on text at most this long tests each step's quiet test before calling it
#: (measured on the generated short records: a call on text with nothing to do costs 3-7 µs,
#: its test 0.5-3 µs; on articles the two cost about the same, and the test would be paid twice).
QUIET_FIRST_CHARS = 400


class Pipeline:
    """Steps in stage order. Call it for text, :meth:`process` for a :class:`Result`."""

    __slots__ = ("steps", "preset", "_quiet", "_quiet_steps", "_skips", "_tests", "_fused")

    def __init__(self, steps: Iterable[Step], preset: str | None = None):
        self.steps: tuple[Step, ...] = tuple(sorted(steps, key=lambda s: s.stage))
        names = [s.name for s in self.steps]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"step(s) listed twice: {', '.join(sorted(dup))}")
        self.preset = preset
        for step in self.steps:
            attach = getattr(step, "attach", None)
            if attach is not None:
                attach(self.steps)  # steps that act with others (``settle``)
        # ``pipe(text)`` returns a text untouched when every step's quiet test says so
        # (cheapest tests first; one step that cannot tell turns the shortcut off)
        overridden = all(type(s).quiet is not Step.quiet for s in self.steps)
        # the steps with a quiet pattern come first: their patterns, fused into one, answer
        # for all of them in one scan (``_fused``); the others are asked one by one
        chars = {id(s): s.quiet_chars() for s in self.steps}
        self._quiet_steps = tuple(sorted(self.steps, key=lambda s: (chars[id(s)] is None, s.quiet_cost)))
        self._quiet = tuple(s.quiet for s in self._quiet_steps) if overridden else None
        fused = [chars[id(s)] for s in self._quiet_steps if chars[id(s)] is not None]
        self._fused = (len(fused), re.compile(f"[{''.join(fused)}]" if "".join(fused) else "(?!)")) \
            if fused and overridden else None
        # the steps whose tests passed when the k-th test failed (by identity: Step.__eq__
        # compares configurations, which is not what a membership test here asks)
        self._skips = [frozenset(map(id, self._quiet_steps[:k])) for k in range(len(self.steps) + 1)]
        # each step with its own quiet test (None: the base class's, which cannot tell)
        self._tests = tuple((s, s.quiet if type(s).quiet is not Step.quiet else None) for s in self.steps)

    # construction -----------------------------------------------------------------------
    @classmethod
    def from_preset(cls, name: str = "default", **overrides: Any) -> Pipeline:
        """A preset, with per-step overrides: ``arabic={"teh_marbuta": "keep"}``, ``segment=False``.

        ``injected="remove" | "tag" | "keep"`` is shorthand for ``injected={"action": ...}``.
        """
        preset = get_preset(name)
        get_step("whitespace")  # make sure the registry is loaded
        plan: dict[str, dict[str, Any]] = {
            step: dict(opts) for step, opts in preset.steps.items() if step in REGISTRY
        }
        for step, value in overrides.items():
            get_step(step)  # ValueError naming the valid steps
            value = _expand_shorthand(step, value)
            if value is False or value is None:
                plan.pop(step, None)
            elif value is True:
                plan.setdefault(step, {})
            elif isinstance(value, Mapping):
                plan.setdefault(step, {}).update(value)
            else:
                raise ValueError(f"override for step {step!r} must be a dict of options, True or "
                                 f"False, not {value!r}")
        return cls([get_step(s)(o) for s, o in plan.items()], preset=preset.ref)

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | str | os.PathLike) -> Pipeline:
        """From a dict or a TOML file.

        With a ``steps`` table the steps are exactly those listed; without it, the ``preset``
        (default ``default``) is taken and any other top-level table overrides that step.
        """
        if isinstance(config, (str, os.PathLike)):
            path = Path(config)
            try:
                with path.open("rb") as fh:
                    config = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{path}: not valid TOML: {exc}") from None
            config = _resolve_paths(config, path.parent)
        if not isinstance(config, Mapping):
            raise ValueError(f"a config is a mapping, not {type(config).__name__}")
        preset = config.get("preset")
        if preset is not None and not isinstance(preset, str):
            raise ValueError(f"config 'preset' must be a string, not {preset!r}")
        if "steps" in config:
            extra = sorted(set(config) - _CONFIG_KEYS)
            if extra:
                raise ValueError(f"unknown config key(s) {', '.join(extra)} beside 'steps'; valid: "
                                 + ", ".join(sorted(_CONFIG_KEYS)))
            steps = config["steps"]
            if not isinstance(steps, Mapping):
                raise ValueError("config 'steps' must be a table of step name -> options")
            built = []
            for name, opts in steps.items():
                opts = _expand_shorthand(name, opts)
                if opts is False:
                    continue
                if opts is True:
                    opts = {}
                if not isinstance(opts, Mapping):
                    raise ValueError(f"options of step {name!r} must be a table, not {opts!r}")
                built.append(get_step(name)(opts))
            if preset is not None:
                get_preset(preset)  # validates the name
            return cls(built, preset=preset)
        overrides = {k: v for k, v in config.items() if k not in _CONFIG_KEYS}
        return cls.from_preset(preset or "default", **overrides)

    def to_config(self) -> dict[str, Any]:
        """Plain data: every option explicitly, the normtext version and the preset."""
        config: dict[str, Any] = {"normtext": __version__}
        if self.preset:
            config["preset"] = self.preset
        config["steps"] = {s.name: s.config() for s in self.steps}
        return config

    def to_toml(self) -> str:
        """The config as TOML text, which :meth:`from_config` reads back."""
        import tomli_w

        return tomli_w.dumps(self.to_config())

    # running ---------------------------------------------------------------------------
    def __call__(self, text: str, *, site: str | None = None) -> str:
        """Normalize ``text`` and return the output text only.

        ``site``: where the document comes from, for lexicon entries learned on one site
        (``normtext mine``); ``None`` applies every entry. A text that every step's
        :meth:`Step.quiet` test passes is returned as it is, without building a :class:`Doc`
        (most short records of a clean corpus).
        """
        if type(text) is not str:
            return self.run(text, track=False, site=site).text
        quiet = self._quiet
        skip: frozenset[int] = frozenset()
        failed = None
        if quiet is not None:
            passed = 0
            fused = self._fused
            if fused is not None and fused[1].search(text) is None:
                passed = fused[0]  # every step with a pattern is quiet
            for test in quiet[passed:]:
                if not test(text):
                    break
                passed += 1
            else:
                return text
            # tests already run on the input: the steps that passed need not run while the
            # text is still the input (a test holds for the text it saw); the one that failed runs
            skip, failed = self._skips[passed], self._quiet_steps[passed]
        doc = Doc(text, track=False)
        if site is not None:
            doc.meta["site"] = str(site)
        # On short text a step's call costs several times its quiet test (a Doc edit, a few
        # Python calls; the scans are short): the other steps are tested first, on the text
        # as it is when their turn comes.
        test_first = len(text) <= QUIET_FIRST_CHARS
        for step, test in self._tests:
            current = doc.text
            if current is text and (step is failed or id(step) in skip):
                if step is failed:
                    step(doc)
                continue
            if test_first and test is not None and test(current):
                continue
            step(doc)
        return doc.text

    def is_quiet(self, text: str) -> bool:
        """Whether every step is sure to change nothing and report no span in ``text``."""
        quiet = self._quiet
        if quiet is None:
            return False
        start = 0
        fused = self._fused
        if fused is not None and fused[1].search(text) is None:
            start = fused[0]  # every step with quiet characters is quiet
        for test in quiet[start:]:
            if not test(text):
                return False
        return True

    def process(self, text: str, *, site: str | None = None) -> Result:
        """Normalize ``text`` with spans, segments, change counts and offsets."""
        return Result(self.run(text, track=True, site=site))

    def run(self, text: str, *, track: bool = True, site: str | None = None) -> Doc:
        """Run every step on a new :class:`Doc` and return it (``track=False``: no edit log).

        ``site`` goes to ``doc.meta["site"]``. A quiet text (:meth:`is_quiet`) runs no step: a
        tracked run only gets what steps report even when they change nothing (segments).
        """
        doc = Doc(_check_text(text), track=track)
        if site is not None:
            doc.meta["site"] = str(site)
        if self.is_quiet(text):
            for step in self.steps:
                step.annotate_quiet(doc)
            return doc
        for step in self.steps:
            step(doc)
        return doc

    def process_batch(self, texts: Iterable[str]) -> list[Result]:
        """:meth:`process` over many texts, in order."""
        return [self.process(t) for t in texts]

    def map_batch(self, batch: Mapping[str, Any], **kwargs: Any) -> dict[str, list]:
        """Normalize a column of a ``{column: list}`` batch: :func:`normtext.batch.map_batch`."""
        from .batch import map_batch

        return map_batch(self, batch, **kwargs)

    # identity ------------------------------------------------------------------------
    @property
    def step_names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self.steps == other.steps

    def __hash__(self) -> int:
        return hash(self.steps)

    def __reduce__(self):
        # the config as one JSON string: equal pipelines pickle to equal bytes, whatever the
        # identity of the option strings (an unpickled clone pickles exactly like the original)
        return (_from_config_json, (json.dumps(self.to_config(), ensure_ascii=False),))

    def __repr__(self) -> str:
        return f"Pipeline(preset={self.preset!r}, steps={self.step_names})"


def _resolve_paths(config: dict[str, Any], base_dir: Path) -> dict[str, Any]:
    """Resolve path options of a config file relative to its folder (never escaping it)."""
    config = dict(config)
    tables = config.get("steps") if isinstance(config.get("steps"), Mapping) else None
    holder = dict(tables) if tables is not None else config
    for name, opts in list(holder.items()):
        if name in _CONFIG_KEYS or not isinstance(opts, Mapping):
            continue
        try:
            cls = get_step(name)
        except ValueError:
            continue  # reported with the valid names when the step is built
        marked = path_options(cls.Options)
        if marked & set(opts):
            opts = dict(opts)
            for key in marked & set(opts):
                opts[key] = resolve_config_paths(opts[key], base_dir, where=f"{name}.{key}")
            holder[name] = opts
    if tables is not None:
        config["steps"] = holder
    return holder if tables is None else config


def _expand_shorthand(step: str, value: Any) -> Any:
    if step == "injected" and isinstance(value, str):
        if value not in INJECTED_ACTIONS:
            raise ValueError(f"invalid injected action {value!r}; valid: {', '.join(INJECTED_ACTIONS)}")
        return {"action": value}
    return value


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"normtext works on str, not {type(text).__name__}")
    return text


def _from_config_json(text: str) -> Pipeline:
    """Unpickle a :class:`Pipeline` from its config written as JSON."""
    return Pipeline.from_config(json.loads(text))
