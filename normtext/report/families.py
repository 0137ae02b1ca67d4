"""Rule families: which part of the pipeline made a change, and the colour the report gives it.

A rule id's family is the registered step that declares it in its ``rules`` table (so a new
step is coloured without touching this module); a rule no step declares falls back on its
``family/`` prefix, with the encoding-repair prefixes grouped under ``encoding``.

>>> family_of("whitespace/nbsp")
'whitespace'
>>> family_of("mojibake/utf8-as-cp1256")
'encoding'
>>> family_of("no-such-family/x")
'other'
"""

from __future__ import annotations

from functools import lru_cache

#: family -> (display name, highlight colour). Order is the legend's order (pipeline order).
FAMILIES: dict[str, tuple[str, str]] = {
    "encoding": ("encoding repair", "#f4a261"),
    "unicode": ("Unicode cleanup", "#b388eb"),
    "segment": ("segmentation", "#8ecae6"),
    "injected": ("removed / tagged fragments", "#ef476f"),
    "arabic": ("Arabic folds", "#52b788"),
    "latin": ("Latin folds", "#ffd166"),
    "whitespace": ("whitespace", "#adb5bd"),
    "other": ("other", "#c9ada7"),
}

#: Rule-id prefixes that belong to a family without being a step name.
PREFIX_FAMILIES: dict[str, str] = {
    "mojibake": "encoding",
    "html": "encoding",
    "bom": "encoding",
    "c1": "encoding",
    "nfc": "unicode",
    "presentation": "unicode",
}

#: Extra colours for steps registered later that are not in :data:`FAMILIES`.
SPARE_COLOURS = ("#90be6d", "#f9844a", "#4d908e", "#f8961e", "#577590", "#e5989b")


@lru_cache(maxsize=1)
def _rule_owners() -> dict[str, str]:
    from ..step import REGISTRY, get_step

    get_step("whitespace")  # loads the built-in steps
    owners = {}
    for name in sorted(REGISTRY):
        for rule in REGISTRY[name].rules:
            owners.setdefault(rule, name)
    return owners


def family_of(rule: str) -> str:
    """The family (a step name, or ``other``) of a rule id."""
    owner = _rule_owners().get(rule)
    if owner is not None:
        return owner
    prefix = rule.partition("/")[0]
    if prefix in PREFIX_FAMILIES:
        return PREFIX_FAMILIES[prefix]
    from ..step import REGISTRY

    if prefix in FAMILIES or prefix in REGISTRY:
        return prefix
    return "other"


def family_style(family: str) -> tuple[str, str]:
    """(display name, colour) of a family; unknown families get a stable spare colour.

    >>> family_style("arabic")
    ('Arabic folds', '#52b788')
    """
    if family in FAMILIES:
        return FAMILIES[family]
    index = sum(family.encode()) % len(SPARE_COLOURS)
    return family, SPARE_COLOURS[index]


def css_name(family: str) -> str:
    """A CSS-safe class suffix for a family name.

    >>> css_name("my step!")
    'my-step-'
    """
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in family)
