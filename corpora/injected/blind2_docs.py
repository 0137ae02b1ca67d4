"""Document table of the second blind injected-fragment set (built by ``blind2_build.py``).

Written from ``specs/injected-fragments.md``, the seed article and ``README.md`` only, without
the detector's lexicon or code. Every document is a list of parts:

- a ``str``: content (one block; may hold several lines);
- ``("F", label, text)``: a fragment on its own line(s), a block between content blocks;
- ``("G", label, text)``: a fragment glued to the end of the previous content (no space);
- ``("GS", label, text)``: a fragment after the previous content with one space, same line;
- ``("I", label, text)``: a fragment inline between the previous and the next content, one
  space on each side;
- ``("SEP", s)``: the separator before the next block (else the document's ``sep``).

>>> len(DOCS) >= 70
True
"""

from __future__ import annotations

AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")
RLM, LRM, NBSP = "\u200f", "\u200e", "\u00a0"


def F(label: str, text: str) -> tuple[str, str, str]:
    return ("F", label, text)


def G(label: str, text: str) -> tuple[str, str, str]:
    return ("G", label, text)


def GS(label: str, text: str) -> tuple[str, str, str]:
    return ("GS", label, text)


def I(label: str, text: str) -> tuple[str, str, str]:  # noqa: E743
    return ("I", label, text)


def SEP(s: str) -> tuple[str, str]:
    return ("SEP", s)


def doc(id_: str, lang: str, *parts, sep: str = "\n\n") -> dict:
    return {"id": id_, "lang": lang, "sep": sep, "parts": list(parts)}


