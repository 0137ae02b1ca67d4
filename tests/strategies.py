"""Hypothesis strategies for normtext's property tests and the fuzz run (``tools/fuzz.py``).

- :func:`arabic_text`: Arabic-weighted text (letters, harakat, tatweel, both digit systems,
  Arabic punctuation, presentation forms, invisible and space characters, line breaks).
- :func:`mixed_text`: Arabic and Latin words, mojibake-looking runs, URLs, cues such as
  ``اضافة اعلان`` glued to sentence ends.
- :func:`any_text`: arbitrary Unicode, lone surrogates included.
- :func:`clean_prose`: well-formed Arabic/English prose built from word lists (nothing broken).
- :func:`texts`: all of the above, the default input of the property tests.
"""

from __future__ import annotations

from hypothesis import strategies as st

# --- Arabic-script alphabet, by class --------------------------------------------------------
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
PERSIAN_URDU_LETTERS = "پچژگکیۀےڈ"
#: fathatan..sukun, superscript (dagger) alef, hamza above/below
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0654\u0655"
TATWEEL = "\u0640"
ASCII_DIGITS = "0123456789"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_PUNCTUATION = "،؛؟٪٫٬«»۔"
#: a sample of Presentation Forms-A/B: lam-alef ligatures, isolated/final/medial letter forms,
#: honorific ligatures
PRESENTATION_FORMS = "ﻻﻷﻹﻵﺍﺎﺏﺑﺒﺐﻟﻠﻞﻡﻣﻤﻢﺓﺔﻯﻰﻱﻳﻴﻲﷺﷲﻼﺀﺁﺃﺅﺇﺉ"
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\ufeff\u2060\u202a\u202b\u202c\u2066\u2069"
SPACES = " \u00a0\u202f\u2007\u2002\u2003\u2009\u3000\t"
LINE_BREAKS = "\n\r\u2028\u0085"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LATIN_PUNCT = ".,;:!?\"'()[]{}-–—…“”‘’/@#&%"
#: characters typical of UTF-8 Arabic read as cp1252 / cp1256
MOJIBAKE_CHARS = "ØÙÚÛ§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸطظ„‚ƒ…†‡"

_alphabet = st.sampled_from

arabic_chars = st.one_of(
    _alphabet(ARABIC_LETTERS),
    _alphabet(ARABIC_LETTERS),
    _alphabet(ARABIC_LETTERS),
    _alphabet(HARAKAT),
    _alphabet(TATWEEL),
    _alphabet(ASCII_DIGITS + ARABIC_INDIC_DIGITS + EXTENDED_ARABIC_INDIC_DIGITS),
    _alphabet(ARABIC_PUNCTUATION),
    _alphabet(PRESENTATION_FORMS),
    _alphabet(PERSIAN_URDU_LETTERS),
    _alphabet(INVISIBLES),
    _alphabet(SPACES),
    _alphabet(SPACES),
    _alphabet(LINE_BREAKS),
)


def arabic_text(max_size: int = 120) -> st.SearchStrategy[str]:
    """Arabic-weighted text: letters, harakat, tatweel, digits, punctuation, forms, spaces."""
    return st.text(arabic_chars, max_size=max_size)


# --- words, cues and mixed-script text --------------------------------------------------------
AR_WORDS = (
    "الحكومة", "وزارة", "الصحة", "قال", "إن", "المدينة", "في", "على", "من", "إلى", "مؤتمر", "الأردن",
    "عمان", "مسؤول", "أعلنت", "القط", "الحفاظ", "سؤال", "المسؤول", "هذا", "التي", "يوم", "الخميس",
    "مدرسة", "كتاب", "طالب", "الطقس", "معتدل", "ظهر", "ضابط", "فلسطين", "مستشفى", "عليّ", "مُدرّس",
)
EN_WORDS = (
    "the", "government", "said", "on", "Thursday", "that", "city", "council", "report", "reported",
    "Al-Ghad", "minister", "water", "school", "new", "plan", "Amman", "Reuters", "café", "naïve",
    "GPU", "Python", "model", "data", "in", "of", "and", "a", "to", "is",
)
CUES = (
    "اضافة اعلان", "إضافة إعلان", "اعلان", "Advertisement", "ADVERTISEMENT", "Read more", "Read More »",
    "اقرأ أيضاً:", "اقـرأ أيضـاً", "مقالات ذات صلة", "(Photo: Twitter/X)", "(تصوير: أحمد)",
    "Read more Region and World\nJordan News", "جميع الحقوق محفوظة © 2024", "شارك الخبر", "RELATED:",
    "Also Read", "Continue reading the main story", "تابعونا على", "[AP Photo]",
)
URLS = ("https://example.com/a?b=1&c=%D8%A7", "www.example.org", "user@example.com", "@jo_news",
        "#الأردن", "http://ar.example.com/أخبار/١٢")
