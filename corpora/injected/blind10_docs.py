"""The tenth blind set's documents (``blind10.jsonl``), as parts for :mod:`parts_builder`.

70 documents, 35 ``ar`` and 35 ``en``, written for this set (invented news, no real article
pasted) from ``specs/injected-fragments.md``, the seed article and ``corpora/injected/README.md``
only: the writer read neither the lexicon, nor the detector code, nor the tests, nor
``corpus.jsonl`` / ``build.py``, nor any earlier blind set's files.

Sites imitated (furniture invented after their style, not copied): Iraqi, Syrian, Yemeni,
Sudanese, Libyan, Palestinian, Kuwaiti, Omani and Bahraini papers and TV sites in both
languages; Turkish, Iranian and Kurdish outlets' Arabic and English editions; a fatwa portal,
health portals, recipe magazines, university and ministry news pages, football club sites, tech
review sites, classifieds-backed news portals, Google-AMP pages, Telegram and Facebook dumps.

Each part is ``(sep, label, text)``: ``sep`` is written before the part (``"\\n\\n"`` or
``"\\n"`` own line, ``""`` glued, ``" "`` inline), ``label`` is ``None`` for content.

Labelling choices (as an annotator would record them):

- Content, never a fragment: headlines; datelines and agency tags (``BAGHDAD (Reuters) -``,
  ``Shafaq News/``, ``Damascus, SANA –``, ``رام الله … وفا-``, ``حمص-سانا``, ``المنامة - بنا``,
  ``أثير – مكتب أثير في صلالة``, ``— KUNA`` on its own line, ``TDT | Manama``); bylines and
  review bylines (``By …``, ``Medically reviewed by …``, ``تمت المراجعة الطبية بواسطة …``);
  translator / editor signatures (``Rasha Milhem / Ghossoun Haddad``, ``(EMK/VK)``);
  ``(Reporting by …; Editing by …)``; ``Editor's note: …``; author bios (even one that gives
  the author's X handle); attribution lines (``Source: IRNA``, ``المصدر: … + وكالات``,
  ``المصدر: وزارة الصحة …``); the fatwa's ``السؤال`` / ``الجواب`` / ``والله أعلم.``; recipe
  ingredients and method; quoted slogans and button names inside sentences.
- ``photo_credit``: a caption line together with its credit (same line or the next line) is
  one span; a credit alone on its line (``📷 | المركز الإعلامي للنادي``, ``📸 Club Media``,
  ``Photo: Depo Photos``, ``📷 الصورة: وكالة الأنباء العمانية``) and the stock label
  ``صورة تعبيرية`` under a headline are spans too.
- ``read_more``: a cue with its one-to-two-line payload (``اقرأ أيضاً`` in every spelling,
  ``طالع:``, ``شاهد:`` video teasers, ``شاهدي أيضاً``, ``Also Read:``, ``READ:``,
  ``RELATED:``, ``READ |``, an Arabic cue with an English headline); a Facebook ``See more`` /
  ``عرض المزيد`` glued to a truncated post is ``read_more``.
- ``related_links``: a heading over a list of two or more headlines (``مواضيع ذات صله``,
  ``فتاوى ذات صلة``, ``قد يهمك أيضاً:``, ``المزيد من الأخبار``, ``مواضيع قد تعجبك``,
  ``Related``, ``Related Posts``, ``Read this next``, ``More from …``, ``Popular on …``).
- ``share_follow``: share rows (incl. ``طباعة``, ``Print Recipe``, ``Pin Recipe``, e-mail and
  copy-link buttons), follow / join-channel / newsletter / download-the-app prompts, Facebook's
  ``Like · Comment · Share`` row, a Telegram footer with its channel link.
- ``site_trailer``: copyright and reproduction notices, footer links under the copyright,
  ``Leave a Comment`` boxes, opinion and medical disclaimers (``تنويه: …``, ``Disclaimer: …``),
  the affiliate-commission notice of a review site even at the top, a seed-style
  ``More from <Section> »`` + site name pair.
- ``ad_placeholder``: ad-slot labels in every spelling (``إعـلان``, ``مساحه اعلانيه``,
  ``اضافة اعلان`` glued or inline, ``Advertisement`` glued to an Arabic sentence,
  ``ADVERTISING``, ``— Sponsored —``, ``Article continues after this advertisement``) and a
  classifieds portal's own promo furniture (``أضف إعلانك مجاناً``, a ``إعلانات مميزة``
  listings box, ``Post your free ad …``). An RLM glued before the widget belongs to its span.

Negatives carry the look-alikes: ``إعلان نتائج``, a tender notice opening with a bare ``إعلان``
line, «أضف إعلانك» as a button in a story, ``شارك``/``شاركوا``/``تابع``/``وتابعت`` as verbs,
``شاهد عيان``, «تابعونا» and «شارك تؤجر» inside a fatwa question, ``اقرأ باسم ربك``,
``(تصوير: …)`` for a prize-winning photo inside a sentence, «جميع الحقوق محفوظة» in a lawsuit,
``المصدر الوحيد``, ``صورة الدم الكاملة``, ``Advertisement boards …`` opening a line, ``an
advertisement for 300 jobs``, ``follow-up meeting``, ``read the verdict aloud``, ``Photo ID``,
``share of``, ``related to``, a ``Read More`` reading campaign, "All rights reserved" in a
copyright case, the ``Share button`` of a phone, ``(Reporting by …)``, ``Editor's note``.
"""

from __future__ import annotations

AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")
P2, P1 = "\n\n", "\n"
RLM = "\u200f"


def c(text: str, sep: str = P2) -> tuple[str, None, str]:
    """A content part."""
    return (sep, None, text)


def f(label: str, text: str, sep: str = P2) -> tuple[str, str, str]:
    """A fragment part."""
    return (sep, label, text)