AR = [
    # Moroccan portal: inline-free, own-line read-also mid article, Google News follow trailer.
    doc("blind2-ar-0001", "ar",
        "الحكومة المغربية تصادق على مشروع قانون المالية للسنة المقبلة",
        "صادق مجلس الحكومة، المنعقد اليوم الخميس بالرباط، على مشروع قانون المالية برسم سنة 2025، "
        "الذي يتوقع معدل نمو في حدود 4.6 في المائة.",
        F(RM, "اقرأ أيضا: بنك المغرب يبقي على سعر الفائدة الرئيسي دون تغيير"),
        "وأوضح الناطق الرسمي باسم الحكومة، في ندوة صحافية عقب الاجتماع، أن المشروع يواصل "
        "تنزيل ورش الحماية الاجتماعية ويرفع اعتمادات قطاعي الصحة والتعليم.",
        F(SF, "تابعوا آخر الأخبار من هسبريس على Google News")),
    # Algerian daily: own-line Maghrebi ad label, related list at the end.
    doc("blind2-ar-0002", "ar",
        "وزارة التجارة تطلق حملة لمراقبة الأسعار قبل شهر رمضان",
        "أعلنت وزارة التجارة وترقية الصادرات عن إطلاق حملة وطنية لمراقبة الأسعار ومحاربة "
        "المضاربة في المواد واسعة الاستهلاك، تمتد عبر الولايات الـ58.",
        F(AD, "إشهار"),
        "وأكد مدير ضبط الأسواق أن فرق الرقابة سجلت أكثر من 3 آلاف مخالفة منذ بداية السنة، "
        "أغلبها تتعلق بعدم إشهار الأسعار وغياب الفواتير.",
        F(RL, "المزيد من الأخبار\nتساقط أمطار رعدية على 12 ولاية شرقية\n"
              "الجوية الجزائرية تفتح خطا جديدا نحو الدوحة\nتمديد آجال التسجيل في الجامعة")),
    # Tunisian bilingual site: French read-also cue, short link share box.
    doc("blind2-ar-0003", "ar",
        "تونس: ارتفاع نسبة امتلاء السدود إلى 35 بالمائة",
        "أفاد المرصد الوطني للفلاحة بأن نسبة امتلاء السدود بلغت إلى حدود يوم الاثنين 35.2 "
        "بالمائة، مقابل 28 بالمائة خلال الفترة ذاتها من السنة الماضية.",
        F(RM, "Lire aussi : Tunisie – La saison de la cueillette des olives démarre"),
        "وسجل سد سيدي سالم، أكبر سدود البلاد، أعلى نسبة امتلاء في الشمال الغربي بفضل "
        "التساقطات الأخيرة.",
        F(SF, "الرابط المختصر: https://tn24.example/?p=84512")),
    # Iraqi agency: caption + credit after headline, Telegram follow.
    doc("blind2-ar-0004", "ar",
        "مجلس النواب يصوت على قانون العطل الرسمية",
        F(PC, "جانب من جلسة مجلس النواب\n(تصوير: المكتب الإعلامي)"),
        "شفق نيوز/ صوت مجلس النواب العراقي، يوم الأربعاء، على قانون العطل الرسمية بعد "
        "سنوات من الخلاف حول عدد أيامها.",
        "وقال مصدر نيابي لوكالة شفق نيوز، إن القانون حدد 14 عطلة رسمية في العام.",
        F(SF, "تابعونا على تلغرام"),
        sep="\n"),
    # Syrian agency: dateline is content, WhatsApp/Telegram follow rows and copyright trailer.
    doc("blind2-ar-0005", "ar",
        "إعادة تأهيل محطة مياه عين الفيجة",
        "دمشق-سانا",
        "أنجزت المؤسسة العامة لمياه الشرب في دمشق وريفها أعمال إعادة تأهيل المحطة الرئيسية "
        "لنبع عين الفيجة، بكلفة تجاوزت 9 مليارات ليرة.",
        F(SF, "تابعوا أخبار سانا على تلغرام https://t.me/SyrianArabNewsAgency"),
        F(ST, "جميع الحقوق محفوظة لـ الوكالة العربية السورية للأنباء - سانا © 2024")),
    # Palestinian agency: read-more cue with a headline on its own line.
    doc("blind2-ar-0006", "ar",
        "رام الله 25-11-2024 وفا- أعلنت وزارة الصحة ارتفاع عدد الإصابات في محافظة جنين إلى 14 "
        "منذ فجر اليوم.",
        F(RM, "اقرأ المزيد:\nالاحتلال يعتقل 20 مواطنا من الضفة"),
        "وأضافت الوزارة في بيان، أن طواقمها تعاملت مع الإصابات في مستشفى جنين الحكومي، "
        "ووصفت حالة اثنين منهم بالخطيرة."),
    # Sudanese site: watch-also and related list.
    doc("blind2-ar-0007", "ar",
        "الخرطوم: عودة جزئية للتيار الكهربائي إلى أحياء أم درمان",
        "قالت الشركة السودانية لتوزيع الكهرباء إن التيار عاد إلى عدد من أحياء أم درمان بعد "
        "انقطاع استمر أسبوعين.",
        F(RM, "شاهد أيضاً: مواطنون يروون معاناتهم مع انقطاع المياه"),
        "وأوضحت الشركة أن فرقها تعمل على إصلاح خطوط النقل المتضررة.",
        F(RL, "ذات صلة\nارتفاع أسعار الوقود في ولاية الجزيرة\nوصول شحنة أدوية إلى بورتسودان")),
    # Saudi daily: tatweel read-also, agency source (content).
    doc("blind2-ar-0008", "ar",
        "أمانة الرياض تطرح 40 فرصة استثمارية",
        "طرحت أمانة منطقة الرياض 40 فرصة استثمارية في مجالات الترفيه والخدمات عبر منصة "
        "فرص، على أن تستقبل العروض حتى نهاية الشهر المقبل.",
        F(RM, "إقـرأ أيضـاً:\nتمديد مهلة تصحيح أوضاع المحلات التجارية"),
        "وأشارت الأمانة إلى أن الفرص تتوزع على عدة أحياء في شمال وشرق المدينة.",
        "المصدر: واس"),
    # Emirati daily: related topics list, copyright trailer.
    doc("blind2-ar-0009", "ar",
        "دبي تفتتح 3 حدائق جديدة في البرشاء",
        "افتتحت بلدية دبي ثلاث حدائق عامة جديدة في منطقة البرشاء بمساحة إجمالية تبلغ 60 ألف "
        "متر مربع، ضمن خطتها لزيادة المساحات الخضراء.",
        F(RL, "مواضيع ذات صلة\nبلدية دبي: تشجير 10 آلاف موقع\nإغلاق مؤقت لشاطئ جميرا 2"),
        F(ST, "© 2024 البيان. جميع الحقوق محفوظة")),
    # Jordanian family widget glued after a closing quote.
    doc("blind2-ar-0010", "ar",
        "وزير المياه: لا نية لرفع تعرفة المياه",
        "قال وزير المياه والري في تصريحات صحفية اليوم، إن الوزارة ملتزمة بخطة خفض الفاقد، "
        "مضيفا: \"لا توجد أي نية لرفع التعرفة خلال العام المقبل.\"",
        G(AD, "اضافة اعلان"),
        "وأشار الوزير إلى أن نسبة الفاقد انخفضت إلى 45 بالمئة في بعض المحافظات."),
    # ad slot glued after a percentage (no final full stop).
    doc("blind2-ar-0011", "ar",
        "التضخم في الأردن يتراجع خلال تشرين الأول",
        "أظهر التقرير الشهري لدائرة الإحصاءات العامة تراجع معدل التضخم خلال الأشهر العشرة "
        "الأولى من العام إلى 1.6%",
        G(AD, "اضافة اعلان"),
        "وبينت الدائرة أن أبرز المجموعات السلعية التي ساهمت في الارتفاع هي الإيجارات والتبغ "
        "والسجائر.",
        "أما أبرز المجموعات التي انخفضت أسعارها فكانت الخضار والبقول."),
    # bare announcement-style ad label on its own line between paragraphs.
    doc("blind2-ar-0012", "ar",
        "مهرجان جرش يعلن برنامج دورته الجديدة",
        "كشفت إدارة مهرجان جرش للثقافة والفنون عن برنامج الدورة الجديدة، الذي يتضمن أكثر من "
        "150 فعالية على مدى عشرة أيام.",
        F(AD, "إعلان"),
        "وقال المدير التنفيذي للمهرجان إن الدورة تستضيف فرقا من 12 دولة عربية وأجنبية."),
    # Blogger template: share row one word per line and the Atom feed trailer.
    doc("blind2-ar-0013", "ar",
        "طريقة تحضير المسمن المغربي في البيت",
        "المسمن من أشهر الفطائر في المغرب، ويقدم غالبا مع الشاي والعسل في وجبة الفطور.",
        "المقادير: كوبان من الدقيق، نصف كوب من السميد، ملعقة صغيرة من الملح، وماء دافئ.",
        F(SF, "مشاركة\nفيسبوك\nتويتر\nواتساب"),
        F(ST, "رسالة أحدث رسالة أقدم الصفحة الرئيسية\nاشترك في: تعليقات الرسالة (Atom)"),
        sep="\n"),
    # WordPress Arabic: comment form and back-to-top button.
    doc("blind2-ar-0014", "ar",
        "جامعة دمشق تعلن مواعيد امتحانات الفصل الأول",
        "أصدرت جامعة دمشق التقويم الامتحاني للفصل الدراسي الأول، على أن تبدأ الامتحانات "
        "النظرية في الخامس من كانون الثاني.",
        "وطلبت الجامعة من الطلاب مراجعة شؤون الطلاب في كلياتهم لاستلام بطاقات الامتحان.",
        F(ST, "اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n"
              "زر الذهاب إلى الأعلى")),
    # mobile web: read-also with diacritics and a most-read list.
    doc("blind2-ar-0015", "ar",
        "الأرصاد: موجة برد تضرب الكويت نهاية الأسبوع",
        "توقعت إدارة الأرصاد الجوية أن تتأثر البلاد بكتلة هوائية باردة اعتبارا من مساء "
        "الخميس، مع انخفاض درجات الحرارة الصغرى إلى 8 درجات.",
        F(RM, "اقْرَأْ أَيْضًا:\nإغلاق ميناء الشويخ بسبب سوء الأحوال الجوية"),
        "ودعت الإدارة رواد البحر إلى توخي الحذر بسبب ارتفاع الموج.",
        F(RL, "الأكثر قراءة\nوظائف شاغرة في وزارة التربية\nمواعيد صرف الرواتب لشهر ديسمبر\n"
              "أسعار الذهب اليوم في الكويت")),
    # Arabic edition of an international outlet: English ad label on its own line, twice.
    doc("blind2-ar-0016", "ar",
        "لبنان: إعادة فتح مطار بيروت أمام الرحلات الليلية",
        "أعلنت المديرية العامة للطيران المدني استئناف الرحلات الليلية في مطار رفيق الحريري "
        "الدولي، بعد توقف دام أكثر من شهر.",
        F(AD, "Advertisement"),
        "وقالت المديرية إن شركات الطيران الأوروبية لم تحدد بعد موعد عودتها.",
        F(AD, "Advertisement"),
        "وكانت شركة طيران الشرق الأوسط قد واصلت رحلاتها طوال فترة الإغلاق الجزئي."),
    # WordPress feed trailer.
    doc("blind2-ar-0017", "ar",
        "إطلاق منصة رقمية لحجز مواعيد المستشفيات الحكومية",
        "أطلقت وزارة الصحة منصة رقمية تتيح للمراجعين حجز مواعيد العيادات الخارجية في 32 "
        "مستشفى حكوميا دون الحاجة إلى الحضور.",
        "وتوفر المنصة خدمة التذكير بالمواعيد عبر الرسائل النصية.",
        F(ST, "ظهرت المقالة إطلاق منصة رقمية لحجز مواعيد المستشفيات الحكومية أولاً على "
              "صحيفة الوطن الإلكترونية.")),
    # Egyptian/gulf style: browse-also with two payload lines.
    doc("blind2-ar-0018", "ar",
        "ارتفاع أسعار الذهب في السوق المحلية",
        "ارتفعت أسعار الذهب في السوق المحلية خلال تعاملات اليوم بقيمة 15 جنيها للغرام، "
        "وسجل عيار 21 نحو 3720 جنيها.",
        F(RM, "طالع أيضا\nسعر الدولار اليوم في البنوك\nأسعار الحديد والأسمنت"),
        "وأرجع تجار ارتفاع الأسعار إلى صعود الأوقية في البورصة العالمية.",
        "ويتوقع خبراء استمرار التذبذب حتى نهاية الأسبوع."),
    # caption line with agency credit in parentheses (photo_credit), Iraqi daily.
    doc("blind2-ar-0019", "ar",
        "البصرة: افتتاح ملعب الميناء بعد إعادة تأهيله",
        F(PC, "ملعب الميناء في البصرة\n(الصورة: أ ف ب)"),
        "افتتحت وزارة الشباب والرياضة ملعب نادي الميناء الأولمبي في البصرة بسعة 30 ألف "
        "متفرج.",
        "ومن المقرر أن يحتضن الملعب مباريات الدوري العراقي الممتاز اعتبارا من الجولة المقبلة."),
    # Google News follow, Egyptian style, plus share row glued words.
    doc("blind2-ar-0020", "ar",
        "محافظة الجيزة ترفع درجة الاستعداد لموسم الأمطار",
        F(SF, "شارك الخبر\nطباعة\nحجم الخط"),
        "رفعت محافظة الجيزة درجة الاستعداد القصوى بجميع الأحياء والمراكز لمواجهة موسم "
        "الأمطار، ووفرت 45 سيارة شفط مياه.",
        "وشدد المحافظ على تواجد رؤساء الأحياء في مواقعهم على مدار الساعة.",
        F(SF, "تابع أحدث الأخبار عبر تطبيق جوجل نيوز")),
    # RLM around an Arabic cue, English-template site; inline-free.
    doc("blind2-ar-0021", "ar",
        "ارتفاع عدد السياح الوافدين إلى العقبة",
        "أظهرت أرقام سلطة منطقة العقبة الاقتصادية الخاصة ارتفاع عدد الزوار بنسبة 18 بالمئة "
        "خلال الأشهر التسعة الأولى من العام.",
        F(RM, RLM + "اقرأ أيضاً" + RLM + ":\nرحلات بحرية جديدة بين العقبة ونويبع"),
        "وعزت السلطة الارتفاع إلى زيادة رحلات الطيران العارض من أوروبا."),
    # ad slot glued after full stop in an Arabic article, then a photo caption mid article.
    doc("blind2-ar-0022", "ar",
        "حريق يلتهم مستودعا للأخشاب في سحاب",
        "أخمدت فرق الدفاع المدني حريقا اندلع في مستودع للأخشاب في منطقة سحاب الصناعية، "
        "دون وقوع إصابات بشرية.",
        G(AD, "اضافة اعلان"),
        F(PC, "آثار الحريق داخل المستودع\n(تصوير: محمد أبو غوش)"),
        "وقال الناطق الإعلامي باسم المديرية إن أسباب الحريق قيد التحقيق."),
    # ad slot after a paragraph end with one space, and a follow-us row one network per line.
    doc("blind2-ar-0023", "ar",
        "انطلاق معرض الكتاب في الرياض بمشاركة 2000 دار نشر",
        "انطلقت فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألفي دار نشر من 30 دولة، "
        "وتحل قطر ضيف شرف على دورة هذا العام.",
        GS(AD, "اضافة اعلان"),
        "ويضم البرنامج الثقافي أكثر من 200 فعالية بين ندوات وأمسيات شعرية وورش عمل.",
        F(SF, "تابعونا على\nفيسبوك\nإكس\nإنستغرام\nيوتيوب"),
        sep="\n"),
]

