"""Blind evaluation of encoding repair: damage modes designed without reading normtext's detector.

Clean Arabic/English/Persian/Urdu texts (written for this script) are damaged with real codec
chains, each mode applied to a whole document (``doc``), to each line alone (``sentence``), to
one line of a document (``line``, the rest clean) and to one phrase of one line (``phrase``).
For every case we measure exact recovery of the clean original by ``normtext.fix_encoding``,
by the ``encoding`` step alone (and with ``json_escapes=True``), by ``ftfy.fix_text`` (default
options) and ``ftfy.fix_encoding`` (codec fixes only), whether the default preset gives the same
output on damaged and clean input, how often normtext changed the input into something other than the original
(``wrong-chg``), and how often it altered the clean context around a partial damage
(``collat``). Byte-level modes check ``normtext.encoding.decode_bytes`` and ``read_text``.
``(oos)`` marks modes outside fix_encoding's documented scope (HTML) or off by default (JSON).
Written without reading normtext/encoding; the cases are replayable from the JSON file.

    .venv/bin/python benchmarks/blind_mojibake.py                 # tables
    .venv/bin/python benchmarks/blind_mojibake.py --write-json    # also tests/data/encoding/blind_cases.json
    .venv/bin/python benchmarks/blind_mojibake.py --examples 2    # failure examples per mode
"""

from __future__ import annotations

import argparse
import codecs
import html.entities
import json
import os
import random
import sys
import tempfile
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
JSON_PATH = REPO / "tests" / "data" / "encoding" / "blind_cases.json"

#: Clean documents (written for this benchmark). Each is a list of lines.
DOCS: dict[str, list[str]] = {
    "ar_health": [
        "أعلنت وزارة الصحة، يوم الأحد، عن افتتاح ٣ مستشفيات جديدة في المنطقة الشرقية.",
        "وقال المتحدث باسم الوزارة إن المشروع كلّف نحو 250 مليون دينار؛ وسيخدم أكثر من ١٢٠ ألف مواطن.",
        "هل ستكفي هذه الخطوة لسدّ النقص في الأسرّة؟",
        "وأضاف: «نسعى إلى رفع جودة الرعاية الصحية في القرى النائية».",
    ],
    "ar_tashkeel": [
        "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
        "قَالَ الْمُعَلِّمُ: إِنَّ الْعِلْمَ نُورٌ، وَالْجَهْلَ ظَلَامٌ.",
        "تُعَدُّ اللُّغَةُ الْعَرَبِيَّةُ مِنْ أَقْدَمِ اللُّغَاتِ السَّامِيَّةِ.",
        "مستشفى الجامعة استقبل ٤٥ حالة طارئة مساء الخميس.",
    ],
    "ar_economy": [
        "ارتفع سعر برميل النفط، وفقاً لبيانات السوق، إلى 87.4 دولار.",
        "أغلق المؤشر العام عند ١٠٬٤٥٦ نقطة (د.ط، مصدر: البورصة).",
        "هل تؤثر أسعار الفائدة على قرارات المستثمرين في الخليج؟ وما مصير القط؟",
        "شارك في المؤتمر ممثلون عن ٢٢ دولة، منهم مسؤولون من مصر والأردن والمغرب بهدف الحفاظ، على الاستقرار.",
    ],
    "en_news": [
        "“We are not going back,” said José Álvarez, the union’s spokesman — adding that talks would resume on Monday.",
        "The contract is worth €4.2 million – roughly £3.6 million – over five years.",
        "Jürgen Müller, 58, and Søren Sørensen met in Malmö for the ‘final’ round…",
        "Prices rose 3½% in Q3; analysts at Crédit Agricole called it “manageable”.",
    ],
    "en_emoji": [
        "Great match tonight 🎉⚽ — final score 2–1!",
        "Café opening hours: Mon–Fri 08:00–18:00 (closed on 25 Dec) ☕",
        "She wrote “naïve” and “coöperate” in the same paragraph, à la New Yorker.",
    ],
    "mixed": [
        "The Arabic word for “school” is مدرسة (madrasa), plural مدارس.",
        "قال الرئيس التنفيذي لشركة Aramco إن الإنتاج سيرتفع بنسبة 5% في 2025.",
        "Breaking: اجتماع طارئ لمجلس الأمن بشأن غزة – live updates.",
        "حمّل التطبيق من App Store أو Google Play مجاناً 📱",
    ],
    "fa_ur": [
        "کتاب‌های زیادی در کتابخانه پیدا می‌شود.",
        "گزارش خبرنگار ما از تهران: قیمت نان افزایش یافت.",
        "پاکستان کے وزیر اعظم نے چین کا دورہ کیا۔",
        "یہ خبر اردو میں ہے اور بہت اہم ہے۔",
    ],
    "ar_social": [
        "مبروك للفريق 🏆🔥 فوز مستحق الليلة!",
        "شكراً جزيلاً على المتابعة ❤️ لا تنسوا الاشتراك في القناة",
        "كم عمرك؟ ٢٥ سنة؟ ما شاء الله 😂",
    ],
    "ar_latin_names": [
        "التقى وزير الخارجية نظيره الفرنسي جان-إيف لودريان في باريس.",
        "فاز اللاعب الإسباني رافائيل نادال ببطولة رولان غاروس للمرة الرابعة عشرة.",
        "بلغت نسبة التضخم ٧٫٥٪ خلال شهر يناير/كانون الثاني، مقابل ٦٫٠ في المئة قبل عام.",
    ],
    "ar_hamza": [
        "مشى الفتى إلى المستشفى في الصباح الباكر.",
        "تم تأجيل المباراة بسبب سوء الأحوال الجوية؛ وستقام يوم السبت المقبل.",
        "أشارت تقارير إلى أن المسؤولين رفضوا الإدلاء بأي تصريح حول القرار.",
        "هيئة الإذاعة والتلفزيون: برنامج «ساعة مع الضيوف» يعود في ١ رمضان ١٤٤٥ هـ.",
    ],
    "latin_traps": [
        "Ørsted and Ærø are Danish names; São Paulo and Brasília are in Brazil.",
        "The report cites Łódź, Kraków and Zürich as test sites.",
        "Visit https://example.com/search?q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9 for details.",
        "Price: 12,50 € — „Die Straße ist gesperrt“, sagte Frau Weiß.",
    ],
    "ar_site": [
        "الرئيسية | أخبار | رياضة | اقتصاد",
        "تابعونا على Twitter و Facebook للمزيد من الأخبار العاجلة.",
        "حقوق النشر © 2024 جميع الحقوق محفوظة – الموقع الرسمي.",
        "صورة: رويترز / Reuters",
    ],
}

