"""The language view: split script runs where the language changes, and label each part.

Script decides most of it. What script cannot decide:

- **Latin script**: English (and, by the spec's convention, names, brands, acronyms, handles
  and units) vs French, Spanish, Turkish and Arabizi (``ar-Latn``: ``3ala``, ``7abibi``,
  ``ana mesh fady``), all ``other``.
- **Arabic script**: Arabic vs Persian and Urdu (``other``). Letters such as پ چ ژ (Persian and
  Urdu) and ٹ ڈ ڑ ں ے ہ ھ (Urdu) are evidence; ی ک گ alone are weak evidence, because Arabic is
  often typed on a Persian keyboard; ي ك ة ى أ إ ؤ and ``ال`` words are Arabic evidence.
- **Other scripts**: a default language per script (Cyrillic → ``ru``, …).

Each run first takes a fast path: a search for any evidence at all. A Latin run needs an
accent, a digit inside a lowercase word, a French elision, a word of the non-English lists, or
4+ words of which under a third are English; the text's Arabic-script runs need a Persian/Urdu
letter (ی ک گ included) or ZWNJ in one of them. A run without evidence keeps its script's
language (``en``, ``ar``): the common case costs a search or two. Otherwise the run is split
into words, each word gets integer scores per language (:func:`latin_scores`,
:func:`arabic_scores`: cached), and a Viterbi pass picks a label per word with a price for each
switch (lower where punctuation sits between the two words; on a tie the switch comes as late
as possible). The first word leans to the host language: English for Latin, and for Arabic
script the language with the most evidence over the whole text (so ``شرکت`` in a Persian text
is Persian). Accented Capitalized words (``Nestlé``, ``Zinédine``) are names, not evidence.
``langdetect`` (seeded, cached: :mod:`.langid`) is asked only about a Latin run of 4+ mostly
lowercase words with hardly any English, or an Arabic-script run with only the weak ی ک گ
evidence and no Arabic evidence at all.

>>> from normtext.segmentation import segment
>>> text = "I told him ana mesh fady today"
>>> [(s.label, s.lang, text[s.start:s.end]) for s in segment(text, "lang") if s.label != "neutral"]
[('en', 'en', 'I told him'), ('other', 'ar-Latn', 'ana mesh fady'), ('en', 'en', 'today')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import regex

from .chars import ARABIC_LETTER, LATIN_LETTER, LINE_BREAKS, TATWEEL, WORD_CONNECTORS, char_class
from .langid import detect
from .lexicon import ARABIC, ARABIC_PERSIAN_SHARED, ARABIZI, ENGLISH, FRENCH, PERSIAN, SPANISH, TURKISH, URDU
from .runs import Core

# --- words ----------------------------------------------------------------------------------
_LEAD = r"(?:(?<!\p{Nd})\p{Nd}+)?"


def _word_pattern(letter: str, extra: str) -> regex.Pattern:
    """One word of a script (spec rule 1): letters, marks, digits, ZWNJ/ZWJ between letters,
    and connector-joined parts."""
    body = rf"(?:{letter}|[\p{{M}}\p{{Nd}}{extra}]|[\u200c\u200d](?={letter}))*"
    conn = char_class(WORD_CONNECTORS)
    return regex.compile(rf"(?V1){_LEAD}{letter}{body}(?:[{conn}](?:{letter}|\p{{Nd}}){body})*")


WORD_PATTERNS = {
    "ar": _word_pattern(ARABIC_LETTER, TATWEEL),
    "en": _word_pattern(LATIN_LETTER, ""),
}

# --- scores: integers, so that ties are exact -----------------------------------------------
#: A word of a language's list.
LEXICON_SCORE = 20
#: The price of a language switch between two words, and between words with punctuation
#: between them (``Thanks bro, tamam``; ``قوله: «ما``).
SWITCH_COST = 18
SWITCH_COST_AT_PUNCTUATION = 8
#: Bias of the first word of a run towards the host language of its script.
HOST_BIAS = 12

LATIN_LANGS = ("en", "fr", "es", "tr", "ar-Latn")
ARABIC_LANGS = ("ar", "fa", "ur")

#: Latin letters that mark a language (letter set -> (language, score) pairs).
LATIN_LETTER_EVIDENCE: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = (
    ("é", (("fr", 8), ("es", 5))),
    ("èêàâëîïôûùœæÿ", (("fr", 15),)),
    ("ç", (("fr", 10), ("tr", 10))),
    ("ñáíóú¿¡", (("es", 15),)),
    ("ü", (("tr", 8), ("es", 3))),
    ("şğıöİ", (("tr", 20),)),
)
#: Arabizi: a digit standing for a letter, inside a lowercase word (``3ala``, ``delwa2ti``).
ARABIZI_DIGIT = regex.compile(r"[a-z][235-9]|[235-9][a-z]")
#: ... but not units, ordinals, decades and amounts (``2nd``, ``5pm``, ``90s``, ``3d``, ``4k``,
#: ``4.2bn``, ``3mn``, ``5yr``).
NOT_ARABIZI = regex.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|g|gb|mb|kb|tb|kg|km|mm|cm|ml|px|x|d|h|min|hz|mp|"
                            r"bn|mn|mln|bln|tn|yr|yrs|hr|hrs|mo|wk|sec|kw|kwh|mw|gw|ft|in|lb|lbs|oz|mph|kph)|"
                            r"[a-z]{1,2}\d|[a-z]\d[a-z]")
ARABIZI_DIGIT_SCORE = 30
ARABIZI_STRONG_SCORE = 35
ARABIZI_WEAK_SCORE = 15
#: French past participles and nouns in -té: ``liberté``, ``arrivée``.
FRENCH_FINAL_E = regex.compile(r"\p{L}{2}ée?s?$")
ENGLISH_SUFFIX = regex.compile(r"..(?:ing|ed|ly|ness|ship|ful|less|ity|ive)$")
FRENCH_SUFFIX = regex.compile(r"..(?:aient|ait|ais|eux|euse|ée|ées|ère)$")
SPANISH_SUFFIX = regex.compile(r"..(?:ción|ando|iendo|idad|mente|ito|ita)$")
#: French elision (``l'école``, ``qu'il``).
FRENCH_ELISION = regex.compile(r"(?:[ldjcmnst]|qu)'\p{L}")

#: Urdu-only letters: ٹ ڈ ڑ ں ے ۓ ہ ھ.
URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06d2\u06d3\u06c1\u06be")
#: Persian and Urdu, not Arabic: پ چ ژ.
PERSIAN_URDU_LETTERS = frozenset("\u067e\u0686\u0698")
#: Persian-only: ۀ and the hamza above (U+0654).
PERSIAN_LETTERS = frozenset("\u06c0\u0654")
#: Weak (Arabic is often typed on a Persian keyboard): ک ی گ.
PERSIAN_KEYBOARD_LETTERS = frozenset("\u06a9\u06cc\u06af")
#: Arabic, never Persian or Urdu spelling: ة ى أ إ ؤ and Arabic yeh ي and kaf ك.
ARABIC_LETTERS = frozenset("\u0629\u0649\u0623\u0625\u0624\u064a\u0643")
#: ``ال`` with a proclitic, at the start of a word of 5+ letters.
ARABIC_ARTICLE = regex.compile(r"(?:[وفبكل]?ال|لل)\p{L}{3}")
_STRIP_MARKS = regex.compile(r"[\p{M}\u0640\u200c\u200d]")

# --- fast paths -------------------------------------------------------------------------------
#: Words that may start the word-level pass: not English, 3+ letters, not a name particle.
NAME_PARTICLES = frozenset({"abu", "bin", "ibn", "del", "der", "van", "von", "los", "las"})
NON_ENGLISH_HINTS = frozenset(w for w in (FRENCH | SPANISH | TURKISH | ARABIZI) - ENGLISH - NAME_PARTICLES
                              if len(w) >= 3 and w.isascii())
#: A non-ASCII Latin letter, a digit inside a lowercase word, a French elision (stdlib ``re``
#: with plain ranges: much faster here than property classes or a word-list alternation).
LATIN_HINT = re.compile(
    r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|[a-z][235-9]|[235-9][a-z]"
    r"|\b(?:[ldjcmnstLDJCMNST]|[Qq]u)['\u2019][^\W\d_]"
)
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def latin_hint(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds anything that could make it not English: an accent,
    an Arabizi digit, a word of another language's list, or 4+ words of which under a third are
    English (German, Italian, …: then langdetect may be asked).

    >>> latin_hint(t := "see you tonight", 0, len(t)), latin_hint(t := "see you bokra", 0, len(t))
    (False, True)
    """
    if LATIN_HINT.search(text, start, end) is not None:
        return True
    words = _ASCII_WORD.findall(text[start:end].lower())
    if not NON_ENGLISH_HINTS.isdisjoint(words):
        return True
    return len(words) >= 4 and 3 * sum(1 for w in words if w in ENGLISH) < len(words)