AR_NEG = [
    doc("blind2-ar-0101", "ar",
        "السودان: تمديد إعلان حالة الطوارئ في ولاية النيل الأبيض",
        "قرر والي النيل الأبيض تمديد إعلان حالة الطوارئ في الولاية لمدة ثلاثة أشهر إضافية، "
        "بسبب تدفق النازحين وتفشي الأمراض.",
        "المصدر: وكالة السودان للأنباء"),
    doc("blind2-ar-0102", "ar",
        "جدل حول تعديل الإعلان الدستوري",
        "تواصل الجدل في الأوساط السياسية بعد طرح مقترح لتعديل الإعلان الدستوري، إذ اعتبر "
        "أساتذة في القانون أن المقترح يمس مبدأ الفصل بين السلطات.",
        "وقال أحد المشاركين في صياغة الإعلان: «النص الحالي جاء نتيجة توافق واسع، ولا يجوز "
        "تعديله بقرار منفرد».",
        "ومن المنتظر أن تناقش اللجنة القانونية المقترح الأسبوع المقبل."),
    doc("blind2-ar-0103", "ar",
        "وفاة الإعلامي صاحب برنامج «شاهد على العصر»",
        "نعت الأوساط الإعلامية المذيع الذي قدم برنامج «شاهد على العصر» لسنوات طويلة، "
        "واستضاف فيه عشرات السياسيين والمفكرين العرب.",
        "وقال زملاؤه إنه كان يعد لكل حلقة أسابيع، ويقرأ كل ما كتب عن ضيفه قبل التسجيل."),
    doc("blind2-ar-0104", "ar",
        "مسابقة لحفظ القرآن الكريم في الشارقة",
        "انطلقت في الشارقة مسابقة حفظ القرآن الكريم بمشاركة 350 متسابقا ومتسابقة.",
        "وافتتح الحفل بتلاوة من سورة العلق: ﴿اقرأ باسم ربك الذي خلق﴾، ثم كلمة لرئيس اللجنة "
        "المنظمة أكد فيها أهمية تشجيع الناشئة على القراءة.",
        "وتستمر التصفيات خمسة أيام، وتعلن النتائج في حفل ختامي."),
    doc("blind2-ar-0105", "ar",
        "المغرب: ارتفاع نفقات الإشهار الرقمي بنسبة 20 في المائة",
        "كشف تقرير لتجمع المعلنين بالمغرب أن سوق الإشهار الرقمي حقق نموا بنسبة 20 في المائة "
        "خلال السنة الماضية، متجاوزا الإشهار التلفزيوني لأول مرة.",
        "وأوضح التقرير أن شبكات التواصل الاجتماعي تستحوذ على أكثر من نصف ميزانيات الإشهار.",
        "وطالب مهنيون بإطار قانوني يحمي الصحافة من هيمنة المنصات الكبرى."),
    doc("blind2-ar-0106", "ar",
        "منتخب الشباب يشارك في بطولة غرب آسيا",
        "يشارك منتخب الشباب لكرة القدم في بطولة غرب آسيا التي تنطلق الأسبوع المقبل في "
        "عمّان، بمشاركة ثمانية منتخبات.",
        "وكان المنتخب قد شارك في معسكر تدريبي في تركيا خاض خلاله ثلاث مباريات ودية.",
        "وقال المدير الفني: «شاركنا في البطولة الماضية وخرجنا من نصف النهائي، وهدفنا هذه "
        "المرة اللقب»."),
    doc("blind2-ar-0107", "ar",
        "الداخلية تدعو المواطنين إلى متابعة صفحاتها الرسمية",
        "دعت وزارة الداخلية المواطنين إلى متابعة صفحاتها الرسمية على فيسبوك وإكس وتلغرام، "
        "وعدم الانسياق وراء الشائعات التي تنشرها حسابات مجهولة.",
        "وقالت الوزارة إن أي معلومة لا تصدر عن المتحدث الرسمي لا يعتد بها.",
        "وأشارت إلى أنها أحالت خمسة أشخاص إلى القضاء بتهمة نشر أخبار كاذبة."),
    doc("blind2-ar-0108", "ar",
        "النيابة تحيل ملف الأراضي إلى المحكمة",
        "أحالت النيابة العامة ملف الاستيلاء على أراضي الدولة إلى المحكمة المختصة، مع جميع "
        "الوثائق ذات الصلة بالقضية.",
        "وطالبت الجهات ذات الصلة بتزويدها بسجلات الملكية خلال أسبوعين.",
        "وتابع رئيس النيابة سير التحقيقات بنفسه، وفق ما أفاد مصدر قضائي."),
    doc("blind2-ar-0109", "ar",
        "روايات الشباب تتصدر قائمة الكتب الأكثر قراءة",
        "تصدرت روايات الخيال والمغامرة قائمة الكتب الأكثر قراءة في المكتبات العامة خلال "
        "العام الجاري، بحسب إحصائية وزارة الثقافة.",
        "وجاءت كتب التنمية الذاتية في المرتبة الثانية، تلتها كتب التاريخ.",
        "وقال مدير المكتبة الوطنية إن مبادرة «اقرأ أكثر» رفعت عدد المشتركين إلى 40 ألفا."),
    doc("blind2-ar-0110", "ar",
        "إعلان بيع بالمزاد العلني",
        "تعلن دائرة التنفيذ في محكمة بداية إربد عن بيع قطعة الأرض رقم 112 حوض 4 من أراضي "
        "قرية حوارة بالمزاد العلني.",
        "فعلى من يرغب بالشراء مراجعة الدائرة خلال مدة 30 يوما من تاريخ نشر هذا الإعلان."),
    doc("blind2-ar-0111", "ar",
        "دعوى قضائية بسبب عبارة «جميع الحقوق محفوظة»",
        "رفع مصور فلسطيني دعوى ضد موقع إخباري نشر صوره مع عبارة «جميع الحقوق محفوظة» باسم "
        "الموقع، دون الإشارة إلى صاحبها.",
        "وقال المحامي إن القانون يحمي حقوق المؤلف حتى لو لم تنشر الصورة مع اسمه.",
        "وطالب الموقع بتعويض قدره عشرة آلاف دينار."),
    doc("blind2-ar-0112", "ar",
        "ارتفاع أسعار طباعة الكتب المدرسية",
        "قالت وزارة التربية إن كلفة طباعة الكتب المدرسية ارتفعت بنسبة 30 بالمئة بسبب "
        "ارتفاع أسعار الورق عالميا.",
        "وأوضحت أن المطابع الحكومية ستتولى طباعة كتب الصفوف الأولى، فيما تطرح البقية في "
        "عطاء.",
        "ودعت الوزارة الطلاب إلى المحافظة على الكتب لإعادة استخدامها."),
    doc("blind2-ar-0113", "ar",
        "بغداد/ المدى",
        "أعلنت المفوضية العليا المستقلة للانتخابات عن النتائج النهائية لانتخابات مجالس "
        "المحافظات، وتم الإعلان عن أسماء الفائزين في 15 محافظة.",
        "وقالت المفوضية إن نسبة المشاركة بلغت 41 بالمئة، وإن الطعون ستنظر خلال عشرة أيام."),
    doc("blind2-ar-0114", "ar",
        "شهود عيان: انفجار قوي هز حي الرمال",
        "قال شهود عيان إن انفجارا قويا هز حي الرمال في مدينة غزة صباح اليوم، وشوهدت أعمدة "
        "الدخان من مسافات بعيدة.",
        "وأضاف أحدهم: «شاهدت الناس يركضون نحو المستشفى، ولم نعرف ما الذي حدث».",
        "(وفا)"),
    doc("blind2-ar-0115", "ar",
        "الحكومة توافق على مشروع نظام معدل لنظام الخدمة المدنية",
        "وافق مجلس الوزراء في جلسته اليوم على مشروع نظام معدل لنظام الخدمة المدنية، يربط "
        "الترفيع بتقييم الأداء.",
        "وقال وزير الاتصال الحكومي إن النظام يدخل حيز التنفيذ مطلع العام.وأضاف أن ديوان "
        "الخدمة المدنية سيعقد ورشات تعريفية للموظفين.",
        "وبحسب الوزير، فإن نحو 220 ألف موظف يخضعون لأحكام النظام."),
    doc("blind2-ar-0116", "ar",
        "معرض للصور الفوتوغرافية عن الحياة في الصحراء",
        "افتتح في أبوظبي معرض للمصور الإماراتي يضم 60 صورة عن الحياة في الصحراء.",
        "وقال المصور إن الصورة التي فازت بالجائزة الأولى التقطها عند شروق الشمس في ليوا، "
        "بعد انتظار دام ثلاثة أيام.",
        "ويستمر المعرض حتى نهاية الشهر، والدخول مجاني.",
        "(وام)"),
    doc("blind2-ar-0117", "ar",
        "أمانة عمان تدرس إضافة إعلانات رقمية على الجسور",
        "تدرس أمانة عمان الكبرى إضافة لوحات إعلانات رقمية على عدد من الجسور، ضمن خطة لزيادة "
        "إيراداتها غير الضريبية.",
        "وقال مصدر في الأمانة إن عطاء الإعلانات سيطرح مطلع العام، وإن العائد المتوقع يبلغ "
        "مليوني دينار سنويا.",
        "وانتقد ناشطون الخطة معتبرين أن الإعلانات تشتت انتباه السائقين."),
]

