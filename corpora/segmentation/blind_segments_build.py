"""Build ``blind_segments.jsonl``: a blind evaluation set for mixed-script segmentation.

Every record is written by hand as a list of pieces ``(code, text)`` whose concatenation is the
text; the code is the gold label of the piece under the language view of
/work/shared/specs/segmentation.md (a language code, ``n`` for neutral, ``u`` for a URL or
e-mail). Offsets are computed here; the script view is derived from the language view by
relabelling each run by its script and re-applying the absorption rule (rule 2: neutral material
between two runs of the same label joins them unless it holds a hard break or a URL).
The gold was derived from the spec text only, never from normtext's output. Deterministic; does
not import normtext.

Run: ``.venv/bin/python corpora/segmentation/blind_segments_build.py``
"""

from __future__ import annotations

import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).with_name("blind_segments.jsonl")

# language code -> (language-view label, ISO 15924 script)
LANGS = {
    "ar": ("ar", "Arab"),
    "en": ("en", "Latn"),
    "fa": ("other", "Arab"),
    "ur": ("other", "Arab"),
    "fr": ("other", "Latn"),
    "es": ("other", "Latn"),
    "tr": ("other", "Latn"),
    "de": ("other", "Latn"),
    "ar-Latn": ("other", "Latn"),
    "he": ("other", "Hebr"),
    "zh": ("other", "Hani"),
    "hi": ("other", "Deva"),
    "ru": ("other", "Cyrl"),
    "el": ("other", "Grek"),
    "ckb": ("other", "Arab"),
    "it": ("other", "Latn"),
    "syr": ("other", "Syrc"),
    "pt": ("other", "Latn"),
    "id": ("other", "Latn"),
}
SCRIPT_LABEL = {"Arab": "ar", "Latn": "en"}  # any other script -> "other"
HARD_BREAKS = set("\n\r\v\f\x85\u2028\u2029")
LINE_SEPARATORS = "\x85\u2028\u2029"