#: Extra must-not-change texts (checked with fix_encoding and the encoding step only).
TRAPS: list[str] = [
    "القط؟ الحفاظ، (د.ط، 5) والضبط؛ والحظ!",
    "Ørsted, Ærø, Øresund; SÃO TOMÉ; ÂGE D’OR",
    "“Smart quotes” and ‘single’ ones – dashes — ellipsis… €5 ™ •",
    "https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9",
    "Москва и Санкт-Петербург; Αθήνα και Θεσσαλονίκη",
    "İstanbul’da şiddetli yağmur; Öğrenciler çıkışta bekledi.",
    "مرحبا 👋🏽 بكم في 🇸🇦 الرياض",
    "نقطة\u200fمهمة \u200eABC\u200e هنا",
    "قَالَّ",  # shadda after fatha: not NFC order, must stay as is in fix_encoding
    "ﺍﻟﻌﺮﺑﻴﺔ",
    "A¢ B£ C¥ D§ E© F® G° H± I² J³ K¼",
    "Ùمر is not a word, but Ø is a letter.",
    "São Paulo headlines read “MÃE E IRMÃ”.",  # Ã” is also the mojibake of Ô: ambiguous
]

# --------------------------------------------------------------------------------------------
# codec helpers


def _c1_handler(err: UnicodeDecodeError) -> tuple[str, int]:
    """Undefined single bytes decode to the C1 code point of the same value (WHATWG/MySQL)."""
    return "".join(chr(b) for b in err.object[err.start : err.end]), err.end


def _qmark_handler(err: UnicodeDecodeError) -> tuple[str, int]:
    return "?" * (err.end - err.start), err.end