EN = [
    # BBC style: image source + caption pair, related topics list at the end.
    doc("blind2-en-0001", "en",
        "Flooding forces hundreds from homes in northern Iraq",
        F(PC, "Image source, Getty Images\nImage caption, Rescue teams used boats to reach families "
              "in Duhok province"),
        "Hundreds of families have been forced from their homes after flash floods swept through "
        "parts of northern Iraq, officials say.",
        "At least six people have died, according to the Kurdistan Region's health ministry.",
        F(RL, "Related Topics\nIraq\nFlooding")),
    # CNN style: (CNN) dateline is content, newsletter sign-up line mid article.
    doc("blind2-en-0002", "en",
        "(CNN) — Saudi Arabia has announced plans to build the world's largest airport terminal "
        "in Riyadh, officials said Monday.",
        F(SF, "Sign up for CNN's Meanwhile in the Middle East newsletter, a three-times-a-week look "
              "inside the region's biggest stories."),
        "The King Salman International Airport is expected to handle up to 120 million "
        "passengers a year by 2030.",
        "Construction of the first phase is due to begin next year."),
    # AP style: caption ending with the AP photo credit, ADVERTISEMENT lines.
    doc("blind2-en-0003", "en",
        "Wildfire forces evacuations north of Los Angeles",
        F(PC, "Firefighters battle the Mountain Fire near Camarillo, Calif., on Wednesday, "
              "Nov. 6, 2024. (AP Photo/Noah Berger)"),
        "CAMARILLO, Calif. (AP) — A fast-moving wildfire driven by strong winds forced thousands "
        "of people to flee their homes Wednesday.",
        F(AD, "ADVERTISEMENT"),
        "Ventura County officials said more than 130 structures had been damaged or destroyed.",
        F(AD, "ADVERTISEMENT"),
        "The cause of the fire was under investigation."),
    # AP copyright trailer.
    doc("blind2-en-0004", "en",
        "Egypt's inflation eases for a third month",
        "CAIRO (AP) — Egypt's annual urban inflation slowed to 25.5% in October, the state "
        "statistics agency said Sunday, the third straight monthly decline.",
        "Food prices rose 0.8% from September, the agency said.",
        F(ST, "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
              "published, broadcast, rewritten or redistributed.")),
    # Guardian style: caption with Photograph credit mid article, newsletter line.
    doc("blind2-en-0005", "en",
        "Jordan's olive harvest hit by second year of drought",
        "Farmers in northern Jordan say this year's olive harvest is the worst in a decade, "
        "with yields down by almost half.",
        F(PC, "A farmer collects olives near Ajloun. Photograph: Khalil Mazraawi/AFP/Getty Images"),
        "“The trees are exhausted,” said Abu Mahmoud, who has farmed near Ajloun for 40 years.",
        F(SF, "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am"),
        "The agriculture ministry said it would extend subsidised loans to affected growers."),
    # The National style: Read more with three headlines.
    doc("blind2-en-0006", "en",
        "Abu Dhabi to expand public bus network with 300 new routes",
        "Abu Dhabi's Integrated Transport Centre will add more than 300 bus routes by 2026, it "
        "said on Tuesday, as the emirate tries to reduce car use.",
        F(RM, "Read more\nDubai Metro Blue Line: stations and opening date\n"
              "New parking fees come into force in Abu Dhabi\nHow to pay for buses with a bank card"),
        "The centre said electric buses would make up a third of the fleet."),
    # Gulf daily: Also read with a headline, WhatsApp channel follow line.
    doc("blind2-en-0007", "en",
        "Dubai schools told to reduce homework during Ramadan",
        "Private schools in Dubai have been asked to cut homework and shorten the school day "
        "during the holy month, the education regulator said.",
        F(RM, "Also read:\nUAE announces dates for winter break"),
        "Schools must finish classes by 2pm at the latest, according to the circular.",
        F(SF, "Stay up to date with the latest news. Follow KT on WhatsApp Channels.")),
    # Arab News style: caption then Photo/Reuters credit line.
    doc("blind2-en-0008", "en",
        "Saudi Arabia opens applications for tourism investment fund",
        F(PC, "Visitors walk through the old town of AlUla.\nPhoto/Reuters"),
        "RIYADH: The Tourism Development Fund has opened applications for a new SR2 billion "
        "financing program aimed at small hotels and heritage lodges.",
        "The fund said projects in AlUla, Taif and Asir would be given priority.",
        sep="\n"),
    # Jordanian English site: Arabic widget glued after a closing curly quote.
    doc("blind2-en-0009", "en",
        "Amman municipality launches winter emergency plan",
        "AMMAN — The Greater Amman Municipality on Sunday activated its winter emergency plan, "
        "deploying 2,000 workers and 300 vehicles. “We are ready for any weather,” the mayor "
        "said. “Our teams will work around the clock.”",
        G(AD, "اضافة اعلان"),
        "The municipality also opened a hotline for residents to report flooding.",
        F(ST, "Read more Local\nJordan News")),
    # Lebanese English paper: Read more inline between sentences is avoided; copyright trailer.
    doc("blind2-en-0010", "en",
        "Beirut port silos: families mark anniversary",
        "BEIRUT — Hundreds of relatives of the victims of the 2020 port explosion marched to the "
        "silos on Sunday, demanding that the investigation resume.",
        F(RM, "Read More »\nJudge resumes probe into port blast"),
        "The investigating judge has been blocked by legal challenges for more than two years.",
        F(ST, "© 2024 Beirut Daily. All Rights Reserved.")),
    # WordPress English: Jetpack share row, related posts, comment form.
    doc("blind2-en-0011", "en",
        "Five things to do in Muscat this weekend",
        "The Muscat Nights festival returns to Qurum Natural Park with food stalls, a drone show "
        "and concerts every evening until February.",
        "Entry is free for children under 12, and tickets for adults cost 500 baisa.",
        F(SF, "Share this:\nClick to share on Facebook (Opens in new window)\n"
              "Click to share on X (Opens in new window)\nClick to share on WhatsApp (Opens in new window)"),
        F(RL, "Related\nMuscat Nights 2023: what's new\nOman's best winter camping spots"),
        F(ST, "Leave a Reply Cancel reply\nYour email address will not be published. "
              "Required fields are marked *"),
        sep="\n"),
    # Blogger English template trailer.
    doc("blind2-en-0012", "en",
        "Iraqi dinar holds steady after central bank auction",
        "The Iraqi dinar traded at 1,470 to the dollar on the parallel market on Monday, "
        "unchanged from last week, after the central bank sold $200 million at its daily auction.",
        "Traders in Baghdad's Kifah street said demand for dollars had eased.",
        F(ST, "Newer Post Older Post Home\nSubscribe to: Post Comments (Atom)"),
        sep="\n"),
    # mobile web: Advertisement, blank, Advertisement (one span), scroll prompt.
    doc("blind2-en-0013", "en",
        "Qatar Airways adds flights to Damascus",
        "DOHA — Qatar Airways will resume flights to Damascus next month, the airline said, "
        "with three weekly services.",
        F(AD, "Advertisement\n\nAdvertisement"),
        "The airline suspended flights to Syria in 2012.",
        F(AD, "Advertisement\nScroll to continue with content"),
        "Tickets are already on sale on the airline's website."),
    # ABC News style: MORE: headline on its own line mid article.
    doc("blind2-en-0014", "en",
        "Storm brings snow to parts of northern Syria",
        "A winter storm brought heavy snow to displacement camps in northwest Syria on Tuesday, "
        "aid groups said, collapsing dozens of tents.",
        F(RM, "MORE: Aid convoy reaches Idlib for the first time in months"),
        "The UN said more than 800,000 people in the region live in tents.",
        "Temperatures are expected to drop below freezing again this week."),
    # RELATED: headline on its own line; Related Articles list at the end.
    doc("blind2-en-0015", "en",
        "Palestinian students sit exams in makeshift classrooms",
        "RAMALLAH — Thousands of Palestinian high school students sat their final exams on "
        "Saturday, many in tents and makeshift classrooms.",
        F(RM, "Related: Teachers in West Bank end strike after pay deal"),
        "The education ministry said results would be announced within a month.",
        F(RL, "Related Articles\nUNRWA schools reopen in Jenin camp\n"
              "Gaza students miss second school year")),
    # Canadian-wire style ad note inside a Gulf story.
    doc("blind2-en-0016", "en",
        "Bahrain reports record tourist numbers",
        "MANAMA — Bahrain welcomed 9.9 million visitors in the first nine months of the year, "
        "the tourism ministry said.",
        F(AD, "Story continues below advertisement"),
        "Most visitors came over the King Fahd Causeway from Saudi Arabia.",
        "The ministry aims to attract 14.1 million visitors a year by 2026."),
    # WordPress feed trailer in English.
    doc("blind2-en-0017", "en",
        "Sudanese refugees in Chad face water shortages",
        "Aid agencies say refugees arriving in eastern Chad from Darfur have access to fewer "
        "than five litres of water a day, far below emergency standards.",
        "The World Food Programme said it needed $150 million to continue operations into 2025.",
        F(ST, "The post Sudanese refugees in Chad face water shortages appeared first on "
              "Sudan Monitor.")),
    # Glued ad slot after a number in an English story.
    doc("blind2-en-0018", "en",
        "Jordan's exports rise in first ten months",
        "Jordan's national exports reached JD7.2 billion in the first ten months of the year, "
        "according to Department of Statistics figures released on Tuesday, up 5.1%",
        G(AD, "اضافة اعلان"),
        "Imports fell by 2.3 percent over the same period."),
    # Inline Advertisement between two sentences on one line (lost line breaks).
    doc("blind2-en-0019", "en",
        "Kuwait to raise fees for expatriate health insurance",
        "KUWAIT CITY — Kuwait will raise annual health insurance fees for expatriates from KD50 "
        "to KD130, the health minister said on Sunday.",
        "The increase will take effect in April.",
        I(AD, "Advertisement"),
        "Officials said the extra revenue would fund new hospitals.",
        "Expatriates make up about two-thirds of Kuwait's population."),
    # Shafaq English: follow us on X, upper-case READ MORE with payload.
    doc("blind2-en-0020", "en",
        "Shafaq News/ Iraq's Oil Ministry said on Thursday that exports averaged 3.4 million "
        "barrels per day in October.",
        F(RM, "READ MORE\nIraq signs gas deal with TotalEnergies"),
        "The ministry said revenues reached $8.1 billion for the month.",
        F(SF, "Follow us on X: @ShafaqNewsEng")),
    # Guardian-like trailer + share row as words on separate lines.
    doc("blind2-en-0021", "en",
        "Tunisia's president names new prime minister",
        "TUNIS — President Kais Saied has appointed a new prime minister, the third in just over "
        "a year, the presidency said in a statement late on Wednesday.",
        "No reason was given for the dismissal of his predecessor.",
        F(SF, "Share\nFacebook\nTwitter\nWhatsApp\nEmail"),
        sep="\n"),
    # Caption with (Photo: …) before body, upper-case ad, and Get-the-latest prompt.
    doc("blind2-en-0022", "en",
        "Algeria reopens border crossing with Tunisia after repairs",
        F(PC, "The Oum Teboul border post\n(Photo: APS)"),
        "ALGIERS — Algeria has reopened the Oum Teboul border crossing with Tunisia after three "
        "weeks of repair work, the interior ministry said.",
        "Travellers had been redirected to crossings further south.",
        F(SF, "Get the latest news delivered to your inbox. Sign up for our newsletter."),
        sep="\n"),
    # Arabic ad label with LRM in an English page, glued after a full stop.
    doc("blind2-en-0023", "en",
        "Petra sees busiest November on record",
        "PETRA — More than 120,000 people visited Petra in November, the highest monthly figure "
        "ever recorded for the month, the Petra Development and Tourism Region Authority said.",
        G(AD, LRM + "اضافة اعلان" + LRM),
        "Visitors from Europe accounted for more than half of the total."),
]