AR = [
    # Iraqi TV site
    [
        c("البصرة تطلق خطة لتأهيل أرصفة ميناء أم قصر خلال عامين"),
        f(PC, "جانب من أرصفة ميناء أم قصر جنوبي البصرة\nعدسة: مراسل القناة", P1),
        c("أعلنت الحكومة المحلية في البصرة، اليوم الأحد، إطلاق خطة لتأهيل ستة أرصفة في ميناء أم "
          "قصر الشمالي بكلفة تتجاوز 90 مليار دينار، على أن تنتهي الأعمال خلال عامين.", P1),
        c("وجاء الإعلان خلال مؤتمر صحفي عقده المحافظ في ديوان المحافظة بحضور مدير عام الشركة "
          "العامة لموانئ العراق، الذي قال إن الأرصفة الحالية «لم تعد تستوعب السفن الكبيرة»."),
        f(AD, "إعـلان"),
        c("وأضاف أن الشركة ستنشر خلال الأسبوع المقبل إعلاناً لدعوة الشركات المتخصصة إلى تقديم "
          "عروضها، مشيراً إلى أن المصدر الرئيسي للتمويل سيكون موازنة تنمية الأقاليم."),
        f(RM, "اقرأ ايضاً ..\nالنقل تعلن جدولاً جديداً لرسو السفن في ميناء الفاو الكبير"),
        c("ويعد ميناء أم قصر المنفذ البحري الأهم في العراق، إذ يستقبل أكثر من 70 بالمئة من "
          "واردات البلاد غير النفطية."),
        f(SF, "تابعوا آخر الأخبار عبر قناتنا على التلكرام"),
    ],
    # Syrian opposition-area news site
    [
        c("ارتفاع سعر الخبز السياحي في إدلب مع تراجع الليرة التركية"),
        f(PC, "فرن آلي في مدينة إدلب شمال غربي سوريا - 3 من آذار 2024 (شبكة الشمال/ عبد الكريم "
              "الحلبي)"),
        c("شبكة الشمال – إدلب"),
        c("رفعت أفران مدينة إدلب سعر ربطة الخبز السياحي إلى 12 ليرة تركية، بعد أن كانت تباع "
          "بعشر ليرات مطلع الشهر الماضي، بحسب ما رصده مراسل الشبكة في أسواق المدينة.", P1),
        c("وقال أحد أصحاب الأفران إن ارتفاع سعر الطحين المستورد وتكاليف النقل دفعهم إلى تعديل "
          "الأسعار، مضيفاً أن «المصدر الوحيد للطحين الجيد هو الموردون الأتراك»."),
        f(RM, "اقرأ أيضًا: “الإنقاذ” تحدد سعر ربطة الخبز العادي بعد شكاوى الأهالي"),
        c("وتعتمد مناطق شمال غربي سوريا على الليرة التركية في تعاملاتها منذ عام 2020، ما يجعل "
          "الأسعار مرتبطة مباشرة بتقلبات سعر صرفها أمام الدولار."),
        f(ST, "جميع الحقوق محفوظة لـ شبكة الشمال السوري © 2024"),
    ],
    # Yemeni Telegram channel dump
    [
        c("🔴 عاجل | وصول سفينة محملة بالقمح إلى ميناء عدن بعد توقف دام أسبوعين"),
        c("وصلت صباح اليوم الثلاثاء إلى ميناء عدن سفينة تحمل 30 ألف طن من القمح، في أول شحنة "
          "تصل الميناء منذ أسبوعين بسبب اضطراب الملاحة في البحر الأحمر."),
        c("وقال مصدر في مؤسسة موانئ خليج عدن إن عمليات التفريغ بدأت فوراً، وإن شاحنات تابعة "
          "للقطاع الخاص ستنقل الشحنة إلى المطاحن في لحج وتعز."),
        c("وكان مئات التجار قد شاركوا الأسبوع الماضي في وقفة احتجاجية أمام مبنى الغرفة التجارية "
          "للمطالبة بتسهيل إجراءات التخليص الجمركي."),
        f(SF, "📲 لمتابعة أخبار اليمن لحظة بلحظة اشترك في قناتنا على تيليجرام 👇\n"
              "https://t.me/aden_now_news"),
    ],
    # Sudanese news site
    [
        c("مزارعو الجزيرة يبدأون حصاد القمح وسط مخاوف من شح الوقود"),
        f(PC, "صورة تعبيرية", P1),
        c("ود مدني: السودان اليوم", P1),
        c("بدأ مزارعو مشروع الجزيرة حصاد محصول القمح للموسم الشتوي، في وقت حذّر فيه اتحاد "
          "المزارعين من أن شح الجازولين قد يؤخر نقل المحصول إلى مخازن البنك الزراعي.", P1),
        f(AD, "مساحه اعلانيه", P1),
        c("وقال أحد المزارعين إن سعر برميل الجازولين في السوق الموازية تضاعف خلال شهر، وإن "
          "كثيرين اضطروا إلى تأجير الحاصدات بالتقسيط.", P1),
        c("وتابعت لجنة الحصاد في اجتماعها الأخير ترتيبات الموسم، وأوصت بإعلان سعر تركيزي للقمح "
          "قبل نهاية الشهر الجاري.", P1),
        f(SF, "شارك هذا الموضوع:\nفيسبوك | واتساب | تويتر | تيليغرام", P1),
    ],
    # Libyan news portal
    [
        c("حكومة الوحدة تعلن صرف منحة الزوجة والأبناء عن ثلاثة أشهر"),
        f(PC, "مقر مصرف ليبيا المركزي في طرابلس (أرشيفية: بوابة الأخبار)", P1),
        c("طرابلس - بوابة الأخبار", P1),
        c("أعلنت وزارة الشؤون الاجتماعية بحكومة الوحدة الوطنية الموقتة بدء صرف منحة الزوجة "
          "والأبناء عن أشهر يناير وفبراير ومارس، بعد تأخر دام أكثر من أربعة أشهر.", P1),
        c("وقال مدير إدارة الدعم إن القيمة ستودع مباشرة في الحسابات المصرفية للمستحقين، داعياً "
          "المواطنين إلى «متابعة إعلان الأسماء على الصفحة الرسمية للوزارة»."),
        f(RM, "طالع: المركزي يحدد سقف السحب النقدي اليومي للمواطنين"),
        c("وكان شاهد عيان قد أفاد بتكدس العشرات أمام فروع المصارف في مصراتة منذ ساعات الصباح "
          "الأولى، قبل الإعلان الرسمي عن موعد الصرف."),
        f(RM, "شاهد: طوابير أمام المصارف في مصراتة قبيل صرف المنحة"),
        f(ST, "© بوابة الأخبار الليبية 2024 | يمنع إعادة النشر دون ذكر المصدر"),
    ],
    # Palestinian agency (negative)
    [
        c("التربية تحدد موعد إعلان نتائج الثانوية العامة «الإنجاز» لعام 2024"),
        c("رام الله 14-7-2024 وفا- أعلنت وزارة التربية والتعليم العالي، اليوم الأحد، أن إعلان "
          "نتائج امتحان الثانوية العامة سيكون يوم الخميس المقبل، في مؤتمر صحفي يعقده الوزير في "
          "مقر الوزارة."),
        c("وقال الوزير إن أكثر من 88 ألف طالب وطالبة شاركوا في الامتحان هذا العام، بينهم طلبة من "
          "قطاع غزة تقدموا إلكترونياً من مراكز الإيواء."),
        c("وأضاف: «نقرأ في هذه الأرقام إصرار طلبتنا على التعلم رغم كل الظروف»، مشيراً إلى أن "
          "الوزارة ستتابع أوضاع الطلبة الذين تعذر عليهم التقدم."),
        c("وبيّن أن النتائج ستنشر على الموقع الإلكتروني للوزارة وعبر الرسائل النصية، داعياً "
          "الطلبة إلى عدم الالتفات إلى «الصور والقوائم المتداولة على مواقع التواصل الاجتماعي»."),
    ],
    # Kuwaiti daily
    [
        c("«التجارة» تحيل 14 مكتباً عقارياً إلى النيابة بتهمة التلاعب بالإعلانات"),
        f(PC, "فريق التفتيش خلال جولته في منطقة حولي\nتصوير - أسعد عبدالله", P1),
        c("أحالت وزارة التجارة والصناعة 14 مكتباً عقارياً إلى النيابة العامة، بعد رصد إعلانات "
          "مضللة عن شقق للإيجار بأسعار تقل عن الأسعار الفعلية، بحسب مصدر في الوزارة.", P1),
        c("وقال المصدر إن الفريق رصد أكثر من 200 إعلان على منصات الإعلانات المبوبة، تبين أن "
          "معظمها يستخدم صوراً لشقق غير موجودة."),
        f(AD, "إعلان"),
        c("وأوضح أن قرار الإحالة جاء بعد شكاوى من مواطنين ومقيمين، مبيناً أن الوزارة ستتابع "
          "الملف مع الهيئة العامة للمعلومات المدنية."),
        f(RL, "مواضيع ذات صله\nالتجارة: غرامات تصل إلى 5 آلاف دينار على الإعلانات المضللة\n"
              "الكشف عن 30 شركة وهمية في قطاع العقار\nارتفاع إيجارات الشقق في حولي 8% خلال عام"),
    ],
    # Omani e-paper
    [
        c("بدء التسجيل في برنامج «ساعد» للباحثين عن عمل في محافظة ظفار"),
        c("أثير – مكتب أثير في صلالة"),
        c("أعلنت وزارة العمل فتح باب التسجيل في برنامج «ساعد» للتدريب المقرون بالتشغيل في "
          "محافظة ظفار، بهدف توفير 600 فرصة تدريب في قطاعات السياحة والخدمات اللوجستية.", P1),
        f(PC, "📷 الصورة: وكالة الأنباء العمانية"),
        c("وقال مدير عام المديرية العامة للعمل بظفار إن التسجيل يستمر حتى نهاية الشهر الجاري عبر "
          "منصة «توطين»، وإن المتدربين سيحصلون على مكافأة شهرية خلال فترة التدريب."),
        f(RM, "اقرأ أيضًا في أثير:\n٣٥٠ فرصة عمل في القطاع السياحي بظفار خلال موسم الخريف"),
        c("ويشارك في البرنامج أكثر من 40 شركة من القطاع الخاص، التزمت بتعيين ما لا يقل عن 70% "
          "من المتدربين بعد انتهاء البرنامج."),
        f(SF, "تابعوا «أثير» على منصة إكس وإنستغرام وقناة الواتساب"),
    ],
    # Bahraini daily, ad widget glued after the agency tag with an RLM
    [
        c("وزير الصناعة والتجارة يفتتح معرض البحرين الدولي للأغذية"),
        c("المنامة - بنا"),
        c("افتتح وزير الصناعة والتجارة، صباح أمس، فعاليات معرض البحرين الدولي للأغذية في دورته "
          "الحادية عشرة، بمشاركة 240 شركة من 22 دولة (بنا)."),
        f(AD, RLM + "اضافة اعلان", ""),
        c("وأكد الوزير خلال جولته في أجنحة المعرض أن قطاع الصناعات الغذائية يشكل ركيزة أساسية في "
          "خطة التعافي الاقتصادي، مشيراً إلى ارتفاع صادرات المملكة الغذائية بنسبة 14%."),
        c("ويستمر المعرض حتى يوم السبت المقبل، ويتضمن ورش عمل حول سلاسل الإمداد والأمن "
          "الغذائي، يشارك فيها خبراء من دول مجلس التعاون."),
        f(SF, "مشاركة:\nفيسبوك\nإكس\nواتساب\nنسخ الرابط"),
    ],
    # Kurdish outlet, Arabic edition
    [
        c("أربيل: افتتاح أكبر محطة لمعالجة المياه في الإقليم بطاقة 400 ألف متر مكعب يومياً"),
        f(PC, "جانب من حفل الافتتاح\n📸 : المكتب الإعلامي لمحافظة أربيل", P1),
        c("أربيل (كوردستان اليوم) - افتتح محافظ أربيل، اليوم الخميس، محطة معالجة المياه في منطقة "
          "إفراز، التي قال إنها ستغطي احتياجات أكثر من 700 ألف نسمة في أحياء المدينة الشرقية.", P1),
        c("وأوضح المحافظ أن المشروع نُفذ بقرض ميسر من الوكالة اليابانية للتعاون الدولي، وأن "
          "المرحلة الثانية ستبدأ العام المقبل."),
        f(RM, "إقرأ المزيد » أزمة المياه في أربيل: الآبار الجوفية تنخفض مترين كل عام"),
        c("وتعاني أربيل منذ سنوات من انقطاع المياه في فصل الصيف، ما يدفع الأهالي إلى شراء المياه "
          "من الصهاريج بأسعار مرتفعة."),
        f(SF, "تابعونا علي فيسبوك وتويتر ويوتيوب"),
    ],
    # Turkish outlet, Arabic edition: inline ad widget
    [
        c("أنقرة ترفع الحد الأدنى للأجور 49% اعتباراً من يناير"),
        c("إسطنبول/ تركيا بالعربي"),
        c("أعلن وزير العمل والضمان الاجتماعي التركي رفع الحد الأدنى للأجور إلى 17 ألفاً و002 "
          "ليرة صافية شهرياً، بزيادة 49% عن المستوى الحالي."),
        f(AD, "اضافة اعلان", " "),
        c("وقال الوزير إن القرار جاء بعد ثلاث جولات من المفاوضات مع النقابات وأرباب العمل.", " "),
        f(RM, "اقرأ أيضاً\n• التضخم في تركيا يتراجع إلى 61% في نوفمبر\n"
              "• البنك المركزي التركي يثبت سعر الفائدة"),
        c("ويستفيد من القرار نحو سبعة ملايين عامل، فيما حذرت جمعيات رجال الأعمال من أن الزيادة "
          "قد تدفع بعض الشركات الصغيرة إلى تقليص العمالة."),
        c("المصدر: تركيا بالعربي + وكالات"),
        f(ST, "جميع الحقوق محفوظة لموقع تركيا بالعربي © 2024"),
    ],
    # Iranian TV site, Arabic edition
    [
        c("إيران تدشن المرحلة الأولى من خط سكة حديد رشت - آستارا"),
        f(SF, "شارك\nفيسبوك\nتويتر\nتلغرام\nواتساب", P1),
        c("طهران - العالم: دشنت إيران، اليوم السبت، المرحلة الأولى من خط سكة حديد رشت - آستارا "
          "بطول 35 كيلومتراً، ضمن ممر الشمال - الجنوب الذي يربط الهند بروسيا.", P1),
        f(AD, RLM + "إعلان" + RLM),
        c("وقال وزير الطرق وبناء المدن إن الخط سيقلص مدة نقل البضائع بين مومباي وموسكو إلى "
          "النصف، مضيفاً أن روسيا تشارك في تمويل المشروع بقرض قيمته 1.3 مليار يورو."),
        f(RL, "المزيد من الأخبار\nافتتاح المرحلة الأولى من ميناء تشابهار الجديد\n"
              "طهران وباكو تبحثان تسريع أعمال جسر آستارا الحدودي"),
    ],
    # Fatwa portal
    [
        c("حكم دفع الزكاة لابن الأخ المحتاج"),
        c("السؤال\nلي ابن أخ متزوج ولديه أطفال ودخله لا يكفيهم، فهل يجوز لي أن أعطيه من زكاة "
          "مالي؟"),
        c("الجواب\nالحمد لله، والصلاة والسلام على رسول الله، أما بعد:"),
        c("فيجوز دفع الزكاة إلى ابن الأخ إذا كان فقيراً أو مسكيناً، لأنه ليس ممن تجب عليك "
          "نفقته، بل هو أولى من غيره لأنها في حقه صدقة وصلة، لقول النبي صلى الله عليه وسلم: "
          "«الصدقة على المسكين صدقة، وهي على ذي الرحم ثنتان: صدقة وصلة».", P1),
        c("والله أعلم.", P1),
        f(RL, "فتاوى ذات صلة\nحكم إعطاء الزكاة للأخت المتزوجة\nهل يجوز دفع الزكاة للوالدين؟"),
        f(SF, "شارك الفتوى عبر:\nواتساب - تليجرام - فيسبوك"),
        f(ST, "جميع الحقوق محفوظة لموقع منار الفتوى ١٤٤٥ هـ - ٢٠٢٤ م"),
    ],
    # Health portal, with an English ad label
    [
        c("نقص فيتامين ب12: أعراض لا يجب تجاهلها"),
        c("تمت المراجعة الطبية بواسطة: د. سلمى العبيدي، أخصائية أمراض باطنية", P1),
        c("يعد فيتامين ب12 ضرورياً لتكوين خلايا الدم الحمراء وسلامة الأعصاب، ويصاب بنقصه نحو "
          "واحد من كل عشرة أشخاص فوق سن الخمسين، خاصة النباتيين ومن يتناولون أدوية السكري."),
        f(AD, "Advertisement"),
        c("ومن أبرز الأعراض:\n- التعب المستمر وضيق التنفس\n- تنميل اليدين والقدمين\n"
          "- شحوب الجلد وتقرحات الفم"),
        f(RL, "قد يهمك أيضاً:\nأفضل مصادر فيتامين ب12 للنباتيين\nالفرق بين فقر الدم ونقص الحديد"),
        f(ST, "تنويه: المعلومات الواردة في هذا المقال لأغراض التوعية فقط، ولا تغني عن استشارة "
              "الطبيب المختص."),
    ],
    # Recipe magazine
    [
        c("طريقة عمل الكبة البغدادية بالبرغل خطوة بخطوة"),
        f(PC, "الكبة البغدادية - الصورة من Shutterstock", P1),
        c("تتصدر الكبة البغدادية موائد العراقيين في رمضان والأعياد، وإليكِ طريقة تحضيرها كما "
          "تقدمها الشيف نادية الربيعي في مطبخها ببغداد.", P1),
        c("المقادير:\n2 كوب برغل ناعم منقوع\n500 غرام لحم مفروم\nبصلة مفرومة\nملح وبهارات مشكلة"),
        f(RM, "شاهدي أيضاً: طريقة عمل شوربة العدس بالكمون"),
        c("طريقة التحضير:\nاعجني البرغل مع نصف كمية اللحم حتى يتماسك، ثم شكّلي أقراصاً "
          "واحشيها بخليط اللحم والبصل واقليها في زيت غزير.\nوشاركي أطفالك تشكيل الأقراص، فهي "
          "تجربة ممتعة لهم."),
        f(SF, "تابعي «سيدتي» على إنستغرام وتيك توك لمزيد من الوصفات"),
    ],
    # University news page
    [
        c("جامعة الموصل تخرّج الدفعة الأولى من طلبة الذكاء الاصطناعي"),
        f(PC, "جانب من حفل التخرج\nتصوير: شعبة الإعلام والاتصال الحكومي", P1),
        c("احتفلت جامعة الموصل بتخرج الدفعة الأولى من طلبة قسم الذكاء الاصطناعي في كلية علوم "
          "الحاسوب والرياضيات، بحضور رئيس الجامعة وعدد من العمداء.", P1),
        c("وشارك أكثر من 200 طالب وطالبة في الحفل الذي أقيم على قاعة المؤتمرات الكبرى، وتضمن "
          "عرضاً لمشاريع التخرج في مجالات تحليل الصور الطبية والترجمة الآلية.", P1),
        c("وقال رئيس الجامعة في كلمته إن «الجامعة ستتابع خريجيها في سوق العمل عبر مكتب "
          "الخريجين».", P1),
        f(SF, "مشاركة الخبر: فيسبوك | تويتر | لينكد إن | طباعة", P1),
    ],
    # Iraqi football club site
    [
        c("الجوية يتعادل مع الزوراء في ديربي العاصمة بهدف لمثله"),
        f(PC, "📷 | المركز الإعلامي للنادي", P1),
        c("تعادل فريقنا الأول لكرة القدم مع نظيره الزوراء بهدف لمثله، في المباراة التي جمعتهما "
          "مساء اليوم على ملعب الشعب الدولي ضمن الجولة العشرين من دوري نجوم العراق.", P1),
        c("وتقدم الزوراء في الدقيقة 34، قبل أن يعادل مهاجمنا النتيجة من ضربة جزاء في الدقيقة 71، "
          "وتابع المدرب المباراة من المدرجات بسبب الإيقاف.", P1),
        c("وشاهد المباراة أكثر من 30 ألف مشجع، فيما أشاد الجهاز الفني بالروح القتالية للاعبين.",
          P1),
        f(SF, "تابعوا حسابات النادي الرسمية على مواقع التواصل الاجتماعي ⬇️\n"
              "فيسبوك | إنستغرام | إكس | يوتيوب"),
    ],
    # Arabic tech review site
    [
        c("مراجعة جالاكسي A55: أفضل هاتف متوسط من سامسونج هذا العام؟"),
        f(PC, "هاتف جالاكسي A55 باللون الأزرق الفاتح\n(مصدر الصورة: سامسونج)", P1),
        c("يأتي جالاكسي A55 بإطار معدني لأول مرة في الفئة المتوسطة، وشاشة بحجم 6.6 بوصة بتردد "
          "120 هرتز، ومعالج إكسينوس 1480 المصنّع بدقة 4 نانومتر."),
        f(RM, "اقرأ أيضاً من عالم التقنية | مقارنة بين جالاكسي A55 وبيكسل 8a"),
        c("وتحمل البطارية 5000 ملي أمبير، وبحسب المصدر نفسه تصل سرعة الشحن إلى 25 واط، وهي سرعة "
          "متواضعة مقارنة بالمنافسين الصينيين."),
        c("الخلاصة: هاتف متوازن بتحديثات برمجية لأربع سنوات، لكنه ليس الخيار الأفضل لمن يبحث عن "
          "الأداء في الألعاب."),
        f(SF, "حمّل تطبيق عالم التقنية الآن لتصلك أحدث المراجعات والأخبار:\nأندرويد | آيفون"),
    ],
    # Kuwaiti classifieds-backed portal
    [
        c("ارتفاع أسعار السيارات المستعملة 12% في الكويت خلال الربع الأول"),
        f(AD, "أضف إعلانك مجاناً", P1),
        c("ارتفعت أسعار السيارات المستعملة في الكويت بنسبة 12% خلال الربع الأول من العام، وفق "
          "تقرير صادر عن إحدى منصات البيع الإلكترونية، مدفوعة بتأخر وصول شحنات السيارات "
          "الجديدة.", P1),
        c("وأشار التقرير إلى أن عدد إعلانات السيارات المنشورة على المنصة تجاوز 40 ألف إعلان، "
          "استحوذت سيارات الدفع الرباعي على 45% منها."),
        f(AD, "إعلانات مميزة\nتويوتا لاندكروزر 2021 - 9,800 د.ك\nنيسان باترول 2019 - 7,500 د.ك"),
        c("ويتوقع تجار في سوق الري أن تستقر الأسعار مع وصول الطرازات الجديدة في الصيف."),
        f(ST, "© 2024 سوق الكويت. جميع الحقوق محفوظة"),
    ],
    # Google-AMP page of an Iraqi site, English ad label glued to an Arabic sentence
    [
        c("الصحة تسجل 12 إصابة جديدة بالكوليرا في السليمانية"),
        f(SF, "شارك على فيسبوك\nشارك على تويتر\nشارك على واتساب", P1),
        c("سجلت دائرة صحة السليمانية 12 إصابة جديدة بالكوليرا خلال الساعات الـ24 الماضية، ليرتفع "
          "عدد الإصابات منذ بداية الشهر إلى 87 إصابة، معظمها في الأحياء الجنوبية من المدينة."),
        f(AD, "Advertisement", ""),
        c("وقال مدير الدائرة إن الفرق الصحية تتابع مصادر مياه الشرب، داعياً المواطنين إلى غلي الماء "
          "قبل استخدامه وعدم شراء الخضار من الباعة المتجولين."),
        f(RL, "مواضيع قد تعجبك\nارتفاع درجات الحرارة إلى 48 مئوية في البصرة\n"
              "افتتاح مستشفى للأطفال بسعة 200 سرير في كركوك"),
    ],
    # Facebook page dump
    [
        c("🔴 إخماد حريق كبير في سوق الشورجة وسط بغداد"),
        c("تمكنت فرق الدفاع المدني من إخماد حريق اندلع فجر اليوم في أحد المخازن التجارية بسوق "
          "الشورجة، بعد أن امتد إلى ثلاثة محال مجاورة.", P1),
        c("وأكد مدير الدفاع المدني أن الحريق لم يسفر عن إصابات بشرية، وأن فرق التحقيق باشرت "
          "بالكشف عن أسباب الحادث، فيما…", P1),
        f(RM, "عرض المزيد", ""),
        f(SF, "أعجبني · تعليق · مشاركة"),
    ],
    # Palestinian daily
    [
        c("الاحتلال يهدم منشأتين زراعيتين في الأغوار الشمالية"),
        f(PC, "جرافات الاحتلال خلال عملية هدم سابقة في الأغوار © وفا", P1),
        c("طوباس - هدمت قوات الاحتلال، صباح اليوم الأربعاء، منشأتين زراعيتين في خربة يرزا "
          "بالأغوار الشمالية، بحجة البناء دون ترخيص.", P1),
        c("وقال مسؤول ملف الأغوار في محافظة طوباس إن المنشأتين تعودان لمزارعَين من عائلة واحدة، "
          "وتستخدمان لتخزين الأعلاف والمعدات."),
        f(RM, "اقرأ ايضا.. مستوطنون يقطعون 50 شجرة زيتون في بلدة عقربا"),
        c("وأشار إلى أن الاحتلال أخطر خلال الشهر الجاري 16 منشأة أخرى بالهدم في المنطقة نفسها."),
        f(SF, "لمتابعة آخر الأخبار انضموا إلى قناتنا على واتساب"),
    ],
    # Yemeni news site
    [
        c("الحكومة اليمنية تقر موازنة طارئة لتغطية رواتب الموظفين"),
        c("عدن - أقر مجلس الوزراء في اجتماعه الاستثنائي، أمس، موازنة طارئة للأشهر الستة المقبلة، "
          "تخصص 70% منها لرواتب موظفي الدولة في المحافظات المحررة."),
        f(AD, "إعـــــلان"),
        c("وقال وزير المالية إن الموازنة تعتمد على الدعم السعودي والإيرادات الجمركية، بعد توقف "
          "تصدير النفط منذ أكثر من عام."),
        f(RM, "اقـرأ أيضـاً:\nالريال اليمني يهبط إلى مستوى قياسي جديد أمام الدولار في عدن"),
        c("وشارك في الاجتماع محافظ البنك المركزي، الذي أكد أن البنك سيتابع تنفيذ الموازنة "
          "بالتنسيق مع وزارة المالية."),
        f(ST, "جميع الحقوق محفوظة © المصدر اليمني 2024\nيسمح بالنقل والاقتباس مع الإشارة إلى "
              "المصدر"),
    ],
    # Syrian TV site
    [
        c("ارتفاع أعداد العائدين من لبنان إلى سوريا عبر معبر جديدة يابوس"),
        f(PC, "معبر جديدة يابوس الحدودي بين سوريا ولبنان - Getty Images", P1),
        c("قالت مصادر في الأمن العام اللبناني إن نحو 2300 سوري عبروا معبر المصنع باتجاه الأراضي "
          "السورية خلال الأسبوع الماضي، وهو أعلى رقم أسبوعي منذ مطلع العام.", P1),
        f(RM, "اِقْرَأْ أَيْضًا: مفوضية اللاجئين: 40 ألف سوري عادوا من لبنان خلال شهر"),
        c("ورسم تقرير حقوقي صدر أمس صورة قاتمة عن أوضاع العائدين، إذ أشار إلى أن كثيرين منهم لا "
          "يجدون مسكناً بعد تدمير منازلهم."),
        f(ST, "تلفزيون الشام © 2024\nسياسة الخصوصية | اتصل بنا"),
    ],
    # Iraqi ministry page (negative)
    [
        c("مجلس الخدمة الاتحادي يطلق استمارة التقديم على 5 آلاف درجة وظيفية"),
        c("بغداد/ المكتب الإعلامي", P1),
        c("أطلق مجلس الخدمة الاتحادي، اليوم الاثنين، الاستمارة الإلكترونية للتقديم على الدرجات "
          "الوظيفية المخصصة لحملة الشهادات العليا، بعد أيام من إعلان جدول التخصيصات في "
          "الموازنة.", P1),
        c("وقال رئيس المجلس إن التقديم سيكون حصراً عبر المنصة الإلكترونية، محذراً من «الصفحات "
          "الوهمية التي تطلب من المتقدمين مشاركة بياناتهم الشخصية أو متابعة روابط مجهولة».", P1),
        c("وأضاف أن المجلس سيعلن أسماء المقبولين على موقعه الرسمي، مبيناً أن «المصدر الوحيد "
          "للمعلومات هو الموقع الرسمي وصفحة المجلس على فيسبوك».", P1),
    ],
    # Syrian agency (negative): a photo credit inside a sentence
    [
        c("افتتاح معرض «صورة وذاكرة» للتصوير الضوئي في حمص"),
        c("حمص-سانا"),
        c("افتتح في المركز الثقافي العربي بحمص معرض «صورة وذاكرة» الذي يضم 60 صورة ضوئية توثق "
          "أحياء المدينة القديمة، بمشاركة 18 مصوراً من هواة التصوير ومحترفيه.", P1),
        c("ومن أبرز الأعمال صورة «المئذنة الأخيرة» (تصوير: ريم الأحمد) التي فازت بالجائزة الأولى "
          "في مسابقة الجمعية السورية للتصوير الضوئي.", P1),
        c("وقال المشرف على المعرض إن حقوق الصور محفوظة لأصحابها الذين وافقوا على عرضها مجاناً، "
          "وتابع: «نريد أن نقرأ المدينة بعيون أبنائها».", P1),
        c("ويستمر المعرض حتى نهاية الشهر الجاري.", P1),
    ],
    # Yemeni agency (negative)
    [
        c("ترحيب واسع بإعلان الهدنة الاقتصادية بين صنعاء وعدن"),
        c("عدن (سبأ) - رحبت الحكومة والغرفة التجارية في عدن بإعلان المبعوث الأممي التوصل إلى "
          "تفاهمات لخفض التصعيد الاقتصادي، تشمل استئناف الرحلات بين صنعاء وعمّان."),
        c("وأفاد شاهد عيان بأن طوابير المسافرين ازدحمت أمام مكاتب الخطوط الجوية اليمنية في صنعاء "
          "منذ الصباح الباكر، بعد ساعات من الإعلان."),
        c("ودعا البيان الأطراف إلى «قراءة الإعلان بروح إيجابية والبناء عليه»، مؤكداً أن الأمم "
          "المتحدة ستتابع تنفيذ البنود مع الجانبين."),
    ],
    # Sudanese news site (negative)
    [
        c("نازحون في كسلا يشكون نقص أدوية الأمراض المزمنة"),
        c("كسلا - يشكو آلاف النازحين في مراكز الإيواء بمدينة كسلا من نقص حاد في أدوية السكري "
          "وضغط الدم، بعد توقف الإمدادات القادمة من بورتسودان منذ ثلاثة أسابيع.", P1),
        c("وتابعت لجنة الطوارئ الصحية الوضع في اجتماع عقدته أمس، وقررت مخاطبة المنظمات الدولية "
          "لتوفير شحنة عاجلة، فيما شاركت متطوعات في حملة لحصر المرضى.", P1),
        c("وانتشرت على مواقع التواصل صور لطوابير المرضى أمام الصيدلية الوحيدة في المخيم.", P1),
        c("المصدر: وزارة الصحة بولاية كسلا", P1),
    ],
    # Libyan tender notice (negative): a bare إعلان line
    [
        c("إعلان"),
        c("مناقصة عامة رقم (7) لسنة 2024", P1),
        c("تعلن الشركة العامة للكهرباء عن رغبتها في التعاقد مع الشركات المتخصصة لتوريد وتركيب "
          "محولات توزيع بمنطقة الجبل الأخضر، وفق الشروط والمواصفات الفنية المعتمدة."),
        c("يمكن للشركات الراغبة في المشاركة الحصول على كراسة الشروط من إدارة العقود بمقر الشركة "
          "في طرابلس، مقابل رسم قدره 500 دينار غير قابل للاسترداد.", P1),
        c("آخر موعد لتقديم العروض يوم الخميس الموافق 30 مايو 2024، الساعة الثانية عشرة ظهراً.",
          P1),
    ],
    # Palestinian news (negative): the copyright formula is the subject
    [
        c("كاتبة من نابلس تقاضي دار نشر أعادت طباعة روايتها دون إذنها"),
        c("نابلس (وفا) - رفعت الروائية هالة عبد الرحيم دعوى أمام محكمة بداية نابلس ضد دار نشر "
          "أعادت طباعة روايتها «بيت على السفح» وبيعها في معارض الكتب دون إذن منها."),
        c("وقالت الكاتبة إن النسخة المقلدة تحمل عبارة «جميع الحقوق محفوظة» باسم الدار، «رغم أنني "
          "لم أوقع أي عقد معهم»، مضيفة أن عشرات القراء شاركوا صور النسخة المزورة."),
        c("ومن المقرر أن تنظر المحكمة في الدعوى الشهر المقبل."),
    ],
    # Kuwaiti news (negative): a button name in quotes
    [
        c("«التجارة» تلزم منصات الإعلانات المبوبة بتوثيق هوية المعلنين"),
        c("أصدرت وزارة التجارة والصناعة قراراً يلزم منصات الإعلانات المبوبة بالتحقق من هوية كل "
          "معلن عبر الهوية المدنية الإلكترونية قبل نشر أي إعلان عن بيع سيارة أو تأجير عقار."),
        c("وقال مصدر في الوزارة إن المنصات ستعدل زر «أضف إعلانك» بحيث يطلب من المستخدم تسجيل "
          "الدخول عبر تطبيق «هويتي» أولاً."),
        c("وأضاف أن الوزارة ستتابع التزام المنصات بالقرار، وأن المخالفين يواجهون غرامة تصل إلى "
          "ألفي دينار عن كل إعلان."),
    ],
    # Omani agency (negative)
    [
        c("وزارة الصحة تعلن عن 400 وظيفة شاغرة للكوادر التمريضية العُمانية"),
        c("مسقط في 3 مارس /العُمانية/ أعلنت وزارة الصحة عن توفر 400 وظيفة شاغرة للممرضين "
          "والممرضات من حملة البكالوريوس والدبلوم، في المستشفيات المرجعية ومستشفيات "
          "المحافظات.", P1),
        c("ويمكن للراغبين الاطلاع على تفاصيل الإعلان والتسجيل عبر بوابة التوظيف الموحدة حتى "
          "الخامس عشر من الشهر الجاري.", P1),
        c("وأوضحت الوزارة أنها ستتابع إجراءات التعيين مع وزارة العمل، وأن المقبولين سيشاركون في "
          "برنامج تأهيلي مدته ثلاثة أشهر.", P1),
    ],
    # Fatwa portal (negative): share and follow inside the question
    [
        c("حكم مشاركة المنشورات الدينية مجهولة المصدر"),
        c("السؤال\nتنتشر على فيسبوك منشورات تنتهي بعبارة «شارك تؤجر» أو «تابعونا لمزيد من "
          "الفوائد»، وبعضها أحاديث لا أعرف صحتها، فهل أأثم إذا شاركتها؟"),
        c("الجواب\nالحمد لله، والصلاة والسلام على رسول الله، أما بعد:"),
        c("فلا يجوز نشر حديث ينسب إلى النبي صلى الله عليه وسلم حتى يُتحقق من صحته، وأول ما نزل "
          "من القرآن قوله تعالى: ﴿اقْرَأْ بِاسْمِ رَبِّكَ الَّذِي خَلَقَ﴾، فالعلم قبل القول "
          "والعمل.", P1),
        c("والله أعلم.", P1),
    ],
    # Health portal (negative)
    [
        c("متى يطلب الطبيب التصوير بالرنين المغناطيسي للركبة؟"),
        c("يلجأ أطباء العظام إلى التصوير بالرنين المغناطيسي عندما لا تكفي الأشعة السينية لتشخيص "
          "إصابات الأربطة والغضروف الهلالي، إذ يعطي صورة مفصلة للأنسجة الرخوة."),
        c("وقد يطلب الطبيب قبل الفحص تحليل صورة الدم الكاملة ووظائف الكلى إذا كان التصوير "
          "سيجرى باستخدام الصبغة."),
        c("وينصح المريض بأن يتابع مع طبيبه نتائج الفحص، وألا يعتمد على قراءة التقرير وحده، لأن "
          "المصدر الرئيسي للتشخيص هو الفحص السريري."),
    ],
    # Recipe magazine (negative)
    [
        c("سر المقلوبة الفلسطينية المتماسكة"),
        c("شاركتنا الشيف ريم عودة من نابلس سر المقلوبة التي لا تنهار عند قلبها: أن يُرص "
          "الباذنجان المقلي جيداً في قاع القدر، وأن يُترك الطبق عشر دقائق قبل قلبه."),
        c("اقرئي مكونات مرق الدجاج الجاهز على العبوة قبل استخدامه، واختاري الأنواع قليلة الملح.",
          P1),
        c("وللمزيد من النكهة يمكن إضافة حفنة من الصنوبر المحمص عند التقديم.", P1),
    ],
]