codecs.register_error("blind_c1", _c1_handler)
codecs.register_error("blind_qmark", _qmark_handler)


def dec(data: bytes, codec: str, how: str = "c1") -> str:
    """Decode with undefined bytes handled ``c1`` (browser), ``drop``, ``qmark`` or ``fffd``."""
    errors = {"c1": "blind_c1", "drop": "ignore", "qmark": "blind_qmark", "fffd": "replace"}[how]
    return data.decode(codec, errors)


def moji(text: str, read_as: str, how: str = "c1", written: str = "utf-8") -> str:
    """``text`` written as ``written`` bytes and read as ``read_as``."""
    return dec(text.encode(written), read_as, how)


def html_numeric(s: str, fmt: str = "&#{};") -> str:
    return "".join(c if ord(c) < 128 else fmt.format(ord(c)) for c in s)


def html_named(s: str) -> str:
    names = html.entities.codepoint2name
    return "".join(
        c if ord(c) < 128 else (f"&{names[ord(c)]};" if ord(c) in names else f"&#{ord(c)};")
        for c in s
    )


def json_escape(s: str) -> str:
    out = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            hi, lo = divmod(o - 0x10000, 0x400)
            out.append(f"\\u{0xD800 + hi:04x}\\u{0xDC00 + lo:04x}")
    return "".join(out)


UNCURL = str.maketrans({"„": '"', "‚": "'", "“": '"', "”": '"', "‘": "'", "’": "'"})
C1 = {i: None for i in range(0x80, 0xA0)}

# --------------------------------------------------------------------------------------------
# damage modes: name -> (function clean -> damaged, recoverable?, note)

Mode = tuple[Callable[[str], str], bool, str]


def m_cp1252(s: str) -> str:
    return moji(s, "cp1252")


