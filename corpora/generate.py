"""Seeded generator of synthetic Arabic/English web text with realistic damage.

Documents are built from sentence templates and word lists written for this project (English
news, Arabic news, social-media posts, mixed Arabic/English tech text), then damaged the way
scraped text is: NBSPs, zero-width spaces, CMS fragments glued into paragraphs (``reported.اضافة
اعلان``), captions with photo credits, "read also" blocks and site trailers, tatweel, diacritics,
Arabic-Indic digits, presentation forms, and a few percent of mojibake (UTF-8 read as cp1252 and
as cp1256, whole documents or one paragraph).

Output is deterministic for a seed: document ``i`` depends only on ``(seed, i)`` (its random
generator is seeded with a string, which Python hashes with SHA-512, not with ``hash()``), so
the same seed gives the same bytes in every process, and a smaller corpus is a prefix of a
larger one.

Library use::

    >>> docs = list(generate(docs=3, seed=7))
    >>> [d["id"] for d in docs]
    ['gen-7-0000000', 'gen-7-0000001', 'gen-7-0000002']
    >>> docs == list(generate(docs=3, seed=7))
    True
    >>> all(50 <= len(d["text"]) <= 300 for d in generate(docs=20, seed=1, short=True))
    True

Command line (output defaults to ``corpora/generated/``, which git ignores)::

    python corpora/generate.py --size 50MB --format jsonl -o corpora/generated/corpus-50MB.jsonl
    python corpora/generate.py --size 2MB --short            # 50-300 character records

Each JSONL record has ``id``, ``text``, ``kind`` (``en_news`` | ``ar_news`` | ``social`` |
``tech`` | ``short``) and ``damage`` (the damage modes applied, for tests and benchmarks).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

GENERATED_DIR = Path(__file__).resolve().parent / "generated"

# ----------------------------------------------------------------------------------------------
# Word lists and templates (written for this project)
# ----------------------------------------------------------------------------------------------
EN_SUBJECTS = (
    "The Ministry of Health", "The city council", "A government spokesperson", "The central bank",
    "The Water Authority", "Police", "The education ministry", "Civil defense teams",
    "The national football team", "Local farmers", "The chamber of commerce", "A UN agency",
    "Researchers at the university", "The airport operator", "Hospital officials",
    "The energy regulator", "Traders in the old market", "The tourism board",
)
EN_VERBS = (
    "announced", "approved", "postponed", "launched", "criticized", "reviewed", "completed",
    "welcomed", "rejected", "expanded", "suspended", "inspected", "published", "funded",
)
EN_OBJECTS = (
    "a plan to extend the bus network", "new rules for rental prices", "the annual budget",
    "a campaign against water theft", "a program to train young engineers",
    "repairs on the main highway", "a report on air quality", "the results of the exams",
    "a study of rainfall in the northern valleys", "support for small businesses",
    "a project to build solar farms", "the reopening of the border crossing",
    "measures to reduce traffic at rush hour", "a new vaccination drive in schools",
)
EN_TIMES = (
    "on Sunday", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "last week",
    "earlier this month", "this morning", "after a long delay", "for the third year",
)
EN_SOURCES = (
    "Al-Ghad reported", "Petra reported", "officials said", "a statement said",
    "the ministry said", "according to local media", "Reuters reported", "sources told reporters",
)
EN_EXTRA = (
    "The decision affects about {n} families in the capital and {n2} in the south.",
    "Critics said the plan came too late, while supporters called it a first step.",
    "\u201cWe expect results within {m} months,\u201d the official said.",
    "The project will cost around {n} million dinars, according to the statement.",
    "Residents have complained for years about the lack of services in the area.",
    "The spokesperson said that {n} people had applied in the first {m} days.",
    "The same measures were tested in Irbid and Zarqa in {y}.",
)
EN_HEADLINES = (
    "{s} {v} {o}", "Officials {v} {o}", "{s} says it {v} {o}",
)
AR_SUBJECTS = (
    "وزارة الصحة", "المجلس البلدي", "الناطق باسم الحكومة", "البنك المركزي", "سلطة المياه",
    "مديرية الأمن العام", "وزارة التربية والتعليم", "فرق الدفاع المدني", "المنتخب الوطني",
    "غرفة التجارة", "الجامعة الأردنية", "هيئة تنظيم قطاع الطاقة", "وزارة السياحة",
    "نقابة المهندسين", "إدارة المستشفى",
)
AR_VERBS = (
    "أعلنت", "أقرت", "أجلت", "أطلقت", "انتقدت", "راجعت", "أنجزت", "رحبت", "رفضت", "وسعت",
    "علقت", "نشرت", "موّلت",
)
AR_OBJECTS = (
    "خطة لتوسيع شبكة الحافلات", "قواعد جديدة لأسعار الإيجارات", "الموازنة السنوية",
    "حملة لمكافحة سرقة المياه", "برنامجا لتدريب المهندسين الشباب", "أعمال صيانة الطريق الرئيسي",
    "تقريرا عن جودة الهواء", "نتائج الامتحانات", "دراسة عن الأمطار في الأودية الشمالية",
    "دعما للمشاريع الصغيرة", "مشروعا لإنشاء محطات طاقة شمسية", "إعادة فتح المعبر الحدودي",
    "حملة تطعيم جديدة في المدارس",
)
AR_TIMES = (
    "اليوم الأحد", "يوم الاثنين", "يوم الثلاثاء", "الأسبوع الماضي", "مطلع الشهر الجاري",
    "صباح اليوم", "بعد تأخير طويل", "للعام الثالث على التوالي",
)
AR_SOURCES = (
    "بحسب بيان رسمي", "وفق ما نقلته وكالة الأنباء", "بحسب مصادر مطلعة", "وفق تصريحات صحفية",
)
AR_EXTRA = (
    "ويشمل القرار نحو {n} أسرة في العاصمة و{n2} أسرة في الجنوب.",
    "وقال منتقدون إن الخطة جاءت متأخرة، فيما وصفها مؤيدون بأنها خطوة أولى.",
    "وأضاف المسؤول: «نتوقع أن تظهر النتائج خلال {m} أشهر».",
    "وتقدر كلفة المشروع بنحو {n} مليون دينار، وفق البيان.",
    "ويشتكي السكان منذ سنوات من نقص الخدمات في المنطقة.",
    "وأشار إلى أن {n} شخصا تقدموا بطلبات خلال الأيام الـ{m} الأولى.",
    "وجرى تطبيق الإجراءات نفسها في إربد والزرقاء عام {y}.",
)
AR_SOCIAL = (
    "الجو اليوم رائع في {place} 😍 #{tag}", "مبروك للنشامى الفوز ⚽🇯🇴 {n2}-{m}",
    "ليش الانترنت بطيء هيك اليوم؟؟ 🤔", "أخيرا خلصت الامتحانات 🎉 بدي أنام يومين",
    "حدا بيعرف مطعم منيح في {place}؟ 🙏", "الله يرحمه ويغفر له 🤲", "صباح الخير يا {place} ☕",
    "ازدحام خانق على طريق المطار الآن 🚗🚗 تجنبوه", "شكرا لكل اللي باركولي ❤️🌹",
)
EN_SOCIAL = (
    "Just landed in {place}! any recommendations? 🙏 #{tag}", "traffic on the airport road is insane rn 🙄",
    "cant wait for the weekend 😎", "Best knafeh in {place}, no debate 🍰", "RT @news_jo: power cut in parts of {place}",
    "who else is watching the match tonight?? ⚽", "@{handle} thanks for the tip, worked perfectly 👍",
)
PLACES = ("عمان", "العقبة", "إربد", "الزرقاء", "مادبا", "جرش", "Amman", "Aqaba", "Irbid")
TAGS = ("الأردن", "عمان", "Jordan", "Aqaba", "كورونا", "النشامى", "tech")
HANDLES = ("ahmad_dev", "lina.k", "jo_news", "sara99", "techjo")
TECH_AR = (
    "لتثبيت المكتبة نفذ الأمر pip install {pkg} ثم استورد الدالة {fn} في ملف main.py.",
    "إذا ظهرت رسالة الخطأ CUDA out of memory فقلل قيمة batch_size إلى {m}.",
    "يعتمد النموذج على معمارية Transformer ويحتاج إلى GPU بذاكرة {m} جيجابايت على الأقل.",
    "راجع التوثيق الرسمي على https://docs.example.org/{pkg} قبل تحديث الإصدار {v}.",
    "نستخدم Docker لتشغيل الخدمة، ونراقب الأداء عبر Prometheus و Grafana.",
    "الدالة {fn} تعيد قائمة من النصوص بعد إزالة الرموز غير المرغوب فيها.",
    "قمنا برفع الكود إلى GitHub، ويمكنكم فتح issue إذا واجهتم أي مشكلة.",
)
TECH_EN = (
    "The tokenizer splits Arabic words into sub-word units, so normalization matters at inference time.",
    "Run the tests with pytest -q before opening a pull request.",
    "We trained the model for {m} epochs on {n} sentences and kept the best checkpoint.",
    "Set the environment variable HF_HOME to cache the models on the larger disk.",
)
TECH_PKGS = ("transformers", "pyarabic", "camel-tools", "fastapi", "pandas", "torch")
TECH_FNS = ("normalize()", "clean_text()", "tokenize()", "load_dataset()", "fit()")

# Page furniture injected into documents (modeled on specs/injected-fragments.md)
AD_SLOTS_GLUED = ("اضافة اعلان", "اضافة اعلان", "إضافة إعلان")
AD_LINES = ("Advertisement", "ADVERTISEMENT", "إعلان", "اضافة اعلان")
CAPTIONS_EN = ("Workers at the site on Sunday", "A view of the city center", "Police at the scene",
               "Students during the exam", "The minister speaks to reporters")
CREDITS_EN = ("(Photo: Twitter/X)", "(Photo: Envato Elements)", "(Petra photo)", "[File: AFP/Reuters]",
              "[AP Photo]")
CAPTIONS_AR = ("عمال في الموقع يوم الأحد", "منظر عام للمدينة", "طلاب خلال الامتحان")
CREDITS_AR = ("(تصوير: محمد العمري)", "(تصوير: أرشيفية)", "(بترا)")
READ_MORE_AR = ("اقرأ أيضاً:", "اقرأ أيضا:", "إقرأ أيضاً", "اقـرأ أيضـاً", "شاهد أيضاً")
READ_MORE_EN = ("Read more:", "Also Read", "RELATED:", "Read More »")
TRAILERS_EN = ("Read more Local\nJordan News", "Read more Region and World\nJordan News",
               "Share this\nFollow us", "Back to Top")
TRAILERS_AR = ("جميع الحقوق محفوظة © 2024", "شارك الخبر\nتابعونا على فيسبوك", "زر الذهاب إلى الأعلى",
               "اترك تعليقاً")

# ----------------------------------------------------------------------------------------------
# Character data used by the damage functions
# ----------------------------------------------------------------------------------------------
NBSP = "\u00a0"
ZWSP = "\u200b"
TATWEEL = "\u0640"
#: fatha, damma, kasra, sukun, shadda, fathatan
HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652", "\u0651", "\u064b")
#: ASCII digits -> Arabic-Indic digits (U+0660..U+0669)
TO_ARABIC_INDIC = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
#: Arabic letters that join on both sides (tatweel goes after them, inside a word)
DUAL_JOINING = frozenset("بتثجحخسشصضطظعغفقكلمنهي")
#: cp1252 decoding of bytes 0x80-0x9F; the five bytes cp1252 leaves undefined stay C1 controls,
#: as "sloppy" decoders (and ftfy's sloppy-windows-1252) do
_SLOPPY_1252 = {b: (bytes([b]).decode("cp1252", errors="ignore") or chr(b)) for b in range(0x80, 0xA0)}
#: isolated presentation forms (Arabic Presentation Forms-B) of common letters, as PDFs emit them
PRESENTATION_ISOLATED = str.maketrans({
    "ا": "\ufe8d", "ب": "\ufe8f", "ت": "\ufe95", "ر": "\ufead", "س": "\ufeb1", "ع": "\ufec9",
    "ل": "\ufedd", "م": "\ufee1", "ن": "\ufee5", "ه": "\ufee9", "و": "\ufeed", "ي": "\ufef1",
    "ة": "\ufe93", "د": "\ufea9",
})

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{3,}")


def sloppy_cp1252(text: str) -> str:
    """UTF-8 bytes of ``text`` decoded as windows-1252 (undefined bytes kept as C1 controls).

    >>> sloppy_cp1252("عربي")
    'Ø¹Ø±Ø¨ÙŠ'
    """
    return text.encode("utf-8").decode("latin-1").translate(_SLOPPY_1252)


def as_cp1256(text: str, *, drop_soft_hyphen: bool = False) -> str:
    """UTF-8 bytes of ``text`` decoded as windows-1256 (optionally with U+00AD stripped).

    >>> as_cp1256("عربي")
    'ط¹ط±ط¨ظٹ'
    """
    out = text.encode("utf-8").decode("cp1256")
    return out.replace("\u00ad", "") if drop_soft_hyphen else out


# ----------------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------------
def _numbers(rng: random.Random) -> dict[str, object]:
    return {"n": rng.randint(12, 9000), "n2": rng.randint(2, 90), "m": rng.randint(2, 12),
            "y": rng.randint(2015, 2024), "v": f"{rng.randint(1, 4)}.{rng.randint(0, 12)}"}


def _en_sentence(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(EN_EXTRA).format(**_numbers(rng))
    return (f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)} "
            f"{rng.choice(EN_TIMES)}, {rng.choice(EN_SOURCES)}.")


def _ar_sentence(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(AR_EXTRA).format(**_numbers(rng))
    return (f"{rng.choice(AR_VERBS)} {rng.choice(AR_SUBJECTS)} {rng.choice(AR_OBJECTS)} "
            f"{rng.choice(AR_TIMES)}، {rng.choice(AR_SOURCES)}.")


def _tech_sentence(rng: random.Random) -> str:
    pool = TECH_EN if rng.random() < 0.25 else TECH_AR
    return rng.choice(pool).format(pkg=rng.choice(TECH_PKGS), fn=rng.choice(TECH_FNS), **_numbers(rng))


def _social_post(rng: random.Random) -> str:
    pool = AR_SOCIAL if rng.random() < 0.65 else EN_SOCIAL
    post = rng.choice(pool).format(place=rng.choice(PLACES), tag=rng.choice(TAGS),
                                   handle=rng.choice(HANDLES), **_numbers(rng))
    if rng.random() < 0.3:  # elongation, common in posts
        post = re.sub(r"([اويى])", lambda m: m.group(1) * rng.randint(3, 6), post, count=1)
    return post


def _paragraphs(rng: random.Random, sentence, count: int) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(count)]


def _headline(rng: random.Random, arabic: bool) -> str:
    if arabic:
        return f"{rng.choice(AR_SUBJECTS)} {rng.choice(AR_VERBS)} {rng.choice(AR_OBJECTS)}"
    return rng.choice(EN_HEADLINES).format(s=rng.choice(EN_SUBJECTS), v=rng.choice(EN_VERBS),
                                           o=rng.choice(EN_OBJECTS))


def _article(rng: random.Random, kind: str, damage: list[str]) -> str:
    arabic = kind != "en_news"
    sentence = {"en_news": _en_sentence, "ar_news": _ar_sentence, "tech": _tech_sentence}[kind]
    head = _headline(rng, arabic)
    paras = _paragraphs(rng, sentence, rng.randint(3, 9))
    if kind == "en_news" and rng.random() < 0.3:  # an Arabic quote or name inside English text
        paras[rng.randrange(len(paras))] += " " + _ar_sentence(rng)
    top: list[str] = [head]
    bottom: list[str] = []
    if rng.random() < 0.35:  # injected fragments in a share of documents
        choices = rng.sample(("glued_ad", "caption", "read_more", "ad_line", "trailer"), rng.randint(1, 3))
        for what in choices:
            if what == "glued_ad":
                paras[0] = paras[0] + rng.choice(AD_SLOTS_GLUED)
            elif what == "caption":
                caption = rng.choice(CAPTIONS_AR if arabic else CAPTIONS_EN)
                credit = rng.choice(CREDITS_AR if arabic else CREDITS_EN)
                top.append(f"{caption}\n{credit}")
            elif what == "read_more" and len(paras) > 2:
                cue = rng.choice(READ_MORE_AR if arabic else READ_MORE_EN)
                paras.insert(rng.randrange(1, len(paras)), f"{cue}\n{_headline(rng, arabic)}")
            elif what == "ad_line" and len(paras) > 2:
                paras.insert(rng.randrange(1, len(paras)), rng.choice(AD_LINES))
            elif what == "trailer":
                bottom.append(rng.choice(TRAILERS_AR if arabic else TRAILERS_EN))
            damage.append(f"injected:{what}")
    if kind != "tech" and rng.random() < 0.6:
        city = rng.choice(("AMMAN", "IRBID", "AQABA")) if not arabic else rng.choice(("عمان", "إربد", "العقبة"))
        paras[0] = f"{city} \u2013 {paras[0]}"
    return "\n\n".join(["\n".join(top), *paras, *bottom])


# ----------------------------------------------------------------------------------------------
# Damage
# ----------------------------------------------------------------------------------------------
def _nbsp(rng: random.Random, text: str) -> str:
    rate = rng.uniform(0.01, 0.06)
    return re.sub(" ", lambda m: NBSP if rng.random() < rate else " ", text)


def _zwsp(rng: random.Random, text: str) -> str:
    rate = rng.uniform(0.005, 0.03)
    return re.sub(r"(?<=\w) ", lambda m: (ZWSP + " ") if rng.random() < rate else " ", text)


def _tatweel(rng: random.Random, text: str) -> str:
    def elongate(m: re.Match[str]) -> str:
        word = m.group()
        spots = [i for i in range(1, len(word) - 1) if word[i - 1] in DUAL_JOINING]
        if not spots or rng.random() > 0.2:
            return word
        i = rng.choice(spots)
        return word[:i] + TATWEEL * rng.randint(1, 4) + word[i:]
    return _ARABIC_WORD.sub(elongate, text)


def _diacritics(rng: random.Random, text: str) -> str:
    def mark(m: re.Match[str]) -> str:
        word = m.group()
        if rng.random() > 0.25:
            return word
        return "".join(ch + (rng.choice(HARAKAT) if rng.random() < 0.5 else "") for ch in word)
    return _ARABIC_WORD.sub(mark, text)


def _mojibake(rng: random.Random, text: str, damage: list[str]) -> str:
    mode = "utf8-as-cp1252" if rng.random() < 0.6 else "utf8-as-cp1256"
    paras = text.split("\n\n")
    whole = rng.random() < 0.4
    idx = range(len(paras)) if whole else [rng.randrange(len(paras))]
    drop_shy = mode == "utf8-as-cp1256" and rng.random() < 0.3
    for i in idx:
        paras[i] = sloppy_cp1252(paras[i]) if mode == "utf8-as-cp1252" else as_cp1256(
            paras[i], drop_soft_hyphen=drop_shy)
    damage.append(f"mojibake:{mode}:{'doc' if whole else 'paragraph'}")
    return "\n\n".join(paras)


def _damage(rng: random.Random, text: str, damage: list[str], *, rate: float = 1.0) -> str:
    """Apply damage modes, each with its own probability (scaled by ``rate``)."""
    has_arabic = _ARABIC_WORD.search(text) is not None
    if has_arabic and rng.random() < 0.3 * rate:
        text = text.translate(TO_ARABIC_INDIC)
        damage.append("arabic-indic-digits")
    if has_arabic and rng.random() < 0.15 * rate:
        text = _tatweel(rng, text)
        damage.append("tatweel")
    if has_arabic and rng.random() < 0.1 * rate:
        text = _diacritics(rng, text)
        damage.append("diacritics")
    if has_arabic and rng.random() < 0.01 * rate:
        text = text.translate(PRESENTATION_ISOLATED)
        damage.append("presentation-forms")
    if rng.random() < 0.25 * rate:
        text = _nbsp(rng, text)
        damage.append("nbsp")
    if rng.random() < 0.08 * rate:
        text = _zwsp(rng, text)
        damage.append("zwsp")
    if rng.random() < 0.04 * rate:
        text = _mojibake(rng, text, damage)
    if rng.random() < 0.05 * rate:
        text = text.replace("\n", "\r\n")
        damage.append("crlf")
    return text


# ----------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------
def make_document(seed: int, index: int, *, short: bool = False) -> dict[str, object]:
    """Document ``index`` of the corpus of ``seed``: ``{"id", "text", "kind", "damage"}``."""
    rng = random.Random(f"normtext-corpus:{seed}:{index}:{int(short)}")
    damage: list[str] = []
    if short:
        kind = "short"
        make = rng.choice((_social_post, _en_sentence, _ar_sentence, _tech_sentence))
        text = make(rng)
        while len(text) < 50:
            text += " " + make(rng)
        text = _damage(rng, text, damage, rate=0.6)
        if len(text) > 300:
            cut = text.rfind(" ", 50, 300)
            text = text[:cut if cut > 0 else 300]
    else:
        r = rng.random()
        if r < 0.15:
            kind = "social"
            text = "\n".join(_social_post(rng) for _ in range(rng.randint(1, 3)))
        else:
            kind = "en_news" if r < 0.5 else "ar_news" if r < 0.85 else "tech"
            text = _article(rng, kind, damage)
        text = _damage(rng, text, damage)
        if rng.random() < 0.5:
            text += "\n"
    return {"id": f"gen-{seed}-{index:07d}", "text": text, "kind": kind, "damage": damage}


def generate(*, docs: int | None = None, size: int | None = None, seed: int = 0,
             short: bool = False) -> Iterator[dict[str, object]]:
    """Yield documents until ``docs`` documents or ``size`` UTF-8 bytes of text are reached."""
    if docs is None and size is None:
        raise ValueError("give docs= or size=")
    total = 0
    index = 0
    while (docs is None or index < docs) and (size is None or total < size):
        doc = make_document(seed, index, short=short)
        total += len(str(doc["text"]).encode("utf-8", "surrogatepass"))
        index += 1
        yield doc


def corpus_texts(size: int, seed: int = 0, *, short: bool = False) -> list[str]:
    """The texts of a corpus of about ``size`` bytes (what tests and benchmarks use).

    >>> sum(len(t.encode()) for t in corpus_texts(20_000, seed=3)) >= 20_000
    True
    """
    return [str(d["text"]) for d in generate(size=size, seed=seed, short=short)]


_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "KIB": 2**10, "MIB": 2**20, "GIB": 2**30}


def parse_size(text: str) -> int:
    """``"50MB"`` -> 50_000_000 (KB/MB/GB are decimal; KiB/MiB/GiB binary).

    >>> parse_size("50MB"), parse_size("1.5kb"), parse_size("2MiB")
    (50000000, 1500, 2097152)
    """
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*", text)
    unit = m.group(2).upper() if m else None
    if m is None or unit not in _UNITS:
        raise ValueError(f"invalid size {text!r}; use a number with B, KB, MB, GB, KiB, MiB or GiB")
    return int(float(m.group(1)) * _UNITS[unit])


def write(path: Path, *, size: int, seed: int = 0, fmt: str = "jsonl", short: bool = False) -> int:
    """Write a corpus to ``path``; returns the number of documents."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        for doc in generate(size=size, seed=seed, short=short):
            if fmt == "jsonl":
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            else:
                fh.write(str(doc["text"]).rstrip("\n") + "\n\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="1MB", help="target size of the text (e.g. 200KB, 50MB)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("jsonl", "text"), default=None,
                        help="default: from the extension of -o, else jsonl")
    parser.add_argument("--short", action="store_true", help="50-300 character records")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="default: corpora/generated/corpus-SEED-SIZE[-short].jsonl")
    args = parser.parse_args(argv)
    try:
        size = parse_size(args.size)
    except ValueError as exc:
        parser.error(str(exc))
    fmt = args.format or ("text" if args.output and args.output.suffix == ".txt" else "jsonl")
    out = args.output or GENERATED_DIR / (
        f"corpus-{args.seed}-{args.size}{'-short' if args.short else ''}.{'jsonl' if fmt == 'jsonl' else 'txt'}")
    n = write(out, size=size, seed=args.seed, fmt=fmt, short=args.short)
    print(f"wrote {n} documents to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