#: Anything that could make an Arabic-script run not Arabic: a Persian or Urdu letter (ی ک گ
#: included: nearly every Persian or Urdu sentence has one) or ZWNJ.
ARABIC_SCRIPT_HINT = re.compile(
    "[" + "".join(sorted(URDU_LETTERS | PERSIAN_URDU_LETTERS | PERSIAN_LETTERS
                         | PERSIAN_KEYBOARD_LETTERS)) + "\u200c]"
)

#: Default language of a script (other than Arabic and Latin).
SCRIPT_LANGUAGE = {
    "Cyrl": "ru", "Grek": "el", "Hebr": "he", "Hani": "zh", "Hira": "ja", "Kana": "ja",
    "Hang": "ko", "Deva": "hi", "Beng": "bn", "Guru": "pa", "Gujr": "gu", "Orya": "or",
    "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml", "Sinh": "si", "Thai": "th",
    "Laoo": "lo", "Tibt": "bo", "Mymr": "my", "Khmr": "km", "Geor": "ka", "Armn": "hy",
    "Ethi": "am", "Syrc": "syr", "Thaa": "dv", "Nkoo": "nqo", "Tfng": "zgh", "Mong": "mn",
    "Cher": "chr", "Copt": "cop",
}
#: A run needs this many letters before langdetect is asked about it.
LANGDETECT_MIN_LETTERS = 12
LANGDETECT_MIN_PROB = 0.9

