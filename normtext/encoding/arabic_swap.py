"""Arabic text in one Arabic code page read with the other: ISO-8859-6 bytes decoded as
windows-1256 (rule ``mojibake/iso8859-6-as-cp1256``), and windows-1256 bytes decoded as
ISO-8859-6 (rule ``mojibake/cp1256-as-iso8859-6``).

The two code pages agree on ء-ض (0xC1-0xD6) and disagree above: the result is still mostly
Arabic letters, the wrong ones (``ال`` becomes ``ان`` or ``اف``), with shapes clean text lacks
(:data:`GATE`): an Arabic letter glued to a Latin-1 letter (ISO-8859-6's ل م ن… are windows-1256's
``à â ç è é``; windows-1256's ف ق ك are undefined in ISO-8859-6 and show as ``Ý Þ ß``; its
ى ي are ISO-8859-6's ٌ ٍ, a tanween inside a word). Only a line with such a shape is looked at. Its Arabic words are re-decoded and scored (:func:`.score.arabic_score`); the run
of consecutive words that gains most (the damaged stretch: clean words lose) is re-decoded when
it holds such a shape, at least :data:`MIN_WORDS` changed words, and a gain of
:data:`MIN_GAIN` per changed word. Nothing is changed otherwise.

>>> fix_swapped("الحكومة العراقية تعلن خطة جديدة".encode("iso8859-6").decode("cp1256"))
'الحكومة العراقية تعلن خطة جديدة'
>>> fix_swapped("Ùمر is not a word, but Ø is a letter.")
'Ùمر is not a word, but Ø is a letter.'
"""

from __future__ import annotations

import re

from .codecs import encode_cp1256, encode_iso8859_6
from .score import arabic_score, impossible_spelling, is_plausible_arabic
from .splice import splice

#: The characters the shapes start with: the Latin-1 letters of the bytes where one code page
#: has an Arabic letter and the other a Latin letter or nothing (``×`` ``à``-``ï``: ISO-8859-6's
#: ط ل… in windows-1256; ``Û``-``ß``: windows-1256's غ ـ ف ق ك, undefined in ISO-8859-6). All are
#: first characters of the other signatures already, so the scan pays nothing more for them.
GATE_FIRSTS = "\u00d7" + "".join(map(chr, range(0xDB, 0xE0))) + "".join(map(chr, range(0xE0, 0xF0)))
#: The shape (see the module docstring), starting with its rare character: such a letter right
#: after or before an Arabic letter or haraka. (A mid-word ٌ ٍ, windows-1256's ى ي, is a shape
#: too, scored below, but no gate: the ف ق ك of any line of some length open it anyway.)
GATE = f"[{re.escape(GATE_FIRSTS)}](?:(?<=[\u0621-\u0652].)|(?=[\u0621-\u0652]))"
GATE_RE = re.compile(GATE)
#: Fewest re-decoded words on a line, and their mean gain in Arabic score.
MIN_WORDS = 2
MIN_GAIN = 1.5
_WORD_RE = re.compile(r"[^\s]*[\u0621-\u0652][^\s]*")
#: Latin-1 letters and mid-word ٌ ٍ inside an Arabic word, each costing :data:`ODD_PENALTY`
#: (the Arabic score counts Arabic characters only: ``èâان`` would score as ``ان``).
_ODD_RE = re.compile("[\u00c0-\u00ff]|[\u064c\u064d](?=[\u0621-\u064a])")
ODD_PENALTY = 3.0
#: The gain of a word the reading leaves as it is (ASCII, or not re-decodable).
_NO_CHANGE = 0.0
#: Punctuation around a word, kept as it is.
_EDGE = "\"'()[]{}«».,;:!?\u060c\u061b\u061f"


def _iso_as_cp1256(word: str) -> str:
    return encode_cp1256(word).decode("iso8859-6")


def _cp1256_as_iso(word: str) -> str:
    return encode_iso8859_6(word).decode("cp1256")


#: (rule, undo) of each reading.
READINGS = (("mojibake/iso8859-6-as-cp1256", _iso_as_cp1256),
            ("mojibake/cp1256-as-iso8859-6", _cp1256_as_iso))


def _word_gains(line: str, undo) -> list[tuple[int, int, str, float]]:
    """``(start, end, new, gain)`` of each Arabic word of ``line`` re-decoded (gain in Arabic
    score; ``-inf`` where the word does not re-decode to plausible Arabic)."""
    out = []
    for m in _WORD_RE.finditer(line):
        word = m.group().strip(_EDGE)
        if not word:
            continue
        start = m.start() + m.group().index(word)
        try:
            new = undo(word)
        except UnicodeError:
            new = word
        if new != word and (not is_plausible_arabic(new) or impossible_spelling(new)):
            new = word
        gain = _score(new) - _score(word) if new != word else _NO_CHANGE
        out.append((start, start + len(word), new, gain))
    return out


def _score(word: str) -> float:
    """Arabic score of ``word``, less :data:`ODD_PENALTY` per shape clean Arabic lacks."""
    return arabic_score(word) - ODD_PENALTY * len(_ODD_RE.findall(word))


def _weak(line: str, word: tuple[int, int, str, float]) -> bool:
    """A word with no shape of the damage whose gain is below :data:`MIN_GAIN`."""
    return word[3] < MIN_GAIN and _ODD_RE.search(line, word[0], word[1]) is None


def _best_window(words: list[tuple[int, int, str, float]]) -> tuple[float, int, int]:
    """The run of consecutive words with the highest total gain (maximum subarray): the damaged
    stretch of a line whose other words are clean (and lose when re-decoded)."""
    best = (float("-inf"), 0, 0)
    total, first = 0.0, 0
    for i, w in enumerate(words):
        if total <= 0:
            total, first = 0.0, i
        total += w[3]
        if total > best[0]:
            best = (total, first, i + 1)
    return best


def swap_edits(text: str) -> list[tuple[int, int, str, str]]:
    """Edits ``(start, end, new, rule)`` for the lines of ``text`` in a swapped code page."""
    edits: list[tuple[int, int, str, str]] = []
    pos = 0
    while (m := GATE_RE.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        best: tuple[float, str, list] | None = None
        for rule, undo in READINGS:
            words = _word_gains(line, undo)
            gain, i, j = _best_window(words)
            # a clean word at either end that happens to gain a little stays as it is
            while i < j and _weak(line, words[i]):
                gain -= words[i][3]
                i += 1
            while j > i and _weak(line, words[j - 1]):
                gain -= words[j - 1][3]
                j -= 1
            changed = [w for w in words[i:j] if w[2] != line[w[0]:w[1]]]
            # enough words, reading clearly better, and the shape that opened the line among them
            if (len(changed) < MIN_WORDS or gain < MIN_GAIN * len(changed)
                    or not any(GATE_RE.search(line[a:b]) for a, b, _, _ in changed)):
                continue
            if best is None or gain > best[0]:
                best = (gain, rule, changed)
        if best is not None:
            edits += [(start + a, start + b, new, best[1]) for a, b, new, _ in best[2]]
        pos = end + 1
    return edits


def fix_swapped(text: str) -> str:
    """The repairs on a string (for tests and examples; the pipeline edits a Doc)."""
    return splice(text, swap_edits(text))