EMOJI = ("😍", "🇯🇴", "❤️", "👍🏽", "👨‍👩‍👧", "🙏", "☕")
MOJIBAKE_WORDS = ("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©", "Ù…Ø±Ø­Ø¨Ø§", "ط§ظ„ط¹ط±ط¨ظٹط©", "ظ…ط±ط­ط¨ط§", "ÇáÚÑÈíÉ", "Ã˜Â§Ã™â€ž",
                  "Ù\x81ÙŠ", "ï»¿", "&#1575;&#1604;", "\\u0627\\u0644", "Ù?", "Ù\ufffd")
SEPARATORS = (" ", " ", " ", " ", "", "\n", "\n\n", ". ", "، ", ".", "\u00a0", "  ", "\r\n", "\t")

_token = st.one_of(
    st.sampled_from(AR_WORDS), st.sampled_from(AR_WORDS), st.sampled_from(EN_WORDS),
    st.sampled_from(EN_WORDS), st.sampled_from(CUES), st.sampled_from(URLS), st.sampled_from(EMOJI),
    st.sampled_from(MOJIBAKE_WORDS), arabic_text(8),
    st.text(st.sampled_from(LATIN + LATIN_PUNCT + ASCII_DIGITS), max_size=8),
    st.text(st.sampled_from(MOJIBAKE_CHARS), min_size=1, max_size=6),
)


@st.composite
def _joined(draw: st.DrawFn, tokens: st.SearchStrategy[str], max_tokens: int) -> str:
    parts = draw(st.lists(st.tuples(tokens, st.sampled_from(SEPARATORS)), max_size=max_tokens))
    return "".join(t + s for t, s in parts)


def mixed_text(max_tokens: int = 24) -> st.SearchStrategy[str]:
    """Arabic and English words, cues, URLs, emoji and mojibake, joined by varied separators."""
    return _joined(_token, max_tokens)


def any_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """Arbitrary Unicode: every category, lone surrogates and private use included."""
    return st.text(st.one_of(st.characters(codec=None), st.characters(categories=["Cs"]),
                             st.characters(max_codepoint=0x2FF)), max_size=max_size)


# --- clean prose -----------------------------------------------------------------------------
CLEAN_AR_WORDS = (
    "الحكومة", "الوزارة", "المدينة", "المدرسة", "الطلاب", "المعلمون", "المجلس", "الخطة", "المشروع",
    "الطريق", "السكان", "الأطباء", "المستشفى", "الجامعة", "الباحثون", "الأمطار", "الشتاء", "المياه",
    "قال", "أعلن", "أكد", "أضاف", "ناقش", "افتتح", "نشر", "درس", "في", "على", "من", "إلى", "عن", "مع",
    "جديدة", "كبيرة", "صغيرة", "الماضي", "المقبل", "اليوم", "الأسبوع", "العام", "بعد", "قبل", "خلال",
    "القط", "الحفاظ", "مسؤول", "سؤال", "رئيس", "ضابط", "ظروف",
)
CLEAN_EN_WORDS = (
    "the", "government", "city", "school", "students", "teachers", "council", "plan", "project", "road",
    "residents", "doctors", "hospital", "university", "researchers", "rain", "winter", "water",
    "said", "announced", "confirmed", "added", "discussed", "opened", "published", "studied",
    "in", "on", "from", "to", "about", "with", "new", "large", "small", "last", "next", "today",
    "week", "year", "after", "before", "during", "Amman", "Irbid", "Monday", "Thursday",
)


@st.composite
def _sentence(draw: st.DrawFn, words: tuple[str, ...], comma: str, stop: str) -> str:
    body = draw(st.lists(st.sampled_from(words), min_size=2, max_size=12))
    if len(body) > 5 and draw(st.booleans()):
        body[len(body) // 2] += comma
    text = " ".join(body)
    if words is CLEAN_EN_WORDS:
        text = text[0].upper() + text[1:]
    return text + stop


_ar_sentence = _sentence(CLEAN_AR_WORDS, "،", ".")
_en_sentence = _sentence(CLEAN_EN_WORDS, ",", ".")


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    sentence = _ar_sentence if draw(st.booleans()) else _en_sentence
    return " ".join(draw(st.lists(sentence, min_size=1, max_size=4)))


@st.composite
def clean_prose(draw: st.DrawFn) -> str:
    """Clean Arabic/English prose: single spaces, paragraphs split by one blank line, LF endings."""
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=4))
    return "\n\n".join(paragraphs) + draw(st.sampled_from(("", "\n")))


def texts() -> st.SearchStrategy[str]:
    """The default input of the property tests: every strategy above."""
    return st.one_of(arabic_text(), mixed_text(), any_text(), clean_prose())