MODES: dict[str, Mode] = {
    # UTF-8 bytes read as a single-byte code page
    "utf8>cp1252": (m_cp1252, True, "browser cp1252: undefined bytes become C1 chars"),
    "utf8>cp1252/drop": (lambda s: moji(s, "cp1252", "drop"), False,
                         "0x81 0x8D 0x8F 0x90 0x9D dropped; ف گ ہ etc. lose a byte"),
    "utf8>cp1252/qmark": (lambda s: moji(s, "cp1252", "qmark"), False, "undefined bytes -> ?"),
    "utf8>cp1252/fffd": (lambda s: moji(s, "cp1252", "fffd"), False, "undefined bytes -> U+FFFD"),
    "utf8>cp1252/shy-stripped": (lambda s: m_cp1252(s).replace("\xad", ""), False,
                                 "soft hyphen (2nd byte of ح) removed by an HTML cleaner"),
    "utf8>latin1": (lambda s: moji(s, "latin-1"), True, "C1 controls present"),
    "utf8>latin1/c1-stripped": (lambda s: moji(s, "latin-1").translate(C1), False,
                                "C1 controls deleted after mojibake"),
    "utf8>cp1256": (lambda s: moji(s, "cp1256"), True, "Arabic Windows default code page"),
    "utf8>cp1256/shy-stripped": (lambda s: moji(s, "cp1256").replace("\xad", ""), False,
                                 "soft hyphen (2nd byte of ح) stripped"),
    "utf8>cp1256/zw-stripped": (
        lambda s: moji(s, "cp1256").translate({0x200C: None, 0x200D: None, 0x200E: None,
                                              0x200F: None, 0xAD: None}),
        False, "ZWNJ/ZWJ/LRM/RLM/SHY cleaned after mojibake"),
    "utf8>cp1256/uncurled": (lambda s: moji(s, "cp1256").translate(UNCURL), False,
                             "quotes straightened after mojibake (ftfy default does this)"),
    "utf8>iso8859-6/fffd": (lambda s: moji(s, "iso8859_6", "fffd"), False, "mostly undefined"),
    "utf8>mac_arabic": (lambda s: moji(s, "mac_arabic"), True, "rare"),
    "utf8>cp720": (lambda s: moji(s, "cp720"), True, "rare (DOS Arabic)"),
    "utf8>cp864/fffd": (lambda s: moji(s, "cp864", "fffd"), False, "rare; 6 undefined bytes"),
    "utf8>cp1250": (lambda s: moji(s, "cp1250"), True, "central-European Windows"),
    "utf8>cp1251": (lambda s: moji(s, "cp1251"), True, "Cyrillic Windows"),
    "utf8>cp1253": (lambda s: moji(s, "cp1253"), True, "Greek Windows"),
    "utf8>cp1254": (lambda s: moji(s, "cp1254"), True, "Turkish Windows"),
    "utf8>mac_roman": (lambda s: moji(s, "mac_roman"), True, "old Mac"),
    "utf8>cp437": (lambda s: moji(s, "cp437"), True, "DOS console"),
    "utf8>cp850": (lambda s: moji(s, "cp850"), True, "DOS Western console"),
    # layered
    "utf8>cp1252 x2": (lambda s: m_cp1252(m_cp1252(s)), True, "two rounds"),
    "utf8>cp1252 x3": (lambda s: m_cp1252(m_cp1252(m_cp1252(s))), True, "three rounds"),
    "utf8>latin1 x2": (lambda s: moji(moji(s, "latin-1"), "latin-1"), True, "two rounds"),
    "utf8>cp1256 x2": (lambda s: moji(moji(s, "cp1256"), "cp1256"), True, "two rounds"),
    "utf8>cp1256>cp1252": (lambda s: m_cp1252(moji(s, "cp1256")), True, "cp1256 then cp1252"),
    "utf8>cp1252>cp1256": (lambda s: moji(m_cp1252(s), "cp1256"), True, "cp1252 then cp1256"),
    # legacy Arabic bytes read with the wrong code page
    "cp1256>cp1252": (lambda s: moji(s, "cp1252", written="cp1256"), True, "ÇáÚÑÈíÉ"),
    "cp1256>latin1": (lambda s: moji(s, "latin-1", written="cp1256"), True, "with C1 chars"),
    "cp1256>cp1252/fffd": (lambda s: moji(s, "cp1252", "fffd", written="cp1256"), False,
                           "undefined cp1252 bytes replaced"),
    "cp1256>cp1252>cp1252": (lambda s: m_cp1252(moji(s, "cp1252", written="cp1256")), True,
                             "legacy mojibake then a UTF-8 round"),
    "cp1256>utf8/fffd": (lambda s: moji(s, "utf-8", "fffd", written="cp1256"), False,
                         "hopeless: every Arabic letter -> U+FFFD"),
    "cp1256>utf8/surrogateescape": (
        lambda s: s.encode("cp1256").decode("utf-8", "surrogateescape"), True,
        "Python read with surrogateescape: bytes kept as lone surrogates"),
    "iso8859-6>cp1252": (lambda s: moji(s, "cp1252", written="iso8859_6"), True, "ISO Arabic"),
    "iso8859-6>latin1": (lambda s: moji(s, "latin-1", written="iso8859_6"), True, "ISO Arabic"),
    "cp720>cp437": (lambda s: moji(s, "cp437", written="cp720"), True, "DOS Arabic on DOS US"),
    "mac_arabic>mac_roman": (lambda s: moji(s, "mac_roman", written="mac_arabic"), True,
                             "old Mac files"),
    # mojibake, then another transformation
    "utf8>cp1252/nbsp-space": (lambda s: m_cp1252(s).replace("\xa0", " "), True,
                               "NBSP (à, ٠, ؠ) became a plain space"),
    "utf8>cp1252/html-dec": (lambda s: html_numeric(m_cp1252(s)), True, "&#216;&#167;"),
    "utf8>cp1252/html-hex": (lambda s: html_numeric(m_cp1252(s), "&#x{:X};"), True, "&#xD8;"),
    "utf8>cp1252/html-named": (lambda s: html_named(m_cp1252(s)), True, "&Oslash;&sect;"),
    "utf8>cp1252/json": (lambda s: json_escape(m_cp1252(s)), True,
                         "\\u00d8\\u00a7 shown raw (step option json_escapes=False by default)"),
    "utf8>cp1252/nfc": (lambda s: unicodedata.normalize("NFC", m_cp1252(s)), True, "NFC"),
    "utf8>cp1252/nfkc": (lambda s: unicodedata.normalize("NFKC", m_cp1252(s)), False,
                         "NFKC: ¨ ´ ª º ² µ ™ … NBSP folded"),
    "utf8>cp1252/upper": (lambda s: m_cp1252(s).upper(), False, "str.upper() after mojibake"),
    "utf8>cp1252/lower": (lambda s: m_cp1252(s).lower(), False, "str.lower() (search indexes)"),
    "utf8>cp1256/nfkc": (lambda s: unicodedata.normalize("NFKC", moji(s, "cp1256")), False,
                         "NFKC after cp1256 mojibake"),
    # BOM / UTF-16
    "bom>cp1252": (lambda s: moji("\ufeff" + s, "cp1252"), True, "UTF-8-sig read as cp1252"),
    "bom>cp1256": (lambda s: moji("\ufeff" + s, "cp1256"), True, "UTF-8-sig read as cp1256"),
    "bom-text-only": (lambda s: "ï»¿" + s, True, "ï»¿ glued to clean text (concatenated files)"),
    "utf16le>latin1": (lambda s: moji(s, "latin-1", written="utf-16-le"), True,
                       "UTF-16LE bytes read as latin-1 (NULs)"),
    "utf16le>utf8/fffd": (lambda s: moji(s, "utf-8", "fffd", written="utf-16-le"), False,
                          "UTF-16LE read as UTF-8 (Arabic: ' \\x06 pairs)"),
    # clean text escaped (not mojibake)
    "html-dec-clean": (html_numeric, True, "&#1575;&#1604; (fix_encoding: no HTML by contract)"),
    "json-clean": (json_escape, True, "\\u0627\\u0644 raw (step option json_escapes off)"),
}

