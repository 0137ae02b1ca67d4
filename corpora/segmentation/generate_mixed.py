"""A generated mixed Arabic/English web corpus for the segmentation benchmark (deterministic).

Documents are drawn from templates written for normtext: Arabic news with brands, acronyms,
numbers and links; English news with Arabic words; social posts with hashtags, mentions, emoji
and Arabizi; chat lines; CMS pages with glued fragments; Persian, Urdu and French passages;
bilingual forms over several lines. ``generate(n_bytes, seed)`` yields documents until about
``n_bytes`` of UTF-8 have been produced; the same seed gives the same corpus.

>>> docs = list(generate(2000, seed=1))
>>> sum(len(d.encode()) for d in docs) >= 2000 and docs == list(generate(2000, seed=1))
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator

AR_SENTENCES = [
    "أعلنت وزارة {ministry} اليوم عن إطلاق برنامج جديد لدعم {group} في جميع المحافظات",
    "وقال المتحدث باسم الوزارة إن المرحلة الأولى ستبدأ مطلع الشهر المقبل",
    "وأضاف أن الخطة تتضمن تدريب {num} موظف على أنظمة {brand} الحديثة",
    "ارتفعت أسعار {commodity} بنسبة {pct} خلال الربع {ordinal} من العام الحالي",
    "وأكد الخبراء أن السوق ستشهد استقرارا نسبيا في الأشهر المقبلة",
    "وقعت شركة {brand} اتفاقية شراكة مع {brand2} لتطوير حلول {tech} في المنطقة",
    "يمكن للمواطنين التسجيل عبر الموقع الإلكتروني {url} حتى نهاية الأسبوع",
    "وشهد المؤتمر مشاركة واسعة من ممثلي القطاع الخاص والجامعات",
    "تستضيف العاصمة معرض {expo} في دورته {ordinal} بمشاركة {num} عارض",
    "وأشار التقرير إلى أن نسبة البطالة تراجعت إلى {pct} مقارنة بالعام الماضي",
    "من جهته، قال رئيس مجلس الإدارة إن النتائج فاقت التوقعات",
    "حصل المنتخب على المركز {ordinal} في بطولة {event} بعد فوزه على منافسه",
    "تبلغ قيمة المشروع نحو {num} مليون دينار ويستمر تنفيذه {num2} سنوات",
    "وأوضح أن التطبيق متاح على متجري {store} و{store2} مجانا",
    "ودعت الجهات المختصة المواطنين إلى توخي الحذر خلال المنخفض الجوي",
    "اطلعت على تقرير {acronym} الصادر في {date} حول الاقتصاد العالمي",
]
EN_SENTENCES = [
    "The ministry announced a new programme to support {group_en} across the country",
    "Officials said the first phase would begin early next month",
    "Shares of {brand} rose {pct} after the company reported strong quarterly results",
    "The festival in {city} drew more than {num} visitors over the weekend",
    "Residents call the old market {ar_word}, which means the heart of the city",
    "The report, published on {date_en}, warned of rising food prices",
    "Engineers completed the new bridge ahead of schedule and under budget",
    "Her favourite dish is {ar_dish}, served with rice and yoghurt",
    "For more details, visit {url} or email {email}",
    "The team won {num2} matches in a row before losing in the final",
    "Analysts expect the central bank to keep interest rates unchanged",
    "The sign above the door simply read {ar_word} in green letters",
    "Tickets are available online for {num} dirhams",
    "He greeted the guests with {ar_greeting} and a warm smile",
]
SOCIAL = [
    "{ar_short} {emoji} #{hashtag_ar} #{hashtag_en}",
    "@{handle} {ar_short} {emoji}",
    "{arabizi} {emoji}",
    "{en_short} {emoji} {ar_short}",
    "RT @{handle}: {ar_short} {url}",
    "{ar_short}، {arabizi}",
    "{en_short} #{hashtag_en} {emoji}{emoji}",
]
CHAT = [
    "{arabizi}", "{arabizi}, {en_short}", "{en_short} {arabizi}", "ok {arabizi}",
    "{arabizi}? {emoji}", "{ar_short} {en_short}",
]
GLUED = [
    "{en_sentence}.اضافة اعلان", "شاركShare | طباعةPrint | أرسلSend", "{ar_sentence}Read more",
    "Related articles:مقالات ذات صلة", "{en_sentence}.اقرأ أيضا: {ar_sentence}",
    "الرئيسيةHome » أخبارNews » محلياتLocal",
]
PERSIAN = [
    "امروز هوا در تهران بسیار سرد است و مردم در خانه ماندند",
    "شرکت {brand} محصولات جدید خود را در نمایشگاه معرفی کرد",
    "دانشجویان باید تا پایان هفته ثبت‌نام کنند",
    "ما برای همکاری با کشورهای همسایه آماده هستیم",
]
URDU = [
    "آج لاہور میں بارش کی وجہ سے موسم خوشگوار ہو گیا",
    "وزیراعظم نے نئی تعلیمی پالیسی کا اعلان کیا ہے",
    "یہ کتاب طلبہ کے لیے بہت مفید ہے",
]
FRENCH = [
    "Le ministre a annoncé de nouvelles mesures pour les étudiants",
    "Nous avons visité la vieille ville de Tunis hier après-midi",
    "قال السفير: « Nous sommes très heureux de cette coopération »",
]
FORM = [
    "Name: {name_en}\nالاسم: {name_ar}\nDate: {date_en}\nالتاريخ: {date}",
    "Title: {en_short}\nالعنوان: {ar_short}",
]

FILL = {
    "ministry": ["الصحة", "التربية والتعليم", "الاقتصاد الرقمي", "النقل", "السياحة"],
    "group": ["الشركات الناشئة", "الطلاب", "المزارعين", "رواد الأعمال", "الأسر المحتاجة"],
    "group_en": ["small businesses", "students", "farmers", "young entrepreneurs"],
    "brand": ["Microsoft", "Samsung", "Huawei", "Careem", "Aramco", "Oracle", "SAP", "Tesla", "Zain"],
    "brand2": ["Google Cloud", "Amazon Web Services", "IBM", "Siemens", "Ericsson"],
    "tech": ["الذكاء الاصطناعي", "الحوسبة السحابية", "الأمن السيبراني", "5G"],
    "commodity": ["الذهب", "النفط", "القمح", "الحديد"],
    "pct": ["3%", "12.5%", "٧٪", "0.8%", "٢٥٪", "40%"],
    "ordinal": ["الأول", "الثاني", "الثالث", "الرابع"],
    "num": ["120", "3500", "١٢٠٠", "45", "٨٠٠", "10,000"],
    "num2": ["3", "5", "٧"],
    "url": ["https://www.example.gov.jo/register", "www.example.sa", "https://example.com/ar/news?id=42"],
    "email": ["info@example.com", "media@example.ae"],
    "expo": ["الكتاب الدولي", "GITEX", "Expo", "الصناعات الغذائية"],
    "event": ["كأس آسيا", "FIFA Arab Cup", "البطولة العربية"],
    "store": ["App Store", "Google Play"], "store2": ["AppGallery", "Google Play"],
    "acronym": ["IMF", "WHO", "OECD", "UNICEF", "OPEC"],
    "date": ["15/3/2024", "١٢ مايو ٢٠٢٣", "2024-06-01", "1445هـ"],
    "date_en": ["March 15, 2024", "1 June 2023", "2024-11-05"],
    "city": ["Amman", "Jeddah", "Doha", "Beirut", "Casablanca"],
    "ar_word": ["قلب المدينة", "السوق القديم", "أهلا وسهلا", "البلد"],
    "ar_dish": ["المنسف", "المقلوبة", "الكبسة", "الملوخية"],
    "ar_greeting": ["السلام عليكم", "أهلا وسهلا", "مرحبا"],
    "ar_short": ["صباح الخير", "مبروك للجميع", "الله يعطيكم العافية", "أحلى يوم", "جمعة مباركة",
                 "عرض خاص اليوم فقط", "شكرا لكم"],
    "en_short": ["good morning", "see you soon", "great job everyone", "so proud", "thank you all",
                 "best day ever", "new post"],
    "arabizi": ["ana ra7 ajeek bokra", "yalla ya shabab", "3amel eh ya basha", "wallah kteer 7elw",
                "inshallah kheir", "mesh fahem 7aga", "habibi enta fen"],
    "emoji": ["😂", "❤️", "🔥", "👍", "🌙", "🎉", "😍"],
    "hashtag_ar": ["السعودية", "رمضان_كريم", "الأردن", "عاجل"],
    "hashtag_en": ["Riyadh", "Vision2030", "Ramadan", "Dubai", "travel"],
    "handle": ["AJArabic", "SkyNewsArabia", "user_2024", "AlArabiya_Eng"],
    "name_en": ["Ahmad Saleh", "Layla Haddad", "Omar Khalil"],
    "name_ar": ["أحمد صالح", "ليلى حداد", "عمر خليل"],
}


def _fill(template: str, rng: random.Random) -> str:
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        key = out[start + 1:end]
        if key == "en_sentence":
            value = _fill(rng.choice(EN_SENTENCES), rng)
        elif key == "ar_sentence":
            value = _fill(rng.choice(AR_SENTENCES), rng)
        else:
            value = rng.choice(FILL[key])
        out = out[:start] + value + out[end + 1:]
    return out


def _paragraph(pool: list[str], rng: random.Random, stop: str, lo: int = 3, hi: int = 7) -> str:
    return " ".join(_fill(rng.choice(pool), rng) + stop for _ in range(rng.randint(lo, hi)))


def document(rng: random.Random) -> str:
    """One document of a randomly chosen kind."""
    kind = rng.random()
    if kind < 0.35:
        return "\n\n".join(_paragraph(AR_SENTENCES, rng, ".") for _ in range(rng.randint(1, 3)))
    if kind < 0.60:
        return "\n\n".join(_paragraph(EN_SENTENCES, rng, ".") for _ in range(rng.randint(1, 3)))
    if kind < 0.75:
        return "\n".join(_fill(rng.choice(SOCIAL), rng) for _ in range(rng.randint(1, 4)))
    if kind < 0.83:
        return "\n".join(_fill(rng.choice(CHAT), rng) for _ in range(rng.randint(2, 6)))
    if kind < 0.88:
        return "\n".join(_fill(rng.choice(GLUED), rng) for _ in range(rng.randint(1, 3)))
    if kind < 0.91:
        return _paragraph(PERSIAN, rng, ".", 2, 4)
    if kind < 0.93:
        return _paragraph(URDU, rng, "۔", 2, 4)
    if kind < 0.96:
        return _paragraph(FRENCH, rng, ".", 1, 3) + " " + _paragraph(AR_SENTENCES, rng, ".", 1, 2)
    return _fill(rng.choice(FORM), rng)


def generate(n_bytes: int, seed: int = 0) -> Iterator[str]:
    """Documents until about ``n_bytes`` of UTF-8 text have been produced."""
    rng = random.Random(seed)
    total = 0
    while total < n_bytes:
        doc = document(rng)
        total += len(doc.encode("utf-8"))
        yield doc
