"""Plausibility of a repaired token: which characters may appear, and how Arabic-like a string is.

The letter frequencies rank competing legacy readings (windows-1256 vs ISO-8859-6) of the same
bytes: the wrong codec turns frequent letters (ا ل ي م و ن) into rare ones, harakat or Latin.

>>> arabic_score("العربية") > arabic_score("ظفعرةيث")
True
>>> is_plausible("العربية café"), is_plausible("\\u0081x")
(True, False)
"""

from __future__ import annotations

import math
import re

import regex

#: Approximate frequency (per cent) of Arabic letters in modern standard Arabic news text.
ARABIC_LETTER_FREQ: dict[str, float] = {
    "ا": 12.5, "ل": 11.5, "ي": 7.5, "م": 6.3, "و": 6.0, "ن": 5.9, "ر": 4.6, "ت": 4.5,
    "ه": 4.4, "ب": 3.9, "ع": 3.5, "ة": 2.9, "ف": 2.9, "د": 2.9, "أ": 2.6, "ق": 2.4,
    "س": 2.4, "ك": 2.3, "ح": 1.9, "ج": 1.3, "ى": 1.1, "إ": 1.0, "ش": 1.0, "ص": 0.9,
    "ط": 0.9, "خ": 0.8, "ذ": 0.7, "ض": 0.6, "ز": 0.5, "ث": 0.5, "ئ": 0.5, "غ": 0.4,
    "ء": 0.3, "ظ": 0.2, "آ": 0.2, "ؤ": 0.2,
}
#: Log-probability given to Arabic characters outside the table (harakat, tatweel, rare letters).
RARE_LOGP = math.log(0.02)
_LOGP = {ch: math.log(f) for ch, f in ARABIC_LETTER_FREQ.items()}

ARABIC_LETTERS = "".join(ARABIC_LETTER_FREQ)
#: Arabic letters, including the Persian/Urdu ones windows-1256 encodes.
ARABIC_LETTER_CLASS = r"\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2"
HARAKAT_CLASS = r"\u064b-\u0652\u0670"

#: Characters a repaired token may contain: printable ASCII, Latin-1 and Latin Extended letters and
#: signs, Greek, Cyrillic, Hebrew, the common Arabic block (letters, harakat, digits, punctuation,
#: tatweel; the common Persian, Urdu and Kurdish letters of U+06C0-06D5 and the Urdu full stop ۔),
#: joiners and directional marks, general punctuation, currency and letterlike symbols,
#: arrows/maths/dingbats, CJK and Hangul (UTF-8 readings of Asian text), emoji and the BOM.
PLAUSIBLE_CHARS = (
    r"\x00-\x7f\u00a0-\u024f\u02b0-\u02ff\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u05d0-\u05ea"
    r"\u060c\u061b\u061f\u0621-\u063a\u0640-\u0652\u0660-\u066d\u0670\u0671\u067e\u0679\u0686"
    r"\u0688\u0691\u0698\u06a4\u06a9\u06af\u06ba\u06be\u06c0-\u06c3\u06c6\u06cc\u06ce\u06d2-\u06d5\u06f0-\u06f9"
    r"\u0e00-\u0e7f\u1e00-\u1fff\u200b-\u200f\u2060\u061c\u2010-\u2027\u2030-\u205e\u2070-\u20cf\u2100-\u23ff"
    r"\u2460-\u27bf\u2900-\u2bff\u3000-\u30ff\u3400-\u9fff\uac00-\ud7a3\ufe0f\ufeff\uff01-\uff5e"
    r"\U0001f000-\U0001faff"
)
_PLAUSIBLE_RE = regex.compile(f"[{PLAUSIBLE_CHARS}]*")
_ARABIC_LETTER_RE = regex.compile(f"[{ARABIC_LETTER_CLASS}]")
#: A haraka that follows no letter (or a second haraka other than after shadda): garbage.
_STRAY_HARAKA_RE = regex.compile(
    f"(?:^|[^{ARABIC_LETTER_CLASS}\u0651{HARAKAT_CLASS}])[{HARAKAT_CLASS}]"
    f"|[\u064b-\u0650\u0652][\u064b-\u0650\u0652]")
#: An Arabic letter touching a Latin letter inside a word (a legacy re-decoding of Latin text).
#: Two exceptions, both common in real text: a one-letter proclitic (و ب ل ف ك) before a
#: capitalised Latin word (``وExcel``), and an Arabic word of 3+ letters glued to a following
#: Title-case word (``شاركShare``, CMS buttons).
_MIXED_WORD_RE = regex.compile(
    f"(?<![\u0600-\u06ff])(?![\u0648\u0628\u0644\u0641\u0643][A-Z])"
    f"[{ARABIC_LETTER_CLASS}{HARAKAT_CLASS}][A-Za-z\u00c0-\u024f]"
    f"|(?<=[\u0600-\u06ff])(?<![\u0600-\u06ff]{{3}})[{ARABIC_LETTER_CLASS}{HARAKAT_CLASS}][A-Za-z\u00c0-\u024f]"
    f"|(?<=[\u0600-\u06ff]{{3}})[{ARABIC_LETTER_CLASS}{HARAKAT_CLASS}](?![A-Z][a-z])[A-Za-z\u00c0-\u024f]"
    f"|[A-Za-z\u00c0-\u024f][{ARABIC_LETTER_CLASS}]")


def is_plausible(text: str) -> bool:
    """Every character is one real text uses (no C1 controls, U+FFFD, private use, rare Arabic)."""
    return _PLAUSIBLE_RE.fullmatch(text) is not None


def has_arabic_letter(text: str) -> bool:
    return _ARABIC_LETTER_RE.search(text) is not None


def arabic_letter_count(text: str) -> int:
    return len(_ARABIC_LETTER_RE.findall(text))


