"""Second blind benchmark of encoding damage (written without reading normtext's detector).

Twelve clean documents written for this file are damaged in every mode of
``specs/encoding.md`` (plus the realistic combinations the spec implies) at three scopes: the whole
document, one line of it, one phrase inside a line (seeded RNG). Each mode is marked

- ``yes``: a perfect tool gets the exact original back;
- ``priors``: recoverable only with language priors (a lost byte, a folded character);
- ``no``: unrecoverable; the expected output is the damaged input, left alone.

Tools run on the same cases in one run: ``normtext.fix_encoding``, the pipeline with the
``encoding`` step alone, ``ftfy.fix_text`` and ``ftfy.fix_encoding``. Prints exact-recovery % per
mode, normtext's wrong changes (output differs from both input and expected), false changes on
clean texts, and a bytes section for ``normtext.encoding.decode_bytes``.

Run: ``.venv/bin/python benchmarks/blind_mojibake2.py [--seed 7] [--examples N] [--mode SUBSTR]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import ftfy
import ftfy.fixes

import normtext
from normtext.encoding import decode_bytes

# --------------------------------------------------------------------------- clean documents

DOCS: dict[str, str] = {
    "ar_news": (
        "أعلنت وزارة الصحة يوم الأحد عن افتتاح مستشفى جديد في مدينة الرياض بسعة 300 سرير.\n"
        "وقال المتحدث الرسمي إن المشروع كلّف نحو 450 مليون ريال، ويهدف إلى تخفيف الضغط على المستشفيات.\n"
        "وأضاف أن الافتتاح الرسمي سيكون في شهر فبراير المقبل بحضور عدد من المسؤولين.\n"
        "ومن المتوقع أن يوفر المستشفى أكثر من ألف وظيفة للشباب في المنطقة الشرقية."
    ),
    "ar_diacritics": (
        "العِلْمُ نُورٌ يَهْدِي صَاحِبَهُ إِلَى الحَقِّ، وَالجَهْلُ ظُلْمَةٌ تُضِلُّ مَنْ يَسِيرُ فِيهَا.\n"
        "قَالَ المُعَلِّمُ لِتَلَامِيذِهِ: اقْرَؤُوا كُلَّ يَوْمٍ صَفْحَةً وَاحِدَةً عَلَى الأَقَلِّ.\n"
        "فَإِنَّ القِرَاءَةَ غِذَاءُ العَقْلِ، كَمَا أَنَّ الطَّعَامَ غِذَاءُ الجِسْمِ."
    ),
    "ar_social": (
        "صباح الخير يا جماعة 😍☀️ اليوم الجو رائع في جدة!!\n"
        "مين جاي معنا للبحر بعد العصر؟ 🏖️🚗\n"
        "#جدة #السعودية #صيف_2024\n"
        "شكراً لكل اللي دعموني 🙏❤️ انتوا الأفضل"
    ),
    "en_news": (
        "The central bank said on Tuesday that inflation had fallen to 2.4% — its lowest level since 2021.\n"
        "“We are cautiously optimistic,” said the governor, adding that rates would stay at 4.5% ‘for now’.\n"
        "The euro rose to $1.09 while sterling traded at £0.86 per €1, analysts said.\n"
        "Markets in Frankfurt and Paris closed higher – the DAX gained 1.2% – after the announcement…"
    ),
    "mixed_brands": (
        "أطلقت شركة Apple هاتف iPhone 15 Pro في السعودية بسعر يبدأ من 4,999 ريال.\n"
        "وقالت Samsung إن مبيعات Galaxy S24 ارتفعت بنسبة 18% خلال الربع الأول.\n"
        "للمزيد من التفاصيل زوروا الموقع https://www.example.com/ar/news/tech-2024 أو تابعونا على @TechArabia.\n"
        "التحديث الجديد iOS 17.4 يدعم اللغة العربية بشكل أفضل."
    ),
    "persian_urdu": (
        "زار الوفد مدينة کرمانشاه وشارك في مؤتمر «گفتگوی فرهنگی» حول الثقافة.\n"
        "وتحدث الشاعر عن ديوانه الجديد «چراغ\u200cهای شب» الذي صدر في طهران.\n"
        "وفي باكستان قال المتحدث بالأردية: یہ ہمارے لیے بڑی کامیابی ہے۔\n"
        "كما زار الوفد مدينة پشاور والتقى بالدكتور ڈاکٹر عبد الرحمن."
    ),
    "ar_digits": (
        "بلغ معدل النمو الاقتصادي ٣٫٥٪ في عام ٢٠٢٣ مقارنة بـ ٢٫٨٪ في العام السابق.\n"
        "وارتفع عدد السكان إلى ٣٥٬٢٠٠٬٠٠٠ نسمة حسب آخر إحصاء رسمي.\n"
        "وسجلت البورصة ارتفاعاً بنسبة ١٫٢٪ يوم الخميس ١٥ مارس.\n"
        "أما في إيران فالأرقام تكتب هكذا: ۱۲۳۴ و۵۶۷۸."
    ),
    "trap_arabic": (
        "هل رأيت القط؟ كان يجلس بجانب الحائط.\n"
        "يجب علينا الحفاظ، قدر الإمكان، على البيئة من أجل الأجيال القادمة.\n"
        "بلغ سعر البرميل 85 دولاراً (د.ط، 2023) حسب التقرير.\n"
        "ومن المدن: أسيوط، دمياط، الرباط؛ وكلها مدن عريقة. لا تغلط!"
    ),
    "trap_latin": (
        "Søren bor i Ørestad, tæt på Øresundsbroen, og arbejder i Århus.\n"
        "A exposição “São Paulo à noite” abre em JOÃO PESSOA e SÃO LUÍS — entrada grátis.\n"
        "Read more at https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D9%82%D8%B7 or "
        "https://example.com/search?q=%D9%85%D8%B5%D8%B1&lang=ar.\n"
        "She said: ‘it’s fine’ — and paid €12.50 for the “Œuvres complètes”."
    ),
    "en_ar_tail": (
        "Dubai’s property market recorded 12,000 transactions in March, according to the Land Department.\n"
        "Prices for villas rose 9% year on year, while apartment prices climbed 6%.\n"
        "اقرأ أيضاً: ارتفاع أسعار العقارات في دبي للشهر الثالث على التوالي\n"
        "المصدر: وكالة أنباء الإمارات (وام)"
    ),
    "ar_url_tags": (
        "شاهد التقرير الكامل 👇 على الرابط https://example.com/الأخبار/الاقتصاد?id=42 قبل حذفه\n"
        "تابعوا الوسم #رمضان_كريم و #الدوري_السعودي للمزيد من الأخبار.\n"
        "راسلونا على info@example.com أو اتصلوا بالرقم 800-123-4567 طوال اليوم."
    ),
    "ar_quotes": (
        "قال الرئيس في كلمته: “إن الوحدة الوطنية خط أحمر”، وأكد أن الحوار هو الطريق الوحيد.\n"
        "وأشار إلى أن «المرحلة المقبلة تتطلب العمل بجـــد»؛ فالتحديات كبيرة.\n"
        "ومن جهته علق المحلل السياسي: ‘الخطاب كان واضحاً’ — بحسب قوله."
    ),
}

TRAP_LINES = [
    "القط؟", "الحفاظ، على البيئة", "(د.ط، 2023)", "ضغط؛ ثم", "Ørsted A/S", "SÃO PAULO",
    "https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",
    "“quoted” ‘text’ – €5 … £3", "naïve café — Zoë’s résumé", "Œuvre", "JOÃO e SÃO",
    # upper-case Latin-1 runs look like windows-1256 Arabic read as cp1252
    "Tastaturet har tasterne ÆØÅ til højre.", "Las vocales acentuadas son ÁÉÍÓÚ y la Ü.",
    "Datum anges som ÅÅÅÅ-MM-DD i formuläret.", "Norsk alfabet: A–Å, med ÆØÅ på slutten.",
    "Vowels with grave accents: ÀÈÌÒÙ", "ÐÞÆ are Old English letters",
    "جميع الحقوق محفوظة لموقع المحيط© 2024", "مرحبا 😀 hello", "²³ ¼ ½ µ",
]

ARABIC_RE = re.compile(r"[\u0600-\u06FF]")

# --------------------------------------------------------------------------- codec helpers


def _table(codec: str) -> tuple[str, frozenset[int]]:
    chars, undefined = [], set()
    for i in range(256):
        try:
            chars.append(bytes([i]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(i))  # sloppy: undefined byte -> the latin-1 char (a C1 control)
            undefined.add(i)
    return "".join(chars), frozenset(undefined)


_TABLES: dict[str, tuple[str, frozenset[int]]] = {}


def sloppy(b: bytes, codec: str, undefined: str = "c1") -> str:
    """Decode single-byte ``codec``; undefined bytes become C1 chars, or are dropped / '?' / U+FFFD."""
    if codec not in _TABLES:
        _TABLES[codec] = _table(codec)
    tab, undef = _TABLES[codec]
    out = []
    for byte in b:
        ch = tab[byte]
        if byte in undef:
            if undefined == "drop":
                continue
            if undefined == "?":
                ch = "?"
            elif undefined == "fffd":
                ch = "\ufffd"
        out.append(ch)
    return "".join(out)


def enc(s: str, codec: str) -> bytes | None:
    """Encode, or None when ``s`` has characters the codec lacks.

    Python's mac_arabic encodes ASCII space, digits and punctuation to their right-to-left
    duplicates (0xA0-0xBF); real Mac files use plain ASCII bytes there, so ASCII is kept as is.
    """
    try:
        if codec == "mac_arabic":
            return b"".join(c.encode("ascii") if c < "\x80" else c.encode(codec) for c in s)
        return s.encode(codec)
    except UnicodeEncodeError:
        return None


def via(s: str, src: str, dst: str, undefined: str = "c1") -> str | None:
    b = enc(s, src)
    return None if b is None else sloppy(b, dst, undefined)


AMBIGUOUS_LOST = re.compile("[\u064D\u064F\u0650\u0601\u060D\u060F\u0610\u061D\u065D]")


def u8(dst: str, undefined: str = "c1") -> Callable:
    """UTF-8 bytes read as ``dst``. When undefined bytes are lost, pieces where the lost byte is
    ambiguous (kasra, damma, kasratan share 0x8D/0x8F/0x90 with ف's 0x81) are skipped."""
    if undefined != "c1":
        return lambda s, rng: None if AMBIGUOUS_LOST.search(s) else via(s, "utf-8", dst, undefined)
    return lambda s, rng: via(s, "utf-8", dst, undefined)


def chain(*fns: Callable) -> Callable:
    def f(s, rng):
        for fn in fns:
            s = fn(s, rng)
            if s is None:
                return None
        return s
    return f


def strip_chars(chars: str) -> Callable:
    tab = {ord(c): None for c in chars}
    return lambda s, rng: s.translate(tab)


def html_refs(s: str, hexa: bool = False, only_above: int = 0x7F) -> str:
    return "".join(
        (f"&#x{ord(c):X};" if hexa else f"&#{ord(c)};") if ord(c) > only_above else c for c in s
    )


def json_raw(s: str, backslash: bool = True) -> str:
    body = json.dumps(s, ensure_ascii=True)[1:-1]
    return body if backslash else re.sub(r"\\u([0-9a-fA-F]{4})", r"u\1", body)


def c1_from_cp1252(s: str, rng) -> str:
    out = []
    for c in s:
        b = enc(c, "cp1252")
        out.append(chr(b[0]) if b and len(b) == 1 and 0x80 <= b[0] <= 0x9F else c)
    return "".join(out)


def arabic_to(repl: str, per_byte: bool = False) -> Callable:
    def f(s, rng):
        return ARABIC_RE.sub(lambda m: repl * (len(m.group().encode()) if per_byte else 1), s)
    return f


# presentation forms (PDF extraction), built from the Unicode decompositions
_FORMS: dict[tuple[str, str], str] = {}
for _cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
    _d = unicodedata.decomposition(chr(_cp)).split()
    if len(_d) == 2 and _d[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
        _FORMS.setdefault((chr(int(_d[1], 16)), _d[0][1:-1]), chr(_cp))
RIGHT_JOINING = set("آأؤإاةدذرزوٱڈڑژۀۃۄۅۆۇۈۉۊۋۍۏےۓ")


def _joins(c: str) -> bool:
    return (c, "isolated") in _FORMS and c != "ء"


def pdf_forms(s: str, rng, reverse: bool = False) -> str | None:
    chars = list(s)
    out = []
    for i, c in enumerate(chars):
        if not _joins(c):
            out.append(c)
            continue
        j = i - 1
        while j >= 0 and unicodedata.category(chars[j]) == "Mn":
            j -= 1
        k = i + 1
        while k < len(chars) and unicodedata.category(chars[k]) == "Mn":
            k += 1
        prev = j >= 0 and _joins(chars[j]) and chars[j] not in RIGHT_JOINING
        nxt = k < len(chars) and _joins(chars[k]) and c not in RIGHT_JOINING
        form = {(0, 0): "isolated", (1, 0): "final", (0, 1): "initial", (1, 1): "medial"}[(prev, nxt)]
        out.append(_FORMS.get((c, form)) or _FORMS.get((c, "isolated")))
    res = "".join(out)
    if reverse:
        res = re.sub(r"[\uFB50-\uFEFC\u064B-\u0652]+", lambda m: m.group()[::-1], res)
    return res


def ftfy_residue_zero(s: str, rng) -> str:
    return re.sub(r"(?<=[\u0621-\u064A])ف|ف(?=[\u0621-\u064A])", "٠", s)


# --------------------------------------------------------------------------- post-damage pipelines

def pp_nfkc(t: str) -> str:
    return unicodedata.normalize("NFKC", t)


def pp_ws(t: str) -> str:
    return "\n".join(re.sub(r"\s+", " ", ln).strip() for ln in t.split("\n"))


def pp_nbsp(t: str) -> str:
    return t.replace("\xa0", " ")


def pp_shy(t: str) -> str:
    return t.replace("\xad", "")


# --------------------------------------------------------------------------- modes


@dataclass
class Mode:
    name: str
    group: str
    rec: str  # yes | priors | no
    fn: Callable
    pp: Callable | None = None  # applied to the whole text after damage (and to the clean text)
    select: str = "arabic"  # which phrases/lines qualify: arabic | nonascii | url_tag | emoji_adj
    scopes: tuple[str, ...] = ("doc", "line", "phrase")
    truncate: bool = False
    expect: Callable[[str], str] | None = None  # the expected piece, when not the clean piece


def M(*a, **k) -> Mode:
    return Mode(*a, **k)


MODES: list[Mode] = [
    M("u8>cp1252", "core", "yes", u8("cp1252")),
    M("u8>latin1", "core", "yes", u8("latin-1")),
    M("u8>cp1252 undef-lost", "core", "priors", u8("cp1252", "drop")),
    M("u8>cp1252 undef->?", "core", "priors", u8("cp1252", "?")),
    M("u8>cp1252 undef->FFFD", "core", "priors", u8("cp1252", "fffd")),
    M("ftfy residue ف->٠", "core", "priors", ftfy_residue_zero),
    M("cp1256>cp1252", "core", "yes", lambda s, r: via(s, "cp1256", "cp1252")),
    M("cp1256>latin1", "core", "yes", lambda s, r: via(s, "cp1256", "latin-1")),
    M("cp1256>cp1252 undef->?", "core", "yes", lambda s, r: via(s, "cp1256", "cp1252", "?"),
      expect=lambda s: re.sub("[پچڈگ\u200c]", "?", s)),  # which of the five was lost: unknowable
    M("u8>cp1256", "core", "yes", u8("cp1256")),
    M("u8>cp1256 shy-stripped", "core", "priors", chain(u8("cp1256"), strip_chars("\xad"))),
    M("u8>cp1256 zw/bidi-stripped", "core", "priors",
      chain(u8("cp1256"), strip_chars("\u200c\u200d\u200e\u200f"))),
    M("u8>cp1256 all-invis-stripped", "core", "priors",
      chain(u8("cp1256"), strip_chars("\xad\u200c\u200d\u200e\u200f"))),
    M("u8>cp1252 x2", "layered", "yes", chain(u8("cp1252"), u8("cp1252"))),
    M("u8>cp1252 x3", "layered", "yes", chain(u8("cp1252"), u8("cp1252"), u8("cp1252"))),
    M("u8>latin1 x2", "layered", "yes", chain(u8("latin-1"), u8("latin-1"))),
    M("u8>cp1256 x2", "layered", "yes", chain(u8("cp1256"), u8("cp1256"))),
    M("u8>cp1256 then u8>cp1252", "layered", "yes", chain(u8("cp1256"), u8("cp1252"))),
    M("u8>cp1252 then u8>cp1256", "layered", "yes", chain(u8("cp1252"), u8("cp1256"))),
    M("cp1256>cp1252 then u8>cp1252", "layered", "yes",
      chain(lambda s, r: via(s, "cp1256", "cp1252"), u8("cp1252"))),
    M("u8>cp1252 x2 undef-lost", "layered", "priors", chain(u8("cp1252", "drop"), u8("cp1252"))),
    M("iso8859-6>latin1", "legacy", "yes", lambda s, r: via(s, "iso8859_6", "latin-1")),
    M("iso8859-6>cp1252", "legacy", "yes", lambda s, r: via(s, "iso8859_6", "cp1252")),
    M("iso8859-6>cp1256", "legacy", "yes", lambda s, r: via(s, "iso8859_6", "cp1256")),
    M("cp1256>iso8859-6", "legacy", "yes", lambda s, r: via(s, "cp1256", "iso8859_6")),
    M("u8>iso8859-6", "legacy", "yes", u8("iso8859_6")),
    M("cp720>cp1252", "legacy", "yes", lambda s, r: via(s, "cp720", "cp1252")),
    M("cp720>cp437", "legacy", "yes", lambda s, r: via(s, "cp720", "cp437")),
    M("cp864>latin1", "legacy", "yes", lambda s, r: via(s, "cp864", "latin-1")),
    M("mac_arabic>mac_roman", "legacy", "yes", lambda s, r: via(s, "mac_arabic", "mac_roman")),
    M("mac_arabic>latin1", "legacy", "yes", lambda s, r: via(s, "mac_arabic", "latin-1")),
    M("u8>cp720", "legacy", "yes", u8("cp720")),
    M("u8>mac_arabic", "legacy", "yes", u8("mac_arabic")),
    M("html &#dec; arabic", "html", "yes", lambda s, r: html_refs(s)),
    M("html &#xhex; arabic", "html", "yes", lambda s, r: html_refs(s, hexa=True)),
    M("html refs of u8>cp1252", "html", "yes", lambda s, r: html_refs(via(s, "utf-8", "cp1252"))),
    M("u8>cp1252 non-latin1 as refs", "html", "yes",
      lambda s, r: html_refs(via(s, "utf-8", "cp1252"), only_above=0xFF)),
    M("html refs of u8>cp1256", "html", "yes", lambda s, r: html_refs(via(s, "utf-8", "cp1256"))),
    M("bom ï»¿ (u8 bom as cp1252)", "bom", "yes", lambda s, r: "ï»¿" + s, scopes=("doc", "line")),
    M("bom ï»؟ (u8 bom as cp1256)", "bom", "yes", lambda s, r: "ï»؟" + s, scopes=("doc", "line")),
    M("U+FEFF inside text", "bom", "yes", lambda s, r: "\ufeff" + s, scopes=("line", "phrase")),
    M("bom + u8>cp1252", "bom", "yes", lambda s, r: via("\ufeff" + s, "utf-8", "cp1252"),
      scopes=("doc",)),
    M("bom + u8>cp1256", "bom", "yes", lambda s, r: via("\ufeff" + s, "utf-8", "cp1256"),
      scopes=("doc",)),
    M("C1: cp1252 punct as latin1", "c1", "yes", c1_from_cp1252, select="nonascii"),
    M("C1: u8>latin1 on English", "c1", "yes", u8("latin-1"), select="nonascii"),
    M("pdf presentation forms", "pdf", "yes", pdf_forms),
    M("pdf forms, visual order", "pdf", "yes", lambda s, r: pdf_forms(s, r, reverse=True)),
    M("json \\uXXXX raw", "json", "yes", lambda s, r: json_raw(s)),
    M("json uXXXX (no backslash)", "json", "priors", lambda s, r: json_raw(s, backslash=False)),
    M("arabic -> ? per char", "lost", "no", arabic_to("?")),
    M("arabic -> ? per byte", "lost", "no", arabic_to("?", per_byte=True)),
    M("arabic -> FFFD per char", "lost", "no", arabic_to("\ufffd")),
    M("u8>cp1252 +NFC", "after", "yes", u8("cp1252"), pp=lambda t: unicodedata.normalize("NFC", t)),
    M("u8>cp1252 +NFKC", "after", "priors", u8("cp1252"), pp=pp_nfkc),
    M("u8>cp1256 +NFKC", "after", "priors", u8("cp1256"), pp=pp_nfkc),
    M("u8>latin1 +ws-collapse", "after", "priors", u8("latin-1"), pp=pp_ws),
    M("u8>cp1252 +NBSP->space", "after", "priors", u8("cp1252"), pp=pp_nbsp),
    M("u8>cp1256 +NBSP->space", "after", "priors", u8("cp1256"), pp=pp_nbsp),
    M("u8>cp1252 +lower", "after", "priors", u8("cp1252"), pp=str.lower),
    M("u8>cp1252 +upper", "after", "priors", u8("cp1252"), pp=str.upper),
    M("u8>cp1256 +lower", "after", "priors", u8("cp1256"), pp=str.lower),
    M("u8>cp1252 +uncurl", "after", "priors", u8("cp1252"), pp=ftfy.fixes.uncurl_quotes),
    M("u8>cp1256 +uncurl", "after", "priors", u8("cp1256"), pp=ftfy.fixes.uncurl_quotes),
    M("u8>cp1252 +shy-stripped", "after", "priors", u8("cp1252"), pp=pp_shy),
    M("u8>cp1252 truncated line end", "after", "yes", u8("cp1252"), truncate=True,
      scopes=("doc", "line")),
    M("u8>cp1256 truncated line end", "after", "yes", u8("cp1256"), truncate=True,
      scopes=("doc", "line")),
    M("u8>cp1252 in URL/hashtag", "after", "yes", u8("cp1252"), select="url_tag", scopes=("phrase",)),
    M("u8>cp1256 in URL/hashtag", "after", "yes", u8("cp1256"), select="url_tag", scopes=("phrase",)),
    M("u8>cp1252 next to emoji", "after", "yes", u8("cp1252"), select="emoji_adj", scopes=("phrase",)),
    M("u8>cp1256 next to emoji", "after", "yes", u8("cp1256"), select="emoji_adj", scopes=("phrase",)),
]

# --------------------------------------------------------------------------- case generation

EMOJI_RE = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]")


@dataclass
class Case:
    mode: Mode
    doc: str
    scope: str
    text: str
    expected: tuple[str, ...]
    pattern: re.Pattern | None = None  # alternative expected outputs (truncation)

    def ok(self, out: str) -> bool:
        return out in self.expected or bool(self.pattern and self.pattern.fullmatch(out))


def _qualifies(piece: str, select: str) -> bool:
    if select == "arabic":
        return bool(ARABIC_RE.search(piece))
    if select == "nonascii":
        return any(ord(c) > 0x7F for c in piece)
    return True


def _phrases(line: str, select: str, rng: random.Random) -> list[tuple[int, int]]:
    """Candidate (start, end) spans of 1-4 words inside ``line``."""
    words = [m.span() for m in re.finditer(r"\S+", line)]
    if select == "url_tag":
        return [s for s in words if ("/" in line[s[0]:s[1]] or "#" in line[s[0]:s[1]])
                and ARABIC_RE.search(line[s[0]:s[1]])]
    if select == "emoji_adj":
        out = []
        for i, (a, b) in enumerate(words):
            w = line[a:b]
            if ARABIC_RE.search(w) and not EMOJI_RE.search(w) and any(
                0 <= j < len(words) and EMOJI_RE.search(line[words[j][0]:words[j][1]])
                for j in (i - 1, i + 1)
            ):
                out.append((a, b))
        return out
    out = []
    for _ in range(12):
        i = rng.randrange(len(words))
        n = rng.randint(1, 4)
        a, b = words[i][0], words[min(i + n, len(words)) - 1][1]
        if _qualifies(line[a:b], select):
            out.append((a, b))
    return out


def _truncate(line: str, mode: Mode, rng: random.Random) -> tuple[str, str] | None:
    """Cut the line's UTF-8 bytes inside a late Arabic letter, then damage.

    Returns (damaged line, regex of accepted repairs): the dangling lead byte may be dropped,
    kept as is, turned into U+FFFD, or read as the letter whose soft-hyphen byte was stripped
    (the two damages look identical).
    """
    b = line.encode()
    cuts = [i for i in range(len(b) // 2, len(b)) if (b[i] & 0xC0) == 0x80 and b[i - 1] >= 0xC0]
    if not cuts:
        return None
    cut = rng.choice(cuts)
    codec = "cp1252" if "1252" in mode.name else "cp1256"
    damaged = sloppy(b[:cut], codec)
    kept = b[: cut - 1].decode()
    lead = b[cut - 1:cut]
    tails = ["", sloppy(lead, codec), "\ufffd"]
    # a guessed Arabic letter is accepted too: a lone lead byte also looks like a lost 0x81/0xAD
    return damaged, re.escape(kept) + "(?:" + "|".join(re.escape(t) for t in tails) + "|[\u0621-\u06FF])"


def _damage_text(clean: str, mode: Mode, scope: str, rng: random.Random) -> Case | None:
    lines = clean.split("\n")
    order = list(range(len(lines)))
    rng.shuffle(order)
    for li in order if scope != "doc" else [None]:
        if scope == "doc":
            a, b = 0, len(clean)
        elif scope == "line":
            if not _qualifies(lines[li], mode.select) or mode.select in ("url_tag", "emoji_adj"):
                continue
            a = sum(len(x) + 1 for x in lines[:li])
            b = a + len(lines[li])
        else:
            spans = _phrases(lines[li], mode.select, rng)
            if not spans:
                continue
            off = sum(len(x) + 1 for x in lines[:li])
            s0, s1 = rng.choice(spans)
            a, b = off + s0, off + s1
        piece = clean[a:b]
        if not _qualifies(piece, mode.select):
            continue
        if mode.truncate:
            lines_in = piece.split("\n")
            parts = [_truncate(ln, mode, rng) if ARABIC_RE.search(ln) else (ln, re.escape(ln))
                     for ln in lines_in]
            if any(p is None for p in parts) or all(p[0] == ln for p, ln in zip(parts, lines_in, strict=True)):
                continue
            text = clean[:a] + "\n".join(p[0] for p in parts) + clean[b:]
            pat = re.compile(re.escape(clean[:a]) + "\n".join(p[1] for p in parts)
                             + re.escape(clean[b:]))
            return Case(mode, "", scope, text, (), pat)
        damaged = mode.fn(piece, rng)
        if damaged is None or damaged == piece:
            continue
        text = clean[:a] + damaged + clean[b:]
        if mode.rec == "no":
            return Case(mode, "", scope, text, (text,))
        if mode.pp is not None:
            if mode.pp(damaged) == damaged:
                continue  # the post-processing did not touch the damage: same as the base mode
            t2 = mode.pp(text)
            exp = (mode.pp(clean), mode.pp(clean[:a]) + piece + mode.pp(clean[b:]))
            return Case(mode, "", scope, t2, exp)
        if mode.expect is not None:
            return Case(mode, "", scope, text, (clean[:a] + mode.expect(piece) + clean[b:],))
        return Case(mode, "", scope, text, (clean,))
    return None


def build_cases(seed: int) -> list[Case]:
    cases = []
    for mode in MODES:
        for doc_name, clean in DOCS.items():
            for scope in mode.scopes:
                # token-targeted modes have few candidates per doc: draw several, keep distinct
                draws = 8 if mode.select in ("url_tag", "emoji_adj") else 1
                seen = set()
                for k in range(draws):
                    key = f"{seed}|{mode.name}|{doc_name}|{scope}|{k}"
                    case = _damage_text(clean, mode, scope, random.Random(zlib.crc32(key.encode())))
                    if case is not None and case.text not in seen:
                        seen.add(case.text)
                        case.doc = doc_name
                        cases.append(case)
    return cases


# --------------------------------------------------------------------------- tools

STEP = normtext.Pipeline.from_config({"steps": {"encoding": {}}})
TOOLS: dict[str, Callable[[str], str]] = {
    "nt.fix": normtext.fix_encoding,
    "nt.step": STEP,
    "ftfy.text": ftfy.fix_text,
    "ftfy.enc": ftfy.fix_encoding,
}


def _safe(fn: Callable[[str], str], text: str) -> str:
    try:
        return fn(text)
    except Exception as exc:  # a crash counts as a failure, shown in the examples
        return f"<CRASH {type(exc).__name__}: {exc}>"


# --------------------------------------------------------------------------- bytes section

def bytes_cases() -> list[tuple[str, bytes, str]]:
    out = []
    for clean in DOCS.values():
        ar_lines = [ln for ln in clean.split("\n") if ARABIC_RE.search(ln)]
        for codec in ("cp1256", "iso8859_6", "cp720", "mac_arabic", "cp864"):
            raw = enc(clean, codec)
            if raw is not None and ARABIC_RE.search(clean):
                out.append((codec, raw, clean))
                continue
            ok = [ln for ln in ar_lines if enc(ln, codec) is not None]
            if ok:
                text = "\n".join(ok)
                out.append((codec + " (lines)", enc(text, codec), text))
        if enc(clean, "cp1252") is not None and any(ord(c) > 0x7F for c in clean):
            out.append(("cp1252 (latin text)", clean.encode("cp1252"), clean))
        out.append(("utf-16-le +BOM", b"\xff\xfe" + clean.encode("utf-16-le"), clean))
        out.append(("utf-16-be +BOM", b"\xfe\xff" + clean.encode("utf-16-be"), clean))
        out.append(("utf-16-le no BOM", clean.encode("utf-16-le"), clean))
        out.append(("utf-16-be no BOM", clean.encode("utf-16-be"), clean))
        out.append(("utf-8 +BOM", b"\xef\xbb\xbf" + clean.encode(), clean))
        lines = clean.split("\n")
        mixed = [ln.encode("cp1256") if i % 2 and ARABIC_RE.search(ln) and enc(ln, "cp1256")
                 else ln.encode() for i, ln in enumerate(lines)]
        if any(i % 2 and ARABIC_RE.search(ln) and enc(ln, "cp1256") for i, ln in enumerate(lines)):
            out.append(("mixed utf-8 + cp1256 lines", b"\n".join(mixed), clean))
    return out


# --------------------------------------------------------------------------- report

def _first_diff_line(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a.split("\n"), b.split("\n"), strict=False)):
        if x != y:
            return i
    return 0


def _line_of(text: str, other: str, width: int = 160) -> str:
    """The first line of ``text`` that differs from ``other`` (clipped), to keep examples short."""
    lines = text.split("\n")
    i = min(_first_diff_line(text, other), len(lines) - 1)
    return lines[i][:width]


def _best_guess(c: Case, got: str) -> str:
    """For pattern cases: the accepted output that drops the dangling byte (for display)."""
    return re.sub(r"\(\?:[^)]*\)", "", c.pattern.pattern).replace("\\", "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--examples", type=int, default=0, help="failing examples per mode (normtext)")
    ap.add_argument("--mode", default="", help="only modes whose name contains this")
    args = ap.parse_args(argv)

    cases = [c for c in build_cases(args.seed) if args.mode in c.mode.name]
    results: dict[str, list] = defaultdict(list)
    for c in cases:
        outs = {t: _safe(fn, c.text) for t, fn in TOOLS.items()}
        results[c.mode.name].append((c, outs))

    names = list(TOOLS)
    print(f"blind_mojibake2: {len(cases)} cases, seed {args.seed}, {len(DOCS)} clean docs; "
          "exact % (unrecoverable 'no' modes: left alone %); 'wrong' = normtext.fix output differs "
          "from input and expected")
    hdr = f"{'mode':34} {'rec':6} {'n':>3} " + " ".join(f"{n:>9}" for n in names) + f" {'wrong':>5}"
    print(hdr)
    print("-" * len(hdr))
    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    scope_tot: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    group = None
    for mode in MODES:
        rows = results.get(mode.name)
        if not rows:
            continue
        if mode.group != group:
            group = mode.group
        ok = {n: sum(c.ok(o[n]) for c, o in rows) for n in names}
        wrong = sum(o["nt.fix"] != c.text and not c.ok(o["nt.fix"]) for c, o in rows)
        print(f"{mode.name[:34]:34} {mode.rec:6} {len(rows):>3} "
              + " ".join(f"{100 * ok[n] / len(rows):>8.0f}%" for n in names) + f" {wrong:>5}")
        key = "pdf (unicode step?)" if mode.group == "pdf" else mode.rec
        for n in names:
            totals[key][n][0] += ok[n]
            totals[key][n][1] += len(rows)
        totals[key]["wrong"][0] += wrong
        if mode.rec != "no" and mode.group != "pdf":
            for c, o in rows:
                scope_tot[c.scope][0] += c.ok(o["nt.fix"])
                scope_tot[c.scope][1] += 1

    print("\nOverall (pdf modes excluded from yes/priors):")
    for key in ("yes", "priors", "no", "pdf (unicode step?)"):
        if key not in totals:
            continue
        t = totals[key]
        print(f"  {key:20} n={t['nt.fix'][1]:>4} " + " ".join(
            f"{n}={100 * t[n][0] / max(1, t[n][1]):.1f}%" for n in names)
            + f" nt.wrong={t['wrong'][0]}")
    yes_pri = [sum(totals[k][n][0] for k in ("yes", "priors")) for n in names]
    den = sum(totals[k]["nt.fix"][1] for k in ("yes", "priors"))
    print(f"  recoverable (yes+priors) n={den} " + " ".join(
        f"{n}={100 * v / max(1, den):.1f}%" for n, v in zip(names, yes_pri, strict=True)))
    print("  nt.fix by scope (recoverable): " + ", ".join(
        f"{s}={100 * v[0] / max(1, v[1]):.1f}% ({v[1]})" for s, v in scope_tot.items()))

    clean_items = list(DOCS.values()) + [ln for d in DOCS.values() for ln in d.split("\n")] + TRAP_LINES
    print(f"\nFalse changes on clean texts ({len(clean_items)} docs/lines/traps; must be 0): "
          + ", ".join(f"{n}={sum(_safe(fn, t) != t for t in clean_items)}" for n, fn in TOOLS.items()))
    for t in clean_items:
        got = _safe(normtext.fix_encoding, t)
        if got != t:
            print(f"   nt.fix changed {t!r}\n          -> {got!r}")

    print("\nBytes: normtext.encoding.decode_bytes(raw).text == clean")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for label, raw, clean in bytes_cases():
        try:
            got = decode_bytes(raw).text
        except Exception as exc:
            got = f"<CRASH {exc}>"
        per[label][0] += got == clean
        per[label][1] += 1
        if got != clean:
            fails.append((label, clean, got))
    for label, (k, n) in per.items():
        print(f"  {label:30} {k:>3}/{n:<3} {100 * k / n:5.0f}%")
    tot_k = sum(v[0] for v in per.values())
    tot_n = sum(v[1] for v in per.values())
    print(f"  {'all':30} {tot_k:>3}/{tot_n:<3} {100 * tot_k / tot_n:5.0f}%")

    if args.examples:
        print("\nFailing examples (normtext.fix_encoding):")
        for mode in MODES:
            bad = [(c, o) for c, o in results.get(mode.name, []) if not c.ok(o["nt.fix"])]
            for c, o in bad[: args.examples]:
                got = o["nt.fix"]
                exp = c.expected[0] if c.expected else _best_guess(c, got)
                print(f"--- {mode.name} [{mode.rec}] doc={c.doc} scope={c.scope}")
                print(f"  input:    {_line_of(c.text, got)!r}")
                print(f"  expected: {_line_of(exp, got)!r}")
                print(f"  got:      {_line_of(got, exp)!r}")
        for label, clean, got in fails[: args.examples * 3]:
            print(f"--- bytes {label}\n  expected: {clean[:200]!r}\n  got:      {got[:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