A = "ar-Latn"
RECORDS: list[tuple[str, list[str], list[tuple[str, str]]]] = [
    # --- English host with Arabic names / quotes
    ("bl01", ["en-host", "name"], [("en", "The minister,"), ("n", " "), ("ar", "محمد بن سلمان,"), ("n", " "), ("en", "spoke first.")]),
    ("bl02", ["en-host", "quote"], [("en", "The banner read"), ("n", " "), ("ar", "“أهلاً وسهلاً”"), ("n", " "), ("en", "in gold letters.")]),
    ("bl03", ["en-host", "paren"], [("en", "Locals call it"), ("n", " "), ("ar", "(سوق الذهب)"), ("n", " "), ("en", "rather than the Gold Souk.")]),
    ("bl04", ["en-host", "quote"], [("en", "He called it"), ("n", " "), ("ar", '"الحلم العربي"'), ("n", " "), ("en", "on air.")]),
    ("bl05", ["en-host", "paren"], [("en", "The word"), ("n", " "), ("ar", "[شكراً]"), ("n", " "), ("en", "means thanks")]),
    ("bl06", ["en-host", "punct"], [("en", "He said wait…"), ("n", " "), ("ar", "انتظر")]),
    ("bl07", ["en-host", "numbers"], [("en", "The price rose to"), ("n", " ٣٥٠ "), ("ar", "ريال"), ("n", " "), ("en", "per unit")]),
    ("bl08", ["en-host", "numbers", "glued"], [("en", "Ramadan"), ("n", " "), ("ar", "1445هـ"), ("n", " "), ("en", "begins")]),
    # --- Arabic host with brands, acronyms, products, versions
    ("bl09", ["ar-host", "brand", "version"], [("ar", "أطلقت"), ("n", " "), ("en", "Apple"), ("n", " "), ("ar", "هاتف"), ("n", " "), ("en", "iPhone 15 Pro،"), ("n", " "), ("ar", "بسعر 999 دولاراً")]),
    ("bl10", ["ar-host", "brand", "version"], [("ar", "نموذج"), ("n", " "), ("en", "GPT-4o"), ("n", " "), ("ar", "من"), ("n", " "), ("en", "OpenAI"), ("n", " "), ("ar", "أسرع بمرتين")]),
    ("bl11", ["ar-host", "acronym"], [("ar", "ارتفعت إصابات"), ("n", " "), ("en", "COVID-19"), ("n", " "), ("ar", "في أوروبا")]),
    ("bl12", ["ar-host", "version", "numbers"], [("ar", "حدّث نظامك إلى"), ("n", " "), ("en", "Windows"), ("n", " 11 "), ("ar", "الآن")]),
    ("bl13", ["ar-host", "acronym", "glued"], [("ar", "يدعم الجهاز شبكات"), ("n", " "), ("en", "5G"), ("n", " "), ("ar", "و"), ("en", "Wi-Fi 7")]),
    ("bl14", ["ar-host", "version"], [("ar", "تم تحديث"), ("n", " "), ("en", "Python"), ("n", " "), ("ar", "إلى الإصدار 3.12.1 أمس")]),
    ("bl15", ["ar-host", "brand", "numbers"], [("ar", "سعر"), ("n", " "), ("en", "PS5"), ("n", " "), ("ar", "في السعودية 2199 ريال")]),
    ("bl16", ["ar-host", "brand", "glued", "tatweel"], [("ar", "اشتريت بالـ"), ("en", "MacBook"), ("n", " "), ("ar", "الجديد")]),
    ("bl17", ["ar-host", "brand", "glued", "numbers"], [("ar", "لـ"), ("en", "Samsung"), ("n", " 20% "), ("ar", "من السوق")]),
    ("bl18", ["ar-host", "version", "numbers"], [("ar", "صدر"), ("n", " "), ("en", "iOS"), ("n", " 18.1 "), ("ar", "اليوم")]),
    ("bl19", ["ar-host", "brand"], [("ar", "هاتف"), ("n", " "), ("en", "Galaxy S24"), ("n", " "), ("ar", "الجديد")]),
    ("bl20", ["ar-host", "punct"], [("ar", "هل شاهدت"), ("n", " "), ("en", "Oppenheimer؟"), ("n", " "), ("ar", "فيلم رائع")]),
    ("bl21", ["ar-host", "brand", "connector"], [("ar", "شركة"), ("n", " "), ("en", "Coca-Cola’s"), ("n", " "), ("ar", "الأمريكية")]),
    ("bl22", ["ar-host", "version", "connector"], [("en", "Version v2.1-beta"), ("n", " "), ("ar", "متاح")]),
    ("bl23", ["ar-host", "connector", "hashtag"], [("ar", "رؤية_2030 و"), ("n", " "), ("en", "Vision 2030")]),
    # --- numbers, units, percentages, currencies, dates
    ("bl24", ["numbers", "percent"], [("ar", "بلغت نسبة التضخم ٣٫٥٪ في أكتوبر")]),
    ("bl25", ["numbers", "currency"], [("ar", "سعر البرميل $82.5 اليوم")]),
    ("bl26", ["numbers", "currency", "paren"], [("en", "Revenue hit SAR 4.2bn"), ("n", " "), ("ar", "(ريال)"), ("n", " "), ("en", "in Q3 2024")]),
    ("bl27", ["numbers", "dates"], [("ar", "موعد المباراة 15/03/2025 الساعة 8:30 مساءً")]),
    ("bl28", ["numbers", "dates"], [("en", "Date:"), ("n", " ١٥ "), ("ar", "مارس ٢٠٢٤")]),
    ("bl29", ["numbers", "units"], [("ar", "الوزن"), ("n", " "), ("en", "75kg"), ("n", " "), ("ar", "والطول"), ("n", " "), ("en", "180cm")]),
    ("bl30", ["numbers", "units"], [("ar", "درجة الحرارة"), ("n", " 45°"), ("en", "C"), ("n", " "), ("ar", "في الظل")]),
    ("bl31", ["numbers", "currency", "edge"], [("ar", "€1,299 فقط!")]),
    ("bl32", ["numbers", "percent"], [("ar", "خصم 50% على جميع المنتجات"), ("n", " - 50% "), ("en", "off everything")]),
    ("bl33", ["numbers", "persian"], [("fa", "قیمت دلار امروز ۵۸۰۰۰ تومان شد")]),
    # --- URLs, e-mails, handles, hashtags
    ("bl34", ["url"], [("ar", "للمزيد:"), ("n", " "), ("u", "www.example.com/ar/news"), ("n", ".")]),
    ("bl35", ["url", "email"], [("en", "Contact us:"), ("n", " "), ("u", "info@company.sa"), ("n", " "), ("ar", "أو اتصل بنا")]),
    ("bl36", ["url"], [("en", "Read more at"), ("n", " "), ("u", "https://news.example.com/ar/مقال-جديد")]),
    ("bl37", ["url", "paren"], [("ar", "راجع"), ("n", " "), ("u", "https://en.wikipedia.org/wiki/Python_(programming_language)"), ("n", " "), ("ar", "للتفاصيل")]),
    ("bl38", ["url", "punct"], [("ar", "زوروا موقعنا"), ("n", " "), ("u", "http://shop.example.sa،"), ("n", " "), ("ar", "وتسوقوا الآن")]),
    ("bl39", ["mention", "hashtag"], [("ar", "تابعونا على"), ("n", " "), ("en", "@AJArabic"), ("n", " "), ("ar", "و #عاجل")]),
    ("bl40", ["hashtag", "emoji"], [("ar", "#السعودية"), ("n", " "), ("en", "#Saudi_Vision2030 🇸🇦")]),
    ("bl41", ["email", "multiline"], [("en", "email:"), ("n", " "), ("u", "support@example.com"), ("n", "\n"), ("ar", "البريد:"), ("n", " "), ("u", "support@example.com")]),
    ("bl42", ["url", "ar-host"], [("ar", "التسجيل عبر"), ("n", " "), ("u", "https://example.sa/register?lang=ar"), ("n", " "), ("ar", "مجاناً")]),
    # --- emoji between runs
    ("bl43", ["emoji", "code-switch"], [("ar", "😂😂 والله ما توقعت"), ("n", " "), ("en", "this is crazy 🔥")]),
    ("bl44", ["emoji", "short"], [("n", "❤️")]),
    ("bl45", ["emoji", "punct"], [("ar", "مبروك"), ("n", " 🎉🎉 "), ("en", "congrats!")]),
    ("bl46", ["emoji", "glued"], [("en", "Good morning"), ("n", " ☀️"), ("ar", "صباح الخير")]),
    ("bl47", ["emoji", "edge"], [("ar", "👍🏽 تمام")]),
    ("bl48", ["emoji", "edge"], [("ar", "رائع 👍️")]),
    # --- quotes and brackets
    ("bl49", ["quote"], [("ar", "قال:"), ("n", " "), ("en", "«This is only the beginning»"), ("n", " "), ("ar", "ثم غادر")]),
    ("bl50", ["paren", "glued"], [("ar", "تقنية"), ("n", " "), ("en", "(AI)"), ("n", " "), ("ar", "و"), ("en", "(ML)"), ("n", " "), ("ar", "في التعليم")]),
    ("bl51", ["paren", "numbers", "edge"], [("ar", "سعر السهم"), ("n", " "), ("en", "(USD): 150")]),
    ("bl52", ["quote"], [("en", "“Smart City”"), ("n", " "), ("ar", "مشروع ضخم")]),
    # --- bidi marks, NBSP, format controls
    ("bl53", ["bidi", "nbsp"], [("n", "\u200f"), ("ar", "سعر"), ("n", "\u00a0"), ("en", "iPhone"), ("n", "\u00a0"), ("ar", "في مصر")]),
    ("bl54", ["bidi"], [("ar", "الإصدار\u200e 2.0\u200e الجديد")]),
    ("bl55", ["bidi", "alm"], [("en", "Price"), ("n", "\u061c: ٥٠ "), ("ar", "ريال")]),
    ("bl56", ["bidi"], [("n", "\u202b"), ("ar", "مرحبا"), ("n", " "), ("en", "Hello"), ("n", "\u202c")]),
    ("bl57", ["bidi", "zwsp"], [("en", "Hello\u200bworld"), ("n", " "), ("ar", "مرحبا")]),
    ("bl58", ["bidi", "zwsp", "glued"], [("en", "Share"), ("n", "\u200b"), ("ar", "شارك")]),
    ("bl59", ["bidi", "bom"], [("n", "\ufeff"), ("ar", "مرحبا بكم")]),
    ("bl60", ["nbsp", "french"], [("fr", "C'est vrai"), ("n", "\u00a0? "), ("ar", "نعم")]),
    # --- glued runs (CMS artifacts)
    ("bl61", ["glued"], [("en", "Al-Ghad reported on Monday."), ("ar", "اضافة اعلان")]),
    ("bl62", ["glued"], [("ar", "اقرأ أيضا"), ("en", "Read more")]),
    ("bl63", ["glued"], [("ar", "الصورة: رويترز"), ("en", "Photo: Reuters")]),
    ("bl64", ["glued", "paren"], [("en", "(Reuters)"), ("n", "-"), ("ar", "أعلنت الشركة")]),
    ("bl65", ["glued"], [("ar", "شارك:"), ("en", "Facebook|Twitter"), ("n", "|"), ("ar", "واتساب")]),
    ("bl66", ["glued", "short"], [("ar", "المصدر:"), ("en", "CNN.")]),
    ("bl67", ["glued"], [("en", "Tags:"), ("n", " "), ("ar", "سياسة، اقتصاد"), ("en", "News")]),
    # --- Arabizi
    ("bl68", ["arabizi"], [(A, "ana msh 3aref a3mel eh")]),
    ("bl69", ["arabizi", "en-host"], [("en", "Meeting postponed to Sunday,"), ("n", " "), (A, "ma3lesh ya gama3a")]),
    ("bl70", ["arabizi", "emoji"], [(A, "7aga gamda"), ("n", " 😂 "), ("ar", "مش معقول")]),
    ("bl71", ["arabizi"], [(A, "ana f el share3 dlwa2ty")]),
    # --- French and other Latin-script languages
    ("bl72", ["french", "ar-host"], [("ar", "أعلنت الحكومة عن"), ("n", " "), ("fr", "plan de relance économique"), ("n", " "), ("ar", "بقيمة مليار")]),
    ("bl73", ["french", "quote"], [("fr", "Le ministre a déclaré:"), ("n", " "), ("ar", "«نحن مستعدون»")]),
    ("bl74", ["french"], [("fr", "Merci beaucoup!"), ("n", " "), ("ar", "شكرا جزيلا")]),
    ("bl75", ["other-latin"], [("tr", "İstanbul'da toplantı yapıldı"), ("n", " "), ("ar", "ثم عاد الوفد")]),
    ("bl76", ["other-latin"], [("de", "Die Konferenz war sehr gut"), ("n", " "), ("ar", "مؤتمر رائع")]),
    # --- Persian / Urdu / Arabic with Persian letters
    ("bl77", ["persian", "brand"], [("fa", "این یک تست است و"), ("n", " "), ("en", "Google"), ("n", " "), ("fa", "آن را تایید کرد")]),
    ("bl78", ["urdu", "brand"], [("ur", "پاکستان میں"), ("n", " "), ("en", "iPhone"), ("n", " "), ("ur", "کی قیمت بڑھ گئی")]),
    ("bl79", ["urdu"], [("ur", "السلام علیکم! کیا حال ہے؟")]),
    ("bl80", ["ar-farsi-letters"], [("ar", "شو هالحکی؟ ما بصیر هیک")]),
    ("bl81", ["ar-farsi-letters"], [("ar", "وين رحت؟ گلت لك تعال")]),
    # --- other scripts
    ("bl82", ["other-script"], [("ar", "مرحبا"), ("n", " "), ("he", "שלום"), ("n", " "), ("en", "Hello")]),
    ("bl83", ["other-script"], [("en", "Made in"), ("n", " "), ("zh", "中国"), ("n", " "), ("ar", "صنع في الصين")]),
    ("bl84", ["other-script"], [("hi", "नमस्ते"), ("n", " "), ("en", "and"), ("n", " "), ("ar", "أهلا")]),
    # --- multiline
    ("bl85", ["multiline"], [("en", "Breaking News"), ("n", "\n"), ("ar", "عاجل: انفجار في المرفأ"), ("n", "\n"), ("en", "More details soon")]),
    ("bl86", ["multiline"], [("ar", "السلام عليكم"), ("n", "\n"), ("ar", "السلام عليكم")]),
    ("bl87", ["multiline"], [("en", "Line one"), ("n", "\r\n"), ("en", "Line two")]),
    ("bl88", ["multiline"], [("ar", "عنوان"), ("n", "\u2028"), ("en", "Title")]),
    # --- lists and tables flattened to text
    ("bl89", ["list", "multiline"], [("ar", "• القاهرة"), ("n", "\n"), ("en", "• Cairo"), ("n", "\n• 2024")]),
    ("bl90", ["table", "multiline"], [("ar", "| الاسم"), ("n", " | "), ("en", "Name |"), ("n", "\n"), ("ar", "| أحمد"), ("n", " | "), ("en", "Ahmed |")]),
    ("bl91", ["list", "multiline", "numbers"], [("en", "1. Introduction"), ("n", "\n"), ("ar", "٢. المقدمة")]),
    ("bl92", ["table"], [("en", "Name:"), ("n", " "), ("ar", "أحمد علي,"), ("n", " "), ("en", "Age: 30, City:"), ("n", " "), ("ar", "الرياض")]),
    # --- code snippets
    ("bl93", ["code", "quote"], [("ar", "استخدم الأمر"), ("n", " "), ("en", "print"), ("ar", '("مرحبا") لطباعة النص')]),
    ("bl94", ["code"], [("en", "x"), ("n", " = 5 # "), ("ar", "القيمة الابتدائية")]),
    ("bl95", ["code", "quote"], [("en", "def greet(): return"), ("n", " "), ("ar", "'مرحبا'")]),
    # --- diacritics
    ("bl96", ["diacritics"], [("ar", "الرَّحْمٰنِ"), ("n", " "), ("en", "Most Gracious")]),
    # --- very short texts
    ("bl97", ["short"], [("ar", "مرحبا")]),
    ("bl98", ["short"], [("en", "OK")]),
    ("bl99", ["short", "emoji"], [("n", "😂")]),
    ("bl100", ["short", "punct"], [("n", "!!!")]),
    ("bl101", ["short", "punct"], [("n", "؟")]),
    ("bl102", ["short", "numbers"], [("n", "2024")]),
    ("bl103", ["short", "punct"], [("en", "ok؟")]),
    ("bl104", ["short", "glued", "tatweel"], [("ar", "الـ"), ("en", "iPhone")]),
    ("bl105", ["short", "whitespace"], [("n", "  \n ")]),
    # --- second pass: edge cases of the neutral-character rules
    ("bl106", ["other-script", "symbol"], [("ar", "قيمة"), ("n", " "), ("el", "π"), ("n", " "), ("ar", "تساوي 3.14")]),
    ("bl107", ["en-host", "ligature"], [("en", "The Prophet"), ("n", " "), ("ar", "ﷺ"), ("n", " "), ("en", "said")]),
    ("bl108", ["ligature", "edge"], [("en", "﷽ Welcome to our site")]),
    ("bl109", ["emoji", "edge", "list"], [("ar", "1️⃣ الخطوة الأولى")]),
    ("bl110", ["zwnj", "glued"], [("en", "Apple"), ("n", "\u200c"), ("ar", "شركة")]),
    ("bl111", ["zwj", "bidi"], [("ar", "مرحبا"), ("n", "\u200d "), ("en", "Hello")]),
    ("bl112", ["hashtag", "connector"], [("en", "#Qatar"), ("n", "_"), ("ar", "قطر")]),
    ("bl113", ["connector", "glued"], [("en", "Al"), ("n", "-"), ("ar", "عربية")]),
    ("bl114", ["numbers", "acronym", "glued"], [("ar", "يدعم"), ("n", " "), ("en", "۴G"), ("n", " "), ("ar", "فقط")]),
    ("bl115", ["numbers", "en-host", "dates"], [("en", "in"), ("n", " "), ("ar", "٢٠٢٤م"), ("n", " "), ("en", "only")]),
    ("bl116", ["numbers", "units"], [("ar", "اشتريت"), ("n", " "), ("en", "2x"), ("n", " "), ("ar", "شاحن")]),
    ("bl117", ["numbers", "bidi"], [("en", "Page"), ("n", " \u0600١٢ "), ("ar", "صفحة")]),
    ("bl118", ["quote", "glued"], [("en", 'OK"'), ("ar", "مرحبا")]),
    ("bl119", ["paren", "glued"], [("en", "Hello."), ("ar", "(مرحبا)")]),
    ("bl120", ["punct", "glued"], [("en", "What?!"), ("ar", "مرحبا")]),
    ("bl121", ["punct"], [("en", "Hello"), ("n", " , "), ("ar", "مرحبا")]),
    ("bl122", ["emoji", "glued"], [("en", "wow"), ("n", "😍"), ("ar", "رائع")]),
    ("bl123", ["punct", "glued"], [("ar", "مرحبا،"), ("en", "Hello")]),
    ("bl124", ["connector", "glued"], [("en", "v2."), ("ar", "اضافة")]),
    ("bl125", ["numbers", "glued"], [("en", "Apple2024"), ("ar", "تفاحة")]),
    ("bl126", ["tatweel", "en-host"], [("en", "Hello ـــ World")]),
    ("bl127", ["other-latin", "punct"], [("ar", "قال"), ("n", " "), ("es", "¿Qué pasa?"), ("n", " "), ("ar", "ثم ذهب")]),
    ("bl128", ["urdu", "glued", "punct"], [("ur", "یہ کتاب ہے۔"), ("en", "Book")]),
    ("bl129", ["url", "glued"], [("ar", "المصدر:"), ("u", "https://x.com/a")]),
    ("bl130", ["url", "glued"], [("ar", "راجع"), ("u", "www.example.com")]),
    ("bl131", ["email", "punct"], [("en", "Write to"), ("n", " "), ("u", "a@b.com"), ("n", ".")]),
    ("bl132", ["url", "paren"], [("ar", "(انظر"), ("n", " "), ("u", "https://x.com/a"), ("n", ")")]),
    ("bl133", ["url", "quote"], [("n", '"'), ("u", "https://x.com/q"), ("n", '" '), ("ar", "هو الرابط")]),
    ("bl134", ["url", "quote", "short"], [("n", "«"), ("u", "https://x.com/a"), ("n", "»")]),
    ("bl135", ["url"], [("u", "ftp://files.example.org/pub/ملف.zip"), ("n", " "), ("ar", "للتحميل")]),
    ("bl136", ["url", "punct"], [("u", "http://x.com/path؟"), ("n", " "), ("ar", "نعم")]),
    ("bl137", ["email", "glued"], [("u", "info@x.com"), ("ar", "للتواصل")]),
    ("bl138", ["email"], [("u", "user.name+tag@mail.example.co.uk"), ("n", " "), ("ar", "راسلنا")]),
    ("bl139", ["multiline", "hard-break"], [("en", "Hello"), ("n", "\v"), ("en", "World")]),
    ("bl140", ["multiline", "hard-break"], [("ar", "مرحبا"), ("n", "\x85"), ("ar", "مرحبا")]),
    ("bl141", ["multiline", "hard-break"], [("en", "Page 1"), ("n", "\f"), ("en", "Page 2")]),
    ("bl142", ["multiline"], [("en", "Hello"), ("n", "\n---\n"), ("en", "World")]),
    ("bl143", ["whitespace"], [("n", "  "), ("ar", "مرحبا"), ("n", " "), ("en", "Hello"), ("n", "  ")]),
    ("bl144", ["whitespace", "table"], [("en", "Name"), ("n", "\t"), ("ar", "الاسم")]),
    ("bl145", ["kurdish"], [("ckb", "ئەمڕۆ کەش و هەوا خۆشە")]),
    ("bl146", ["persian", "short"], [("fa", "خیلی ممنون")]),
    ("bl147", ["persian", "zwnj"], [("fa", "می\u200cخواهم بروم")]),
    ("bl148", ["urdu", "name"], [("ur", "میرا نام"), ("n", " "), ("en", "Ali"), ("n", " "), ("ur", "ہے")]),
    ("bl149", ["arabizi", "en-host"], [("en", "I'm so"), ("n", " "), (A, "ta3ban"), ("n", " "), ("en", "today")]),
    ("bl150", ["arabizi"], [(A, "yalla bina nroo7")]),
    ("bl151", ["french"], [("fr", "Bonjour tout le monde,"), ("n", " "), ("ar", "صباح الخير")]),
    ("bl152", ["en-host", "name"], [("en", "He studied at Université Paris-Saclay")]),
    ("bl153", ["ar-host", "brand"], [("ar", "افتتح"), ("n", " "), ("en", "Carrefour"), ("n", " "), ("ar", "فرعاً جديداً في الرياض")]),
    ("bl154", ["ar-host", "name"], [("ar", "وصل"), ("n", " "), ("en", "Mohamed Salah"), ("n", " "), ("ar", "إلى الملعب")]),
    ("bl155", ["other-script", "short"], [("ru", "Привет")]),
    ("bl156", ["short", "numbers"], [("n", "٢٠٢٤،")]),
    ("bl157", ["en-host", "numbers", "percent"], [("en", "Growth was ٣٫٥٪ last year")]),
    ("bl158", ["mention"], [("en", "@user_name123:"), ("n", " "), ("ar", "مرحبا")]),
    ("bl159", ["mention", "glued"], [("ar", "و"), ("en", "@AJArabic")]),
    ("bl160", ["diacritics", "en-host"], [("en", "cafe\u0301"), ("n", " "), ("ar", "قهوة")]),
    ("bl161", ["numbers", "glued", "ambiguous"], [("ar", "مرحبا2024"), ("en", "Hello")]),
    ("bl162", ["numbers", "currency"], [("ar", "السعر: 100 ريال / $27")]),
    ("bl163", ["brand", "punct"], [("en", "Samsung vs. Apple:"), ("n", " "), ("ar", "من يفوز؟")]),
    ("bl164", ["paren", "name"], [("ar", "أحمد"), ("n", " "), ("en", "(Ahmed)"), ("n", " "), ("ar", "و محمد"), ("n", " "), ("en", "(Mohamed)")]),
    ("bl165", ["numbers", "percent"], [("ar", "نسبة النجاح 95%.")]),
    ("bl166", ["numbers", "phone"], [("en", "Tel:"), ("n", " +966 50 123 4567 "), ("ar", "للاستفسار")]),
    ("bl167", ["numbers", "dates", "edge"], [("en", "10:00 AM - 12:00 PM"), ("n", " "), ("ar", "بتوقيت مكة")]),
    ("bl168", ["numbers", "dates"], [("ar", "الساعة"), ("n", " 10:00 "), ("en", "AM")]),
    ("bl169", ["multiline", "ar-host", "brand"], [("ar", "عاجل"), ("n", " | "), ("en", "Breaking"), ("n", "\n"), ("ar", "أعلنت شركة"), ("n", " "), ("en", "Microsoft"), ("n", " "), ("ar", "عن"), ("n", " "), ("en", "Copilot+ PC."), ("n", "\n"), ("en", "Source: Reuters")]),
    ("bl170", ["tatweel", "numbers"], [("ar", "الـ100")]),
    # --- third pass: language view, presentation forms, styled letters, punctuation at edges
    ("bl171", ["numbers", "glued"], [("en", "Windows"), ("n", " "), ("ar", "11الجديد")]),
    ("bl172", ["en-host", "connector", "numbers"], [("en", "the"), ("n", " "), ("ar", "كوفيد-19"), ("n", " "), ("en", "wave")]),
    ("bl173", ["quote", "glued"], [("ar", "“مرحبا”"), ("en", "Hello")]),
    ("bl174", ["paren", "glued"], [("en", "Hello)"), ("ar", "(مرحبا")]),
    ("bl175", ["paren", "glued"], [("en", "Hello"), ("ar", "(مرحبا")]),
    ("bl176", ["paren", "punct"], [("en", "Hello"), ("n", " )"), ("ar", "مرحبا")]),
    ("bl177", ["quote", "glued"], [("en", "Hello.»"), ("ar", "مرحبا")]),
    ("bl178", ["emoji", "punct"], [("en", "Hello"), ("n", " 😀. "), ("ar", "مرحبا")]),
    ("bl179", ["punct", "edge"], [("ar", "مرحبا !")]),
    ("bl180", ["punct", "edge"], [("en", "- Hello")]),
    ("bl181", ["punct", "edge", "quote"], [("ar", "» مرحبا")]),
    ("bl182", ["multiline", "punct"], [("ar", "مرحبا"), ("n", "\n!!!")]),
    ("bl183", ["multiline", "emoji", "edge"], [("en", "Hello 🙂"), ("n", "\n"), ("ar", "مرحبا 🙂")]),
    ("bl184", ["bidi", "edge"], [("n", "\u200f"), ("ar", "- مرحبا")]),
    ("bl185", ["bidi", "whitespace", "multiline"], [("en", "Hello"), ("n", "\u200e \n")]),
    ("bl186", ["presentation-forms"], [("ar", "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ"), ("n", " "), ("en", "Hello")]),
    ("bl187", ["styled-letters", "ambiguous"], [("en", "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠"), ("n", " "), ("ar", "عاجل")]),
    ("bl188", ["styled-letters", "emoji"], [("ar", "ℹ️ معلومات مهمة")]),  # U+2139 is Script=Common
    ("bl189", ["styled-letters", "emoji"], [("en", "ＯＫ"), ("n", " 👍 "), ("ar", "تمام")]),
    ("bl190", ["other-script"], [("syr", "ܫܠܡܐ"), ("n", " "), ("ar", "سلام")]),
    ("bl191", ["arabizi", "emoji", "short"], [(A, "7abibi ❤️")]),
    ("bl192", ["arabizi"], [(A, "kifak? sho 3am ta3mel")]),
    ("bl193", ["arabizi"], [(A, "wesh rak khouya")]),
    ("bl194", ["arabizi"], [(A, "3ayez a3raf el se3r kam")]),
    ("bl195", ["french", "numbers"], [("ar", "السعر"), ("n", " "), ("fr", "Le prix est de 50 euros"), ("n", " "), ("ar", "فقط")]),
    ("bl196", ["french", "short"], [("ar", "كيفك؟"), ("n", " "), ("fr", "ça va")]),
    ("bl197", ["french", "code-switch"], [("fr", "Je suis fatigué"), ("n", " "), ("ar", "بزاف")]),
    ("bl198", ["other-latin"], [("es", "Vamos a la playa mañana"), ("n", " "), ("ar", "إن شاء الله")]),
    ("bl199", ["other-latin", "short"], [("tr", "Teşekkür ederim"), ("n", " "), ("ar", "شكراً")]),
    ("bl200", ["other-latin", "short"], [("ar", "شكراً"), ("n", " "), ("it", "Grazie mille")]),
    ("bl201", ["other-latin", "short"], [("de", "Guten Morgen")]),
    ("bl202", ["persian"], [("fa", "او به مدرسه رفت")]),
    ("bl203", ["persian", "brand"], [("fa", "من"), ("n", " "), ("en", "Instagram"), ("n", " "), ("fa", "را دوست دارم")]),
    ("bl204", ["urdu"], [("ur", "یہ بہت اچھا ہے")]),
    ("bl205", ["ar-host", "dialect"], [("ar", "انا مش فاهم حاجة خالص")]),
    ("bl206", ["en-host", "name"], [("en", "the tomb of Ṣalāḥ al-Dīn")]),
    ("bl207", ["en-host", "brand"], [("en", "We ordered from Carrefour and Zara today")]),
    # --- fourth pass: language decisions
    ("bl208", ["persian"], [("fa", "سلام دوست من، حالت چطوره؟")]),
    ("bl209", ["persian"], [("fa", "این کتاب خیلی خوب است")]),
    ("bl210", ["persian"], [("fa", "ما در تهران زندگی می کنیم")]),
    ("bl211", ["other-latin", "short"], [("pt", "Obrigado pela ajuda")]),
    ("bl212", ["other-latin", "short"], [("id", "Terima kasih banyak")]),
    ("bl213", ["other-latin", "ar-host"], [("ar", "قال اللاعب إن"), ("n", " "), ("es", "el partido fue muy difícil")]),
    ("bl214", ["en-host", "loanword"], [("en", "The souk sells shawarma, falafel and kunafa")]),
    ("bl215", ["en-host", "name"], [("en", "We visited Jeddah, Taif and Abha last summer")]),
    ("bl216", ["arabizi", "en-host"], [("en", "Honestly the exam was so hard,"), ("n", " "), (A, "ana ta3bana awi")]),
    ("bl217", ["ar-host", "name", "french"], [("ar", "فاز"), ("n", " "), ("en", "Paris Saint-Germain"), ("n", " "), ("ar", "بالمباراة")]),
    ("bl218", ["arabizi", "en-host"], [(A, "Ahlan wa sahlan"), ("n", " "), ("en", "to all our guests")]),
    ("bl219", ["urdu"], [("ur", "اس کا نام علی ہے")]),
]


