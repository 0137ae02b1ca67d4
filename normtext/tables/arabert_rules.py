"""AraBERT v2 preprocessing facts (``arabert`` 1.0.1, ``ArabertPreprocessor._preprocess_v2``).

The patterns below are AraBERT's own, copied verbatim so the ``arabert`` preset reproduces its
output byte for byte (deletions included); the ``arabic`` step applies them through normtext's
edit primitives, with offsets and rule ids. Its two anchor bugs are fixed there, not here:
e-mails are replaced before the URL patterns (AraBERT's first URL pattern tags ``a@b.com`` as
a URL), and the dagger alef is deleted before spacing (AraBERT splits ``هٰذا`` into ``ه ذا``).

>>> len(URL_PATTERNS), len(EMAIL_PATTERNS)
(8, 2)
"""

from __future__ import annotations

URL_PLACEHOLDER = " [رابط] "
EMAIL_PLACEHOLDER = " [بريد] "
MENTION_PLACEHOLDER = " [مستخدم] "

#: AraBERT's URL patterns, applied one after the other.
URL_PATTERNS = (
    r"(http(s)?:\/\/.)?(www\.)?[-a-zA-Z0-9@:%._\+~#=]{2,256}\.[a-z]{2,6}\b([-a-zA-Z0-9@:%_\+.~#?&//=]*)",
    r"@(https?|ftp)://(-\.)?([^\s/?\.#-]+\.?)+(/[^\s]*)?$@iS",
    r"http[s]?://[a-zA-Z0-9_\-./~\?=%&]+",
    r"www[a-zA-Z0-9_\-?=%&/.~]+",
    # AraBERT's ``[a-zA-Z]+\.com``; the look-behind skips starts inside a run of letters, where
    # it cannot match either (linear time on long words; the same matches)
    r"(?:(?<![a-zA-Z])|(?<=\.com))[a-zA-Z]+\.com",
    r"(?=http)[^\s]+",
    r"(?=www)[^\s]+",
    r"://",
)
EMAIL_PATTERNS = (r"[\w-]+@([\w-]+\.)+[\w-]+", r"\S+@\S+")
MENTION_PATTERN = r"@[\w\d]+"
HTML_BREAK = "<br />"
#: AraBERT's own pattern is ``</?[^>]+>``: it leaves ``<>`` (which its punctuation spacing then
#: turns into ``< >``, a tag on the next run). normtext also removes the empty ``<>`` / ``</>`` so
#: the preset is idempotent; ordinary text is unaffected.
HTML_TAG = "</?[^>]*>"
#: A character that gets a space on each side (everything but digits, Arabic letters and
#: digits, ASCII letters and square brackets).
SPACED_CHAR = "([^0-9\u0621-\u063A\u0641-\u064A\u0660-\u0669a-zA-Z\\[\\]])"
#: AraBERT's ``(\d+)([…]+)`` and ``([…]+)(\d+)``, each with a look-behind that only skips start
#: positions where the original cannot match either (inside a run of ASCII digits, or of Arabic
#: letters): the same matches, in linear instead of quadratic time on very long runs.
DIGITS_THEN_LETTERS = "(?<![0-9])(\\d+)([\u0621-\u063A\u0641-\u064A\u0660-\u066C]+)"
LETTERS_THEN_DIGITS = "(?<![\u0621-\u063A\u0641-\u064A])([\u0621-\u063A\u0641-\u064A\u0660-\u066C]+)(\\d+)"
#: The character whitelist of the v2 models (the body of a character class).
ALLOWED_CHARS = (
    r"0-9\u0621-\u063A\u0640-\u066C\u0671-\u0674a-zA-Z\[\]!\"#\$%\'\(\)\*\+,\.:;\-<=·>?@\[\\\]\^_ـ`"
    r"{\|}~—٪’،؟`୍“؛”ۚ»؛\s+«–…‘"
)
#: Elongation as AraBERT reduces it: any non-digit repeated 3+ times → 2.
REPEATED_NON_DIGIT = r"(\D)\1{2,}"
