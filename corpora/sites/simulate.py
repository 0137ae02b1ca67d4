"""Seeded simulator of news sites with their own page furniture, for ``normtext mine``.

Each site is a template written for this project: article bodies from small sentence
generators, plus the site's furniture (marked with character spans and a label) and
*legitimate repeated lines* (bylines, agency lines, datelines; marked too) that a miner must
never propose and ``clean`` must never touch.

Sites (``SITES``):

- ``almasdar.info``: Arabic articles opened by a Latin stamp line ``ALMASDAR.INFO`` (sometimes
  ``ALMASDAR.INFO - متابعة``, sometimes truncated ``ALMASDAR.INF``); columnists' bylines
  ``بقلم: …``, datelines ``عمان - …`` and ``المصدر: وكالات`` lines are content;
- ``alwaha-news``: English and Arabic articles whose first paragraph ends with the CMS ad-slot
  label glued to the full stop (``…Al-Ghad reported.اضافة اعلان``, ``…الحادثة.اضافة اعلان``);
  ``By Staff Writer``, ``كتب: محرر الشؤون المحلية`` and ``AMMAN —`` datelines are content;
- ``ammandaily.com``: English articles with a one-word-per-line share row under the headline
  and a trailer ``Read more <section>`` + ``Amman Daily`` at the end;
  ``Reuters contributed to this report.`` is content;
- ``nahar-plain``: Arabic and English articles with no furniture at all, and the same kinds of
  legitimate repeated lines (``المصدر: وكالات``, ``بقلم: …``, datelines);
- ``alwadi24.tv``: Arabic articles with furniture no built-in lexicon knows: a top bar
  ``الوادي 24 | <section>``, a Latin brand glued to the end of the first paragraph
  (``…الحادثة.Wadi24 TV``), an app trailer ``حمّل تطبيق الوادي 24 الآن``; ``كتب: …`` bylines and
  ``المصدر: …`` lines are content.

Records are JSON objects: ``id``, ``site``, ``text``, ``furniture`` (``[start, end, label]``
character spans of what should be removed) and ``legit`` (``[start, end, kind]`` spans of
repeated lines that must stay). Document ``i`` of a seed depends only on ``(seed, i)``.

>>> docs = list(generate(docs_per_site=3, seed=1))
>>> sorted({d["site"] for d in docs}) == sorted(SITES)
True
>>> d = next(d for d in docs if d["furniture"])
>>> all(d["text"][s:e].strip() == d["text"][s:e] for s, e, _ in d["furniture"])
True

Command line::

    python corpora/sites/simulate.py --docs-per-site 300 -o /tmp/sites.jsonl
    python corpora/sites/simulate.py --size 150MB -o /tmp/sites-150MB.jsonl   # memory benchmark
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator

# ----------------------------------------------------------------------------------------------
# Sentence material (written for this project)
# ----------------------------------------------------------------------------------------------
AR_ACTORS = ("وزارة الزراعة", "أمانة عمان", "مديرية الدفاع المدني", "هيئة الاستثمار", "وزارة النقل",
             "بلدية إربد", "دائرة الأرصاد الجوية", "وزارة العمل", "نقابة الأطباء", "مجلس النواب",
             "سلطة منطقة العقبة", "وزارة الشباب", "مؤسسة الضمان الاجتماعي", "جامعة اليرموك")
AR_ACTS = ("أعلنت عن", "بدأت تنفيذ", "ناقشت", "أطلقت", "أوقفت العمل في", "وافقت على", "درست",
           "انتهت من", "طالبت بتسريع", "خصصت مبالغ إضافية لـ")
AR_THINGS = ("مشروع تأهيل الطرق الزراعية", "خطة لتنظيم الأسواق الشعبية", "برنامج تشغيل الخريجين",
             "حملة لمراقبة أسعار الخضار", "دراسة حول شح المياه", "توسعة مبنى الطوارئ",
             "إجراءات جديدة لترخيص المركبات", "مبادرة لدعم الأسر المنتجة", "صيانة شبكة الصرف الصحي",
             "تعليمات العام الدراسي المقبل", "مشروع الحافلات سريعة التردد")
AR_WHEN = ("اليوم الخميس", "أمس الأربعاء", "خلال الأسبوع الجاري", "مطلع العام", "في وقت متأخر من مساء أمس",
           "ضمن خطتها السنوية", "بعد اجتماع مطول")
AR_MORE = ("وأوضح المصدر أن العمل سيستمر حتى نهاية الشهر المقبل.",
           "وأكد المشاركون ضرورة متابعة التنفيذ على أرض الواقع.",
           "وبين أن الكلفة الإجمالية تبلغ نحو {n} ألف دينار.",
           "ولفت إلى أن {n} عاملا يشاركون في المرحلة الأولى.",
           "وأشار إلى أن الجهات المعنية ستصدر تقريرا مفصلا لاحقا.",
           "وقال مواطنون إنهم ينتظرون نتائج ملموسة منذ سنوات.",
           "ودعت الجهات الرسمية إلى الالتزام بالتعليمات لتجنب وقوع الحادثة مجددا.",
           "ولم تسجل أي إصابات بحسب ما أفاد به شهود عيان في موقع الحادثة.")
EN_ACTORS = ("The agriculture ministry", "Greater Amman Municipality", "Civil Defense", "The investment board",
             "The transport ministry", "Irbid municipality", "The meteorology department", "Lawmakers",
             "The Aqaba authority", "The social security corporation", "Yarmouk University",
             "The labor ministry")
EN_ACTS = ("announced", "began work on", "discussed", "launched", "halted", "approved", "studied",
           "completed", "called for faster work on", "set aside extra funds for")
EN_THINGS = ("a project to rebuild farm roads", "a plan to organize popular markets",
             "a program to employ graduates", "a campaign to watch vegetable prices",
             "a study on water scarcity", "the expansion of the emergency ward",
             "new rules for vehicle licensing", "an initiative to support home businesses",
             "repairs to the sewage network", "the bus rapid transit project")
EN_WHEN = ("on Thursday", "on Wednesday", "this week", "early this year", "late on Tuesday",
           "as part of its annual plan", "after a long meeting")
EN_MORE = ("Work is expected to continue until the end of next month, the source said.",
           "Participants stressed the need to follow up on implementation.",
           "The total cost is about {n} thousand dinars.",
           "Some {n} workers are taking part in the first phase.",
           "A detailed report will be issued later, officials said.",
           "Residents said they had waited years for visible results.",
           "No injuries were recorded, witnesses at the scene said.",
           "Happy reading!")
EN_ATTRIBUTION = ("Al-Ghad reported.", "Petra reported.", "officials said.", "the ministry said in a statement.")
AR_ATTRIBUTION = ("بحسب بيان صحفي.", "وفق ما نقلته وكالة الأنباء الرسمية.", "بحسب مصادر مطلعة.",
                  "وفق ما أفاد به مسؤولون في الحادثة.")
AR_PLACES = ("عمان", "إربد", "العقبة", "الزرقاء", "السلط")
EN_PLACES = ("AMMAN", "IRBID", "AQABA", "ZARQA")
AR_COLUMNISTS = ("د. سامر الخطيب", "ريم العبادي", "محمد الطراونة")
AR_SOURCES = ("المصدر: وكالات", "المصدر: الغد", "المصدر: وكالات")

# --- furniture of the simulated sites ---------------------------------------------------------
STAMP = "ALMASDAR.INFO"
STAMP_VARIANTS = ((0.80, STAMP), (0.04, "ALMASDAR.INFO\u200f"), (0.07, "ALMASDAR.INFO - متابعـة"),
                  (0.03, "ALMASDAR.INF"))
AD_SLOT = "اضافة اعلان"
#: Spellings of the ad slot seen on the same CMS (hamza, an RLM before it).
AD_SLOT_VARIANTS = ((0.85, AD_SLOT), (0.1, "إضافة إعلان"), (0.05, "\u200fاضافة اعلان"))
AD_SLOT_SHARE = 0.92
SHARE_ROW = ("Share", "Facebook", "X", "WhatsApp", "Copy link")
SHARE_SHARE = 0.9
TRAILER_SECTIONS = ("Local", "Region and World", "Business", "Sports")
TRAILER_SITE = "Amman Daily"
TRAILER_SHARE = 0.92
#: A site whose furniture the built-in lexicon does not know: a top bar, a Latin brand glued
#: to the end of the first paragraph of Arabic articles, an app trailer.
WADI_NAME = "الوادي 24"
WADI_SECTIONS = ("أخبار محلية", "اقتصاد", "رياضة", "منوعات")
WADI_SUFFIX = "Wadi24 TV"
WADI_APP = "حمّل تطبيق الوادي 24 الآن"
WADI_SHARE = 0.88


class Builder:
    """Accumulates text with labelled spans (furniture and legitimate lines)."""

    def __init__(self, varied: bool = False) -> None:
        self.varied = varied
        self.parts: list[str] = []
        self.size = 0
        self.furniture: list[list] = []
        self.legit: list[list] = []

    def add(self, text: str, *, furniture: str | None = None, legit: str | None = None) -> None:
        if furniture:
            self.furniture.append([self.size, self.size + len(text), furniture])
        if legit:
            self.legit.append([self.size, self.size + len(text), legit])
        self.parts.append(text)
        self.size += len(text)

    def headline(self, rng: random.Random, arabic: bool) -> None:
        """The headline line (with a number in it when ``varied``)."""
        number = f" ({rng.randint(1, 10**6)})" if self.varied else ""
        self.add(_headline(rng, arabic) + number + "\n")

    def text(self) -> str:
        return "".join(self.parts)


def _fill(rng: random.Random, template: str) -> str:
    return template.format(n=rng.randint(3, 950))


def _ar_sentence(rng: random.Random) -> str:
    return (f"{rng.choice(AR_ACTORS)} {rng.choice(AR_ACTS)} {rng.choice(AR_THINGS)} "
            f"{rng.choice(AR_WHEN)}، {rng.choice(AR_ATTRIBUTION)}")


def _en_sentence(rng: random.Random) -> str:
    return (f"{rng.choice(EN_ACTORS)} {rng.choice(EN_ACTS)} {rng.choice(EN_THINGS)} "
            f"{rng.choice(EN_WHEN)}, {rng.choice(EN_ATTRIBUTION)}")


def _paragraph(rng: random.Random, arabic: bool) -> str:
    first = _ar_sentence(rng) if arabic else _en_sentence(rng)
    more = AR_MORE if arabic else EN_MORE
    return " ".join([first] + [_fill(rng, t) for t in rng.sample(more, rng.randint(1, 3))])


def _headline(rng: random.Random, arabic: bool) -> str:
    if arabic:
        return f"{rng.choice(AR_ACTORS)} {rng.choice(AR_ACTS)} {rng.choice(AR_THINGS)}"
    return f"{rng.choice(EN_ACTORS)} {rng.choice(EN_ACTS)} {rng.choice(EN_THINGS)}"


def _body(b: Builder, rng: random.Random, arabic: bool, *, first_suffix: str | None = None,
          dateline: bool = True, suffix_label: str = "ad_placeholder") -> None:
    """Paragraphs; a dateline on the first one (legit); ``first_suffix`` glued to the end of
    the first paragraph (of the second one in 5% of documents)."""
    suffix_at = 1 if rng.random() < 0.05 else 0
    for k in range(rng.randint(3, 6)):
        if k:
            b.add("\n\n")
        if k == 0 and dateline and rng.random() < 0.5:
            place = rng.choice(AR_PLACES) + " - " if arabic else rng.choice(EN_PLACES) + " — "
            b.add(place.rstrip(), legit="dateline")
            b.add(" ")
        b.add(_paragraph(rng, arabic))
        if k == suffix_at and first_suffix:
            if first_suffix.startswith("\u200f"):  # the mark is invisible: not counted as furniture
                b.add("\u200f")
                first_suffix = first_suffix[1:]
            b.add(first_suffix, furniture=suffix_label)


def _pick(rng: random.Random, variants: tuple[tuple[float, str], ...]) -> str | None:
    """One of ``(share, value)`` variants, or None for the remaining share."""
    roll = rng.random()
    acc = 0.0
    for share, value in variants:
        acc += share
        if roll < acc:
            return value
    return None


def _site_almasdar(rng: random.Random, b: Builder) -> None:
    stamp = _pick(rng, STAMP_VARIANTS)
    if stamp:
        b.add(stamp.rstrip("\u200f"), furniture="site_tag")
        b.add(stamp[len(stamp.rstrip("\u200f")):] + "\n")
    b.headline(rng, True)
    if rng.random() < 0.25:
        b.add("بقلم: " + rng.choice(AR_COLUMNISTS), legit="byline")
        b.add("\n")
    elif rng.random() < 0.3:
        b.add("عمان - بترا", legit="agency")
        b.add("\n")
    b.add("\n")
    _body(b, rng, True)
    if rng.random() < 0.45:
        b.add("\n\n")
        b.add(rng.choice(AR_SOURCES), legit="agency")
    b.add("\n")


def _site_alwaha(rng: random.Random, b: Builder) -> None:
    arabic = rng.random() < 0.4
    b.headline(rng, arabic)
    if rng.random() < 0.4:
        b.add("كتب: محرر الشؤون المحلية" if arabic else "By Staff Writer", legit="byline")
        b.add("\n")
    b.add("\n")
    _body(b, rng, arabic, first_suffix=_pick(rng, AD_SLOT_VARIANTS) if rng.random() < AD_SLOT_SHARE else None)
    b.add("\n")


def _site_ammandaily(rng: random.Random, b: Builder) -> None:
    b.headline(rng, False)
    if rng.random() < SHARE_SHARE:
        for word in SHARE_ROW if rng.random() < 0.9 else SHARE_ROW[:-1]:
            b.add(word, furniture="share_follow")
            b.add("\n")
    b.add("\n")
    _body(b, rng, False)
    if rng.random() < 0.3:
        b.add("\n\n")
        b.add("Reuters contributed to this report.", legit="agency")
    if rng.random() < TRAILER_SHARE:
        b.add("\n\n")
        section = rng.choice(TRAILER_SECTIONS) if rng.random() < 0.97 else "Culture and Arts"
        b.add("Read more " + section, furniture="site_trailer")
        b.add("\n")
        b.add(TRAILER_SITE, furniture="site_trailer")
    b.add("\n")


def _site_wadi(rng: random.Random, b: Builder) -> None:
    if rng.random() < WADI_SHARE:
        b.add(f"{WADI_NAME} | {rng.choice(WADI_SECTIONS)}", furniture="ui_chrome")
        b.add("\n")
    b.headline(rng, True)
    if rng.random() < 0.3:
        b.add("كتب: " + rng.choice(AR_COLUMNISTS), legit="byline")
        b.add("\n")
    b.add("\n")
    _body(b, rng, True, first_suffix=WADI_SUFFIX if rng.random() < WADI_SHARE else None,
          suffix_label="site_tag")
    if rng.random() < 0.4:
        b.add("\n\n")
        b.add(rng.choice(AR_SOURCES), legit="agency")
    if rng.random() < WADI_SHARE:
        b.add("\n\n")
        b.add(WADI_APP, furniture="site_trailer")
    b.add("\n")


def _site_plain(rng: random.Random, b: Builder) -> None:
    arabic = rng.random() < 0.6
    b.headline(rng, arabic)
    if arabic and rng.random() < 0.3:
        b.add("بقلم: " + rng.choice(AR_COLUMNISTS), legit="byline")
        b.add("\n")
    elif not arabic and rng.random() < 0.3:
        b.add("By Staff Writer", legit="byline")
        b.add("\n")
    b.add("\n")
    _body(b, rng, arabic)
    if arabic and rng.random() < 0.5:
        b.add("\n\n")
        b.add(rng.choice(AR_SOURCES), legit="agency")
    elif not arabic and rng.random() < 0.3:
        b.add("\n\n")
        b.add("Reuters contributed to this report.", legit="agency")
    b.add("\n")


#: site name -> template
SITES: dict[str, Callable[[random.Random, Builder], None]] = {
    "almasdar.info": _site_almasdar,
    "alwaha-news": _site_alwaha,
    "ammandaily.com": _site_ammandaily,
    "nahar-plain": _site_plain,
    "alwadi24.tv": _site_wadi,
}


def make_document(site: str, seed: int, index: int, *, varied: bool = False) -> dict:
    """Document ``index`` of ``site``; deterministic for ``(site, seed, index)``.

    ``varied`` adds what makes real crawls diverse (for the memory benchmark): a publication
    date-time line on top and a number in the headline, so top lines are (nearly) unique.
    """
    rng = random.Random(f"{site}/{seed}/{index}")
    b = Builder(varied)
    if varied:
        b.add(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2026)} "
              f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n")
    SITES[site](rng, b)
    return {"id": f"{site}-{index:07d}", "site": site, "text": b.text(),
            "furniture": [] if varied else b.furniture, "legit": [] if varied else b.legit}


def generate(*, docs_per_site: int | None = None, size: int | None = None, seed: int = 0,
             copies: int = 1, varied: bool = False) -> Iterator[dict]:
    """Documents of every site, interleaved, until ``docs_per_site`` each or ``size`` bytes of text.

    ``copies`` > 1 spreads the documents of each template over that many sites
    (``almasdar.info#0`` … ``#copies-1``), as in a crawl of many sites; ``varied``: see
    :func:`make_document` (memory benchmark; spans are then not recorded).
    """
    total = 0
    index = 0
    while True:
        if docs_per_site is not None and index >= docs_per_site:
            return
        for site in SITES:
            doc = make_document(site, seed, index, varied=varied)
            if copies > 1:
                doc["site"] = f"{site}#{index % copies}"
            yield doc
            total += len(doc["text"].encode("utf-8"))
            if size is not None and total >= size:
                return
        index += 1


def parse_size(text: str) -> int:
    """``"150MB"`` -> 150_000_000.

    >>> parse_size("2KB"), parse_size("1GB")
    (2000, 1000000000)
    """
    units = {"KB": 10**3, "MB": 10**6, "GB": 10**9, "B": 1}
    t = text.strip().upper()
    for unit, factor in units.items():
        if t.endswith(unit):
            return int(float(t[: -len(unit)]) * factor)
    return int(t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs-per-site", type=int)
    ap.add_argument("--size", type=parse_size, help="stop after this much text (e.g. 150MB)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--copies", type=int, default=1, help="sites per template (default 1)")
    ap.add_argument("--varied", action="store_true", help="unique date lines and headlines (memory benchmark)")
    ap.add_argument("--lean", action="store_true", help="write only id, site and text")
    ap.add_argument("-o", "--output", help="output JSONL (default: standard output)")
    args = ap.parse_args(argv)
    if args.docs_per_site is None and args.size is None:
        args.docs_per_site = 300
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for doc in generate(docs_per_site=args.docs_per_site, size=args.size, seed=args.seed,
                            copies=args.copies, varied=args.varied):
            if args.lean:
                doc = {"id": doc["id"], "site": doc["site"], "text": doc["text"]}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