def _segments(pieces: list[tuple[str, str]]) -> list[dict]:
    """Language-view segments with offsets from the pieces."""
    out, pos = [], 0
    for code, text in pieces:
        end = pos + len(text)
        if code in ("n", "u"):
            seg = {"start": pos, "end": end, "label": "neutral", "lang": None, "script": "Zyyy"}
            if code == "u":
                seg["kind"] = "url"
        else:
            label, script = LANGS[code]
            seg = {"start": pos, "end": end, "label": label, "lang": code, "script": script}
        out.append(seg)
        pos = end
    return out


def _script_view(text: str, segs: list[dict]) -> list[dict]:
    """Relabel runs by script, then re-apply absorption (rule 2) and merging (rule 6)."""
    items = []
    for s in segs:
        label = "neutral" if s["label"] == "neutral" else SCRIPT_LABEL.get(s["script"], "other")
        items.append({"start": s["start"], "end": s["end"], "label": label, "url": "kind" in s})
    changed = True
    while changed:
        changed = False
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            if a["label"] == b["label"] and not a["url"] and not b["url"]:
                items[i : i + 2] = [{**a, "end": b["end"]}]
                changed = True
                break
            if i + 2 < len(items):
                c = items[i + 2]
                if (
                    a["label"] != "neutral"
                    and a["label"] == c["label"]
                    and b["label"] == "neutral"
                    and not b["url"]
                    and not HARD_BREAKS & set(text[b["start"] : b["end"]])
                ):
                    items[i : i + 3] = [{**a, "end": c["end"]}]
                    changed = True
                    break
    return [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in items]


