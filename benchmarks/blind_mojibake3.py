"""Third blind benchmark of encoding repair: normtext against ftfy on generated web damage.

What it measures
----------------
Clean text written for this script (Arabic news in several styles: MSA with and without
diacritics, Egyptian, Gulf, Levantine and Maghrebi dialect, Arabic with English brand names and
both digit systems, Persian and Urdu, mixed Arabic/English/French lines, emoji, « » “ ” ، ؛ ؟,
NBSP and ZWNJ) is damaged, with a fixed seed, in the ways web pipelines damage it: UTF-8 read in
the wrong code page (cp1252, latin-1, cp1256, ISO-8859-6, cp720, cp864, mac_arabic, cp850,
cp437, cp1254, mac_roman), two and three layers in mixed code pages, legacy windows-1256 and
ISO-8859-6 bytes read in the wrong code page, mojibake followed by the later damage real
pipelines add (case changes, NFKC/NFKD, quote straightening, whitespace collapse, NBSP to space,
C1 and zero-width stripping, HTML escaping, truncation inside a character, wrapping at 80
columns, ``?``/U+FFFD for undefined bytes), mojibake of only part of a line (a quoted phrase, a
CSV field, a hashtag, a URL path, a JSON value, one line of a document), and raw bytes in legacy
encodings, UTF-16 and UTF-8 with a BOM for the byte-level decoder.

Every mode is labelled:

* ``yes``: the damage is reversible from the text alone; the expected output is the clean text.
* ``priors``: reversible only with knowledge of what plausible text looks like (a byte was lost
  or folded but only one reading is plausible); the expected output is the clean text, with any
  later damage to ASCII characters kept (``IPHONE`` stays upper case after an ``upper()``),
  since no tool can know the original case of text that was never garbled.
* ``no``: information is gone; the right answer is to leave the input exactly as it is.

A few modes accept more than one answer (a BOM kept or dropped, the dangling fragment of a
truncated character dropped, kept or shown as U+FFFD, a hard line break put before or after the
character it split).

Tools, each scored on exact equality with an accepted answer:

* ``nt.fix``: ``normtext.fix_encoding(text)`` (codec repairs only, no HTML references);
* ``nt.step``: ``Pipeline.from_config({"steps": {"encoding": {}}})``, the encoding step with its
  defaults (HTML references, BOM and C1 handling included);
* ``ftfy.text`` / ``ftfy.enc``: ``ftfy.fix_text`` (all defaults) and ``ftfy.fix_encoding``;
* ``bytes`` (byte modes only): ``normtext.encoding.decode_bytes(raw).text``. The text tools get
  the same bytes as Python's lossless reading, ``raw.decode("utf-8", "surrogateescape")``.

``wrong`` counts outputs of ``nt.fix`` (of ``decode_bytes`` in the byte table) that differ both
from the input and from every accepted answer: changes that are worse than leaving the text
alone. Finally every clean text and trap (correct Arabic, Persian, Urdu, accented European text,
Latin-1 symbols, currency, code, math, emoji, transliteration, upper-case Latin that reads as
windows-1256 Arabic, ``ط``/``ظ`` before punctuation, ...) is run through every tool, and each
change is a false change.

The sentences, the damage generators and the expectations were written from
``/work/shared/specs/encoding.md``, the README and ftfy's public API, without reading normtext's
repair code, its tests or the two earlier blind benchmarks.

Run (a few seconds on one core; deterministic: fixed seed, no set or hash order)::

    python benchmarks/blind_mojibake3.py                  # tables, summary, worst modes
    python benchmarks/blind_mojibake3.py --examples 3     # plus 3 failures of nt.fix per mode
    python benchmarks/blind_mojibake3.py --mode cp1256    # only modes whose name contains this
    python benchmarks/blind_mojibake3.py --n 20           # fewer cases per mode (default 40)
"""

from __future__ import annotations

import argparse
import codecs
import html
import itertools
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html.entities import codepoint2name
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402

import normtext  # noqa: E402
from normtext.encoding import decode_bytes  # noqa: E402

SEED = 20260503
NBSP = "\u00a0"
ZWNJ = "\u200c"

# --------------------------------------------------------------------------------------------
# Clean text. Every entry is a (style, text) pair; texts are NFC-normalized on load.
# --------------------------------------------------------------------------------------------