_ARABIC_SIGN_RE = re.compile(f"[{ARABIC_LETTER_CLASS}\u0660-\u066c\u06f0-\u06f9]")


def arabic_sign_count(text: str) -> int:
    """Arabic letters plus Arabic-Indic digits and the Arabic percent/decimal signs."""
    return len(_ARABIC_SIGN_RE.findall(text))


def is_plausible_arabic(text: str) -> bool:
    """Plausible characters, no stray harakat and no Arabic letter glued to a Latin one."""
    return (is_plausible(text) and _STRAY_HARAKA_RE.search(text) is None
            and _MIXED_WORD_RE.search(text) is None)


#: Spellings Arabic words never have (a legacy re-decoding of Latin capitals makes them:
#: ``ÆØÅ`` → ``ئطإ``, ``ÁÉÍÓÚ`` → ``ءةحسع``, ``ÅÅÅÅ`` → ``إإإإ``): teh marbuta or alef maksura
#: inside a word, a word starting with ؤ ئ ة ى, a letter three times in a row (laughter and
#: elongation aside: ه ا و ي), a word that is only tatweel.
_IMPOSSIBLE_SPELLING_RE = regex.compile(
    r"[\u0629\u0649](?=[\u064b-\u0652\u0640]*[\u0621-\u064a])"
    r"|(?<![\u0621-\u064a\u064b-\u0652\u0640])[\u0624\u0626\u0629\u0649]"
    r"|([\u0621-\u0626\u0628-\u0646\u0649])\1\1"
    r"|(?<![\u0600-\u06ff])\u0640+(?![\u0600-\u06ff])")


def impossible_spelling(text: str) -> bool:
    """Whether ``text`` has a spelling no Arabic word has (see :data:`_IMPOSSIBLE_SPELLING_RE`).

    >>> impossible_spelling("ئطإ"), impossible_spelling("إإإإ"), impossible_spelling("الوزارة قالت")
    (True, True, False)
    """
    return _IMPOSSIBLE_SPELLING_RE.search(text) is not None


#: The definite article (with its common proclitics) at the start of a word: about one Arabic word
#: in three has it, and a wrong code page breaks it (ISO-8859-6 ``ال`` read as windows-1256 is
#: ``ان``).
_ARTICLE_RE = regex.compile("(?<![\u0621-\u064a])(?:[وبفك]?ال|لل)[\u0621-\u064a]")
ARTICLE_BONUS = 1.0


#: Frequent letter pairs of Arabic words (prefixes, suffixes, common roots), written for normtext.
#: A wrong code page breaks them: ISO-8859-6 ``بمشاركة`` read as windows-1256 is ``بهشارمة``.
COMMON_BIGRAMS = frozenset("""
ال لا ان من في ين ون ات لم ما اس ها ية ري ير ار ام ول وا عل لى هم تح مع كا ست تر ني قا اء ته هن
رة لت اب بي يا سل كن لك حد بر رب عم مر شر رك كة مش اد دي اع قت نت تم بع عد دة سي يد حم مد حا
قد جا جم اق قي اف فة اج رج خر اخ ؤت ئي ئة عا لع لق لف لج لح لخ لد لر لس لش لص لط لن له لو لي
يل يم ين يت يس يع يف يك ته تي تع تق تك تن تو نا نه نو نة نس هذ ذا ذه هو هي وم وز ور وس وق ول وك
وع وص سا سب سع سن شا شه شك صا صل صح ضا طا طن ظم عب عت عر عن غا غر فا فر فت فق فل قب قر قل قص
كب كت كر كل كم مت مج مح مخ مس مص مط مع مق مل من مو مي بع بق بل بن به بو بح بت بد بس بش بص جد جل
جه جو حر حس حص حق حك حل حة خا خل خط دا در دو رئ رس رض رف رق رم رو رى زا زي سة سر سط سف سك سم وي قط طر ئو مئ وض بر كي يو عي تا
""".split())
BIGRAM_BONUS = 0.6
_WORD_RE = regex.compile("[\u0621-\u064a]{2,}")


#: Tatweel and harakat, left out of letter pairs (``عـــروض`` is ``عروض``).
_NO_MARKS = dict.fromkeys([0x0640, *range(0x064B, 0x0653), 0x0670])
#: Fewer letter pairs than this say nothing (one short word).
MIN_PAIRS = 4


def bigram_share(text: str) -> float:
    """Share of the letter pairs inside Arabic words that are frequent pairs (1.0 with fewer than
    :data:`MIN_PAIRS` pairs: too little to judge).

    >>> bigram_share("العربية الفصحى") > 0.5 > bigram_share("ةة ہہ اا رر ضض")
    True
    """
    pairs = common = 0
    for word in _WORD_RE.findall(text.translate(_NO_MARKS)):
        for i in range(len(word) - 1):
            pairs += 1
            common += word[i:i + 2] in COMMON_BIGRAMS
    return common / pairs if pairs >= MIN_PAIRS else 1.0


def arabic_score(text: str) -> float:
    """Mean log-frequency of the Arabic characters of ``text``, plus bonuses per definite article
    and for the share of frequent letter pairs (higher: more like real Arabic)."""
    total = 0.0
    n = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff":
            total += _LOGP.get(ch, RARE_LOGP)
            n += 1
    if not n:
        return RARE_LOGP
    pairs = common = 0
    for word in _WORD_RE.findall(text):
        for i in range(len(word) - 1):
            pairs += 1
            common += word[i:i + 2] in COMMON_BIGRAMS
    bigram = BIGRAM_BONUS * 10 * common / pairs if pairs else 0.0
    return total / n + ARTICLE_BONUS * len(_ARTICLE_RE.findall(text)) + bigram
