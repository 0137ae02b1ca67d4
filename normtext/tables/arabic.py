"""Named Arabic characters and the character groups of the ``arabic`` step.

Each constant is one documented code point; groups are built from them (marks come from the
generated :mod:`normtext.tables.ucd`). Facts: ``shared/specs/arabic-normalization.md`` §5.3.

>>> ALEF_VARIANTS == {"\\u0622", "\\u0623", "\\u0625", "\\u0671"}
True
"""

from __future__ import annotations

from .ucd import ARABIC_MARK_RANGES

# --- letters ---------------------------------------------------------------------------------
HAMZA = "\u0621"                    # ء
ALEF_MADDA = "\u0622"               # آ
ALEF_HAMZA_ABOVE = "\u0623"         # أ
WAW_HAMZA = "\u0624"                # ؤ
ALEF_HAMZA_BELOW = "\u0625"         # إ
YEH_HAMZA = "\u0626"                # ئ
ALEF = "\u0627"                     # ا
TEH_MARBUTA = "\u0629"              # ة
TEH = "\u062a"                      # ت
TATWEEL = "\u0640"                  # ـ
KAF = "\u0643"                      # ك
HEH = "\u0647"                      # ه
WAW = "\u0648"                      # و
ALEF_MAKSURA = "\u0649"             # ى
YEH = "\u064a"                      # ي
ALEF_WASLA = "\u0671"               # ٱ
KEHEH = "\u06a9"                    # ک (Persian/Urdu kaf)
SWASH_KAF = "\u06aa"                # ڪ
HEH_DOACHASHMEE = "\u06be"          # ھ (Urdu aspiration)
HEH_YEH = "\u06c0"                  # ۀ (Persian ezafe)
HEH_GOAL = "\u06c1"                 # ہ (Urdu)
HEH_GOAL_HAMZA = "\u06c2"           # ۂ
TEH_MARBUTA_GOAL = "\u06c3"         # ۃ
FARSI_YEH = "\u06cc"                # ی (dotless only in final / isolated position)
YEH_SMALL_V = "\u06cd"              # ۍ (Pashto)
E_LETTER = "\u06d0"                 # ې (Pashto / Uyghur)
YEH_BARREE = "\u06d2"               # ے (Urdu)
YEH_BARREE_HAMZA = "\u06d3"         # ۓ
AE_LETTER = "\u06d5"                # ە (Kurdish / Uyghur)

# --- marks -----------------------------------------------------------------------------------
#: Core tashkeel: fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun.
FATHATAN, DAMMATAN, KASRATAN = "\u064b", "\u064c", "\u064d"
FATHA, DAMMA, KASRA, SHADDA, SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
TASHKEEL = frozenset({FATHATAN, DAMMATAN, KASRATAN, FATHA, DAMMA, KASRA, SHADDA, SUKUN})
#: Hamza / madda combining marks (compose with their carrier under NFC) and wavy hamza below.
MADDAH_ABOVE, HAMZA_ABOVE, HAMZA_BELOW, WAVY_HAMZA_BELOW = "\u0653", "\u0654", "\u0655", "\u065f"
HAMZA_MARKS = frozenset({MADDAH_ABOVE, HAMZA_ABOVE, HAMZA_BELOW, WAVY_HAMZA_BELOW})
#: Other vowel signs of the Arabic block: subscript alef … dot below (U+0656–U+065E).
EXTRA_VOWEL_MARKS = frozenset(chr(cp) for cp in range(0x0656, 0x065F))
#: SUPERSCRIPT (dagger) ALEF U+0670: its own switch (delete, keep, or write ا).
DAGGER_ALEF = "\u0670"
#: Every other combining mark of the Arabic-script blocks: honorific signs 0610–0614, small
#: Quranic letters and annotation marks (0615–061A, 06D6–06ED, Extended-A/B marks, …) and
#: the rarer vowel signs U+0656–U+065E (which CAMeL's ``dediac_ar`` and pyarabic keep too).
QURANIC_MARKS = frozenset(
    chr(cp) for a, b in ARABIC_MARK_RANGES for cp in range(a, b + 1)
) - TASHKEEL - HAMZA_MARKS - {DAGGER_ALEF}

# --- letter folds ----------------------------------------------------------------------------
#: Alef with hamza above / below, with madda, and alef wasla: folded to bare alef ا.
ALEF_VARIANTS = frozenset({ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA})
#: Persian / Urdu / Pashto look-alikes with an Arabic equivalent (``lookalikes="arabic"``).
#: ک and ی have their own options; letters with no Arabic equivalent (پ چ ژ گ ڈ …) never fold.
LOOKALIKES = {
    SWASH_KAF: KAF,
    HEH_DOACHASHMEE: HEH,
    HEH_YEH: HEH,
    HEH_GOAL: HEH,
    HEH_GOAL_HAMZA: HEH,
    TEH_MARBUTA_GOAL: TEH_MARBUTA,
    AE_LETTER: HEH,
    YEH_SMALL_V: YEH,
    E_LETTER: YEH,
    YEH_BARREE: YEH,
    YEH_BARREE_HAMZA: YEH_HAMZA,
}

# --- digits and punctuation ------------------------------------------------------------------
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"            # U+0660–U+0669 (bidi class AN)
EXTENDED_ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"   # U+06F0–U+06F9 (bidi class EN; Persian/Urdu)
ASCII_DIGITS = "0123456789"
ARABIC_DECIMAL_SEPARATOR = "\u066b"  # ٫ (CLDR decimal separator: value ".")
ARABIC_THOUSANDS_SEPARATOR = "\u066c"  # ٬ (CLDR group separator: value ",")
#: Arabic punctuation ↔ Latin (``punctuation="latin"`` / ``"arabic"``).
ARABIC_TO_LATIN_PUNCTUATION = {
    "\u060c": ",",   # ، ARABIC COMMA
    "\u061b": ";",   # ؛ ARABIC SEMICOLON
    "\u061f": "?",   # ؟ ARABIC QUESTION MARK
    "\u066a": "%",   # ٪ ARABIC PERCENT SIGN
    "\u06d4": ".",   # ۔ ARABIC FULL STOP (Urdu)
}