SENTENCES: list[tuple[str, str]] = [
    # MSA, no diacritics
    ("msa", "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية."),
    ("msa", "قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة."),
    ("msa", "ارتفعت أسعار النفط بنسبة ٣٫٥٪ بعد قرار منظمة أوبك خفض الإنتاج."),
    ("msa", "شارك أكثر من ٢٠٠ باحث في المؤتمر الدولي للذكاء الاصطناعي الذي عقد في الرياض."),
    ("msa", "أكد رئيس الوزراء أن الحكومة ماضية في تنفيذ خطة الإصلاح الاقتصادي رغم التحديات."),
    ("msa", "هطلت أمطار غزيرة على عدة مدن ساحلية، وحذرت الأرصاد من سيول محتملة؛ فهل تتأخر الدراسة؟"),
    ("msa", "وقعت الشركتان اتفاقية شراكة استراتيجية بقيمة ١٫٢ مليار دولار."),
    ("msa", "فاز المنتخب المغربي على نظيره البرتغالي بهدف نظيف في ربع النهائي."),
    ("msa", "قالت الشرطة في بيان: «تم القبض على المشتبه به فجر اليوم»."),
    ("msa", "يبدأ العام الدراسي الجديد في ١٥ سبتمبر، بحسب ما أعلنته الوزارة."),
    ("msa", "تستضيف قطر البطولة للمرة الثانية بمشاركة ٢٤ منتخبا من أربع قارات."),
    ("msa", "أفادت وكالة الأنباء بأن الزلزال بلغت قوته ٥٫٨ درجات على مقياس ريختر."),
    ("msa", "تراجع معدل التضخم في مصر إلى ٢٦٪ خلال شهر أكتوبر الماضي."),
    ("msa", "افتتح معرض الكتاب أبوابه أمام الزوار بمشاركة ٨٠٠ دار نشر."),
    ("msa", "يعاني القطاع الصحي من نقص حاد في الأدوية والمستلزمات الطبية."),
    ("msa", "طالب المحتجون بتحسين الظروف المعيشية وتوفير فرص العمل للشباب."),
    ("msa", "اكتشف فريق من علماء الآثار مقبرة فرعونية في محافظة الأقصر."),
    ("msa", "ضغط الدم المرتفع يزيد خطر الإصابة بأمراض القلب، حسب الدراسة."),
    ("msa", "فقط ثلاثة أيام تفصلنا عن انطلاق مهرجان قرطاج السينمائي."),
    ("msa", "ناقش مجلس الأمن الدولي في جلسة طارئة تطورات الأوضاع الإنسانية في السودان."),
    ("msa", "انخفضت درجات الحرارة إلى ما دون الصفر في المرتفعات الجبلية شمال البلاد."),
    ("msa", "أظهرت بيانات البنك المركزي نمو الودائع المصرفية بنسبة 7% على أساس سنوي."),
    # MSA with diacritics
    ("msa-diac", "إِنَّ العِلْمَ نُورٌ، وَالجَهْلَ ظَلَامٌ."),
    ("msa-diac", "قَالَ الرَّئِيسُ: «سَنَعْمَلُ مَعًا مِنْ أَجْلِ مُسْتَقْبَلٍ أَفْضَلَ»."),
    ("msa-diac", "ذَهَبَ الطُّلَّابُ إِلَى المَكْتَبَةِ لِقِرَاءَةِ الكُتُبِ الجَدِيدَةِ."),
    ("msa-diac", "وَصَلَتِ البَعْثَةُ الدِّبْلُومَاسِيَّةُ إِلَى العَاصِمَةِ صَبَاحَ الأَحَدِ."),
    ("msa-diac", "فَتَحَ المُوَظَّفُ النَّافِذَةَ، فَدَخَلَ هَوَاءٌ بَارِدٌ إِلَى الغُرْفَةِ."),
    # dialects
    ("egy", "الجو النهارده حر أوي، ومش قادر أنزل الشغل خالص."),
    ("egy", "إنت فين يا عم؟ بقالي ساعة مستنيك قدام المحطة!"),
    ("egy", "الماتش بكرة الساعة ٩ بالليل، هنتفرج عليه في القهوة."),
    ("gulf", "شلونك اليوم؟ إن شاء الله زين، ترا الدوام بكرة من الساعة ٧."),
    ("gulf", "وش رايك نروح البر نهاية الأسبوع؟ الجو وايد حلو."),
    ("lev", "كيفك يا زلمة؟ شو عم تعمل هالأيام؟ صرلي زمان ما شفتك."),
    ("lev", "بدي روح عالسوق بس ما معي مصاري، خليها لبكرا."),
    ("mag", "واش راك؟ لاباس عليك؟ غادي نمشي للخدمة دابا."),
    ("mag", "بزاف ديال الناس ما عندهمش الخدمة فهاد البلاد."),
    # Arabic with English brand names and numbers
    ("ar-en", "أطلقت Apple هاتف iPhone 16 Pro بسعر يبدأ من 999 دولارا."),
    ("ar-en", "تجاوزت مبيعات Samsung في الربع الثالث ٢٫٤ مليار دولار، وفق تقرير IDC."),
    ("ar-en", "استخدم ChatGPT وGoogle Gemini في كتابة التقرير، ثم راجعته يدويا."),
    ("ar-en", "حصلت Tesla على ترخيص لتشغيل سيارات Model Y في دبي اعتبارا من 2025."),
    ("ar-en", "سجل سهم Aramco ارتفاعا بنسبة 1.8% في تداولات الثلاثاء."),
    ("ar-en", "يمكنك تحميل تطبيق WhatsApp من متجر Google Play مجانا."),
    # Persian and Urdu
    ("fa", "وزیر امور خارجه امروز با همتای چینی خود در پکن دیدار کرد."),
    ("fa", f"ما می{ZWNJ}خواهیم این پروژه را تا پایان سال به پایان برسانیم."),
    ("fa", "قیمت دلار در بازار آزاد تهران به ۶۰ هزار تومان رسید."),
    ("fa", f"کتاب{ZWNJ}های زیادی در نمایشگاه امسال به فروش رفت."),
    ("fa", f"گزارش{ZWNJ}ها نشان می{ZWNJ}دهد که ژاپن بیشترین سرمایه{ZWNJ}گذاری را داشته است."),
    ("ur", "وزیراعظم نے آج قوم سے خطاب کرتے ہوئے نئی پالیسی کا اعلان کیا۔"),
    ("ur", "کراچی میں شدید بارش کے باعث کئی سڑکیں زیر آب آگئیں۔"),
    ("ur", "پاکستان کرکٹ ٹیم نے سیریز دو ایک سے جیت لی۔"),
    # mixed Arabic / English / French
    ("mixed", "Le ministre a déclaré : « الاتفاق سيوقع قريبا » lors de la conférence."),
    ("mixed", "The summit in الرياض was described as “historic” by both delegations."),
    ("mixed", "Réunion à Tunis : الحكومة التونسية تعلن عن إجراءات جديدة pour l'été."),
    ("mixed", "Breaking: انفجار في ميناء بيروت — at least 12 injured, officials say."),
    # emoji
    ("emoji", "مبروك للفريق 🎉🏆 أداء رائع الليلة! 👏👏"),
    ("emoji", "صباح الخير ☀️ لا تنسوا القهوة ☕ اليوم"),
    ("emoji", "شكرا لكم جميعا ❤️🇸🇦 #اليوم_الوطني"),
    ("emoji", "العائلة كلها هنا 👨‍👩‍👧 في العيد"),
    # punctuation
    ("punct", "هل قرأت مقال “مستقبل الطاقة” في عدد اليوم؟"),
    ("punct", "قال: «لن نتراجع»، ثم غادر القاعة؛ وكان الغضب واضحا."),
    ("punct", "الأسعار (بالريال): ﷼ ١٢٠ للكيلو — وهي الأعلى منذ عام…"),
    # NBSP
    ("nbsp", f"بلغت الحرارة 45{NBSP}°C في الكويت ظهر اليوم."),
    ("nbsp", f"المبلغ الإجمالي: 1{NBSP}250{NBSP}000 ريال سعودي."),
    ("nbsp", f"سعر الصرف ٣٫٧٥{NBSP}ريال لكل دولار."),
]