#: Modes outside fix_encoding's documented scope (it does no HTML) or off by default (JSON).
OUT_OF_SCOPE = {"utf8>cp1252/html-dec": "fix_encoding: no HTML",
                "utf8>cp1252/html-hex": "fix_encoding: no HTML",
                "utf8>cp1252/html-named": "fix_encoding: no HTML",
                "html-dec-clean": "fix_encoding: no HTML",
                "utf8>cp1252/json": "json_escapes off by default",
                "json-clean": "json_escapes off by default"}

#: Modes whose source bytes are a legacy Arabic code page: those code pages have no
#: Arabic-Indic digits or ٫ ٬ ٪, so real legacy text has ASCII ones (the clean text too).
LEGACY_SOURCE = {"cp1256>", "iso8859-6>", "cp720>", "mac_arabic>"}
LEGACY_FORM = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                             "٫": ".", "٬": ",", "٪": "%"})


def source_lines(mode: str, lines: list[str]) -> list[str]:
    """The clean lines as they exist before ``mode`` (ASCII digits for legacy code pages)."""
    if any(mode.startswith(p) for p in LEGACY_SOURCE):
        return [ln.translate(LEGACY_FORM) for ln in lines]
    return lines

#: Two different damages in one document (line i with mode a, line j with mode b).
MIXED_PAIRS = [("utf8>cp1252", "utf8>cp1256"), ("utf8>cp1252", "cp1256>cp1252"),
               ("utf8>cp1256", "cp1256>cp1252"), ("utf8>cp1252 x2", "utf8>cp1252")]


def _damage(fn: Callable[[str], str], s: str) -> str | None:
    try:
        out = fn(s)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None  # the clean text cannot exist in that legacy code page
    return None if out == s else out


def _phrase(line: str, rng: random.Random) -> tuple[int, int] | None:
    """A span of 1-3 words with non-ASCII letters in ``line``."""
    words, pos = [], 0
    for w in line.split(" "):
        words.append((pos, pos + len(w), w))
        pos += len(w) + 1
    idx = [i for i, (_, _, w) in enumerate(words) if any(ord(c) > 127 for c in w)]
    if not idx:
        return None
    i = rng.choice(idx)
    j = min(len(words) - 1, i + rng.randrange(3))
    return words[i][0], words[j][1]