_PUNCT_GAP = regex.compile(r"[^\p{White_Space}\p{Cf}]")
_LB = regex.compile(f"[{char_class(LINE_BREAKS)}]")


def _arabizi_shape(word: str) -> bool:
    """Digits as letters: one digit at a time, no capitals inside (``WorldCup2022``, ``iPhone15``
    and ``v2.1`` are names and versions)."""
    return (not any(c.isupper() for c in word[1:]) and not _MULTI_DIGIT.search(word)
            and "." not in word)


_MULTI_DIGIT = regex.compile(r"\d\d")


@lru_cache(maxsize=65536)
def latin_scores(word: str) -> tuple[int, ...]:
    """Scores of a Latin word for ``en fr es tr ar-Latn``.

    >>> latin_scores("3ala"), latin_scores("the"), latin_scores("Aramco")
    ((0, 0, 0, 0, 65), (20, 0, 0, 0, 0), (3, 0, 0, 0, 0))
    """
    low = word.lower().replace("\u2019", "'")
    en = fr = es = tr = az = 0
    if word.isupper() and len(word) > 1 and not ARABIZI_DIGIT.search(low):
        # acronyms (AI, WHO, PDF, OK) are English by convention
        return (LEXICON_SCORE if low in ENGLISH else 5), 0, 0, 0, 0
    if low in ENGLISH:
        en += LEXICON_SCORE
    if low in FRENCH:
        fr += LEXICON_SCORE
    if low in SPANISH:
        es += LEXICON_SCORE
    if low in TURKISH:
        tr += LEXICON_SCORE
    if low in ARABIZI:
        # a distinctive Arabizi word outweighs the host bias plus one switch; a short or
        # English-looking one (ya, el, ana, bas) only counts with its neighbours
        az += ARABIZI_STRONG_SCORE if len(low) >= 4 and low not in ENGLISH else ARABIZI_WEAK_SCORE
    if not low.isascii() and not word[0].isupper():  # accented names (Nestlé, José) are names
        for letters, votes in LATIN_LETTER_EVIDENCE:
            if any(c in low for c in letters):
                for lang, score in votes:
                    if lang == "fr":
                        fr += score
                    elif lang == "es":
                        es += score
                    else:
                        tr += score
        if FRENCH_FINAL_E.search(low):
            fr += 10
    if ARABIZI_DIGIT.search(low) and not NOT_ARABIZI.fullmatch(low) and _arabizi_shape(word):
        az += ARABIZI_DIGIT_SCORE
    if "'" in low and FRENCH_ELISION.match(low):
        fr += 15
    if not (en or fr or es or tr or az):
        if ENGLISH_SUFFIX.search(low):
            en += 6
        elif FRENCH_SUFFIX.search(low):
            fr += 5
        elif SPANISH_SUFFIX.search(low):
            es += 5
        elif word[0].isupper():  # names and brands: English by convention
            en += 3
    return en, fr, es, tr, az