# Texts that must come out unchanged (in addition to every sentence above).
TRAPS: list[tuple[str, str]] = [
    ("latin", "Zoë Ørsted-Müller presented the results in Göteborg."),
    ("latin", "Ça coûte 15 € à l'hôtel « Le Régent », près de la gare."),
    ("latin", "¿Dónde está el niño? ¡Qué alegría verte, señora Muñoz!"),
    ("latin", "Die Straße in Köln wurde für Fußgänger gesperrt."),
    ("latin", "São João não é longe; as ações subiram 3,5% em março."),
    ("latin", "NÃO HÁ VAGAS — IRMÃ, MÃE E FILHA."),
    ("latin", "O título do filme é “IRMÃ”."),
    ("latin", "İstanbul'da şiddetli yağış nedeniyle bazı okullar kapatıldı."),
    ("latin", "Blåbærsyltetøy og rødgrød med fløde på Ærø."),
    ("latin", "Þórður Ægisson býr í Reykjavík á Íslandi."),
    ("latin", "Smörgåsbord i Malmö, Åland och Østfold."),
    ("latin", "Français : l’été dernier, j’ai vu « Amélie » au cinéma."),
    ("latin", "Łódź, Kraków and Gdańsk are Polish cities."),
    ("latin", "Ñandú, pingüino y cigüeña en el zoológico."),
    ("latin", "Café Müller – Öffnungszeiten: Mo–Fr 8–18 Uhr."),
    ("latin", "Ölçüm sonuçları: %45 artış, İzmir'de ÇAĞRI MERKEZİ."),
    ("latin", "À bientôt ! Où êtes-vous ? Déjà là-bas, çà et là."),
    ("latin", "Åsa Öberg och Jörgen Ström vann i Umeå."),
    ("latin", "Ελληνικά: Καλημέρα σας! Русский: Привет, мир!"),
    ("latin", "He said, “It’s fine” — and left… the ‘quoted’ word stays."),
    # upper-case Latin that reads as windows-1256 Arabic, Latin-1 letters next to symbols
    ("latin-upper", "AÑO NUEVO EN MÉXICO: ÚLTIMA HORA."),
    ("latin-upper", "GARÇON, L'ADDITION S'IL VOUS PLAÎT ! ÉTÉ ÇA VA."),
    ("latin-upper", "ÍNDICE DE PRECIOS AL CONSUMIDOR (IPC) SUBIÓ."),
    ("latin-upper", "AÇÃO E REAÇÃO: ÓRGÃOS PÚBLICOS SÓ NÃO ABREM."),
    ("latin-upper", "CITTÀ DEL VATICANO — PERCHÉ NO? È PIÙ BELLA."),
    ("latin-upper", "E di PIÙ… molto di PIÙ!"),
    ("latin-upper", "ÆØÅ æøå are Danish letters; Ð ð Þ þ are Icelandic."),
    ("latin-upper", "CHÂTEAU DE VERSAILLES, FORÊT, HÔTEL, FLÛTE."),
    ("latin-upper", "PEÑA NIETO Y LÓPEZ OBRADOR, DÉJÀ VU."),
    ("latin-upper", "ÇÀ ET LÀ, ÉLÈVES ET ÉCOLES."),
    # symbols, currency
    ("symbols", "© 2024 Reuters ® — 37°C ±0.5, 3×4 = 12, 8÷2 = 4, ¼ cup."),
    ("symbols", "Prices: €12.50, £9.99, ¥1,200, ﷼ 45 and $3."),
    ("symbols", "Bohrung Ø12±0,1 mm, Oberfläche Ra 0,8 µm."),
    ("symbols", "Temperature: −5 °C to +3 °C; 50 km/h; 2½ hours; ½ price today only™."),
    ("symbols", "§ 12 Abs. 3 — siehe ¶ 4; Preis 1.299,– €."),
    ("symbols", "Ratio 1:3 · weight 5 kg · 10 µs · 90° angle · x² + y³."),
    # code, math
    ("code", 'if (x > 0 && y != "é") { return arr[i] ?? null; }'),
    ("code", 'print(f"{name!r}: {value:>10.2f}")  # naïve formatting'),
    ("code", 'html = html.replace("&amp;", "&")'),
    ("code", "SELECT * FROM users WHERE name LIKE '%Ø%';"),
    ("code", "├── normtext/  └── tests/  │ README.md"),
    ("code", 'const label = "السعر: " + price + " ريال";'),
    ("math", "∑ᵢ xᵢ² ≤ √2 · π ≈ 4.44, ∀ε > 0 ∃δ > 0"),
    ("math", "f(x) = x³ − 2x² + ½x, x ∈ ℝ, f′(0) = 0"),
    # emoji
    ("emoji", "👨‍👩‍👧‍👦 family trip 🇸🇦🇪🇬 👍🏽 ❤️‍🔥"),
    ("emoji", "🙂🙃😂🤣 ✨✨ 🧕🏻 رمضان كريم 🌙"),
    # transliteration and Arabizi
    ("translit", "ana 3ayez a2ollak 7aga mohema, inta fein?"),
    ("translit", "ʿAbd al-Raḥmān ibn ʿAwf and Abū Bakr al-Ṣiddīq"),
    ("translit", "Ḥalab (Aleppo), Ṣanʿāʾ and Ḍubā are place names."),
    ("url", "https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9"),
    ("url", "https://example.com/search?q=%C3%A9t%C3%A9&lang=fr"),
    # Arabic where ط/ظ precede punctuation, and other signature look-alikes
    ("arabic-trap", "هل رأيت القط؟ نعم، القط؟ لا أعرف."),
    ("arabic-trap", "من واجبنا الحفاظ، قدر الإمكان، على البيئة."),
    ("arabic-trap", "المصدر: كتاب التاريخ (د.ط، ٢٠١٩)، ص ٤٥."),
    ("arabic-trap", "فقط… لا أكثر."),
    ("arabic-trap", "الضغط؛ التوتر؛ القلق."),
    ("arabic-trap", "منتج الخليط® الأصلي متوفر الآن."),
    ("arabic-trap", "جميع الحقوق محفوظة © 2024"),
    ("arabic-trap", "تقع المدينة على خط عرض ٣٠° شمالا."),
    ("arabic-trap", "انظر إلى الخط“الأحمر” في الخريطة."),
    ("arabic-trap", "السعر ١٥٠ ريالا فقط، والشحن مجاني."),
    ("arabic-trap", "The word «سلام» means peace; in French « paix »."),
    ("arabic-trap", "يقع الحي وسط» المدينة القديمة «كما يقول السكان."),
    ("arabic-trap", f"نشر{NBSP}الخبر في{NBSP}الصفحة الأولى."),
    ("arabic-trap", f"سأذهب إلى المدرسة ثم إلى البيت.{ZWNJ}"),
]

HASHTAGS = ["السعودية", "مصر_الآن", "كأس_العالم", "عاجل", "اليوم_الوطني", "رمضان_كريم",
            "لبنان_ينتفض", "الرياض", "تونس", "الجزائر_تنتخب"]
TWEETS_EN = ["What a night! 🎉 #{tag}", "Live updates here: #{tag} (thread 1/5)",
             "RT @newsdesk: markets close higher #{tag} #breaking", "#{tag} trending again today",
             "Photos from the stadium 📸 #{tag} #football"]
CITIES_AR = ["عمان", "الرياض", "القاهرة", "بيروت", "تونس", "الدار البيضاء"]
CITIES_EN = ["Amman", "Riyadh", "Cairo", "Beirut", "Tunis", "Casablanca"]
SITES = ["alghad.example.com", "news.example.org", "www.example.net/ar"]
FRENCH = ["Communiqué de presse", "Déclaration officielle", "Résumé en français",
          "Événement à venir", "Dernière mise à jour"]
LATIN1_LINES = [t for k, t in TRAPS if k in ("latin", "latin-upper", "symbols")]


def _nfc(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, unicodedata.normalize("NFC", t)) for k, t in pairs]


SENTENCES = _nfc(SENTENCES)
TRAPS = _nfc(TRAPS)
TEXTS = [t for _, t in SENTENCES]
PERSO = [t for k, t in SENTENCES if k in ("fa", "ur")]
ARABIC = [t for k, t in SENTENCES if k not in ("fa", "ur", "mixed")]

# --------------------------------------------------------------------------------------------
# Damage primitives
# --------------------------------------------------------------------------------------------

SLOPPY = "blind3-sloppy"  # undefined byte b -> U+00bb, as WHATWG windows-1252 and Windows tables do
QMARK = "blind3-qmark"  # undefined byte -> "?", as strict converters with a substitution char do