def build_cases() -> list[dict]:
    cases: list[dict] = []

    def add(mode, scope, doc, inp, exp, recoverable, prefix="", suffix=""):
        cases.append({"mode": mode, "scope": scope, "doc": doc, "input": inp, "expected": exp,
                      "recoverable": recoverable, "clean_prefix": prefix,
                      "clean_suffix": suffix})

    for name, (fn, rec, _note) in MODES.items():
        rng = random.Random(zlib.crc32(name.encode()))  # per mode: adding modes shifts nothing
        for doc, orig in DOCS.items():
            lines = source_lines(name, orig)
            text = "\n".join(lines)
            bad = _damage(fn, text)
            if bad is not None:
                add(name, "doc", doc, bad, text, rec)
            for k, line in enumerate(lines):
                bad = _damage(fn, line)
                if bad is not None:
                    add(name, "sentence", f"{doc}:{k}", bad, line, rec)
            # one line damaged, the rest clean
            order = list(range(len(lines)))
            rng.shuffle(order)
            for k in order:
                bad = _damage(fn, lines[k])
                if bad is None:
                    continue
                pre = "\n".join(lines[:k] + [""]) if k else ""
                suf = "\n".join([""] + lines[k + 1 :]) if k + 1 < len(lines) else ""
                add(name, "line", f"{doc}:{k}", pre + bad + suf, text, rec, pre, suf)
                break
            # one phrase damaged inside one line
            for k in order:
                span = _phrase(lines[k], rng)
                if span is None:
                    continue
                a, b = span
                bad = _damage(fn, lines[k][a:b])
                if bad is None:
                    continue
                pre = "\n".join(lines[:k] + [lines[k][:a]])
                suf = "\n".join([lines[k][b:]] + lines[k + 1 :])
                add(name, "phrase", f"{doc}:{k}", pre + bad + suf, text, rec, pre, suf)
                break
    for ma, mb in MIXED_PAIRS:
        fa, fb = MODES[ma][0], MODES[mb][0]
        for doc, orig in DOCS.items():
            lines = source_lines(mb, orig)
            out, changed = [], 0
            for k, line in enumerate(lines):
                fn = fa if k % 2 == 0 else fb
                bad = _damage(fn, line) if k < 2 else None  # lines 0 and 1 damaged, rest clean
                out.append(line if bad is None else bad)
                changed += bad is not None
            if changed == 2:
                add(f"mixed:{ma}+{mb}", "doc", doc, "\n".join(out), "\n".join(lines), True)
    return cases


# byte-level cases for decode_bytes / read_text: name -> clean text -> bytes
BYTE_MODES: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-sig": lambda s: s.encode("utf-8-sig"),
    "utf-16 (BOM)": lambda s: s.encode("utf-16"),
    "utf-16-be (BOM)": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "utf-16-le no BOM": lambda s: s.encode("utf-16-le"),
    "cp1256": lambda s: s.encode("cp1256"),
    "iso8859-6": lambda s: s.encode("iso8859_6"),
    "cp1252": lambda s: s.encode("cp1252"),
    "latin-1": lambda s: s.encode("latin-1"),
    "mac_arabic": lambda s: s.encode("mac_arabic"),
    "cp720": lambda s: s.encode("cp720"),
    "lines utf-8/cp1256": lambda s: b"\n".join(
        ln.encode("utf-8" if i % 2 else "cp1256") for i, ln in enumerate(s.split("\n"))),
    "lines cp1256/cp1252": lambda s: b"\n".join(
        ln.encode("cp1256" if any("\u0600" <= c <= "\u06ff" for c in ln) else "cp1252")
        for ln in s.split("\n")),
    "utf-8 + one cp1252 line": lambda s: b"\n".join(
        ln.encode("cp1252" if i == 1 else "utf-8") for i, ln in enumerate(s.split("\n"))),
}


def build_byte_cases() -> list[dict]:
    out = []
    for name, fn in BYTE_MODES.items():
        for doc, lines in DOCS.items():
            if name not in ("cp1252", "latin-1") and not name.startswith("utf"):
                lines = [ln.translate(LEGACY_FORM) for ln in lines]
            units = [("doc", doc, "\n".join(lines))]
            if not name.startswith(("lines", "utf-8 +")):
                units += [("line", f"{doc}:{k}", ln) for k, ln in enumerate(lines)]
            for scope, where, text in units:
                try:
                    raw = fn(text)
                except UnicodeEncodeError:
                    continue
                if name == "utf-8 + one cp1252 line" and raw == text.encode():
                    continue
                out.append({"mode": name, "scope": scope, "doc": where, "bytes_hex": raw.hex(),
                            "expected": text})
    return out


