"""Build the annotated injected-fragment corpus (``corpus.jsonl``), deterministically.

Documents are assembled from paragraphs, headlines, captions and fragments written for this
project, modelled on ``specs/injected-fragments.md``: English articles with Arabic (and English)
fragments, Arabic articles with Arabic and English fragments, and at least a third negatives
(documents with no fragment, many of them full of the dangerous look-alikes: ``إعلان نتائج``,
``شاهد عيان``, quoted cues, attribution, lost spaces).

The expected clean text is assembled from the same parts *without* the fragments, following
the issue's whitespace rules (an own-line fragment leaves no line; a glued fragment leaves its
paragraph ending at the punctuation; an inline one leaves one space), independently of the
detector. Record format (one JSON object per line)::

    {"id": "en-0007", "lang": "en" | "ar", "negative": bool,
     "text": "...",                       # the scraped-looking document
     "spans": [{"start": int, "end": int, "label": str}],   # gold fragments, offsets in text
     "clean": "..."}                      # expected output of the injected step with remove

Spans never start or end with whitespace; a cue with its payload, and a caption with its credit,
are one span. Rebuild with ``python corpora/injected/build.py`` (same bytes every run).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "normtext-injected-corpus-1"

# --- content (written for this project) --------------------------------------------------
EN_HEADLINES = [
    "Jordan and Egypt sign new gas supply agreement", "Heavy rain floods streets in northern towns",
    "Parliament approves amended election law", "Central bank keeps interest rates unchanged",
    "Aqaba port reports record container traffic", "Teachers end week-long strike after deal",
    "Drone strike kills militia commander in Baghdad", "New hospital wing opens in Irbid",
    "Tourism revenue rises 12 percent in first half", "Water authority announces summer rationing plan",
]
EN_PARAS = [
    "The agreement, signed in Cairo on Tuesday, covers deliveries over the next five years, according to a statement from the energy ministry.",
    "Officials said the first shipments would arrive before the end of the year, Al-Ghad reported.",
    "Residents in several neighbourhoods said water entered their homes overnight, and civil defence teams used pumps to clear the roads.",
    "The amendments lower the minimum age for candidates and change the way seats are allocated to parties.",
    "Analysts had expected the bank to hold rates steady after inflation slowed for a third consecutive month.",
    "The port authority said the number of containers handled rose by nearly a fifth compared with the same period last year.",
    "The teachers' union said its members would return to classrooms on Sunday after the government agreed to review allowances.",
    "Security sources said at least two rockets hit a building used by the group east of the city.",
    "A spokesperson for the group said the death toll had risen to four after one of the wounded died in hospital.",
    "The new wing adds 120 beds and two operating theatres, the health minister told reporters during the opening.",
    "Hotel occupancy in Petra and Wadi Rum was higher than before the pandemic, the tourism board said.",
    "The water authority urged households to install storage tanks and report leaks through its hotline.",
    "Read more about it in the report published by the audit bureau on Monday, the minister added.",
    "The campaign, called \"Read More\", distributes free books to school libraries in the south.",
    "An earlier version of this story wrongly attributed a picture credited (Photo: Reuters) to another agency.",
    "The words \"اضافة اعلان\" appeared at the end of several articles on the site after a software update, readers said.",
    "In a related development, the ministry said it would publish the full list of projects next week.",
    "Share prices of the company rose by 3 percent in early trading on Amman's stock exchange.",
    "Follow the signs to the new parking area, the municipality told visitors in a statement.",
    "The explosion happened in the early morning.The casualties were taken to Al-Bashir hospital.",
    "Firefighters contained the blaze after two hours, the civil defence directorate said. (Petra)",
    "Witnesses said the convoy passed through the checkpoint shortly before noon.",
    "The minister said the government would not raise fuel prices this month, despite higher global costs.",
    "Negotiators are expected to meet again next week in Amman to finalise the remaining details.",
]
AR_HEADLINES = [
    "الحكومة تقر موازنة العام المقبل", "أمطار غزيرة تغلق طرقا في الشمال",
    "افتتاح مهرجان جرش للثقافة والفنون", "ارتفاع أسعار الذهب في السوق المحلية",
    "وزارة التربية تعلن موعد امتحانات الثانوية العامة", "البنك المركزي يثبت أسعار الفائدة",
    "توقيع اتفاقية لتزويد المصانع بالغاز", "إغلاق شارع رئيسي في عمان لأعمال الصيانة",
    "مجلس النواب يناقش قانون الانتخاب", "انطلاق حملة وطنية للتبرع بالدم",
]
AR_PARAS = [
    "وقال وزير المالية في مؤتمر صحفي إن الموازنة تتضمن زيادة في مخصصات التعليم والصحة.",
    "وأوضح أن الحكومة ستواصل دعم السلع الأساسية حتى نهاية العام الحالي.",
    "وتسببت الأمطار الغزيرة في تجمع المياه في عدد من الشوارع، فيما عملت فرق الدفاع المدني على فتح الطرق.",
    "وقال شاهد عيان إن المياه دخلت إلى عدد من المنازل في ساعات الليل.",
    "وأعلنت الوزارة موعد إعلان نتائج الثانوية العامة في منتصف الشهر المقبل.",
    "واحتفلت المملكة بذكرى إعلان الاستقلال بفعاليات في مختلف المحافظات.",
    "وشارك في الاجتماع ممثلون عن عشر دول عربية وأجنبية.",
    "وقالت الشركة إنها تدرس إضافة إعلان جديد إلى حملتها التسويقية خلال الصيف.",
    "وظهر زر يحمل عبارة «اضافة اعلان» في أعلى الصفحة بعد تحديث الموقع.",
    "وأكد مدير المهرجان أن الدورة الحالية تشهد مشاركة واسعة من الفرق المحلية والعربية.",
    "وارتفع سعر غرام الذهب عيار 21 في السوق المحلية بنحو نصف دينار مقارنة بالأمس.",
    "وقال المتحدث باسم الوزارة بلسانها.بحسب البيان فإن الامتحانات ستبدأ في موعدها.",
    "وأشار إلى أن الوزارة تتابع سير العمل في المدارس بشكل يومي.",
    "وفي تطور ذي صلة، قالت الوزارة إنها ستراجع القرار خلال أيام.",
    "وقام المشتبه به بإشهار سلاحه في وجه أفراد الشرطة قبل أن يتم القبض عليه.",
    "وأكد البنك أن معدلات التضخم ما زالت ضمن المستويات المستهدفة.",
    "وتابع الوزير جولته في المحافظات الشمالية حيث اطلع على سير العمل في المشاريع.",
    "ودعت الحملة المواطنين إلى التبرع بالدم في المستشفيات الحكومية والمراكز الصحية.",
    "وأفادت وكالة الأنباء الرسمية بأن الاتفاقية تمتد لخمس سنوات قابلة للتجديد.",
    "وقالت مصادر أمنية إن التحقيقات ما زالت جارية لمعرفة ملابسات الحادثة.",
    "ونقلت الصحيفة عن مسؤول قوله إن المشروع سينتهي قبل نهاية العام.",
    "وقال النائب في كلمته إن القانون الجديد يعزز مشاركة الشباب في الحياة السياسية.",
]
EN_CAPTIONS = ["US army", "Protesters gather outside parliament", "A view of Aqaba port",
               "Rescue teams at the scene", "The new hospital wing in Irbid"]
AR_CAPTIONS = ["جانب من حفل الافتتاح", "فرق الدفاع المدني في موقع الحادثة", "صورة من الاجتماع",
               "مبنى وزارة التربية والتعليم"]
EN_CREDITS = ["(Photo: Twitter/X)", "(Photo: Envato Elements)", "(Petra photo)", "[File: Reuters]",
              "[AP Photo]", "(Photo: Handout)", "[File: Ammar Awad/Reuters]", "Photo: Reuters",
              "© Getty Images", "Photo by Ahmad Saleh"]
AR_CREDITS = ["(تصوير: محمد أحمد)", "(صورة أرشيفية)", "(تصوير: علي حسن)", "(الصورة: بترا)", "(أرشيفية)",
              "تصوير: سامر خالد"]
EN_RELATED_HEADLINES = ["Oil prices climb for third day", "Gulf markets open higher",
                        "New airport terminal opens in Aqaba", "Storm batters Mediterranean coast",
                        "Court postpones verdict in fraud case"]
AR_RELATED_HEADLINES = ["ارتفاع درجات الحرارة غدا", "افتتاح معرض الكتاب في عمان",
                        "الأمن العام يحذر من السرعة الزائدة", "انخفاض أسعار الخضار في السوق المركزي",
                        "تعديل مواعيد الدوام في المدارس"]
SECTIONS = ["Region and World", "Local", "Business", "Sports"]
SITES = ["Jordan News", "Amman Daily", "Levant Times"]

# fragment spellings (variation as seen in the wild)
AD_AR_GLUED = ["اضافة اعلان", "إضافة إعلان", "اضافة إعلان", "\u200fاضافة اعلان\u200f", "إضـافة إعـلان"]
AD_LINES = ["اضافة اعلان", "إعلان", "Advertisement", "ADVERTISEMENT", "Advertisement\n\nAdvertisement"]
READ_CUES_AR = ["اقرأ أيضاً:", "إقرأ أيضا:", "اقرا ايضا", "اقـرأ أيضـاً：", "شاهد أيضاً:", "طالع أيضاً:", "اقرأ المزيد:",
                "» اقرأ أيضًا..", "\u200fاقرأ أيضاً\u200f:", "اقْرَأْ أَيْضًا |"]
READ_CUES_EN = ["Also Read:", "Read more:", "READ MORE:", "RELATED:", "Read also:", "Lire aussi :", "ALSO READ |",
                "Read More »", "• Read more -"]
RELATED_CUES_AR = ["أخبار متعلقة", "مقالات ذات صلة", "مواضيع ذات صلة", "قد يهمك:", "الأكثر قراءة:", "أخبار ذات صلة"]
RELATED_CUES_EN = ["Related Articles", "RELATED COVERAGE", "Top Stories:", "You may also like", "More stories",
                   "Most Read:"]
SHARE_AR = ["شارك الخبر\nفيسبوك\nتويتر\nواتساب", "تابعونا على فيسبوك وتويتر",
            "تابع أحدث الأخبار عبر تطبيق google news", "تابعوا قناتنا على تلغرام",
            "للمزيد من الأخبار تابعونا على تطبيق نبض", "شارك\nفيسبوك\nواتساب"]
SHARE_EN = ["Share this:\nFacebook\nTwitter\nWhatsApp", "Follow us on Twitter", "Connect with us",
            "facebook twitter whatsapp", "Subscribe to our YouTube channel",
            "Follow The Levant Times on Facebook", "Share\nFacebook\nX\nEmail"]
TRAILERS_AR = ["جميع الحقوق محفوظة © 2023", "اترك تعليقاً", "زر الذهاب إلى الأعلى",
               "ظهرت المقالة ارتفاع أسعار الذهب أولاً على موقع الأخبار.", "اترك تعليقاً\n\nزر الذهاب إلى الأعلى"]
TRAILERS_EN = ["Leave a Reply", "Back to Top", "© 2024 Amman Daily. All rights reserved.",
               "The post Teachers end strike appeared first on Levant Times.", "Copyright © 2024 Levant Times",
               "Leave a Reply\n\nBack to top button"]


class Builder:
    """Accumulates a document and its clean form block by block, recording gold spans."""

    def __init__(self, sep: str):
        self.sep = sep  # paragraph separator ("\n\n" or "\n")
        self.blocks: list[tuple[str, str, list[tuple[int, int, str]]]] = []  # (text, clean, spans)

    def para(self, text: str, clean: str | None = None, spans=()) -> None:
        self.blocks.append((text, text if clean is None else clean, list(spans)))

    def fragment(self, text: str, label: str) -> None:
        """An own-line (or own-paragraph) fragment: nothing of it in the clean text."""
        self.blocks.append((text, "", [(0, len(text), label)]))

    def glue(self, text: str, label: str) -> None:
        """A fragment glued to the end of the previous paragraph."""
        prev, clean, spans = self.blocks[-1]
        frag = text.strip()
        lead = text[:len(text) - len(text.lstrip())]
        start = len(prev) + len(lead)
        self.blocks[-1] = (prev + text, clean, spans + [(start, start + len(frag), label)])

    def build(self) -> tuple[str, list[dict], str]:
        out, clean_parts, spans = [], [], []
        pos = 0
        for k, (text, clean, sp) in enumerate(self.blocks):
            if k:
                out.append(self.sep)
                pos += len(self.sep)
            for s, e, label in sp:
                spans.append({"start": pos + s, "end": pos + e, "label": label})
            out.append(text)
            pos += len(text)
            if clean:
                clean_parts.append(clean)
        return "".join(out), spans, self.sep.join(clean_parts)


def _trim_span(text: str, span: dict) -> dict:
    s, e = span["start"], span["end"]
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return {"start": s, "end": e, "label": span["label"]}


def _doc(rng: random.Random, lang: str, negative: bool) -> tuple[str, list[dict], str]:
    en = lang == "en"
    heads, paras = (EN_HEADLINES, EN_PARAS) if en else (AR_HEADLINES, AR_PARAS)
    b = Builder(rng.choice(["\n\n", "\n\n", "\n"]))
    b.para(rng.choice(heads))
    body = rng.sample(paras, rng.randint(3, 6))
    if negative:
        if rng.random() < 0.25:  # a headline that starts like a cue, or a notice headed by إعلان
            b.blocks.clear()
            b.para(rng.choice(["Read More Than Ever Before, Says Survey", "Advertisement Standards Authority bans misleading ad",
                               "Share prices climb as banks rally"] if en else
                              ["شاهد: لحظة انهيار مبنى قديم في وسط المدينة", "إعلان", "إعلان نتائج القبول الموحد"]))
            if not en and b.blocks[0][0] == "إعلان":
                b.para("تعلن بلدية إربد الكبرى عن طرح عطاء لصيانة الطرق في المنطقة الشمالية.")
        for p in body:
            b.para(p)
        if rng.random() < 0.3:  # negatives that end with attribution or a source line
            b.para(rng.choice(["(DHA)", "Source: Reuters", "Jordan News Agency (Petra)"] if en
                              else ["المصدر: CNN", "(بترا)", "المصدر: وكالة الأنباء الأردنية"]))
        return b.build()
    kinds = rng.sample(["caption", "ad_glued", "ad_line", "read", "related", "share", "trailer", "inline"],
                       rng.randint(1, 3))
    if "caption" in kinds:
        cap = rng.choice(EN_CAPTIONS if en else AR_CAPTIONS)
        credit = rng.choice(EN_CREDITS if en else AR_CREDITS + EN_CREDITS[:2])
        b.fragment(f"{cap}\n{credit}", "photo_credit")
    for k, p in enumerate(body):
        if k == 0 and "ad_glued" in kinds:
            b.para(p)
            frag = rng.choice(AD_AR_GLUED + ([] if en else ["Advertisement"]))
            b.glue(rng.choice(["", "", " "]) + frag, "ad_placeholder")
            continue
        if k == 1 and "inline" in kinds and en:
            first, second = p, rng.choice([q for q in paras if q not in body])
            cue = rng.choice(["ADVERTISEMENT", "Advertisement"])
            text = f"{first} {cue} {second}"
            s = len(first) + 1
            b.para(text, f"{first} {second}", [(s, s + len(cue), "ad_placeholder")])
            continue
        b.para(p)
        if k == 1 and "ad_line" in kinds:
            b.fragment(rng.choice(AD_LINES if en else AD_LINES[:2] + ["Advertisement"]), "ad_placeholder")
        if k == 2 and "read" in kinds and en and rng.random() < 0.25:
            prev, clean, spans = b.blocks[-1]
            cut = prev.rsplit(" ", 4)[0] + "..."
            cue = rng.choice(["Read More »", "Read more", "read full story"])
            b.blocks[-1] = (cut + " " + cue, cut, [(len(cut) + 1, len(cut) + 1 + len(cue), "read_more")])
            continue
        if k == 2 and "read" in kinds:
            cue = rng.choice(READ_CUES_EN if en else READ_CUES_AR)
            heads2 = EN_RELATED_HEADLINES if en else AR_RELATED_HEADLINES
            n = rng.randint(1, 2)
            if rng.random() < 0.5:
                block = cue + " " + rng.choice(heads2)
            else:
                block = cue + "\n" + "\n".join(rng.sample(heads2, n))
            b.fragment(block, "read_more")
    if "related" in kinds:
        cue = rng.choice(RELATED_CUES_EN if en else RELATED_CUES_AR)
        heads2 = EN_RELATED_HEADLINES if en else AR_RELATED_HEADLINES
        bullet = rng.choice(["", "", "- ", "• "])
        b.fragment(cue + "\n" + "\n".join(bullet + h for h in rng.sample(heads2, rng.randint(2, 4))), "related_links")
    if "share" in kinds:
        b.fragment(rng.choice(SHARE_EN if en else SHARE_AR), "share_follow")
    if "trailer" in kinds:
        if en and rng.random() < 0.5:
            b.fragment(f"Read more {rng.choice(SECTIONS)}\n{rng.choice(SITES)}", "site_trailer")
        else:
            b.fragment(rng.choice(TRAILERS_EN if en else TRAILERS_AR), "site_trailer")
    return b.build()


def build(n_per_lang: int = 90) -> list[dict]:
    rng = random.Random(SEED)
    records = []
    for lang in ("en", "ar"):
        for i in range(n_per_lang):
            negative = i % 5 in (0, 3)  # 40% negatives
            text, spans, clean = _doc(rng, lang, negative)
            spans = [_trim_span(text, s) for s in spans]
            records.append({"id": f"{lang}-{i:04d}", "lang": lang, "negative": negative,
                            "text": text, "spans": spans, "clean": clean})
    return records


def main() -> None:
    records = build()
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(r["negative"] for r in records)
    print(f"{len(records)} documents ({neg} negatives) -> {HERE / 'corpus.jsonl'}")


if __name__ == "__main__":
    main()
