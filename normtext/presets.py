"""Presets as data: a versioned name, a one-line purpose, and the options of each step.

A step listed in a preset is on; its options are given on top of the step's defaults. A change
to a preset that alters its output bumps its version (``default@1`` → ``default@2``).
Steps named here that are not registered yet (a later capability) are skipped; the preset
table in ``docs`` and ``normtext presets`` show what each preset runs today.

>>> PRESETS["default"].version
1
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Preset:
    name: str
    version: int
    purpose: str
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """``name@version``, as written into configs."""
        return f"{self.name}@{self.version}"


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in [
        Preset(
            "light", 1,
            "Only what is broken: encoding repair, invisible characters and space variants, whitespace.",
            {
                "encoding": {},
                # invisible characters and line separators only: no NFC, no folds
                "unicode": {"nfc": False, "presentation_forms": "keep"},
                "whitespace": {},
            },
        ),
        Preset(
            "default", 1,
            "Repair and clean without losing information; removes injected fragments and tatweel.",
            {
                "encoding": {},
                "unicode": {},
                "segment": {},
                "injected": {"action": "remove"},
                "arabic": {"tatweel": "remove"},
                "whitespace": {},
            },
        ),
        Preset(
            "search", 1,
            "Aggressive folds for retrieval and deduplication (diacritics, alef, yeh, teh marbuta, digits, case).",
            {
                "encoding": {},
                "unicode": {"zwj": "delete", "zwnj": "space"},
                "segment": {},
                "injected": {"action": "remove"},
                "arabic": {
                    "diacritics": "strip", "dagger_alef": "strip", "quranic_marks": "strip",
                    "tatweel": "remove", "alef": "bare", "alef_maqsura": "yeh",
                    "teh_marbuta": "heh", "keheh": "kaf", "farsi_yeh": "position",
                    "digits": "ascii", "elongation": "reduce",
                    # kept on purpose (design table): hamza on ؤ ئ, Persian/Urdu letters but ک ی
                    "hamza": "keep", "lookalikes": "keep",
                },
                "latin": {"case": "casefold", "quotes": "ascii", "dashes": "ascii"},
                # folds above can turn leftover garbage into valid mojibake: repair it now, so
                # the preset stays idempotent
                "settle": {},
                "whitespace": {},
            },
        ),
        # Compatibility presets (issue 6): the anchor's output, byte for byte on ordinary text,
        # except the anchor bugs of shared/specs/arabic-normalization.md (listed in docs).
        # CAMeL's arclean map is an option on top: from_preset("camel", arabic={"arclean": True}).
        Preset(
            "camel", 1,
            "CAMeL Tools' usual chain: normalize_unicode, dediac_ar, normalize_alef_ar, "
            "normalize_alef_maksura_ar, normalize_teh_marbuta_ar.",
            {
                "unicode": {  # normalize_unicode: ﷼ ﷽ pre-map, then blanket NFKC; nothing else
                    "nfkc": True, "nfc": False, "symbol_words": "arabic",
                    "presentation_forms": "keep", "word_ligatures": "keep",
                    "line_separators": "keep", "zwsp": "keep", "bom": "keep",
                    "soft_hyphen": "keep", "word_joiner": "keep", "bidi": "keep", "zwnj": "keep",
                    "zwj": "keep", "zwj_in_emoji": "keep", "variation_selectors": "keep",
                },
                "arabic": {  # dediac_ar (tashkeel + dagger alef), alef, alef maksura, teh marbuta
                    "diacritics": "strip", "dagger_alef": "strip", "quranic_marks": "keep",
                    "tatweel": "keep", "alef": "bare", "alef_maqsura": "yeh",
                    "teh_marbuta": "heh", "protect_urls": False,
                },
            },
        ),
        Preset(
            "arabert", 1,
            "AraBERT's ArabertPreprocessor for bert-base-arabertv02 (twitter variant: "
            "arabic.charset=arabert-emoji); e-mails and هٰذا fixed.",
            {
                "unicode": {  # html.unescape; nothing else
                    "html_entities": "decode", "nfc": False, "presentation_forms": "keep",
                    "word_ligatures": "keep", "line_separators": "keep", "zwsp": "keep",
                    "bom": "keep", "soft_hyphen": "keep", "word_joiner": "keep", "bidi": "keep",
                    "zwnj": "keep", "zwj": "keep", "zwj_in_emoji": "keep",
                    "variation_selectors": "keep",
                },
                "arabic": {
                    "diacritics": "strip", "tatweel": "remove-all",
                    # fix: AraBERT turns the dagger alef into a space (هٰذا → ه ذا)
                    "dagger_alef": "strip",
                    # fix inside: e-mails become [بريد] before the URL patterns run
                    "placeholders": "arabert", "html_markup": "space",
                    "digits": "arabic-indic-to-ascii", "number_separators": False,
                    "elongation": "reduce", "elongation_scope": "non-digits",
                    "elongation_threshold": 3, "elongation_keep": 2,
                    "spacing": "arabert", "charset": "arabert", "protect_urls": False,
                },
            },
        ),
    ]
}


def get_preset(name: str) -> Preset:
    """The preset ``name`` (``name@version`` accepted); ``ValueError`` naming the valid ones."""
    base, _, version = name.partition("@")
    preset = PRESETS.get(base)
    if preset is None:
        raise ValueError(f"unknown preset {name!r}; valid: {', '.join(sorted(PRESETS))}")
    if version and version != str(preset.version):
        raise ValueError(f"preset {base!r} is at version {preset.version}, not {version!r}; "
                         f"this normtext provides {preset.ref}")
    return preset