# --------------------------------------------------------------------------------------------
# scoring


def pct(a: int, n: int) -> str:
    return f"{100 * a / n:5.1f}" if n else "    -"


def run(examples: int, write_json: bool) -> None:
    import ftfy

    import normtext
    from normtext import Pipeline
    from normtext.encoding import decode_bytes

    step = Pipeline.from_config({"steps": {"encoding": {}}})
    step_json = Pipeline.from_config({"steps": {"encoding": {"json_escapes": True}}})
    default = Pipeline.from_preset("default")
    cases = build_cases()
    byte_cases = build_byte_cases()
    if write_json:
        def dump(items: list) -> str:  # one case per line: compact and diff-friendly
            return "[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in items) + "\n]"

        keys = ("mode", "scope", "doc", "input", "expected", "recoverable")
        dumped = (
            '{"about": ' + json.dumps(
                "Blind mojibake cases built by benchmarks/blind_mojibake.py; recoverable=false "
                "means a good tool should at least not make it worse.") +
            ',\n"cases": ' + dump([{k: c[k] for k in keys} for c in cases]) +
            ',\n"byte_cases": ' + dump(byte_cases) +
            ',\n"traps": ' + dump(TRAPS) + "}"
        )
        # lone surrogates (surrogateescape mode) as JSON escapes, the rest readable UTF-8
        dumped = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) < 0xE000 else c for c in dumped)
        JSON_PATH.write_text(dumped + "\n", encoding="utf-8")
        print(f"wrote {JSON_PATH.relative_to(REPO)}: {len(cases)} cases, "
              f"{len(byte_cases)} byte cases, {len(TRAPS)} traps\n")

    default_clean: dict[str, str] = {}
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_scope: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    fails: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for c in cases:
        inp, exp = c["input"], c["expected"]
        bom = c["mode"] in ("bom>cp1252", "bom>cp1256", "bom-text-only")

        def same(out: str, exp: str = exp, bom: bool = bom) -> bool:
            # fix_encoding's contract: removing U+FEFF is the unicode step's job
            return out == exp or (bom and out.replace("\ufeff", "") == exp)

        got = normtext.fix_encoding(inp)
        ok = same(got)
        ft = same(ftfy.fix_text(inp))
        if exp not in default_clean:
            default_clean[exp] = default(exp)
        row = stats[c["mode"]]
        row["n"] += 1
        row["nt"] += ok
        row["step"] += same(step(inp))
        row["step_json"] += same(step_json(inp))
        row["ftfy"] += ft
        row["ftfy_enc"] += same(ftfy.fix_encoding(inp))
        row["default"] += default(inp) == default_clean[exp]
        row["wrong"] += got not in (inp, exp) and not ok
        if c["scope"] in ("line", "phrase"):
            row["partial"] += 1
            row["collat"] += not (got.startswith(c["clean_prefix"])
                                  and got.endswith(c["clean_suffix"]))
        s = by_scope[c["scope"]]
        s["n"] += 1
        s["nt"] += ok
        s["ftfy"] += ft
        if not ok:
            fails[c["mode"]].append((inp, exp, got))

    print("## Per mode (exact recovery %; rec = recoverable in principle)\n")
    hdr = (f"| {'mode':32} | rec | cases | fix_encoding | enc step | ftfy.fix_text |"
           f" ftfy.fix_encoding | step+json | default same | wrong-chg | collat/partial |")
    print(hdr)
    print("|" + "|".join("-" * (len(p)) for p in hdr.split("|")[1:-1]) + "|")
    for mode in list(MODES) + sorted(m for m in stats if m.startswith("mixed:")):
        r = stats.get(mode)
        if not r:
            continue
        rec = MODES[mode][1] if mode in MODES else True
        n = r["n"]
        label = mode + (" (oos)" if mode in OUT_OF_SCOPE else "")
        print(f"| {label:32} | {'yes' if rec else 'no ':3} | {n:5} | {pct(r['nt'], n):>12} |"
              f" {pct(r['step'], n):>8} | {pct(r['ftfy'], n):>13} | {pct(r['ftfy_enc'], n):>17} |"
              f" {pct(r['step_json'], n):>9} | {pct(r['default'], n):>12} | {r['wrong']:9} | {r['collat']:>6}/{r['partial']:<7} |")

    print("\n## Per scope, all modes (fix_encoding vs ftfy.fix_text exact %)\n")
    for scope, s in by_scope.items():
        print(f"- {scope:8} n={s['n']:5}  normtext {pct(s['nt'], s['n'])}  "
              f"ftfy {pct(s['ftfy'], s['n'])}")
    rec_modes = [m for m in MODES if MODES[m][1]]
    tot = {k: sum(stats[m][k] for m in rec_modes) for k in ("n", "nt", "step", "ftfy")}
    print(f"- recoverable modes overall: n={tot['n']} normtext {pct(tot['nt'], tot['n'])}  "
          f"step {pct(tot['step'], tot['n'])}  ftfy {pct(tot['ftfy'], tot['n'])}")

    print("\n## False changes on clean text (must be 0)\n")
    cleans = [("doc", "\n".join(v)) for v in DOCS.values()]
    cleans += [("line", ln) for v in DOCS.values() for ln in v] + [("trap", t) for t in TRAPS]
    for label, fn in (("fix_encoding", normtext.fix_encoding), ("encoding step", step),
                      ("ftfy.fix_text", ftfy.fix_text), ("ftfy.fix_encoding", ftfy.fix_encoding)):
        bad = [(k, t, fn(t)) for k, t in cleans if fn(t) != t]
        print(f"- {label:18} {len(bad)}/{len(cleans)} changed"
              + "".join(f"\n    {k}: {t[:60]!r} -> {g[:60]!r}" for k, t, g in bad[:6]))

    print("\n## Bytes: decode_bytes(raw).text == clean (and read_text on a temp file)\n")
    print("| byte mode                  | n    | decode_bytes exact | read_text exact | decisions seen |")
    print("|----------------------------|------|--------------------|-----------------|----------------|")
    bstats: dict[str, dict] = defaultdict(lambda: {"n": 0, "ok": 0, "rt": 0, "enc": set()})
    byte_fails = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "f.txt")
        for c in byte_cases:
            raw = bytes.fromhex(c["bytes_hex"])
            d = decode_bytes(raw)
            with open(path, "wb") as fh:
                fh.write(raw)
            rt = normtext.read_text(path)
            b = bstats[c["mode"]]
            b["n"] += 1
            b["ok"] += d.text == c["expected"]
            b["rt"] += rt == c["expected"]
            b["enc"].add(d.encoding)
            if d.text != c["expected"]:
                byte_fails.append((c["mode"], c["doc"], c["expected"], d.text, d.encoding))
    for mode, b in bstats.items():
        print(f"| {mode:26} | {b['n']:4} | {pct(b['ok'], b['n']):>18} | {pct(b['rt'], b['n']):>15} |"
              f" {','.join(sorted(b['enc']))} |")

    if examples:
        print("\n## Failure examples (fix_encoding)\n")
        for mode, lst in fails.items():
            print(f"### {mode}: {len(lst)} failed")
            for inp, exp, got in lst[:examples]:
                d = _first_diff(exp, got)
                print(f"  in : {inp[max(0, d - 20):d + 40]!r}\n  exp: {exp[max(0, d - 20):d + 40]!r}"
                      f"\n  got: {got[max(0, d - 20):d + 40]!r}")
        print("\n## Byte failures\n")
        for mode, doc, exp, got, enc in byte_fails[: examples * 10]:
            d = _first_diff(exp, got)
            print(f"  {mode} {doc} -> {enc}: exp {exp[max(0, d - 10):d + 30]!r}"
                  f" got {got[max(0, d - 10):d + 30]!r}")


def _first_diff(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-json", action="store_true", help="write " + str(JSON_PATH))
    ap.add_argument("--examples", type=int, default=0, help="failure examples per mode")
    args = ap.parse_args(argv)
    for lines in DOCS.values():
        for ln in lines:
            assert unicodedata.is_normalized("NFC", ln), ln
    run(args.examples, args.write_json)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