def _sloppy(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(map(chr, exc.object[exc.start : exc.end])), exc.end


def _qmark(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "?" * (exc.end - exc.start), exc.end


codecs.register_error(SLOPPY, _sloppy)
codecs.register_error(QMARK, _qmark)


def misread(text: str, codec: str = "cp1252", errors: str = SLOPPY, source: str = "utf-8") -> str:
    """Encode ``text`` in ``source`` and decode the bytes as ``codec``."""
    return text.encode(source).decode(codec, errors)


def layers(text: str, *codecs_: str) -> str:
    for c in codecs_:
        text = misread(text, c)
    return text


def legacy_form(text: str) -> str:
    """What a legacy Arabic file holds for this text: Persian yeh as Arabic yeh, ASCII digits."""
    table = str.maketrans("ی۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٪٫۔", "ي01234567890123456789%..")
    return text.translate(table)


def encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


RUN = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def later_charwise(clean: str, codec: str, transform: Callable[[str], str],
                   source: str = "utf-8") -> tuple[str, str] | None:
    """Mojibake, then a length-preserving later damage; expected keeps that damage on ASCII runs."""
    runs = RUN.findall(clean)
    bad = [r if r.isascii() else misread(r, codec, source=source) for r in runs]
    damaged = "".join(bad)
    out = transform(damaged)
    if len(out) != len(damaged):
        return None
    expected, pos = [], 0
    for r, b in zip(runs, bad, strict=True):
        seg = out[pos : pos + len(b)]
        pos += len(b)
        expected.append(seg if r.isascii() else r)
    return out, "".join(expected)


QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
                        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'"})
ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff]")
C1 = re.compile("[\x80-\x9f]")


def refs_numeric(text: str) -> str:
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def refs_named(text: str) -> str:
    return "".join(c if ord(c) < 128 else
                   (f"&{codepoint2name[ord(c)]};" if ord(c) in codepoint2name else f"&#{ord(c)};")
                   for c in text)


def with_nbsp(s: str, rng: random.Random) -> str:
    spaces = [i for i, c in enumerate(s) if c == " "]
    i = rng.choice(spaces)
    return s[:i] + NBSP + s[i + 1 :]


def words(s: str, rng: random.Random, lo: int = 2, hi: int = 5) -> str:
    w = s.rstrip(".!؟?…").split()
    k = min(len(w), rng.randint(lo, hi))
    start = rng.randint(0, len(w) - k)
    return " ".join(w[start : start + k])


# --------------------------------------------------------------------------------------------
# Modes
# --------------------------------------------------------------------------------------------

Made = tuple[str | bytes, tuple[str, ...]] | None


@dataclass
class Mode:
    name: str
    cls: str  # "yes" | "priors" | "no"
    desc: str
    make: Callable[[str, random.Random], Made]
    pool: list[str] = field(default_factory=lambda: TEXTS)
    kind: str = "text"  # "text" | "bytes"


def whole(*chain: str, errors: str = SLOPPY, source: str = "utf-8") -> Callable[[str, random.Random], Made]:
    """Whole line: encode in ``source``, read as ``chain[0]``, then more layers of UTF-8 misreads."""

    def make(s: str, rng: random.Random) -> Made:
        clean = s if source == "utf-8" else legacy_form(s)
        if not encodable(clean, source):
            return None
        text = misread(clean, chain[0], errors, source)
        for c in chain[1:]:
            text = misread(text, c)
        return text, (clean,)

    return make


def lossy(codec: str, errors: str) -> Callable[[str, random.Random], Made]:
    return whole(codec, errors=errors)


def charwise(codec: str, transform: Callable[[str], str], source: str = "utf-8") -> Callable[..., Made]:
    def make(s: str, rng: random.Random) -> Made:
        if source != "utf-8":
            s = legacy_form(s)
            if not encodable(s, source):
                return None
        r = later_charwise(s, codec, transform, source)
        return None if r is None else (r[0], (r[1],))

    return make


def nbsp_variants(s: str) -> tuple[str, ...]:
    """The clean text, and the same with its NBSPs as spaces (what the later step wanted anyway)."""
    return (s, s.replace(NBSP, " ")) if NBSP in s else (s,)


def m_nfk(form: str) -> Callable[[str, random.Random], Made]:
    def make(s: str, rng: random.Random) -> Made:
        return unicodedata.normalize(form, misread(s)), nbsp_variants(s)

    return make


def m_collapse(s: str, rng: random.Random) -> Made:
    spaces = [i for i, c in enumerate(s) if c == " "]
    i = rng.choice(spaces)
    clean = s[:i] + rng.choice(["  ", " \t", "   "]) + s[i + 1 :]
    bad = misread(clean)
    if re.search(r"\s\xa0|\xa0\s|^\xa0|\xa0$", bad):
        return None  # the collapse would also eat a space next to the lost byte
    return " ".join(bad.split()), nbsp_variants(re.sub(r"[ \t]+", " ", clean))


def m_nbsp_space(s: str, rng: random.Random) -> Made:
    if "\xa0" not in misread(s):
        s = with_nbsp(s, rng)
    return misread(s).replace("\xa0", " "), nbsp_variants(s)


def m_zero_width(s: str, rng: random.Random) -> Made:
    clean = s if "”" in s else f"“{s}”"
    return ZERO_WIDTH.sub("", misread(clean, "cp1256")), (clean,)


def m_shy(s: str, rng: random.Random) -> Made:
    return misread(s, "cp1256").replace("\xad", ""), (s,)


def m_c1_latin1(s: str, rng: random.Random) -> Made:
    out = C1.sub("", misread(s, "latin-1"))
    return out, (out,)


def m_c1_cp1252(s: str, rng: random.Random) -> Made:
    return C1.sub("", misread(s)), (s,)


def m_into_cp1256(s: str, rng: random.Random) -> Made:
    bad = misread(s).encode("cp1256", "replace").decode("cp1256")
    return bad, (bad,)


def m_qmarks(s: str, rng: random.Random) -> Made:
    out = s.encode("latin-1", "replace").decode("latin-1")
    return out, (out,)


def m_fffd(s: str, rng: random.Random) -> Made:
    out = s.encode("utf-8").decode("ascii", "replace")
    return out, (out,)


def m_iso_fffd(s: str, rng: random.Random) -> Made:
    out = misread(s, "iso8859_6", "replace")
    return out, (out,)


def m_ascii_fold(s: str, rng: random.Random) -> Made:
    out = unicodedata.normalize("NFKD", misread(s)).encode("ascii", "ignore").decode("ascii")
    return out, (out,)


def m_legacy_upper(s: str, rng: random.Random) -> Made:
    s = legacy_form(s)
    if not encodable(s, "cp1256"):
        return None
    out = misread(s, "cp1252", source="cp1256").upper()
    return out, (out,)


def m_bom(s: str, rng: random.Random) -> Made:
    return misread("\ufeff" + s), (s, "\ufeff" + s)


def m_refs_numeric(s: str, rng: random.Random) -> Made:
    return refs_numeric(misread(s)), (s,)


def m_refs_named(s: str, rng: random.Random) -> Made:
    return refs_named(misread(s)), (s,)


def m_refs_double(s: str, rng: random.Random) -> Made:
    # escaped twice (``&amp;#216;``), unescaped once: numeric references of the mojibake remain
    return html.unescape(html.escape(refs_numeric(misread(s)))), (s,)


def m_word_wrap(s: str, rng: random.Random) -> Made:
    tokens = s.split(" ")
    bad = [misread(t) for t in tokens]
    seps, width = [], len(bad[0])
    for b in bad[1:]:
        if width + 1 + len(b) > 80:
            seps.append("\n")
            width = len(b)
        else:
            seps.append(" ")
            width += 1 + len(b)
    if "\n" not in seps:
        return None

    def join(parts: list[str]) -> str:
        return parts[0] + "".join(sep + p for sep, p in zip(seps, parts[1:], strict=True))

    return join(bad), (join(tokens),)


def m_hard_wrap(s: str, rng: random.Random) -> Made:
    pieces = [misread(c) for c in s]
    damaged = "".join(pieces)
    if len(damaged) <= 80:
        return None
    starts, pos = [], 0
    for p in pieces:
        starts.append(pos)
        pos += len(p)
    options = []
    for b in range(80, len(damaged), 80):
        k = max(i for i, st in enumerate(starts) if st <= b)
        options.append([k] if starts[k] == b else [k + 1, k])
    accepts = []
    for combo in itertools.product(*options):
        chars = list(s)
        for k in sorted(combo, reverse=True):
            chars.insert(k, "\n")
        accepts.append("".join(chars))
    inp = "\n".join(damaged[i : i + 80] for i in range(0, len(damaged), 80))
    return inp, tuple(dict.fromkeys(accepts))


def m_truncate(s: str, rng: random.Random) -> Made:
    raw = s.encode("utf-8")
    cands = [i for i in range(len(raw) // 2, len(raw)) if 0x80 <= raw[i] <= 0xBF]
    if not cands:
        return None
    cut = rng.choice(cands)
    start = cut
    while 0x80 <= raw[start] <= 0xBF:
        start -= 1
    prefix = raw[:start].decode("utf-8")
    frag = raw[start:cut].decode("cp1252", SLOPPY)
    return raw[:cut].decode("cp1252", SLOPPY), (prefix, prefix + "\ufffd", prefix + frag)


def other(rng: random.Random, pool: list[str], s: str) -> str:
    choices = [t for t in pool if t != s]
    return rng.choice(choices)


def m_quoted(s: str, rng: random.Random) -> Made:
    phrase = words(other(rng, ARABIC, s), rng, 2, 5)
    tpl = rng.choice(["{a} وأضاف: «{b}».", "«{b}»، هكذا علق المصدر. {a}", "{a} (“{b}”)"])
    return tpl.format(a=s, b=misread(phrase)), (tpl.format(a=s, b=phrase),)


def m_csv(s: str, rng: random.Random) -> Made:
    i = rng.randrange(len(CITIES_AR))
    head = f"{rng.randint(1000, 9999)},2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    tail = rng.choice([f"{CITIES_EN[i]},{rng.randint(1, 500)}", f"{CITIES_AR[i]},{rng.randint(1, 500)}"])
    row = '{h},"{f}",{t}'
    return row.format(h=head, f=misread(s), t=tail), (row.format(h=head, f=s, t=tail),)


def m_hashtag(s: str, rng: random.Random) -> Made:
    tag = rng.choice(HASHTAGS)
    tpl = rng.choice(TWEETS_EN + ["{s} #{tag}", "#{tag} {s}"])
    return tpl.format(s=s, tag=misread(tag)), (tpl.format(s=s, tag=tag),)


def m_url(s: str, rng: random.Random) -> Made:
    slug = words(s, rng, 2, 4).replace(" ", "-").strip("،؛:«»“”()")
    if not slug or slug.isascii():
        return None
    site = rng.choice(SITES)
    n = rng.randint(10000, 99999)
    tpl = rng.choice(["المصدر: https://{site}/news/{slug}/{n}", "Read more: https://{site}/{slug}-{n}.html"])
    return tpl.format(site=site, slug=misread(slug), n=n), (tpl.format(site=site, slug=slug, n=n),)


def m_json(s: str, rng: random.Random) -> Made:
    i = rng.randrange(len(CITIES_AR))

    def rec(title: str) -> str:
        return json.dumps({"id": 1000 + i, "title": title, "city": CITIES_AR[i], "lang": "ar"},
                          ensure_ascii=False)

    return rec(misread(s)), (rec(s),)


def m_beside_clean(s: str, rng: random.Random) -> Made:
    t = other(rng, ARABIC, s)
    if rng.random() < 0.5:
        return f"{t} | {misread(s)}", (f"{t} | {s}",)
    return f"{misread(s)} — {t}", (f"{s} — {t}",)


def m_cp1256_in_english(s: str, rng: random.Random) -> Made:
    tpl = rng.choice(["According to the statement, {x} (Arabic original).", "Quote: “{x}” — AFP"])
    return tpl.format(x=misread(s, "cp1256")), (tpl.format(x=s),)


def m_two_damages(s: str, rng: random.Random) -> Made:
    t = other(rng, ARABIC, s)
    return f"{misread(s)} / {misread(t, 'cp1256')}", (f"{s} / {t}",)


def m_legacy_beside_utf8(s: str, rng: random.Random) -> Made:
    t = legacy_form(other(rng, ARABIC, s))
    if not encodable(t, "cp1256"):
        return None
    return f"{s}: {misread(t, 'cp1252', source='cp1256')}", (f"{s}: {t}",)


def m_one_line(s: str, rng: random.Random) -> Made:
    a, c = other(rng, TEXTS, s), other(rng, TEXTS, s)
    return f"{a}\n{misread(s)}\n{c}", (f"{a}\n{s}\n{c}",)


# ---- byte modes (decode_bytes) ---------------------------------------------------------------


def b_legacy(codec: str, pair_with: list[str] | None = None) -> Callable[[str, random.Random], Made]:
    """One sentence in a legacy code page; with ``pair_with``, sometimes two (small pools)."""

    def make(s: str, rng: random.Random) -> Made:
        if pair_with and rng.random() < 0.7:
            s = f"{s} {other(rng, pair_with, s)}"
        s = legacy_form(s)
        return (s.encode(codec), (s,)) if encodable(s, codec) else None

    return make


def b_utf16(codec: str, bom: bytes) -> Callable[[str, random.Random], Made]:
    def make(s: str, rng: random.Random) -> Made:
        return bom + s.encode(codec), (s,)

    return make


def b_utf8_bom(s: str, rng: random.Random) -> Made:
    return codecs.BOM_UTF8 + s.encode("utf-8"), (s, "\ufeff" + s)


def b_mixed_lines(s: str, rng: random.Random) -> Made:
    lines, raw = [], []
    for i, t in enumerate([s, other(rng, ARABIC, s), other(rng, ARABIC, s), other(rng, ARABIC, s)]):
        t = legacy_form(t) if i % 2 else t
        if i % 2 and not encodable(t, "cp1256"):
            return None
        lines.append(t)
        raw.append(t.encode("cp1256" if i % 2 else "utf-8"))
    return b"\n".join(raw), ("\n".join(lines),)


def b_latin(codec: str) -> Callable[[str, random.Random], Made]:
    """One or two European lines; the cp1252 mode keeps only text that needs cp1252's own characters."""

    def make(s: str, rng: random.Random) -> Made:
        lines = [t for t in LATIN1_LINES if encodable(t, codec) and not t.isascii()]
        if s not in lines:
            return None
        if rng.random() < 0.6:
            s = f"{s}\n{other(rng, lines, s)}"
        if codec == "cp1252" and encodable(s, "latin-1"):
            return None
        return s.encode(codec), (s,)

    return make


def b_french_cp1256(s: str, rng: random.Random) -> Made:
    t = f"{rng.choice(FRENCH)} : {legacy_form(s)}"
    return (t.encode("cp1256"), (t,)) if encodable(t, "cp1256") else None


def b_utf8_and_cp1256(s: str, rng: random.Random) -> Made:
    t = legacy_form(other(rng, ARABIC, s))
    if not encodable(t, "cp1256"):
        return None
    return s.encode("utf-8") + b" | " + t.encode("cp1256"), (f"{s} | {t}",)


def b_crlf(s: str, rng: random.Random) -> Made:
    lines = [legacy_form(t) for t in (s, other(rng, ARABIC, s), other(rng, ARABIC, s))]
    text = "\r\n".join(lines) + "\r\n"
    return (text.encode("cp1256"), (text,)) if encodable(text, "cp1256") else None


def modes() -> list[Mode]:
    fr_lines = [t for t in LATIN1_LINES if not t.isascii()]
    return [
        # --- UTF-8 read in one wrong code page
        Mode("utf8>cp1252", "yes", "UTF-8 read as windows-1252 (undefined bytes as C1)", whole("cp1252")),
        Mode("utf8>latin-1", "yes", "UTF-8 read as ISO-8859-1", whole("latin-1")),
        Mode("utf8>cp1256", "yes", "UTF-8 read as windows-1256", whole("cp1256")),
        Mode("utf8>iso-8859-6", "yes", "UTF-8 read as ISO-8859-6 (undefined bytes as U+00xx)",
             whole("iso8859_6")),
        Mode("utf8>cp720", "yes", "UTF-8 read as DOS Arabic cp720", whole("cp720")),
        Mode("utf8>cp864", "yes", "UTF-8 read as DOS Arabic cp864 (% becomes ٪; undefined bytes as U+00xx)",
             whole("cp864")),
        Mode("utf8>cp864 with U+FFFD", "priors", "UTF-8 read as cp864, undefined bytes (ا, ئ) as U+FFFD",
             lossy("cp864", "replace")),
        Mode("utf8>mac_arabic", "priors", "UTF-8 read as MacArabic (bytes A0-AF read as ASCII)",
             whole("mac_arabic")),
        Mode("utf8>cp850", "yes", "UTF-8 read as DOS Latin-1 cp850", whole("cp850")),
        Mode("utf8>cp437", "yes", "UTF-8 read as DOS cp437", whole("cp437")),
        Mode("utf8>cp1254", "yes", "UTF-8 read as windows-1254 (Turkish)", whole("cp1254")),
        Mode("utf8>mac_roman", "yes", "UTF-8 read as MacRoman", whole("mac_roman")),
        # --- layers
        Mode("x2 cp1252", "yes", "UTF-8 read as cp1252, twice", whole("cp1252", "cp1252")),
        Mode("x3 cp1252", "yes", "UTF-8 read as cp1252, three times", whole("cp1252", "cp1252", "cp1252")),
        Mode("x2 cp1256", "yes", "UTF-8 read as cp1256, twice", whole("cp1256", "cp1256")),
        Mode("cp1256>cp1252", "yes", "read as cp1256, then that as cp1252", whole("cp1256", "cp1252")),
        Mode("cp1252>cp1256", "yes", "read as cp1252, then that as cp1256", whole("cp1252", "cp1256")),
        Mode("latin-1>cp1252", "yes", "read as latin-1, then that as cp1252", whole("latin-1", "cp1252")),
        Mode("cp1252>latin-1", "yes", "read as cp1252, then that as latin-1", whole("cp1252", "latin-1")),
        Mode("cp1252>cp1256>cp1252", "yes", "three layers in mixed code pages",
             whole("cp1252", "cp1256", "cp1252")),
        Mode("iso-8859-6>cp1252", "yes", "read as ISO-8859-6, then that as cp1252",
             whole("iso8859_6", "cp1252")),
        # --- legacy bytes
        Mode("legacy cp1256>cp1252", "yes", "windows-1256 text read as cp1252",
             whole("cp1252", source="cp1256")),
        Mode("legacy cp1256>latin-1", "yes", "windows-1256 text read as latin-1",
             whole("latin-1", source="cp1256")),
        Mode("legacy iso-8859-6>cp1252", "yes", "ISO-8859-6 text read as cp1252 (same as latin-1 here)",
             whole("cp1252", source="iso8859_6")),
        Mode("legacy iso-8859-6>cp1256", "yes", "ISO-8859-6 text read as cp1256",
             whole("cp1256", source="iso8859_6")),
        Mode("legacy cp1256>iso-8859-6", "yes", "windows-1256 text read as ISO-8859-6 (sloppy)",
             whole("iso8859_6", source="cp1256")),
        Mode("legacy cp1256>cp1252>cp1252", "yes", "windows-1256 read as cp1252, then UTF-8 of that as cp1252",
             whole("cp1252", "cp1252", source="cp1256")),
        # --- markup and framing
        Mode("bom utf8>cp1252", "yes", "UTF-8 with BOM read as cp1252 (BOM kept or dropped)", m_bom),
        Mode("html numeric refs", "yes", "cp1252 mojibake escaped as &#NNN; references", m_refs_numeric),
        Mode("html named entities", "yes", "cp1252 mojibake escaped as &Oslash;&sect;… (htmlentities)",
             m_refs_named),
        Mode("html escape x2, unescape x1", "yes", "escaped twice, unescaped once: &#NNN; left",
             m_refs_double),
        Mode("word wrap 80 cols", "yes", "cp1252 mojibake word-wrapped at 80 columns", m_word_wrap),
        # --- partial damage
        Mode("part: quoted phrase", "yes", "only a quoted phrase is cp1252 mojibake", m_quoted),
        Mode("part: csv field", "yes", "one CSV field is cp1252 mojibake", m_csv),
        Mode("part: hashtag", "yes", "only a hashtag is cp1252 mojibake", m_hashtag),
        Mode("part: url path", "yes", "a URL slug is cp1252 mojibake", m_url),
        Mode("part: json value", "yes", "one JSON value is cp1252 mojibake", m_json),
        Mode("part: beside clean arabic", "yes", "cp1252 mojibake next to clean Arabic", m_beside_clean),
        Mode("part: cp1256 in english", "yes", "cp1256 mojibake inside an English line", m_cp1256_in_english),
        Mode("part: cp1252 + cp1256", "yes", "two segments, two different code pages", m_two_damages),
        Mode("part: legacy beside utf8", "yes", "windows-1256-as-cp1252 next to clean Arabic",
             m_legacy_beside_utf8),
        Mode("part: one line of three", "yes", "one line of a three-line text is cp1252 mojibake",
             m_one_line),
        # --- lossy reads and later damage
        Mode("cp1252 undefined dropped", "priors", "cp1252 read with undefined bytes (ف's 0x81) dropped",
             lossy("cp1252", "ignore")),
        Mode("cp1252 undefined -> ?", "priors", "cp1252 read with undefined bytes as ?", lossy("cp1252", QMARK)),
        Mode("cp1252 undefined -> U+FFFD", "priors", "cp1252 read with undefined bytes as U+FFFD",
             lossy("cp1252", "replace")),
        Mode("cp1252 then C1 stripped", "priors", "sloppy cp1252, then C1 controls removed", m_c1_cp1252),
        Mode("cp1256 soft hyphen stripped", "priors", "cp1256 mojibake, then U+00AD removed", m_shy),
        Mode("cp1252 then lower()", "priors", "cp1252 mojibake lower-cased", charwise("cp1252", str.lower)),
        Mode("cp1252 then upper()", "priors", "cp1252 mojibake upper-cased", charwise("cp1252", str.upper)),
        Mode("cp1252 then title()", "priors", "cp1252 mojibake title-cased", charwise("cp1252", str.title)),
        Mode("cp1256 then upper()", "priors", "cp1256 mojibake upper-cased", charwise("cp1256", str.upper)),
        Mode("cp1252 then NFKC", "priors", "cp1252 mojibake NFKC-normalized", m_nfk("NFKC")),
        Mode("cp1252 then NFKD", "priors", "cp1252 mojibake NFKD-normalized", m_nfk("NFKD")),
        Mode("cp1256 then quotes straightened", "priors", "cp1256 mojibake, „‚“” made ASCII",
             charwise("cp1256", lambda t: t.translate(QUOTES))),
        Mode("cp1252 then quotes straightened", "priors", "cp1252 mojibake, „‚“” made ASCII",
             charwise("cp1252", lambda t: t.translate(QUOTES))),
        Mode("cp1252 then whitespace collapsed", "priors", "cp1252 mojibake, ' '.join(text.split())",
             m_collapse),
        Mode("cp1252 then NBSP -> space", "priors", "cp1252 mojibake, U+00A0 replaced by a space",
             m_nbsp_space),
        Mode("cp1256 then zero-width stripped", "priors", "cp1256 mojibake (” holds ZWNJ), U+200B-200F removed",
             m_zero_width),
        Mode("legacy cp1256>cp1252 then lower()", "priors", "windows-1256 read as cp1252, lower-cased",
             charwise("cp1252", str.lower, source="cp1256")),
        Mode("truncated mid-char", "priors",
             "UTF-8 cut inside a character, read as cp1252 (fragment dropped, kept or U+FFFD)", m_truncate),
        Mode("hard wrap 80 cols", "priors", "cp1252 mojibake hard-wrapped every 80 characters", m_hard_wrap),
        # --- unrecoverable: must be left alone
        Mode("arabic -> ?", "no", "Arabic encoded to latin-1 with ? for every letter", m_qmarks),
        Mode("utf8 bytes -> U+FFFD", "no", "UTF-8 read as ASCII with replacement", m_fffd),
        Mode("latin-1 then C1 stripped", "no", "latin-1 mojibake with C1 controls removed", m_c1_latin1),
        Mode("utf8>iso-8859-6 with U+FFFD", "no", "UTF-8 read as ISO-8859-6, undefined bytes as U+FFFD",
             m_iso_fffd),
        Mode("legacy cp1256>cp1252 then upper()", "no", "upper-casing merges ل/ء, م/ƒ, ... ", m_legacy_upper),
        Mode("cp1252 stored in cp1256 (? for unmappable)", "no",
             "cp1252 mojibake written to a windows-1256 column: every lead byte and many others lost",
             m_into_cp1256),
        Mode("cp1252 then ascii-folded", "no", "mojibake NFKD-folded to ASCII (slugify)", m_ascii_fold),
        # --- bytes for decode_bytes
        Mode("bytes cp1256 arabic", "yes", "windows-1256 Arabic", b_legacy("cp1256"), ARABIC, "bytes"),
        Mode("bytes cp1256 persian/urdu", "yes", "windows-1256 Persian and Urdu (yeh as ي)",
             b_legacy("cp1256", PERSO), PERSO, "bytes"),
        Mode("bytes iso-8859-6", "yes", "ISO-8859-6 Arabic", b_legacy("iso8859_6"), ARABIC, "bytes"),
        Mode("bytes utf-16le bom", "yes", "UTF-16 LE with BOM", b_utf16("utf-16-le", codecs.BOM_UTF16_LE),
             TEXTS, "bytes"),
        Mode("bytes utf-16be bom", "yes", "UTF-16 BE with BOM", b_utf16("utf-16-be", codecs.BOM_UTF16_BE),
             TEXTS, "bytes"),
        Mode("bytes utf-16le no bom", "priors", "UTF-16 LE without BOM", b_utf16("utf-16-le", b""), TEXTS,
             "bytes"),
        Mode("bytes utf-16be no bom", "priors", "UTF-16 BE without BOM", b_utf16("utf-16-be", b""), TEXTS,
             "bytes"),
        Mode("bytes utf-8 bom", "yes", "UTF-8 with BOM (BOM kept or dropped)", b_utf8_bom, TEXTS, "bytes"),
        Mode("bytes utf-8/cp1256 lines", "yes", "lines alternately UTF-8 and windows-1256", b_mixed_lines,
             ARABIC, "bytes"),
        Mode("bytes latin-1 european", "yes", "ISO-8859-1 French/German/Nordic/Spanish lines",
             b_latin("latin-1"), fr_lines, "bytes"),
        Mode("bytes cp1252 european", "yes", "windows-1252 lines with € “ ” – …", b_latin("cp1252"),
             fr_lines, "bytes"),
        Mode("bytes cp1256 french+arabic", "yes", "windows-1256 line with French and Arabic",
             b_french_cp1256, ARABIC, "bytes"),
        Mode("bytes utf-8 + cp1256 one line", "priors", "UTF-8 and windows-1256 in one line",
             b_utf8_and_cp1256, ARABIC, "bytes"),
        Mode("bytes cp1256 crlf", "yes", "three windows-1256 lines with CRLF", b_crlf, ARABIC, "bytes"),
    ]


# --------------------------------------------------------------------------------------------
# Generation and scoring
# --------------------------------------------------------------------------------------------


@dataclass
class Case:
    mode: str
    inp: str | bytes
    accepts: tuple[str, ...]


def build_cases(mode: Mode, n: int) -> list[Case]:
    rng = random.Random(f"{SEED}/{mode.name}")
    cases: list[Case] = []
    seen: set[str | bytes] = set()
    for _ in range(4):  # passes over the shuffled pool; later passes differ in their random choices
        pool = list(dict.fromkeys(mode.pool))
        rng.shuffle(pool)
        for s in pool:
            made = mode.make(s, rng)
            if made is None:
                continue
            inp, accepts = made
            if inp in seen:
                continue
            if mode.kind == "text" and mode.cls != "no" and inp in accepts:
                continue  # the damage did not touch this text
            if mode.kind == "text" and mode.cls == "no" and inp == s:
                continue
            seen.add(inp)
            cases.append(Case(mode.name, inp, accepts))
            if len(cases) == n:
                return cases
    return cases


PIPE = normtext.Pipeline.from_config({"steps": {"encoding": {}}})


def _safe(fn: Callable[[str], str]) -> Callable[[str], str]:
    def run(text: str) -> str:
        try:
            return fn(text)
        except Exception as exc:  # a crash is a failure, not the end of the benchmark
            return f"<error {type(exc).__name__}>"

    return run


TOOLS: dict[str, Callable[[str], str]] = {
    "nt.fix": _safe(normtext.fix_encoding),
    "nt.step": _safe(PIPE),
    "ftfy.text": _safe(ftfy.fix_text),
    "ftfy.enc": _safe(ftfy.fix_encoding),
}


def naive(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def run_bytes(raw: bytes) -> str:
    try:
        return decode_bytes(raw).text
    except Exception as exc:
        return f"<error {type(exc).__name__}>"


@dataclass
class Row:
    mode: Mode
    n: int = 0
    exact: dict[str, int] = field(default_factory=dict)
    wrong: int = 0
    fails: list[tuple[str | bytes, str, str]] = field(default_factory=list)


def score(mode: Mode, cases: list[Case]) -> Row:
    row = Row(mode, len(cases), dict.fromkeys([*TOOLS, "bytes"], 0))
    for case in cases:
        if isinstance(case.inp, bytes):
            text = naive(case.inp)
            got_b = run_bytes(case.inp)
            if got_b in case.accepts:
                row.exact["bytes"] += 1
            else:
                row.fails.append((case.inp, case.accepts[0], got_b))
                if got_b != text:
                    row.wrong += 1
        else:
            text = case.inp
        for name, tool in TOOLS.items():
            got = tool(text)
            if got in case.accepts:
                row.exact[name] += 1
            elif name == "nt.fix" and mode.kind == "text":
                row.fails.append((case.inp, case.accepts[0], got))
                if got != text:
                    row.wrong += 1
    return row


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:5.1f}" if n else "    -"


def short(x: str | bytes, width: int = 110) -> str:
    r = repr(x)
    return r if len(r) <= width else r[: width - 1] + "…"


def print_table(rows: list[Row], kind: str) -> None:
    if kind == "text":
        cols = ["nt.fix", "nt.step", "ftfy.text", "ftfy.enc"]
        print(f"\n{'text mode':44} {'cls':6} {'n':>3}  " + " ".join(f"{c:>9}" for c in cols) + "  wrong")
    else:
        cols = ["bytes", "nt.fix", "nt.step", "ftfy.text", "ftfy.enc"]
        print(f"\n{'byte mode (bytes = decode_bytes)':44} {'cls':6} {'n':>3}  "
              + " ".join(f"{c:>9}" for c in cols) + "  wrong")
    for r in rows:
        cells = " ".join(f"{pct(r.exact[c], r.n):>9}" for c in cols)
        print(f"{r.mode.name:44} {r.mode.cls:6} {r.n:>3}  {cells}  {r.wrong:>5}")


def print_overall(rows: list[Row]) -> None:
    print("\nOverall (micro: share of cases; macro: mean of the modes' shares)")
    cols = ["nt.fix", "nt.step", "ftfy.text", "ftfy.enc"]
    print(f"{'':24} {'modes':>5} {'n':>5}  " + " ".join(f"{c:>15}" for c in cols) + "   wrong (nt.fix)")
    for cls in ("yes", "priors", "no"):
        sel = [r for r in rows if r.mode.cls == cls and r.mode.kind == "text"]
        n = sum(r.n for r in sel)
        cells = []
        for c in cols:
            micro = pct(sum(r.exact[c] for r in sel), n)
            macro = sum(100 * r.exact[c] / r.n for r in sel) / len(sel)
            cells.append(f"{micro} / {macro:5.1f}")
        wrong = sum(r.wrong for r in sel)
        print(f"{'text, ' + cls:24} {len(sel):>5} {n:>5}  " + " ".join(f"{c:>15}" for c in cells)
              + f"   {wrong} ({pct(wrong, n).strip()}%)")
    sel = [r for r in rows if r.mode.kind == "bytes"]
    n = sum(r.n for r in sel)
    wrong = sum(r.wrong for r in sel)
    print(f"{'bytes, decode_bytes':24} {len(sel):>5} {n:>5}  {pct(sum(r.exact['bytes'] for r in sel), n):>15}"
          f"   wrong {wrong} ({pct(wrong, n).strip()}%)")


def print_clean() -> None:
    texts = [*SENTENCES, *TRAPS]
    print(f"\nFalse changes on {len(texts)} clean texts ({len(SENTENCES)} sentences, {len(TRAPS)} traps)")
    runs: dict[str, Callable[[str], str]] = {**TOOLS, "decode_bytes": lambda t: run_bytes(t.encode("utf-8"))}
    for name, tool in runs.items():
        changed = [(k, t, tool(t)) for k, t in texts]
        changed = [c for c in changed if c[2] != c[1]]
        print(f"  {name:12} {len(changed):>3}/{len(texts)} changed")
        for kind, t, got in changed:
            print(f"      [{kind}] {short(t, 90)}\n        -> {short(got, 90)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=40, help="cases per mode (default 40)")
    ap.add_argument("--mode", default="", help="only modes whose name contains this string")
    ap.add_argument("--examples", type=int, default=0, help="failures of nt.fix/decode_bytes to show per mode")
    ap.add_argument("--worst", type=int, default=10, help="worst modes to show with an example")
    args = ap.parse_args()

    t0 = time.perf_counter()
    all_modes = [m for m in modes() if args.mode in m.name]
    names = [m.name for m in all_modes]
    assert len(names) == len(set(names)), "duplicate mode names"
    rows = [score(m, build_cases(m, args.n)) for m in all_modes]
    rows = [r for r in rows if r.n]
    text_rows = [r for r in rows if r.mode.kind == "text"]
    byte_rows = [r for r in rows if r.mode.kind == "bytes"]
    total = sum(r.n for r in rows)
    print(f"blind_mojibake3: {len(rows)} modes ({len(text_rows)} text, {len(byte_rows)} bytes), "
          f"{total} damaged cases, seed {SEED}; ftfy {ftfy.__version__}")
    if text_rows:
        print_table(text_rows, "text")
    if byte_rows:
        print_table(byte_rows, "bytes")
    if text_rows and not args.mode:
        print_overall(rows)
    if not args.mode:
        print_clean()

    if args.examples:
        for r in rows:
            for inp, exp, got in r.fails[: args.examples]:
                print(f"\n[{r.mode.name}]\n  input    {short(inp)}\n  expected {short(exp)}\n  got      {short(got)}")

    def best(r: Row) -> int:  # normtext at its best: decode_bytes for bytes, else nt.fix or the step
        return r.exact["bytes"] if r.mode.kind == "bytes" else max(r.exact["nt.fix"], r.exact["nt.step"])

    ranked = sorted(rows, key=lambda r: (best(r) / r.n, -r.wrong / r.n, r.mode.name))
    print(f"\nWorst {args.worst} modes for normtext (best of nt.fix and nt.step; decode_bytes for byte modes),"
          " first failure of nt.fix (decode_bytes) shown")
    for r in ranked[: args.worst]:
        first = "bytes" if r.mode.kind == "bytes" else "nt.fix"
        print(f"  {r.mode.name} [{r.mode.cls}]: {first} {pct(r.exact[first], r.n).strip()}% exact, "
              f"nt.step {pct(r.exact['nt.step'], r.n).strip()}%, {r.wrong}/{r.n} wrong")
        if r.fails:
            inp, exp, got = r.fails[0]
            print(f"      input    {short(inp, 100)}\n      expected {short(exp, 100)}\n      got      {short(got, 100)}")
    print(f"\n{time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