def _check(rid: str, text: str, segs: list[dict]) -> None:
    """Sanity checks of the spec's structural rules on the hand-written gold."""
    assert segs[0]["start"] == 0 and segs[-1]["end"] == len(text), rid
    for a, b in zip(segs, segs[1:], strict=False):
        assert a["end"] == b["start"], rid
        assert not (a["label"] == b["label"] and "kind" not in a and "kind" not in b), (rid, a, b)
    for s in segs:
        piece = text[s["start"] : s["end"]]
        assert piece, rid
        if s["label"] != "neutral":
            for ch in (piece[0], piece[-1]):
                assert not (ch.isspace() or unicodedata.category(ch) == "Cf"), (rid, piece)
        elif "kind" not in s and any(c.isalpha() for c in piece):
            raise AssertionError((rid, "letters in neutral", piece))


def build() -> list[dict]:
    records = []
    for rid, tags, pieces in RECORDS:
        text = "".join(t for _, t in pieces)
        segs = _segments(pieces)
        _check(rid, text, segs)
        script = _script_view(text, segs)
        records.append(
            {"id": rid, "tags": tags, "text": text, "segments": segs, "script_segments": script}
        )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            line = json.dumps(rec, ensure_ascii=False)
            for ch in LINE_SEPARATORS:  # keep one record per line for str.splitlines() readers
                line = line.replace(ch, f"\\u{ord(ch):04x}")
            fh.write(line + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