@lru_cache(maxsize=65536)
def arabic_scores(word: str) -> tuple[int, ...]:
    """Scores of an Arabic-script word for ``ar fa ur``.

    >>> arabic_scores("است"), arabic_scores("الی"), arabic_scores("ہے")
    ((0, 20, 0), (20, 4, 4), (0, 0, 50))
    """
    bare = _STRIP_MARKS.sub("", word)
    ar = fa = ur = 0
    if bare in ARABIC:
        ar += LEXICON_SCORE
    if bare in PERSIAN:
        fa += LEXICON_SCORE
    if bare in URDU:
        ur += LEXICON_SCORE
    if bare in ARABIC_PERSIAN_SHARED:
        ar += 8
        fa += 8
    chars = set(bare)
    if chars & URDU_LETTERS:
        ur += 30
    if chars & PERSIAN_URDU_LETTERS:
        fa += 20
        ur += 20
    if chars & PERSIAN_LETTERS:
        fa += 15
    if chars & PERSIAN_KEYBOARD_LETTERS:
        fa += 4
        ur += 4
    if "\u200c" in word:
        fa += 15
        ur += 5
    if chars & ARABIC_LETTERS:
        ar += 15
    if ARABIC_ARTICLE.match(bare):
        ar += 15
    return ar, fa, ur


def _viterbi(scores: list[tuple[int, ...]], cheap: list[bool], bias: tuple[int, ...]) -> list[int]:
    """Best label index per word: scores, minus a price per switch (cheap where ``cheap[i]``:
    punctuation between word ``i-1`` and ``i``). On a tie the switch comes as late as possible."""
    k = len(bias)
    prev = [b + s for b, s in zip(bias, scores[0], strict=True)]
    back: list[list[int]] = []
    for i in range(1, len(scores)):
        cost = SWITCH_COST_AT_PUNCTUATION if cheap[i] else SWITCH_COST
        best = max(range(k), key=prev.__getitem__)
        row = []
        cur = []
        for s in range(k):
            stay = prev[s]
            if best != s and prev[best] - cost >= stay:
                row.append(best)
                cur.append(prev[best] - cost + scores[i][s])
            else:
                row.append(s)
                cur.append(stay + scores[i][s])
        back.append(row)
        prev = cur
    state = max(range(k), key=prev.__getitem__)
    path = [state]
    for row in reversed(back):
        state = row[state]
        path.append(state)
    path.reverse()
    return path


def _words(text: str, core: Core) -> list[tuple[int, int]]:
    start, end = core[0], core[1]
    spans = [m.span() for m in WORD_PATTERNS[core[2]].finditer(text, start, end)]
    if not spans:
        return [(start, end)]
    spans[0] = (start, spans[0][1])
    spans[-1] = (spans[-1][0], end)
    return spans


def _split(text: str, core: Core, words: list[tuple[int, int]], path: list[int],
           langs: tuple[str, ...], label_of: dict[str, str]) -> list[Core]:
    out: list[Core] = []
    script = core[4]
    run_start = words[0][0]
    for i in range(1, len(words) + 1):
        if i == len(words) or path[i] != path[i - 1]:
            lang = langs[path[i - 1]]
            out.append((run_start, words[i - 1][1], label_of[lang], lang, script))
            if i < len(words):
                run_start = words[i][0]
    return out


def _cheap_switches(text: str, words: list[tuple[int, int]]) -> list[bool]:
    return [False] + [_PUNCT_GAP.search(text, words[i - 1][1], words[i][0]) is not None
                      for i in range(1, len(words))]


_LATIN_LABEL = {"en": "en", "fr": "other", "es": "other", "tr": "other", "ar-Latn": "other"}
_ARABIC_LABEL = {"ar": "ar", "fa": "other", "ur": "other"}
_LATIN_BIAS = (HOST_BIAS, 0, 0, 0, 0)