EN = [
    # Iraqi English news site
    [
        c("Iraq signs $2.1 billion deal to build solar plants in Najaf and Karbala"),
        f(PC, "Iraq's Electricity Minister during the signing ceremony in Baghdad.\n"
              "Photo credit: Ministry of Electricity media office", P1),
        c("Baghdad (IraqiNews.com) – Iraq's Ministry of Electricity on Sunday signed a $2.1 "
          "billion contract with a consortium of Emirati and Chinese firms to build two solar "
          "power plants in the provinces of Najaf and Karbala.", P1),
        c("The minister said the plants would add 1,000 megawatts to the national grid by the "
          "summer of 2026, easing the chronic shortages that push households to rely on private "
          "generators."),
        f(RM, "Also Read: Iraq resumes gas imports from Iran after two-week halt"),
        c("The ministry said it would publish an advertisement inviting local contractors to bid "
          "on the transmission lines in the coming weeks."),
        f(ST, "Copyright © 2024 Baghdad Daily Report | Powered by Baghdad Daily Report"),
    ],
    # Iraqi Kurdish English site with the Arabic ad widget glued
    [
        c("Kirkuk farmers warn wheat stored in open silos faces spoilage"),
        c("Shafaq News/ Farmers in Kirkuk on Tuesday warned that thousands of tons of wheat "
          "stored in the open at government silos could rot as the rainy season approaches, "
          "the local farmers' union said in a statement."),
        f(AD, "اضافة اعلان", ""),
        c("“Who will pay for the losses?” asked Hassan Ali, a farmer from Dibis. “We delivered "
          "our crop in June and we are still waiting for the money.”"),
        c("An official at the Ministry of Trade said the silos had received 180,000 tons this "
          "season, twice their capacity, and that trucks would move part of the stock to "
          "Salahuddin within days."),
        f(ST, "More from Economy »\nThe Kirkuk Post"),
    ],
    # Syrian agency, English edition
    [
        c("Damascus International Fair to return in August with 40 participating countries"),
        c("Damascus, SANA – The 61st edition of the Damascus International Fair will be held "
          "from August 28 to September 6 on the fairgrounds off the airport road, the "
          "organizers announced on Monday.", P1),
        f(PC, "The fairgrounds on the airport road in Damascus\n( Photo: Syrian Arab News Agency )"),
        c("The General Establishment for Fairs said 40 countries and more than 700 companies "
          "had confirmed their participation, and that a follow-up meeting with exhibitors "
          "would be held next week to distribute the pavilions."),
        c("Rasha Milhem / Ghossoun Haddad"),
        f(SF, "Share this:\nFacebook\nX\nTelegram\nPrint"),
    ],
    # Yemeni English site
    [
        c("Aden power outages stretch to 14 hours as fuel shipments lag"),
        c("ADEN, Yemen — Residents of Aden are enduring power cuts of up to 14 hours a day as "
          "temperatures climb above 40 degrees Celsius, after two fuel shipments for the city's "
          "power stations were delayed."),
        f(AD, "ADVERTISEMENT"),
        c("The Public Electricity Corporation said generation had fallen to 110 megawatts, "
          "less than a quarter of the city's summer demand."),
        f(RM, "Read also – Saudi grant of $200 million to cover Aden fuel needs until June"),
        c("Residents have shared videos of families sleeping on rooftops, and dozens protested "
          "outside the governor's office on Sunday evening."),
        f(SF, "Follow The Aden Herald on Telegram and X for the latest updates"),
    ],
    # Sudanese English radio site
    [
        c("Cholera cases rise in Gedaref camps as rains begin"),
        f(PC, "Displaced families at a gathering point in Gedaref (File photo: Sudan Relief "
              "Network)", P1),
        c("GEDAREF – Health authorities in Gedaref recorded 68 new cases of cholera in the past "
          "week, most of them in camps hosting people displaced from El Gezira, a medical source "
          "told this station.", P1),
        c("The source said the isolation centre at the teaching hospital had run out of beds, "
          "and that patients were being treated in tents.", P1),
        f(RL, "Related\nKassala hospitals run out of IV fluids\n"
              "UN: 11 million people now displaced inside Sudan"),
    ],
    # Libyan English site
    [
        c("Tripoli municipality launches campaign to remove illegal roadside kiosks"),
        c("The Tripoli Central Municipality on Saturday began removing hundreds of unlicensed "
          "kiosks and stalls from the main roads of the capital, giving owners until the end "
          "of the month to relocate."),
        f(RM, "Read more: Tripoli’s Souq al-Juma market to be relocated, council says"),
        c("The campaign was announced in an advertisement in local newspapers last week, and "
          "the municipality said licensed vendors would be offered spaces in three new markets."),
        f(SF, "Join our Telegram channel for Libya news as it happens →"),
    ],
    # Palestinian opinion site
    [
        c("Gaza’s fishermen are running out of sea"),
        c("By Amal Saleh", P1),
        c("For three generations the Bakr family has fished the waters off Gaza City. Today "
          "their boats rarely go beyond three nautical miles, and the catch barely covers the "
          "cost of fuel.", P1),
        f(RM, "READ: Navy fires on fishing boats off Khan Younis, union says"),
        c("The fishermen’s union says it will follow up the cases of 40 confiscated boats "
          "with UN agencies, but few expect them back before the winter season."),
        c("Amal Saleh is a freelance journalist based in Gaza City. She writes about labour "
          "and the economy."),
        f(ST, "The opinions expressed in this piece are the author’s own and do not necessarily "
              "reflect the editorial policy of Palestine Today."),
    ],
    # Kuwaiti English daily
    [
        c("Interior ministry deports 2,300 residency violators in March"),
        f(PC, "Officials inspect documents at the deportation centre in Talha. — Photo by Fouad "
              "Al-Shaikh", P1),
        c("KUWAIT: The Ministry of Interior said on Monday it deported 2,300 people in March who "
          "had violated residency laws, most of whom were arrested in inspection campaigns in "
          "Jleeb Al-Shuyoukh and Mahboula.", P1),
        c("The ministry said violators who leave voluntarily during the grace period will pay "
          "only the basic fine (KD 600)."),
        f(AD, "Advertisement", ""),
        c("Officials said a follow-up campaign would target fake domestic labour offices."),
        c("— KUNA", P1),
    ],
    # Omani English daily
    [
        c("Oman to launch unified visa platform for GCC residents in July"),
        c("Muscat – Residents of GCC countries will be able to apply for Omani tourist visas "
          "through a single online platform from July, the Royal Oman Police announced on "
          "Wednesday."),
        f(PC, "The visa counter at Muscat International Airport\nPhoto - ONA"),
        c("Officials said applications would be processed within 48 hours and that the visa "
          "would allow stays of up to 30 days."),
        f(SF, "Stay updated with the latest news from Oman. Join our WhatsApp channel 👉 Muscat "
              "Today"),
    ],
    # Bahraini English daily
    [
        c("Bahrain unveils plan to double cruise tourism by 2026"),
        c("TDT | Manama", P1),
        c("Bahrain aims to welcome 200,000 cruise passengers a year by 2026, twice last season's "
          "number, under a plan unveiled yesterday by the tourism authority."),
        f(PC, "Officials at the launch of the plan at the exhibition centre yesterday.\n"
              "Picture: BNA"),
        c("The plan includes a second cruise berth at Khalifa Bin Salman Port and shuttle buses "
          "to Bab Al Bahrain and the Muharraq pearling path."),
        f(RL, "Related Posts\nBahrain Bay marina expansion gets green light\n"
              "Gulf Air adds three new routes for summer season\n"
              "New cruise terminal opens at Khalifa Bin Salman Port"),
    ],
    # Turkish English site
    [
        c("Istanbul metro fares rise 35 percent as city council approves new tariff"),
        f(PC, "Photo: Depo Photos", P1),
        c("The Istanbul Metropolitan Municipality council on Wednesday approved a 35 percent "
          "increase in public transport fares, the second rise this year, bringing a single "
          "metro ride to 20 lira.", P1),
        c("Opposition members said the increase was unavoidable after fuel and electricity "
          "costs doubled, while the ruling party's councillors voted against it."),
        f(RM, "Also read | Istanbul taxis to switch to digital meters by year end"),
        c("(EMK/VK)"),
        f(ST, "© 2024 Bosphorus Daily. Content may not be reproduced without attribution."),
    ],
    # Iranian English daily
    [
        c("Iran's non-oil exports to Iraq hit $10 billion, trade body says"),
        c("TEHRAN – Iran’s non-oil exports to neighboring Iraq reached $10 billion in the past "
          "Iranian calendar year, the head of the Trade Promotion Organization said on Sunday."),
        f(AD, "ADVERTISING"),
        c("He said construction materials, food products and home appliances made up most of "
          "the exports, and that the two sides would open a new border market in Mehran."),
        c("Source: IRNA", P1),
        f(ST, "Leave a Comment\nYour comment will be published after approval by the editors."),
    ],
    # Kurdish English site
    [
        c("Erbil airport handles record 2.4 million passengers in 2023"),
        c("ERBIL, Kurdistan Region of Iraq – Erbil International Airport handled 2.4 million "
          "passengers last year, its highest number since opening, the airport's director said "
          "on Thursday."),
        f(RM, "RELATED: Sulaimani airport resumes flights to Europe after ban lifted"),
        c("Nine new airlines started flights to Erbil in 2023, including two budget carriers "
          "from Türkiye and one from Jordan."),
        c("Reporting by Hemin Salih; editing by Dana Taib", P1),
        f(SF, "Follow Kurdistan Daily on X and Telegram for breaking news from the Kurdistan "
              "Region."),
    ],
    # Health portal
    [
        c("Iron deficiency in pregnancy: symptoms, causes and treatment"),
        c("Medically reviewed by Dr. Layla Hassan, MD — Written by Omar Faris — Updated on "
          "March 4, 2024", P1),
        c("Iron needs nearly double in pregnancy, and up to four in ten pregnant women in the "
          "region have low iron stores, often related to short gaps between pregnancies."),
        f(AD, "Advertisement"),
        c("Common symptoms include tiredness, shortness of breath, pale skin and cravings for "
          "ice. Good sources of iron are red meat, lentils and spinach."),
        f(AD, "ADVERTISEMENT"),
        c("Follow your doctor's advice on supplements: too much iron can cause constipation."),
        f(RL, "Read this next\nVitamin D in pregnancy: how much do you need?\n"
              "What causes anemia in children?"),
        f(ST, "Disclaimer: The content on this site is for informational purposes only and is "
              "not a substitute for professional medical advice, diagnosis or treatment."),
    ],
    # Recipe magazine
    [
        c("Lebanese lentil soup with crispy onions (shorbat adas)"),
        f(SF, "Pin Recipe\nPrint Recipe\nShare by Email", P1),
        f(PC, "Photo: Rana Khoury | Food styling: Maya Daher", P1),
        c("This is the soup every Lebanese grandmother makes in winter, and it is made to share: "
          "a big pot feeds eight. Read the label on your stock cubes, some are very salty.", P1),
        c("Ingredients\n1 cup red lentils, rinsed\n1 large onion, sliced\n1 tsp cumin\n"
          "Juice of 1 lemon"),
        c("Method\nSimmer the lentils with half the onion for 25 minutes, then blend. Fry the "
          "rest of the onion until crisp and scatter over the soup."),
        f(SF, "Did you make this recipe? Tag @mezzekitchen on Instagram and hashtag it "
              "#mezzekitchen"),
    ],
    # University news page
    [
        c("University team wins regional robotics challenge in Doha"),
        f(PC, "Members of the team with their winning robot. Photo courtesy of the Office of "
              "Public Relations", P1),
        c("A team of five engineering students won first place at the Gulf Universities "
          "Robotics Challenge in Doha last week, beating 32 teams from six countries.", P1),
        c("Their robot sorted recyclable waste with 96 percent accuracy. The team will hold a "
          "follow-up workshop for first-year students next month.", P1),
        f(SF, "Share on: Facebook | LinkedIn | X | Email", P1),
    ],
    # Bahraini football club site
    [
        c("Match report: Al Muharraq 2-1 Riffa"),
        f(PC, "📸 Club Media", P1),
        c("Al Muharraq came from behind to beat Riffa 2-1 at the Bahrain National Stadium on "
          "Friday and move three points clear at the top of the Premier League.", P1),
        c("Riffa had the bigger share of possession in the first half and led through a header "
          "on 28 minutes, but our midfield read the game better after the break."),
        f(RM, "READ | Coach praises squad depth ahead of AFC Cup quarter-final"),
        c("Goals from Ali Madan and a late penalty sealed a deserved win."),
        f(SF, "Download the official Al Muharraq app for exclusive highlights and ticket alerts."),
    ],
    # Tech review site: the affiliate notice at the top
    [
        c("Xiaomi 14 Ultra review: the camera phone to beat"),
        f(ST, "When you buy through links on our site, we may earn a commission. Here's how "
              "it works.", P1),
        f(PC, "The Xiaomi 14 Ultra with its photography kit attached.\n"
              "(Image credit: Future / Kareem Adel)", P1),
        c("The 14 Ultra's one-inch main sensor and variable aperture make it the best phone "
          "camera we have tested this year, and the photo mode now saves 14-bit RAW files.", P1),
        f(SF, "Get the best tech deals, reviews and news delivered to your inbox — sign up to "
              "our newsletter."),
        c("Battery life is less impressive: we got a day and a half of moderate use from the "
          "5,000mAh cell."),
        c("Verdict: expensive, heavy, and the best camera phone you can buy."),
    ],
    # Classifieds-backed expat news portal
    [
        c("Juffair rents fall 6% as new towers add supply"),
        f(AD, "Post your free ad in 60 seconds »", P1),
        c("Rents for one-bedroom flats in Juffair fell 6 percent in the first quarter, "
          "according to listings data, as four new residential towers opened in the area.", P1),
        f(AD, "— Sponsored —"),
        c("Agents said landlords were now offering one month free or including electricity "
          "and water in the rent to attract tenants."),
        f(RL, "Popular on Expat Bahrain\nHow to renew your CPR card online\n"
              "Best schools in Saar and Janabiya for 2024"),
    ],
    # Google-AMP page
    [
        c("Red Sea resort welcomes first international flights"),
        c("The new airport serving Saudi Arabia's Red Sea tourism project received its first "
          "international flight on Thursday, a direct service from Dubai."),
        f(AD, "Article continues after this advertisement"),
        c("Developers say three more resorts will open this year, and that the airport will "
          "eventually handle one million passengers a year."),
        f(RL, "More from Gulf Observer\nRiyadh Metro opens two more lines\n"
              "Saudi Arabia issues first tourist e-visas to Bahrain residents"),
    ],
    # Telegram channel dump
    [
        c("⚡️ BREAKING: Power restored to most of Sulaimani after 9-hour blackout"),
        c("Electricity has returned to about 80 percent of Sulaimani city after a nine-hour "
          "blackout caused by a fault at the Bazian substation, the regional electricity "
          "directorate said.", P1),
        c("Engineers were still working on the remaining districts.", P1),
        f(SF, "🔻 Follow us: t.me/kurdnews_en | X: @kurdnews_en"),
    ],
    # Facebook page dump
    [
        c("Ministry of Health: 3 new dengue cases recorded in Muscat"),
        c("The Ministry of Health recorded three new dengue fever cases in the Governorate of "
          "Muscat, bringing the total this month to 11. Teams have started fogging in Seeb and "
          "Bausher and urged residents to…", P1),
        f(RM, "See more", ""),
        f(SF, "Like · Comment · Share", P1),
    ],
    # Iraqi English page with Arabic furniture
    [
        c("Basra oil exports steady at 3.3 million barrels per day"),
        c("BASRA – Iraq's southern oil exports held steady at an average of 3.3 million barrels "
          "per day in March, the state oil marketing company said on Monday."),
        f(AD, "اعلان"),
        c("The company said most of the crude went to India and China, and that loading at the "
          "Basra Oil Terminal had not been affected by bad weather."),
        f(RM, "اقرأ أيضاً: Iraq’s oil revenue tops $8 billion in February"),
        c("Iraq is the second-largest producer in OPEC after Saudi Arabia."),
        f(SF, "تابعونا على تيليغرام"),
    ],
    # Libyan English site: inline ad slot and a caption with an Image: credit
    [
        c("NOC reports Libyan output of 1.28 million barrels a day"),
        f(PC, "Ras Lanuf oil terminal, eastern Libya. Image: NOC / handout", P1),
        c("TRIPOLI — Libya’s oil output averaged 1.28 million barrels per day in May, the "
          "highest in a decade, the National Oil Corporation said on Sunday.", P1),
        f(AD, "Advertisement", " "),
        c("The corporation said exports through Es Sider and Ras Lanuf had resumed fully after "
          "maintenance.", " "),
        c("It plans to raise output to 2 million barrels a day within five years."),
    ],
    # Iraqi wire copy (negative)
    [
        c("Iraq's oil ministry to hire 300 engineers for southern fields"),
        c("BAGHDAD (Reuters) - Iraq's oil ministry issued an advertisement for 300 jobs for "
          "petroleum engineers on Sunday, part of a plan to reduce reliance on foreign "
          "contractors at its southern fields, a ministry spokesman said."),
        c("The spokesman said applications would be received online and that the ministry "
          "would share the results within two months."),
        c("(Reporting by Ahmed Rasheed; Editing by Louise Heavens)"),
    ],
    # Syrian court story (negative)
    [
        c("Aleppo court jails four over bakery flour fraud"),
        c("A criminal court in Aleppo sentenced four bakery owners to three years in prison on "
          "Tuesday for selling subsidised flour on the black market."),
        c("The judge read the verdict aloud in a courtroom packed with relatives. A follow-up "
          "hearing on the fines is set for next month."),
        c("Photo evidence presented by prosecutors showed sacks of state flour in a private "
          "warehouse."),
    ],
    # Sudanese wire copy (negative)
    [
        c("Sudan's share of displaced children rises to 60 percent, UN says"),
        c("PORT SUDAN – Children now make up 60 percent of Sudan's displaced population, the "
          "United Nations children's agency said on Wednesday.", P1),
        c("A source at the agency said the increase was related to the fighting in Sennar, where "
          "schools were turned into shelters.", P1),
        c("Talks related to the ceasefire are expected to resume in Jeddah next week.", P1),
    ],
    # Libyan news with an editor's note (negative)
    [
        c("Benghazi artists win copyright dispute over mural designs"),
        c("Editor's note: This article was updated on 12 April to include a response from the "
          "company."),
        c("A Benghazi court ruled that a printing company had breached the copyright of three "
          "local artists by selling posters of their murals without permission."),
        c("The company said it would appeal the ruling."),
    ],
    # Palestinian feature with an author bio (negative)
    [
        c("In Jenin, a cinema reopens after 20 years"),
        c("By Ramzy Haddad", P1),
        c("The Freedom Cinema in Jenin reopened on Friday with a screening of short films made "
          "by students from the refugee camp. More than 300 people attended.", P1),
        c("“People want to see their own stories on a big screen,” said the organiser."),
        c("Ramzy Haddad is a journalist based in Jenin. He can be reached on X at @ramzy_writes."),
    ],
    # Kuwaiti English daily (negative)
    [
        c("Municipality orders removal of illegal billboards on Gulf Road"),
        c("Advertisement boards along Gulf Road must be removed by June, the Kuwait Municipality "
          "said on Tuesday, after finding that 140 of them had no valid licence."),
        c("Companies that want to keep their boards must apply under the new advertisement "
          "regulations, which also ban flashing screens near traffic lights."),
        c("Banks said the rules would not affect plans to subscribe to a new government bond "
          "issue this month."),
    ],
    # Omani business news (negative)
    [
        c("Muscat bourse extends trading hours from May"),
        c("The Muscat Stock Exchange will extend share trading by one hour from May, the "
          "exchange said, and investors will need a valid Photo ID to open new accounts at "
          "brokerage branches."),
        c("The exchange also plans a follow-on offering for two state-owned companies before "
          "the end of the year."),
    ],
    # Turkish court story (negative)
    [
        c("Istanbul court rules for photographer in copyright case"),
        c("An Istanbul court ruled on Monday that a clothing brand had violated the copyright of "
          "a photographer whose picture of the Galata Tower it printed on T-shirts."),
        c("The brand had argued that the photo was in the public domain, but the court noted "
          "that the photographer's website clearly stated “All rights reserved” under every "
          "image."),
    ],
    # Iranian English daily (negative)
    [
        c("Tehran libraries launch ‘Read More’ campaign for children"),
        c("TEHRAN – Public libraries in Tehran launched a campaign called “Read More” on "
          "Saturday, offering free membership to children under 12 during the summer holidays."),
        c("Officials said the campaign aims to double the number of books borrowed by children "
          "compared with last year."),
    ],
    # Health portal (negative)
    [
        c("Vitamin D in the Gulf: why sunshine is not enough"),
        c("Despite year-round sunshine, vitamin D deficiency is common in the Gulf, related to "
          "indoor lifestyles and covering clothes."),
        c("Oily fish and fortified milk are good sources of vitamin D. Read food labels, and "
          "follow your doctor's advice before taking high-dose supplements."),
    ],
    # Tech review (negative)
    [
        c("Galaxy S24 update moves the Share button and adds a new photo mode"),
        c("Samsung's latest update for the Galaxy S24 moves the Share button to the bottom of "
          "the gallery and adds a night photo mode for the telephoto camera."),
        c("Users will have to subscribe to keep some Galaxy AI features after 2025, the "
          "company said, a change that has hurt its image among early buyers."),
        c("Follow-up updates are expected every month until the end of the year."),
    ],
]

DOCS = ([(f"ar-{i:02d}", "ar", parts) for i, parts in enumerate(AR, 1)]
        + [(f"en-{i:02d}", "en", parts) for i, parts in enumerate(EN, 1)])
