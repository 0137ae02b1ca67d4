"""``langdetect``, seeded and cached: the statistical fallback of the language view.

It is only asked about a run that script and the cheap evidence of :mod:`.language` cannot
decide, and only among the languages of the run's script (one small detector per script,
loaded on first use). The seed is fixed, so every process gives the same answer.

>>> detect("Wir haben gestern das neue Museum in der Stadt besucht", "Latn")[0]
'de'
"""

from __future__ import annotations

import os
from functools import cache, lru_cache

#: Candidate languages per script (langdetect codes).
LANGDETECT_CANDIDATES: dict[str, tuple[str, ...]] = {
    "Arab": ("ar", "fa", "ur"),
    "Latn": ("en", "fr", "es", "tr", "de", "it", "pt", "nl", "ro", "pl", "sv", "da", "no", "fi",
             "id", "tl", "sw", "hr", "cs", "hu", "so", "vi"),
    "Cyrl": ("ru", "uk", "bg", "mk"),
    "Deva": ("hi", "mr", "ne"),
    "Hani": ("zh-cn", "zh-tw", "ja"),
}
#: The fixed seed of langdetect's sampling.
SEED = 0
#: langdetect code -> the code normtext reports.
_CODE = {"zh-cn": "zh", "zh-tw": "zh"}


@cache
def _factory(script: str):
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.seed = SEED
    profiles = []
    for lang in LANGDETECT_CANDIDATES[script]:
        with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)
    return factory


@lru_cache(maxsize=8192)
def detect(text: str, script: str) -> tuple[str, float] | None:
    """``(language, probability)`` of ``text`` among the languages of ``script``, or ``None``."""
    if script not in LANGDETECT_CANDIDATES:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(script).create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return _CODE.get(best.lang, best.lang), best.prob