def _latin(text: str, core: Core) -> list[Core]:
    start, end = core[0], core[1]
    if not latin_hint(text, start, end):
        return [(start, end, "en", "en", "Latn")]
    words = _words(text, core)
    scores = [latin_scores(text[a:b]) for a, b in words]
    for i in range(1, len(words)):  # a Capitalized word inside a run is a name first
        a = words[i][0]
        if scores[i][4] > ARABIZI_WEAK_SCORE and text[a].isupper() and not text[a + 1:a + 2].isupper():
            scores[i] = scores[i][:4] + (ARABIZI_WEAK_SCORE,)
    path = _viterbi(scores, _cheap_switches(text, words), _LATIN_BIAS)
    if len(words) >= 4 and all(p == 0 for p in path) and \
            sum(1 for s in scores if s[0] >= LEXICON_SCORE) * 4 < len(words) and \
            2 * sum(1 for a, _ in words if text[a].islower()) >= len(words):
        # mostly lowercase words, hardly any English: a sentence in another language
        # (Title Case runs are names: "Abu Dhabi Securities Exchange" stays English)
        found = detect(text[start:end], "Latn")
        if found and found[0] != "en" and found[1] >= LANGDETECT_MIN_PROB:
            return [(start, end, "other", found[0], "Latn")]
    return _split(text, core, words, path, LATIN_LANGS, _LATIN_LABEL)


def _arabic(text: str, core: Core, bias: tuple[int, ...]) -> list[Core]:
    words = _words(text, core)
    scores = [arabic_scores(text[a:b]) for a, b in words]
    path = _viterbi(scores, _cheap_switches(text, words), bias)
    if all(p == 0 for p in path) and not any(s[0] for s in scores) and any(s[1] or s[2] for s in scores):
        # only ی ک گ-type evidence and nothing Arabic: let langdetect judge a long enough run
        start, end = core[0], core[1]
        if sum(b - a for a, b in words) >= LANGDETECT_MIN_LETTERS:
            found = detect(text[start:end], "Arab")
            if found and found[0] in ("fa", "ur") and found[1] >= LANGDETECT_MIN_PROB:
                return [(start, end, "other", found[0], "Arab")]
    return _split(text, core, words, path, ARABIC_LANGS, _ARABIC_LABEL)


def _other(text: str, core: Core) -> Core:
    start, end, _, _, script = core
    lang = SCRIPT_LANGUAGE.get(script, "und")
    if end - start >= LANGDETECT_MIN_LETTERS and script in ("Cyrl", "Deva", "Hani"):
        found = detect(text[start:end], script)
        if found and found[1] >= LANGDETECT_MIN_PROB:
            lang = found[0]
    return (start, end, "other", lang, script)


def _arabic_bias(text: str, cores: list[Core]) -> tuple[int, ...] | None:
    """Host bias for the text's Arabic-script runs; ``None`` when none holds any evidence of
    Persian or Urdu (then all are Arabic, the fast path)."""
    hinted = [c for c in cores if c[2] == "ar" and ARABIC_SCRIPT_HINT.search(text, c[0], c[1])]
    if not hinted:
        return None
    totals = [0, 0, 0]
    for core in hinted:
        for a, b in _words(text, core):
            for i, s in enumerate(arabic_scores(text[a:b])):
                totals[i] += s
    best = max(range(3), key=totals.__getitem__)
    return tuple(HOST_BIAS if i == best else 0 for i in range(3))


def language_cores(text: str, cores: list[Core], links: list[tuple[int, int]] | None = None) -> list[Core]:
    """Language-view cores from script-view cores (same order, same outer extent).

    Same-label neighbours on one line (no URL between them) merge, as spec rule 2 says; the
    merged run keeps the language and script of its first part.
    """
    bias = _arabic_bias(text, cores)
    out: list[Core] = []
    for core in cores:
        label = core[2]
        if label == "en":
            parts = _latin(text, core)
        elif label == "ar":
            parts = [(core[0], core[1], "ar", "ar", "Arab")] if bias is None else _arabic(text, core, bias)
        else:
            parts = [_other(text, core)]
        for part in parts:
            if out and out[-1][2] == part[2] and _joinable(text, out[-1], part, links or []):
                last = out[-1]
                out[-1] = (last[0], part[1], last[2], last[3], last[4])
            else:
                out.append(part)
    return out


def _joinable(text: str, left: Core, right: Core, links: list[tuple[int, int]]) -> bool:
    """Same-label runs merge unless a line break or a URL / e-mail lies between them."""
    if _LB.search(text, left[1], right[0]) is not None:
        return False
    k = bisect_left(links, (left[1], left[1]))
    return not (k < len(links) and links[k][0] < right[0])
