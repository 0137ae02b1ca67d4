"""Content that repeats like furniture but is not: what mining must never propose.

Checked on the folded key (lower case, ``ا`` for ``أ إ آ``, ``ه`` for ``ة``, ``ي`` for ``ى``):

- ``byline``: a line opened by a byline cue (``By …``, ``بقلم: …``, ``كتب: …``), or naming a
  staff writer or correspondent;
- ``attribution``: a source line (``المصدر: وكالات``, ``Source: …``), an agency name as a word
  (``Reuters``, ``بترا``, ``وكالات``), or a reporting phrase (``contributed to this report``);
- ``sentence``: a long line (:data:`MAX_FURNITURE_WORDS` words or more), or one that ends with
  sentence punctuation and has :data:`MIN_SENTENCE_WORDS` words or more.

>>> content_flag("المصدر: وكالات"), content_flag("بقلم: د. سامر الخطيب"), content_flag("almasdar.info")
('attribution', 'byline', '')
>>> content_flag("reuters contributed to this report."), content_flag("المصدر"), content_flag("بقلم")
('attribution', 'attribution', 'byline')
"""

from __future__ import annotations

import regex

#: Words that open a byline (folded).
BYLINE_OPENERS = ("by", "written by", "reporting by", "editing by", "story by", "words by", "text by",
                  "بقلم", "كتب", "كتبت", "كتبه", "اعداد", "تحرير", "بواسطه", "حاوره", "حاورته",
                  "تقرير", "ترجمه", "عرض")
#: Words that name a writer's role anywhere in a short line (folded).
BYLINE_ROLES = ("staff writer", "staff reporter", "correspondent", "contributor", "columnist",
                "محرر", "مراسل", "مراسلنا", "مراسله", "كاتب")
#: Words that open a source line (folded).
SOURCE_OPENERS = ("المصدر", "مصدر", "المصادر", "source", "sources", "via", "نقلا عن", "عن",
                  "بحسب", "وفق", "حسب", "according to", "with agencies", "agencies")
#: News agencies and other attribution words, matched as whole words (folded).
AGENCY_WORDS = ("وكالات", "وكاله", "reuters", "afp", "ap", "petra", "بترا", "dpa", "anadolu",
                "الاناضول", "xinhua", "شينخوا", "رويترز", "فرانس برس", "اف ب", "cnn", "bbc", "وفا",
                "سانا", "واس", "قنا", "كونا", "وام", "upi", "efe", "ansa", "kyodo", "tass", "تاس",
                "agencies", "agency", "الغد", "al-ghad")
#: Reporting phrases (folded).
REPORTING_PHRASES = ("contributed to this report", "contributed reporting", "contributed to this story",
                     "reported", "told reporters", "said in a statement", "ذكرت", "افادت", "نقلت",
                     "اضافت", "قالت", "اوضحت")
#: A line with this many words is a sentence, not furniture.
MAX_FURNITURE_WORDS = 9
#: A line that ends like a sentence with this many words is a sentence.
MIN_SENTENCE_WORDS = 4


def _words(options: tuple[str, ...]) -> str:
    return "|".join(regex.escape(o) for o in sorted(options, key=len, reverse=True))


_BYLINE = regex.compile(rf"^(?:{_words(BYLINE_OPENERS)})(?:\s*[:\-–—]|\s+\S|$)|\b(?:{_words(BYLINE_ROLES)})\b")
_SOURCE = regex.compile(rf"^[(\[]?(?:{_words(SOURCE_OPENERS)})(?:\s*[:\-–—]|$)")
_AGENCY = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_words(AGENCY_WORDS)})(?![\p{{L}}\p{{N}}])")
_REPORTING = regex.compile(rf"(?<![\p{{L}}])(?:{_words(REPORTING_PHRASES)})(?![\p{{L}}])")
_SENTENCE_END = regex.compile(r"[.!?؟…]['\"”’»)]*$")


def content_flag(key: str) -> str:
    """Why the folded ``key`` looks like content (``''`` when it does not)."""
    if _SOURCE.search(key) or _AGENCY.search(key) or _REPORTING.search(key):
        return "attribution"
    if _BYLINE.search(key):
        return "byline"
    words = len(key.split())
    if words >= MAX_FURNITURE_WORDS or (words >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(key)):
        return "sentence"
    return ""