EN_NEG = [
    doc("blind2-en-0101", "en",
        "Literacy charity launches ‘Read more books’ challenge",
        "A UAE literacy charity has launched a campaign urging families to read more books "
        "together, with a target of one million books read by March.",
        "“If children see their parents reading, they read more,” the charity's director said.",
        "Schools that take part will receive free libraries."),
    doc("blind2-en-0102", "en",
        "Gulf stocks mixed as oil slips",
        "Most Gulf stock markets were mixed on Tuesday as oil prices slipped. Saudi Arabia's "
        "benchmark index fell 0.4%, with Al Rajhi Bank share prices down 1.1%.",
        "In Dubai, the index rose 0.3%, helped by a 2% rise in shares of Emaar Properties.",
        "Abu Dhabi's index was flat."),
    doc("blind2-en-0103", "en",
        "Iran and Europeans agree to hold follow-up talks",
        "GENEVA (Reuters) - Iran and three European powers agreed on Friday to hold follow-up "
        "talks on the nuclear programme next month, diplomats said.",
        "“The talks were frank,” a senior Iranian official said.",
        "(Reporting by Francois Murphy; Editing by Alex Richardson)"),
    doc("blind2-en-0104", "en",
        "Court refuses bail for suspects in fraud case",
        "By Staff Reporter",
        "A Dubai court has refused bail for four men accused of running an online investment "
        "fraud, citing evidence related to the case that is still being examined.",
        "Prosecutors said victims lost more than Dh20 million."),
    doc("blind2-en-0105", "en",
        "New voter photo ID rules take effect",
        "Voters will have to show Photo ID at polling stations from next year, under rules "
        "approved by parliament on Wednesday.",
        "Accepted documents include passports, driving licences and the new national ID card.",
        "Campaigners said the change could stop thousands of older voters from casting a ballot."),
    doc("blind2-en-0106", "en",
        "Al Hilal beat Al Nassr in Riyadh derby",
        "Al Hilal beat Al Nassr 2-1 in the Riyadh derby on Friday, despite having only a 42% "
        "share of possession.",
        "Share of possession: Al Nassr 58%, Al Hilal 42%. Shots on target: 7-5.",
        "The win takes Al Hilal five points clear at the top."),
    doc("blind2-en-0107", "en",
        "Regulator bans misleading property adverts",
        "The advertisement, which ran on billboards across Dubai, promised returns of 12% a year "
        "on off-plan apartments.",
        "The Advertising Standards regulator said the claim could not be substantiated.",
        "The developer must withdraw the advertisement within seven days."),
    doc("blind2-en-0108", "en",
        "Council extends consultation on Amman bus lanes",
        "Residents have until Friday to leave a reply to the municipality's consultation on new "
        "bus lanes along Zahran Street.",
        "More than 3,000 people have responded so far, officials said.",
        "A decision is expected in January."),
    doc("blind2-en-0109", "en",
        "Late winner sends Wydad back to top of the table",
        "A stoppage-time goal sent Wydad Casablanca back to top of the Botola Pro table on Sunday.",
        "The club's fans, who follow the team across the country, celebrated in the streets.",
        "Raja, who had led for three weeks, drop to second."),
    doc("blind2-en-0110", "en",
        "Aramco share sale oversubscribed within hours",
        "RIYADH (Reuters) - Saudi Aramco's secondary share offering was oversubscribed within "
        "hours of opening on Sunday, according to a bookrunner's message seen by Reuters.",
        "Investors subscribed for more than $11 billion of stock.",
        "The offering is expected to close on Thursday."),
    doc("blind2-en-0111", "en",
        "Correction",
        "An earlier version of this article included an image caption that misidentified the "
        "minister. The photograph, taken by AFP's Fayez Nureldine, showed the deputy minister.",
        "We apologise for the error."),
    doc("blind2-en-0112", "en",
        "Lebanese publisher wins copyright case",
        "A Beirut court ruled that printing “All Rights Reserved” on a book does not by itself "
        "prove ownership, in a case brought by a Lebanese publisher.",
        "The judge said the publisher had to show contracts with the authors.",
        "The ruling is expected to be appealed."),
    doc("blind2-en-0113", "en",
        "Children who continue reading for pleasure do better at school",
        "Pupils who continue reading for pleasure after the age of 11 score higher in maths and "
        "science, a study by Qatar University found.",
        "The researchers followed 4,000 children for six years.",
        "“Reading is not only about language,” the lead author said."),
    doc("blind2-en-0114", "en",
        "Publishers say search changes hit traffic",
        "Arab news publishers say traffic from search has fallen by as much as 30% since the "
        "Top Stories carousel was redesigned.",
        "“Related articles from big outlets now crowd out local news,” one editor said.",
        "The company said the change improved results for users."),
    doc("blind2-en-0115", "en",
        "Vaccine sign-up opens for over-60s",
        "Sign-up for the seasonal flu vaccine opens on Monday for residents over 60, the Ministry "
        "of Public Health said.",
        "Appointments can be made through the Hukoomi app or at any health centre.",
        "Source: Ministry of Public Health"),
    doc("blind2-en-0116", "en",
        "Survey: most residents want more parks",
        "A survey of 2,000 residents found that most wanted more green space in the city.",
        "Asked about parks, 61% said More, 27% said the Same and 12% said Fewer.",
        "The municipality said it would publish the full results online."),
    doc("blind2-en-0117", "en",
        "Iraq's parliament approves budget amendments",
        "BAGHDAD, Nov 24 (AFP) - Iraq's parliament approved amendments to the three-year budget "
        "law on Sunday after months of wrangling over oil revenues.The Kurdistan Region "
        "will resume oil exports through Turkey under the deal.",
        "Lawmakers said salaries would be paid on time.",
        "Follow-up legislation on the oil and gas law is expected next year."),
]

DOCS = AR + AR_NEG + EN + EN_NEG
