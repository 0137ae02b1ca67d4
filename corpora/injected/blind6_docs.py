"""Documents of the sixth blind set (``blind6.jsonl``), assembled by ``blind6_build.py``.

``DOCS`` is a list of ``(doc_id, lang, parts)``; each part is ``(sep, label, text)`` where
``sep`` is the separator written before the part (ignored for the first part), ``label`` is
``None`` for content or one of the six fragment labels. All texts were written for this
project; outlet names only set the template style.

Judgement calls: newsletter, app, WhatsApp/Telegram-channel and Google News prompts are
``share_follow``; tag lists (``الكلمات المفتاحية``, ``Tags:``, ``Search Keywords:``), comment
boxes, copyright lines, "views expressed" disclaimers, republishing notices, translation notes
that link to the original ("click here", «هنا») and health-site disclaimers are
``site_trailer``; an author's own bio sentence and ``المصدر: …`` / ``(Reuters)`` attribution
are content; a heading over a list of headlines (``مواضيع ذات صلة``, ``Related``, ``More on
this story``, ``You may also be interested in``, BBC ``قصص مقترحة``) is ``related_links``; a
"read also" cue with its headline payload is ``read_more``; a caption line with its credit is
one ``photo_credit`` span.
"""

from __future__ import annotations

RLM = "\u200f"
NBSP = "\u00a0"

DOCS: list[tuple[str, str, list[tuple[str, str | None, str]]]] = [
    # ------------------------------------------------------------------ Arabic, positive
    ("01", "ar", [
        ("", "photo_credit", "أمطار غزيرة تغمر أحد شوارع مدينة طنجة صباح الثلاثاء - صورة: هسبريس"),
        ("\n\n", None, "شهدت مدينة طنجة وعدد من مدن جهة طنجة تطوان الحسيمة، صباح اليوم الثلاثاء، "
                       "تساقطات مطرية غزيرة تسببت في غمر عدد من الشوارع والأنفاق بالمياه، وسط "
                       "شكايات متكررة من ضعف قنوات الصرف الصحي."),
        ("\n\n", None, "وقال مصدر من الوقاية المدنية إن عناصرها تدخلت لإجلاء سكان منزلين آيلين "
                       "للسقوط بحي بني مكادة، مضيفا أن «الوضع تحت السيطرة» وأنه لم يتم تسجيل أي "
                       "خسائر في الأرواح."),
        ("\n\n", "ad_placeholder", "إعلان"),
        ("\n\n", None, "وكانت المديرية العامة للأرصاد الجوية قد أصدرت نشرة إنذارية من مستوى "
                       "اليقظة البرتقالي، توقعت فيها أمطارا قوية تتراوح بين 40 و70 ملم بعدد من "
                       "أقاليم الشمال إلى غاية مساء الأربعاء."),
        ("\n\n", "share_follow", "تابعوا آخر الأخبار من هسبريس على Google News"),
    ]),
    ("02", "ar", [
        ("", None, "الرباط - أكد وزير التربية الوطنية والتعليم الأولي والرياضة أن الوزارة "
                   "ماضية في تعميم تجربة «مدارس الريادة» على 4 آلاف مؤسسة ابتدائية خلال الموسم "
                   "المقبل، بعد أن شارك في المرحلة التجريبية أزيد من 600 ألف تلميذ."),
        ("\n\n", None, "وأوضح المسؤول الحكومي، في جواب عن سؤال شفوي بمجلس النواب، أن نتائج "
                       "التقييم الأولي أظهرت تحسنا في مستوى القراءة والحساب، مشيرا إلى أن "
                       "الوزارة ستعلن عن الحصيلة الكاملة في تقرير مفصل مطلع السنة."),
        ("\n\n", "read_more", "اقرأ أيضا: نقابات التعليم تلوح بالتصعيد بسبب النظام الأساسي الجديد"),
        ("\n\n", None, "من جهتها، اعتبرت فرق المعارضة أن الحديث عن نجاح التجربة «سابق لأوانه»، "
                       "داعية إلى نشر المعطيات الخام ليطلع عليها الباحثون والمهتمون."),
        ("\n\n", "site_trailer", "الكلمات المفتاحية: التعليم، مدارس الريادة، مجلس النواب"),
    ]),
    ("03", "ar", [
        ("", None, "كشفت وزارة الموارد المائية عن برنامج استعجالي لإنجاز 12 محطة جديدة لتحلية "
                   "مياه البحر على طول الشريط الساحلي، في إطار مواجهة تداعيات الجفاف الذي ضرب "
                   "عدة ولايات غربية خلال الصيف الماضي."),
        ("\n\n", "ad_placeholder", "إشهار"),
        ("\n\n", None, "وأوضح الوزير، خلال زيارة عمل إلى ولاية وهران، أن المحطات الجديدة ستدخل "
                       "حيز الخدمة تدريجيا ابتداء من سنة 2027، بطاقة إجمالية تفوق مليون متر مكعب "
                       "يوميا."),
        ("\n\n", None, "وأضاف أن الدولة «لن تتراجع عن الإعلان الذي قطعته أمام المواطنين» بضمان "
                       "التزويد اليومي بالماء الشروب في كل البلديات."),
        ("\n\n", "related_links", "مواضيع ذات صلة\n\nتذبذب في توزيع المياه بعدة أحياء في العاصمة\n"
                                  "سدود الغرب الجزائري تسجل أدنى نسبة امتلاء منذ عقد\n"
                                  "الحكومة تعلن عن إجراءات جديدة لترشيد استهلاك المياه"),
    ]),
    ("04", "ar", [
        ("", None, "أعلنت المديرية العامة للأمن الوطني عن تفكيك شبكة إجرامية مختصة في تهريب "
                   "المركبات المسروقة عبر الحدود الشرقية، وحجز 23 سيارة فاخرة كانت معدة "
                   "للتهريب."),
        ("\n\n", "read_more", "اقـرأ أيضـا...\nحجز أكثر من قنطار من الكيف المعالج بتلمسان"),
        ("\n\n", None, "وحسب بيان لمصالح الأمن، فإن العملية جاءت إثر معلومات دقيقة تفيد بنشاط "
                       "الشبكة بين ولايتي تبسة وسوق أهراس، حيث تم توقيف 9 أشخاص تتراوح أعمارهم "
                       "بين 25 و47 سنة."),
        ("\n\n", "site_trailer", "جميع الحقوق محفوظة © الخبر 2026"),
    ]),
    ("05", "ar", [
        ("", None, "تونس - قررت هيئة الانتخابات تمديد آجال تقديم الترشحات للانتخابات البلدية "
                   "الجزئية بثلاثة أيام، بعد تسجيل عدد محدود من القائمات في عدد من الدوائر."),
        ("\n\n", "ad_placeholder", "- إعلان -"),
        ("\n\n", None, "وأوضح عضو الهيئة، في تصريح لإذاعة محلية، أن التمديد «إجراء استثنائي» لا "
                       "يمس بروزنامة الاقتراع، مؤكدا أن الهيئة ستعلن القائمات النهائية يوم 12 "
                       "ديسمبر."),
        ("\n\n", None, "يذكر أن 37 دائرة بلدية معنية بهذه الانتخابات الجزئية، التي تأتي إثر "
                       "استقالات جماعية في عدد من المجالس."),
        ("\n\n", "share_follow", "شارك المقال\nفيسبوك\nتويتر\nواتساب\nنسخ الرابط"),
    ]),
    ("06", "ar", [
        ("", None, "عقد المجلس البلدي طرابلس المركز، الاثنين، اجتماعا طارئا لبحث أزمة تراكم "
                   "القمامة في عدد من أحياء المدينة بعد توقف شركة النظافة عن العمل لليوم "
                   "الخامس على التوالي."),
        ("\n\n", "photo_credit", "جانب من اجتماع المجلس البلدي طرابلس المركز، الاثنين 23 نوفمبر 2026. (بوابة الوسط)"),
        ("\n\n", None, "وقال عميد البلدية إن الشركة تطالب بمستحقات متأخرة منذ ستة أشهر، وإن "
                       "المجلس خاطب وزارة الحكم المحلي لصرفها «في أقرب الآجال»."),
        ("\n\n", "read_more", "اقرأ أيضًا في بوابة الوسط:\nشركة الكهرباء تعلن جدول طرح الأحمال في "
                              "طرابلس\nارتفاع أسعار غاز الطهي في السوق الموازية"),
        ("\n\n", None, "ودعا المجلس السكان إلى عدم رمي النفايات في الشوارع الرئيسية إلى حين "
                       "استئناف عمليات الجمع."),
    ]),
    ("07", "ar", [
        ("", None, "الخرطوم - قالت مصادر محلية إن قصفا مدفعيا استهدف أحياء سكنية في مدينة الفاشر "
                   "بولاية شمال دارفور، صباح الأحد، ما أدى إلى مقتل 11 مدنيا على الأقل."),
        ("\n\n", None, "وقال شاهد عيان لـ«التغيير» إن القذائف سقطت قرب سوق المدينة في وقت الذروة، "
                       "مضيفا أن المستشفى الوحيد العامل في المنطقة «عاجز عن استقبال الجرحى»."),
        ("\n\n", None, "وتشهد المدينة حصارا منذ أشهر، وسط تحذيرات أممية متكررة من مجاعة وشيكة."),
        ("\n\n", "share_follow", "📌 تابعوا قناة التغيير على واتساب للحصول على آخر الأخبار أولاً بأول"),
    ]),
    ("08", "ar", [
        ("", None, "عدن - أعلنت وزارة الكهرباء والطاقة عن وصول شحنة وقود إسعافية إلى ميناء "
                   "الزيت، في محاولة لتخفيف ساعات الانقطاع التي تجاوزت 16 ساعة يوميا في "
                   "عدد من مديريات المدينة."),
        ("\n\n", "read_more", f"{RLM}اقرأ أيضاً{RLM}:\nاحتجاجات في المنصورة بسبب انقطاع الكهرباء "
                              "وانهيار العملة"),
        ("\n\n", None, "وقال مصدر في المؤسسة العامة للكهرباء لـ«المصدر أونلاين» إن الشحنة تكفي "
                       "لتشغيل المحطات لمدة أسبوعين فقط، داعيا الحكومة إلى «حلول مستدامة»."),
        ("\n\n", "site_trailer", "التعليقات\nأضف تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. "
                                 "الحقول الإلزامية مشار إليها بـ *"),
    ]),
    ("09", "ar", [
        ("", "photo_credit", "جرافات الاحتلال تهدم منشأة زراعية في الأغوار الشمالية (أرشيفية)\n"
                             "صورة: وفا"),
        ("\n\n", None, "طوباس 25-11-2026 وفا- هدمت قوات الاحتلال الإسرائيلي، اليوم الأربعاء، "
                       "منشأة زراعية وبركسا للمواشي في خربة حمصة الفوقا بالأغوار الشمالية."),
        ("\n\n", None, "وأفاد مسؤول ملف الأغوار في محافظة طوباس بأن قوات الاحتلال اقتحمت الخربة "
                       "برفقة جرافتين، وشرعت بهدم المنشأة التي تعود لأحد المواطنين، بحجة عدم "
                       "الترخيص."),
        ("\n\n", "site_trailer", "جميع الحقوق محفوظة لوكالة الأنباء والمعلومات الفلسطينية - وفا © 2026"),
    ]),
    ("10", "ar", [
        ("", None, "بيت لحم - معا - اقتحمت قوات الاحتلال، فجر اليوم، بلدة تقوع شرق بيت لحم، "
                   "وداهمت عددا من المنازل وفتشتها."),
        ("", "ad_placeholder", "إعـــلان"),
        ("\n\n", None, "وأفادت مصادر محلية بأن القوات اعتقلت ثلاثة شبان بعد مداهمة منازل ذويهم، "
                       "فيما اندلعت مواجهات في محيط مدرسة البلدة أطلق خلالها الجنود قنابل الغاز."),
        ("\n\n", None, "وتشهد البلدة اقتحامات شبه يومية منذ مطلع الشهر، وفق ما أفاد به رئيس "
                       "بلديتها."),
        ("\n\n", "share_follow", "تابعونا على:\nفيسبوك | تلغرام | إنستغرام"),
    ]),
    ("11", "ar", [
        ("", None, "القدس المحتلة - «القدس» دوت كوم - قررت محكمة الاحتلال المركزية تأجيل النظر "
                   "في التماس عائلات حي بطن الهوى ضد قرارات الإخلاء إلى الشهر المقبل."),
        ("\n\n", None, "وقال محامي العائلات إن المحكمة طلبت من الطرفين تقديم ردود مكتوبة، مشيرا "
                       "إلى أن 86 عائلة مهددة بالتهجير في الحي."),
        ("\n\n", "read_more", "اقرأ أيضاً..\n• الاحتلال يسلم إخطارات هدم لمنازل في سلوان\n"
                              "• مستوطنون يستولون على عقار في البلدة القديمة"),
        ("\n\n", None, "وتنظم العائلات وقفة أسبوعية أمام منازلها رفضا لقرارات الإخلاء، بمشاركة "
                       "متضامنين أجانب."),
    ]),
    ("12", "ar", [
        ("", None, "عمون - أعلنت إدارة السير عن خطة مرورية جديدة في منطقة الدوار السابع اعتبارا "
                   "من صباح الأحد، بالتزامن مع بدء أعمال صيانة الجسر."),
        ("", "ad_placeholder", "اضافة اعلان"),
        ("\n\n", None, "وقالت الإدارة في بيان إن التحويلات ستستمر أسبوعين، داعية السائقين إلى "
                       "استخدام الطرق البديلة والالتزام بتعليمات رجال السير."),
        ("\n\n", "share_follow", "تابعوا أخبار عمون عبر قناتنا على واتساب"),
    ]),
    ("13", "ar", [
        ("", "photo_credit", "صورة تعبيرية"),
        ("\n\n", None, "رؤيا - حذرت دائرة الأرصاد الجوية من خطر تشكل الصقيع خلال ساعات الليل "
                       "والصباح الباكر في المناطق الجبلية والبادية، مع انخفاض ملموس على درجات "
                       "الحرارة."),
        ("\n\n", None, "وتوقعت الدائرة أن تتراوح درجات الحرارة الصغرى في عمان بين 4 و6 درجات "
                       "مئوية، داعية المزارعين إلى اتخاذ الاحتياطات اللازمة لحماية مزروعاتهم."),
        ("\n\n", "read_more", "شاهد أيضاً: بالفيديو.. ثلوج خفيفة على مرتفعات الشوبك"),
    ]),
    ("14", "ar", [
        ("", None, "شفق نيوز/ أعلنت وزارة النفط العراقية، يوم الخميس، استئناف تصدير النفط من "
                   "حقول إقليم كوردستان عبر ميناء جيهان التركي، بعد توقف دام أكثر من عامين."),
        ("\n\n", None, "وقال المتحدث باسم الوزارة إن الكميات الأولية ستبلغ 185 ألف برميل يوميا، "
                       "وإن أي زيادة ستكون ذات صلة بنتائج المفاوضات الفنية الجارية مع الشركات "
                       "الأجنبية."),
        ("\n\n", "related_links", "ذات صلة\n\nبرلمان كوردستان يطالب بغداد بصرف رواتب تشرين الثاني\n"
                                  "ارتفاع أسعار النفط بعد قرار أوبك+"),
    ]),
    ("15", "ar", [
        ("", None, "السومرية نيوز/ بغداد\nأعلنت وزارة الكهرباء، اليوم السبت، عن دخول وحدتين "
                   "توليديتين جديدتين في محطة بسماية إلى الخدمة، بطاقة 500 ميغاواط."),
        ("\n\n", None, "وذكرت الوزارة في بيان تلقته السومرية نيوز، أن الوحدتين ستسهمان في تحسين "
                       "ساعات التجهيز في العاصمة خلال فصل الشتاء."),
        ("\n\n", "share_follow", "شارك\nFacebook\nX\nTelegram\nWhatsApp"),
        ("\n\n", "site_trailer", "كلمات مفتاحية\nوزارة الكهرباء\nبسماية\nبغداد"),
    ]),
    ("16", "ar", [
        ("", None, "أعلنت مديرية التربية في إدلب تعليق الدوام في عدد من المدارس بريف المحافظة "
                   "الجنوبي، بسبب القصف الذي تتعرض له المنطقة منذ يومين."),
        ("\n\n", "photo_credit", "عناصر من الدفاع المدني يخمدون حريقًا في أحد الأسواق بريف إدلب - "
                                 "24 تشرين الثاني 2026 (عنب بلدي/ إياد عبد الجواد)"),
        ("\n\n", None, "وقالت المديرية، عبر معرفاتها الرسمية، إن القرار يشمل 14 مدرسة في جبل "
                       "الزاوية، وسيستمر حتى إشعار آخر."),
        ("\n\n", "read_more", "اقرأ أيضًا: نازحون في مخيمات الشمال يواجهون الشتاء دون وقود"),
        ("\n\n", None, "ويقدر عدد الطلاب المتضررين من القرار بأكثر من خمسة آلاف طالب وطالبة، "
                       "بحسب ما قاله مدير المجمع التربوي لعنب بلدي."),
    ]),
    ("17", "ar", [
        ("", None, "وافق مجلس الوزراء على مشروع مرسوم بقانون بشأن تنظيم العمل في القطاع "
                   "الأهلي، يتضمن زيادة الحد الأدنى للأجور للعمالة المنزلية."),
        ("\n\n", "ad_placeholder", "إعلان"),
        ("\n\n", None, "وقالت مصادر لـ«القبس» إن المشروع أحيل إلى مجلس الأمة لإقراره في أول "
                       "جلسة بعد العطلة، مشيرة إلى أن الحكومة تتابع ملف تجارة الإقامات «عن "
                       "كثب»."),
        ("\n\n", "share_follow", "👈 للمزيد من الأخبار تابعونا على حسابنا في إنستغرام"),
    ]),
    ("18", "ar", [
        ("", "photo_credit", "وزير الخارجية اللبناني خلال مؤتمر صحافي في بيروت (الشرق الأوسط)"),
        ("\n\n", None, "أكد وزير الخارجية اللبناني أن بلاده «لن تقبل بأي ترتيبات أمنية تمس "
                       "السيادة»، وذلك قبيل جولة جديدة من المحادثات غير المباشرة."),
        ("\n\n", None, "وقال مصدر دبلوماسي لـ«الشرق الأوسط» إن الوسيط الأميركي يحمل مقترحا "
                       "معدلا، مشيرا إلى أن الرد اللبناني سيكون «مكتوبا ومفصلا»."),
        ("\n\n", "read_more", "اقرأ أيضاً\nبرّي: لا انتخاب لرئيس قبل التوافق على الحكومة"),
        ("\n\n", None, "وتأتي التحركات في ظل تصعيد ميداني على الحدود الجنوبية منذ مطلع الأسبوع."),
    ]),
    ("19", "ar", [
        ("", None, "لندن- “القدس العربي”: نشرت صحيفة بريطانية تقريرا عن تزايد أعداد طالبي "
                   "اللجوء القادمين من السودان عبر القنال الإنكليزي خلال العام الجاري."),
        ("\n\n", None, "وقالت الصحيفة إن أكثر من 3 آلاف سوداني عبروا القنال في قوارب صغيرة، "
                       "ونقلت عن أحدهم قوله إنه «شاهد الموت مرتين» قبل الوصول."),
        ("\n\n", "share_follow", "فيسبوك\nتويتر\nواتساب\nتلغرام\nطباعة"),
        ("\n\n", "site_trailer", "تعليقات الزوار\nلا توجد تعليقات حتى الآن. كن أول من يعلق!"),
    ]),
    ("20", "ar", [
        ("", None, "نشرت مجلة أمريكية مقالا للباحث في الشؤون الدولية تناول فيه تراجع النفوذ "
                   "الأوروبي في منطقة الساحل الأفريقي لصالح قوى جديدة."),
        ("\n\n", None, "وقال الكاتب في مقاله الذي ترجمته «عربي21» إن الانسحاب الفرنسي من مالي "
                       "والنيجر «لم يكن هزيمة عسكرية بل سياسية في المقام الأول»."),
        ("\n\n", None, "وأضاف أن دول المنطقة باتت تبحث عن شركاء «لا يربطون المساعدات بشروط»."),
        ("\n\n", "site_trailer", "للاطلاع إلى النص الأصلي (هنا)"),
        ("\n\n", "share_follow", "تابعوا عربي21 على تيليغرام"),
    ]),
    ("21", "ar", [
        ("", None, "أعلنت السلطات الصحية في قطاع غزة، اليوم الثلاثاء، ارتفاع عدد حالات الإصابة "
                   "بالتهاب الكبد الوبائي في مراكز الإيواء إلى أكثر من 40 ألف حالة."),
        ("\n\n", "read_more", "اقرأ أيضا\nlist of 3 items\nlist 1 of 3\nمنظمة الصحة العالمية: "
                              "نقص حاد في الأدوية بمستشفيات الشمال\nlist 2 of 3\nأطفال غزة "
                              "يواجهون الشتاء في خيام مهترئة\nlist 3 of 3\nالأونروا تحذر من "
                              "توقف خدماتها\nend of list"),
        ("\n\n", None, "وقالت الوزارة إن الاكتظاظ وشح المياه النظيفة يسهمان في تفشي الأمراض "
                       "المعدية، داعية المنظمات الدولية إلى التدخل العاجل."),
        ("\n\n", None, "المصدر : الجزيرة + وكالات"),
    ]),
    ("22", "ar", [
        ("", "photo_credit", "صدر الصورة، Getty Images\nالتعليق على الصورة، متظاهرون في العاصمة "
                             "التونسية يطالبون بالإفراج عن معتقلين"),
        ("\n\n", None, "تظاهر مئات التونسيين، السبت، في شارع الحبيب بورقيبة وسط العاصمة، للمطالبة "
                       "بالإفراج عن صحفيين ونشطاء موقوفين منذ أشهر."),
        ("\n\n", "related_links", "تخطى قصص مقترحة وواصل القراءة\nقصص مقترحة\n• تونس: ما الذي يعنيه "
                                  "المرسوم 54 لحرية التعبير؟\n• من هم أبرز المعتقلين السياسيين "
                                  "في تونس؟\nنهاية قصص مقترحة"),
        ("\n\n", None, "وردد المتظاهرون شعارات من بينها «حريات حريات، دولة البوليس انتهت»، وسط "
                       "انتشار أمني كثيف."),
    ]),
    ("23", "ar", [
        ("", None, "أعلن الكرملين أن الرئيس الروسي سيشارك عبر الفيديو في قمة مجموعة بريكس "
                   "المقبلة، دون أن يحدد موعدا لزيارات خارجية جديدة."),
        ("\n\n", None, "وقال المتحدث باسم الكرملين للصحفيين إن جدول أعمال القمة «مكثف ويتضمن "
                       "ملفات اقتصادية بالدرجة الأولى»."),
        ("\n\n", None, "المصدر: RT"),
        ("\n\n", "related_links", "اقرأ في هذا الملف\nقمة بريكس: ملفات الاقتصاد تتصدر جدول "
                                  "الأعمال\nموسكو تستضيف اجتماعا لوزراء خارجية المجموعة"),
        ("\n\n", "share_follow", f"تابعوا{NBSP}RT{NBSP}على"),
    ]),
    ("24", "ar", [
        ("", None, "تواجه الحكومة البريطانية ضغوطا متزايدة من نواب حزبها لتخفيف القيود على "
                   "استقدام العمالة الأجنبية في قطاع الرعاية الصحية، بعد تقارير عن نقص حاد في "
                   "دور المسنين."),
        ("\n\n", "read_more", "اقرأ المزيد\nيحتوي هذا القسم على المقلات ذات صلة، الموضوعة في "
                              "(Related Nodes field)\nبريطانيا تشدد شروط تأشيرات العمل المهرة\n"
                              "ماذا يعني تقليص الهجرة لاقتصاد المملكة المتحدة؟"),
        ("\n\n", None, "وقالت رابطة مقدمي الرعاية إن 130 ألف وظيفة شاغرة في القطاع، محذرة من أن "
                       "الإجراءات الجديدة «ستدفع مئات الدور إلى الإغلاق»."),
        ("\n\n", None, "في المقابل، دافعت وزارة الداخلية عن سياستها، مؤكدة أنها تتابع تنفيذ خطة "
                       "لتدريب العمالة المحلية."),
        ("\n\n", "site_trailer", "© Independent Arabia 2026 جميع الحقوق محفوظة"),
    ]),
    ("25", "ar", [
        ("", None, "الكبسة من أشهر الأطباق في بيوتنا، واليوم أشارككم طريقتي الخاصة في تحضير "
                   "كبسة الدجاج بالبهارات المحمصة، وهي وصفة جربتها عشرات المرات ولا تخيب."),
        ("\n\n", "ad_placeholder", "Advertisement"),
        ("\n\n", None, "المقادير:\n- دجاجة كاملة مقطعة أرباعا\n- 3 أكواب أرز بسمتي منقوع\n"
                       "- بصلتان مفرومتان\n- ملعقة كبيرة بهارات كبسة\n- 2 حبة لومي مجفف"),
        ("\n\n", None, "طريقة التحضير:\nحمّري البصل في السمن حتى يذبل، ثم أضيفي الدجاج "
                       "والبهارات وقلّبي خمس دقائق. أضيفي الماء واتركيه ينضج على نار هادئة، ثم "
                       "أضيفي الأرز واتركيه حتى يتشرب المرق."),
        ("\n\n", "share_follow", "شاركي الوصفة 💬\n📌 Pinterest\nواتساب\nفيسبوك"),
        ("\n\n", "site_trailer", "اطبع الوصفة\nقيّم هذه الوصفة ★★★★★"),
    ]),
    ("26", "ar", [
        ("", None, "حسم فريق الرجاء الرياضي ديربي الدار البيضاء لصالحه بهدفين دون رد، في "
                   "المباراة التي احتضنها ملعب محمد الخامس مساء الأحد ضمن الجولة 11 من البطولة."),
        ("\n\n", None, "وسجل هدفي الرجاء اللاعب الذي شارك أساسيا لأول مرة هذا الموسم، قبل أن "
                       "يضيف زميله الهدف الثاني من ركلة جزاء في الدقيقة 78."),
        ("\n\n", "related_links", "🔴 مواضيع قد تهمك\nترتيب البطولة الاحترافية بعد نهاية الجولة 11\n"
                                  "مدرب الوداد: سنعود أقوى في المباريات المقبلة"),
        ("\n\n", None, "وبهذا الفوز يرتقي الرجاء إلى المركز الثاني برصيد 24 نقطة، بفارق نقطة "
                       "واحدة عن المتصدر."),
        ("\n\n", "share_follow", "حمّل تطبيق البطولة لمتابعة النتائج المباشرة"),
    ]),
    # ------------------------------------------------------------------ Arabic, negative
    ("27", "ar", [
        ("", None, "أعلنت وزارة التربية الوطنية عن موعد إعلان نتائج امتحان شهادة البكالوريا "
                   "دورة 2026، والذي سيكون يوم الخميس المقبل ابتداء من الساعة الثالثة مساء."),
        ("\n\n", None, "وأوضحت الوزارة أن الإعلان سيتم عبر الموقع الرسمي للديوان الوطني للامتحانات "
                       "والمسابقات، إضافة إلى خدمة الرسائل القصيرة."),
        ("\n\n", None, "إعلان النتائج يأتي بعد أسبوعين من التصحيح، شارك فيه أكثر من 40 ألف "
                       "أستاذ عبر 70 مركزا على المستوى الوطني."),
        ("\n\n", None, "وتابع الوزير أن نسبة النجاح المتوقعة «لن تختلف كثيرا» عن السنة الماضية."),
    ]),
    ("28", "ar", [
        ("", None, "تراجعت مداخيل سوق الإشهار في المغرب بنسبة 7 في المئة خلال الأشهر التسعة "
                   "الأولى من السنة، وفق أرقام تجمع مهنيي القطاع."),
        ("\n\n", None, "وقال رئيس جمعية وكالات الاتصال إن المعلنين باتوا يفضلون الإعلان على "
                       "المنصات الرقمية، التي استحوذت على 43 في المئة من الإنفاق الإشهاري."),
        ("\n\n", None, "إعلان واحد على شاشة التلفزيون في وقت الذروة قد يكلف ما يعادل حملة رقمية "
                       "كاملة لمدة شهر، يضيف المتحدث، مؤكدا أن «الصحافة الورقية هي الخاسر "
                       "الأكبر»."),
        ("\n\n", None, "وكانت الجمعية قد أطلقت حملة تحت شعار «اقرأ جريدتك» لتشجيع القراءة، "
                       "شاركت فيها 20 صحيفة وطنية."),
    ]),
    ("29", "ar", [
        ("", None, "نابلس - قال شاهد عيان إن مستوطنين أضرموا النار في مركبتين وأشجار زيتون "
                   "على أطراف قرية بورين جنوب نابلس، مساء الجمعة."),
        ("\n\n", None, "وأضاف في حديث لمراسلنا: «شاهدت أكثر من عشرين مستوطنا ينزلون من التلة "
                       "تحت حماية الجيش»، مشيرا إلى أن الأهالي تصدوا لهم."),
        ("\n\n", None, "وشارك في إخماد الحريق طاقم من الدفاع المدني، فيما تابع محافظ نابلس "
                       "الأوضاع ميدانيا، ودعا إلى توثيق الاعتداءات."),
        ("\n\n", None, "المصدر: وكالة وفا ومراسلون محليون"),
    ]),
    ("30", "ar", [
        ("", None, "افتتح في مدينة الثقافة بتونس العاصمة، مساء السبت، معرض صور فوتوغرافية بعنوان "
                   "«عدسة على المتوسط»، يضم 60 صورة لمصورين من سبع دول."),
        ("\n\n", None, "وقالت منسقة المعرض إن فكرة «تصوير: الآخر» التي اختيرت شعارا للدورة "
                       "تسعى إلى مساءلة طريقة تقديم الجنوب في الصحافة الغربية."),
        ("\n\n", None, "ومن بين الأعمال المعروضة صورة لصياد من قرقنة التقطها المصور الشاب "
                       "بعدسة هاتفه، وحظيت بإعجاب الزوار وشاركها الآلاف على مواقع التواصل."),
        ("\n\n", None, "ويستمر المعرض إلى غاية 15 ديسمبر، والدخول مجاني."),
    ]),
    ("31", "ar", [
        ("", None, "أثار منشور لوزير الشباب على منصة إكس جدلا واسعا، بعد أن دعا فيه المتابعين "
                   "إلى «مشاركة المنشور على أوسع نطاق» للتعريف بمسابقة وطنية للمشاريع الناشئة."),
        ("\n\n", None, "واعتبر مدونون أن الوزير استعمل حسابه الشخصي لأغراض دعائية، فيما رد "
                       "مكتبه بأن الحساب «منبر للتواصل مع الشباب»."),
        ("\n\n", None, "وكتب أحد المعلقين ساخرا: «تابعونا على كل المنصات، فالوزارة لا تعمل إلا "
                       "على الإنترنت»، وهي تغريدة حصدت أكثر من 12 ألف إعجاب."),
        ("\n\n", None, "وتعد هذه المرة الثانية خلال شهر التي يثير فيها الوزير جدلا على مواقع "
                       "التواصل الاجتماعي."),
    ]),
    ("32", "ar", [
        ("", None, "إعلان"),
        ("\n", None, "تعلن أمانة بغداد عن إجراء مناقصة عامة لتأهيل شبكات تصريف مياه الأمطار في "
                      "قاطع الرصافة، فعلى الراغبين من الشركات المسجلة مراجعة قسم العقود."),
        ("\n\n", None, "آخر موعد لتقديم العطاءات هو الساعة الثانية عشرة ظهرا من يوم الأحد "
                       "الموافق 20 كانون الأول 2026، ويتحمل من ترسو عليه المناقصة أجور نشر "
                       "الإعلان."),
        ("\n\n", None, "للاستفسار: قسم العقود - الطابق الثالث."),
    ]),
    ("33", "ar", [
        ("", None, "لم يكن أداء المنتخب الأردني في الشوط الأول مقنعا، إذ اكتفى اللاعبون بتبادل "
                   "الكرات في الخلف دون قراءة صحيحة لتحركات المنافس."),
        ("\n\n", None, "وفي الشوط الثاني، شارك البديل في الدقيقة 55 وغيّر شكل المباراة، بعدما "
                       "صنع هدف التقدم بتمريرة بينية رائعة."),
        ("\n\n", None, "وتابع المدرب المباراة واقفا طوال الوقت، وقال بعد اللقاء: «اقرأوا "
                       "المباراة جيدا قبل أن تحكموا على اللاعبين»."),
        ("\n\n", None, "وشاهد المباراة أكثر من 17 ألف متفرج في ستاد عمان الدولي."),
    ]),
    ("34", "ar", [
        ("", None, "يعد فيتامين د من أكثر الفيتامينات التي يعاني الناس من نقصها في منطقتنا، رغم "
                   "وفرة أشعة الشمس، ويرجع ذلك إلى قلة التعرض المباشر لها."),
        ("\n\n", None, "وتنصح منظمة الصحة العالمية بإجراء فحص دوري لمستوى الفيتامين، خاصة لدى "
                       "كبار السن والحوامل. اقرأ النشرة الدوائية جيدا قبل تناول أي مكمل، ولا "
                       "تتجاوز الجرعة التي يحددها الطبيب."),
        ("\n\n", None, "ومن أبرز أعراض النقص: الإرهاق المستمر، وآلام العظام، وتساقط الشعر، "
                       "وضعف المناعة."),
        ("\n\n", None, "المصدر: منظمة الصحة العالمية، المعهد الوطني للصحة."),
    ]),
    ("35", "ar", [
        ("", None, "أعلنت شركة ميتا عن اختبار ميزة جديدة في تطبيق واتساب تتيح عرض الإعلانات "
                   "داخل تبويب «التحديثات»، في خطوة طال انتظارها من المعلنين."),
        ("\n\n", None, "وستظهر المنشورات الممولة بعلامة «Sponsored» أو «ممول» أسفل اسم القناة، "
                       "ولن تظهر الإعلانات داخل المحادثات الخاصة بحسب الشركة."),
        ("\n\n", None, "كما أضافت الشركة زر «مشاركة» جديدا يسمح بإعادة نشر الحالات إلى إنستغرام "
                       "مباشرة، وهي ميزة شارك في تجربتها مستخدمون في خمس دول."),
        ("\n\n", None, "ويرى خبراء أن إدخال الإعلانات قد يدفع بعض المستخدمين إلى تطبيقات "
                       "منافسة مثل تيليغرام وسيغنال."),
    ]),
    ("36", "ar", [
        ("", None, "رفضت محكمة الاستئناف في الكويت دعوى أقامتها شركة إنتاج فني ضد قناة فضائية "
                   "بسبب بث مسلسل كتب على شارته عبارة «جميع الحقوق محفوظة» باسم الشركة."),
        ("\n\n", None, "وقالت المحكمة إن عبارة الحقوق المحفوظة «لا تنشئ حقا بذاتها»، وإن العبرة "
                       "بعقد التنازل الموقع بين الطرفين."),
        ("\n\n", None, "وقال محامي الشركة لـ«القبس» إن موكلته ستلجأ إلى محكمة التمييز، مضيفا: "
                       "«تابعوا القضية، فهي سابقة في قطاع الإنتاج»."),
    ]),
    ("37", "ar", [
        ("", None, "لندن - قالت مصادر مطلعة لـ«الشرق الأوسط» إن جولة المفاوضات المقبلة بين "
                   "الحكومة السودانية وقوات الدعم السريع قد تعقد في جدة مطلع الشهر المقبل."),
        ("\n\n", None, "وأضافت المصادر أن الوسطاء يعملون على «إعلان مبادئ» جديد يتضمن وقفا "
                       "لإطلاق النار لأغراض إنسانية، على غرار إعلان جدة الموقع العام الماضي."),
        ("\n\n", None, "ونقلت وكالة الصحافة الفرنسية عن دبلوماسي غربي قوله إن «الطرفين لم يبديا "
                       "بعد استعدادا حقيقيا»، فيما تابع المبعوث الأممي اتصالاته في بورتسودان."),
        ("\n\n", None, "اقرأ في هذا الملف الطويل ما لم يقله الطرفان علنا، هكذا افتتح كاتب "
                       "سوداني مقاله الأخير عن المفاوضات."),
    ]),
    ("38", "ar", [
        ("", None, "كشف تقرير لشركة متخصصة في الأمن السيبراني أن أكثر من 30 في المئة من "
                   "الروابط المتداولة في مجموعات واتساب العربية تقود إلى مواقع احتيالية."),
        ("\n\n", None, "وأوضح التقرير أن المحتالين يستخدمون عبارات مثل «اضغط هنا» و«شارك "
                       "الرابط مع 10 أصدقاء لتحصل على الجائزة» لإغراء المستخدمين."),
        ("\n\n", None, "ونصح الخبراء بعدم الضغط على أي رابط مجهول، وبتفعيل التحقق بخطوتين في "
                       "جميع الحسابات."),
        ("\n\n", None, "وقال أحد معدي التقرير: «الإعلان المموّل على فيسبوك لم يعد دليلا على "
                       "موثوقية الجهة المعلنة»."),
    ]),
    # ------------------------------------------------------------------ English, positive
    ("01", "en", [
        ("", "photo_credit", "Palestinians inspect the rubble of a house destroyed in an Israeli "
                             "raid in Jenin, occupied West Bank, on 21 November 2026 (AFP)"),
        ("\n\n", None, "For the third time this year, the families of the Jenin refugee camp have "
                       "been told they cannot return to their homes. The army says the camp is a "
                       "closed military zone; the families say they have nowhere else to go."),
        ("\n\n", None, f"More than 20,000 people have been displaced from the camp since January, "
                       f"according to{NBSP}UNRWA, many of them now sheltering in schools and "
                       "mosques in the city."),
        ("\n\n", None, "Samira Khalil is a Ramallah-based researcher and writer on refugee affairs."),
        ("\n\n", "site_trailer", "The views expressed in this article belong to the author and do "
                                   "not necessarily reflect the editorial policy of Middle East Eye."),
    ]),
    ("02", "en", [
        ("", None, "Iraq's parliament approved on Tuesday a long-delayed amendment to the oil "
                   "revenue law, a step Kurdish officials described as \"overdue but welcome.\""),
        ("\n\n", None, "The vote passed with 189 lawmakers in favor. Read more about the deal's "
                       "fine print in our earlier analysis of the Baghdad-Erbil talks, which "
                       "stalled twice last year over payment mechanisms."),
        ("\n\n", None, "Under the amendment, the federal government will pay producing companies "
                       "a fixed fee of $16 per barrel for extraction and transport."),
        ("\n\n", "share_follow", "Sign up for Al-Monitor's free Iraq Briefing newsletter to get "
                                  "the latest news and analysis delivered to your inbox."),
    ]),
    ("03", "en", [
        ("", "photo_credit", "Prime Minister Jafar Hassan chairs a Cabinet session on Monday "
                             "(Petra photo)"),
        ("\n\n", None, "AMMAN — The Cabinet on Monday approved a package of incentives for "
                       "investors in the industrial cities of Irbid and Mafraq, including reduced "
                       "electricity tariffs for the next three years."),
        ("\n\n", None, "The package, which the Minister of Investment said would \"change the equation "
                       "for small manufacturers\", also extends tax exemptions on production "
                       "inputs, the Jordan News Agency, Petra, reported."),
        ("\n\n", "read_more", "Read also\nJordan's exports rise 8% in first nine months"),
        ("\n\n", None, "The government expects the measures to create 4,000 jobs by the end of 2027."),
    ]),
    ("04", "en", [
        ("", None, "RIYADH — The Ministry of Human Resources and Social Development has launched a "
                   "new platform to settle labor disputes electronically within 21 days."),
        ("", "ad_placeholder", "- Advertisement -"),
        ("\n\n", None, "The ministry said the platform allows both workers and employers to submit "
                       "claims, attach documents and attend virtual hearings, reducing the need to "
                       "visit labor offices in person."),
        ("\n\n", None, "More than 180,000 labor cases were filed last year, according to official "
                       "figures. — SG"),
        ("\n\n", "share_follow", "Follow Saudi Gazette on WhatsApp Channel for latest updates"),
    ]),
    ("05", "en", [
        ("", "share_follow", "Share\nFacebook\nTwitter\nWhatsApp\nLinkedIn"),
        ("\n\n", "photo_credit", "HE the Minister of Commerce and Industry inaugurates the exhibition "
                                  "at Doha Exhibition and Convention Center yesterday. PICTURE: "
                                  "Anas Khalid"),
        ("\n\n", None, "The third edition of the Made in Qatar exhibition opened yesterday with "
                       "the participation of more than 400 local companies from the industrial, "
                       "food and construction sectors."),
        ("\n\n", None, "Organisers said the exhibition aims to connect local manufacturers with "
                       "procurement departments of major state companies."),
    ]),
    ("06", "en", [
        ("", None, "Dubai residents can expect a cooler weekend, with temperatures dropping to 17ºC "
                   "in some internal areas, the National Centre of Meteorology said on Thursday."),
        ("\n\n", "photo_credit", "Photo: Supplied"),
        ("\n\n", None, "The weather bureau also forecast light rain over the northern and eastern "
                       "areas, and warned of fog formation early on Saturday morning."),
        ("\n\n", "share_follow", "Stay up to date with the latest news. Follow KT on WhatsApp "
                                  "Channels."),
    ]),
    ("07", "en", [
        ("", None, "Egypt's annual headline inflation eased to 12.1 percent in October from 13.4 "
                   "percent in September, the state statistics agency CAPMAS said on Sunday."),
        ("\n\n", None, "Food prices, which account for the largest share of the basket, rose 0.8 "
                       "percent month-on-month, compared with 1.9 percent a month earlier."),
        ("\n\n", "share_follow", "Short link:"),
        ("\n\n", "site_trailer", "Search Keywords:\nEgypt\ninflation\nCAPMAS\nCentral Bank of Egypt"),
    ]),
    ("08", "en", [
        ("", "photo_credit", "FILE - Egyptian Prime Minister Mostafa Madbouly - Egypt Today"),
        ("\n\n", None, "CAIRO - 25 November 2026: Prime Minister Mostafa Madbouly on Tuesday "
                       "followed up on the progress of work at the new Sokhna port terminal, "
                       "which is set to begin operations in the first quarter of next year."),
        ("\n\n", None, "Madbouly said the terminal would raise the port's handling capacity to 2 "
                       "million containers a year."),
        ("\n\n", "read_more", "READ MORE: Egypt, UAE sign deal to develop Ras El Hekma"),
    ]),
    ("09", "en", [
        ("", None, "The Government of National Unity has announced the reopening of the Ras "
                   "Ajdir border crossing with Tunisia after a two-week closure."),
        ("\n\n", None, "The Interior Ministry said the crossing will operate 24 hours a day, and "
                       "that new electronic gates had been installed to speed up procedures."),
        ("\n\n", "related_links", "Related\n\nTripoli: Clashes erupt near Mitiga airport\n"
                                    "Tunisia, Libya agree to boost border trade"),
        ("\n\n", "site_trailer", "Tags: GNU, Ras Ajdir, Tunisia"),
    ]),
    ("10", "en", [
        ("", "photo_credit", "Tunisia's parliament passed the budget late on Sunday [Getty/archive]"),
        ("\n\n", None, "Tunisia's parliament has approved the 2027 budget, which includes a new "
                       "wealth tax and a freeze on public-sector hiring, despite objections from "
                       "the powerful UGTT union."),
        ("\n\n", None, "The union said the budget \"shifts the burden once again onto wage "
                       "earners\", and called for a national day of protest next month."),
        ("\n\n", "site_trailer", "This is an edited translation from our Arabic edition. To read "
                                   "the original article click here."),
    ]),
    ("11", "en", [
        ("", "photo_credit", "Palestinians wait to receive food aid in Deir al-Balah, Gaza on "
                             "November 20, 2026 [Ali Jadallah - Anadolu Agency]"),
        ("\n\n", None, "The World Food Programme said on Monday that only a fraction of the aid "
                       "trucks it needs have entered Gaza this month, warning that stocks in its "
                       "warehouses would run out within days."),
        ("\n\n", "read_more", "Read: UN warns of famine conditions in northern Gaza"),
        ("\n\n", None, "WFP spokesperson said the agency had requested 300 trucks a day but was "
                       "receiving fewer than 80."),
    ]),
    ("12", "en", [
        ("", None, "Lebanon's caretaker government said it would ask donors for $3 billion to "
                   "rebuild villages in the south, a Lebanese official told Asharq Al-Awsat."),
        ("\n\n", "related_links", "More on this\nLebanon: Reconstruction Fund Awaits Gulf "
                                   "Pledges\nIsrael Expands Buffer Zone in South Lebanon"),
        ("\n\n", None, "The official said the request would be presented at a conference in Paris "
                       "early next year, adding that the World Bank had estimated damage at $11 "
                       "billion."),
        ("\n\n", None, "Related talks on the border demarcation are expected to resume in Naqoura."),
    ]),
    ("13", "en", [
        ("", None, "Sudan's army has said it regained control of several villages in North "
                   "Kordofan state, as fighting with the paramilitary Rapid Support Forces "
                   "intensified around the city of El-Obeid."),
        ("\n\n", "related_links", "Recommended Stories\nlist of 3 items\nlist 1 of 3\nSudan's war: "
                                   "Who controls what?\nlist 2 of 3\nUN says 12 million displaced "
                                   "in Sudan\nlist 3 of 3\nRSF accused of new killings in Darfur\n"
                                   "end of list"),
        ("\n\n", None, "Reporting from Port Sudan, Al Jazeera's correspondent said residents of "
                       "El-Obeid had been living under siege-like conditions for weeks."),
    ]),
    ("14", "en", [
        ("", None, "Hundreds of migrants have been stranded in the Tunisian city of Sfax after "
                   "authorities dismantled makeshift camps in olive groves outside the city."),
        ("\n\n", "related_links", "You may also be interested in:\n• Why are migrants leaving "
                                   "Tunisia for Italy?\n• The EU deal that pays Tunisia to stop "
                                   "boats"),
        ("\n\n", None, "Aid groups say many of those displaced are from sub-Saharan Africa and "
                       "include pregnant women and children."),
        ("\n\n", "related_links", "More on this story\nTunisia accused of dumping migrants in "
                                    "desert\nItaly and Tunisia sign migration pact"),
    ]),
    ("15", "en", [
        ("", None, "(CNN) — Jordan's Queen Rania has called for a ceasefire in Gaza in a rare "
                   "television interview, saying the world had \"normalized\" the suffering of "
                   "civilians."),
        ("\n\n", "ad_placeholder", "Ad Feedback"),
        ("\n\n", None, "Speaking to CNN, the queen said humanitarian access should not be "
                       "\"subject to negotiation,\" and urged Western leaders to use their "
                       "leverage."),
        ("\n\n", None, "CNN's Becky Anderson contributed to this report."),
    ]),
    ("16", "en", [
        ("", None, "The new budget phone from a Chinese brand is finally available in Egypt and "
                   "Saudi Arabia, and after two weeks with it, I can say it punches well above "
                   "its price."),
        ("\n\n", "ad_placeholder", "Sponsored"),
        ("\n\n", None, "Battery life is the headline feature: the 6,000 mAh cell easily lasted me "
                       "two days of mixed use, including navigation and a few hours of video."),
        ("\n\n", "share_follow", "Share this:\nX\nFacebook\nWhatsApp\nLike this:\nLike Loading..."),
        ("\n\n", "site_trailer", "Leave a comment\nCancel reply"),
    ]),
    ("17", "en", [
        ("", None, "Al Ahly moved three points clear at the top of the Egyptian Premier League "
                   "with a 2-0 win over Pyramids at Cairo International Stadium on Friday."),
        ("\n\n", "ad_placeholder", "AD"),
        ("\n\n", None, "Coach Marcel Koller said his side \"followed the plan to the letter\", "
                       "praising the midfield for controlling the tempo after the break."),
        ("\n\n", None, "Read more on the title race: with 12 rounds left, the gap between the top "
                       "three is the narrowest in five seasons."),
    ]),
    ("18", "en", [
        ("", None, "Israeli authorities have approved plans for 3,400 new settlement units near "
                   "Jerusalem, in a move condemned by the Palestinian Authority and several "
                   "European governments."),
        ("\n\n", None, "The EU's foreign policy chief said the settlements were \"illegal under "
                       "international law\" and an obstacle to a two-state solution."),
        ("\n\n", "site_trailer", "Middle East Eye delivers independent and unrivalled coverage and "
                                   "analysis of the Middle East, North Africa and beyond. To learn "
                                   "more about republishing this content and the associated fees, "
                                   "please fill out this form. More about MEE can be found here."),
    ]),
    ("19", "en", [
        ("", None, "\"We want our money back,\" shouted depositors outside the central bank "
                   "branch in Benghazi on Wednesday, as the cash shortage entered its second "
                   "month."),
        ("", "ad_placeholder", "Advertisement"),
        ("\n\n", None, "The Central Bank of Libya said it had shipped 2 billion dinars in new "
                       "banknotes to eastern branches and that liquidity would improve \"within "
                       "days\"."),
        ("\n\n", "photo_credit", "(Photo: Libya Observer)"),
        ("\n\n", None, "Economists blame the crisis on the printing of parallel currency during "
                       "the years of political division."),
    ]),
    # ------------------------------------------------------------------ English, negative
    ("20", "en", [
        ("", None, "Advertisement spending in Egypt is expected to grow 14 percent next year, "
                   "driven by digital platforms and streaming services, according to a report by "
                   "a regional media agency."),
        ("\n\n", None, "The report said sponsored content on social media now accounts for nearly "
                       "a third of total budgets, raising questions about disclosure rules."),
        ("\n\n", None, "\"Audiences should always know when a post is an ad,\" said the head of "
                       "the Supreme Council for Media Regulation, which is drafting guidelines that "
                       "would require the word \"Sponsored\" on paid influencer posts."),
        ("\n\n", None, "Advertisers have until January 15 to submit comments on the draft."),
    ]),
    ("21", "en", [
        ("", None, "Kuwait's National Assembly speaker said on Sunday that a parliamentary "
                   "committee would investigate contracts awarded for the maintenance of "
                   "the country's roads after widespread damage during last winter's rains."),
        ("\n\n", None, "Related charges against two former officials were referred to the public "
                       "prosecution earlier this year, KUNA reported."),
        ("\n\n", None, "Lawmakers said they wanted to read more than the executive summaries the "
                       "ministry had provided. \"Read more, and you will find the same company "
                       "names again and again,\" one MP told reporters."),
        ("\n\n", None, "The committee is expected to submit its findings within three months."),
    ]),
    ("22", "en", [
        ("", None, "Oil prices rose more than 2 percent on Tuesday after OPEC+ signalled it "
                   "would extend output cuts into the second quarter of next year. (Reuters)"),
        ("\n\n", None, "Brent crude futures were up $1.64 at $78.10 a barrel by 1230 GMT, while "
                       "US West Texas Intermediate crude gained $1.51."),
        ("\n\n", None, "AFP — Saudi Arabia's energy minister said separately that the group "
                       "remained \"proactive and pre-emptive\" in managing the market."),
        ("\n\n", None, "Shares in regional energy companies followed the rally, with the Tadawul "
                       "energy index closing 1.3 percent higher."),
    ]),
    ("23", "en", [
        ("", None, "A photo exhibition at Darat al Funun in Amman brings together 40 images by "
                   "young Jordanian photographers documenting life in the Badia."),
        ("\n\n", None, "Each print carries only a small handwritten credit: the photographer's "
                       "first name and the village where the picture was taken."),
        ("\n\n", None, "\"Photo credit matters to these young people; for many of them it is the "
                       "first time their name appears in public,\" the curator said."),
        ("\n\n", None, "The exhibition runs until December 30 and is open daily from 10am to 6pm."),
    ]),
    ("24", "en", [
        ("", None, "A campaign urging young Iraqis to \"Follow us to the polls\" has gone viral "
                   "on TikTok, with its hashtag shared more than two million times."),
        ("\n\n", None, "The campaign's founders said they wanted to share practical information "
                       "about registration, not to promote any party."),
        ("\n\n", None, "Share prices of Iraq's listed telecom operators rose after the election "
                       "commission announced a partnership to send voting reminders by SMS."),
        ("\n\n", None, "Follow-up meetings between the commission and the operators are planned "
                       "for next week, an official said."),
    ]),
    ("25", "en", [
        ("", None, "Customs officers at Aqaba port seized a shipment of counterfeit clothing "
                   "after noticing that the tags on the garments did not match the declared "
                   "country of origin."),
        ("\n\n", None, "Tags: that was the only word written on the customs form, an officer said, "
                       "describing how the smugglers had tried to pass off 12,000 labels as "
                       "packaging material."),
        ("\n\n", None, "The case has been referred to the judiciary, the Customs Department said "
                       "in a statement carried by Petra."),
    ]),
    ("26", "en", [
        ("", None, "A Cairo court has ruled in favor of a novelist who accused a production "
                   "company of adapting his book into a television series without permission."),
        ("\n\n", None, "The company had argued that the phrase \"All rights reserved\" in its "
                       "contract covered adaptations, but the court said the clause was too vague."),
        ("\n\n", None, "\"The views expressed by the producers in the media were not evidence,\" "
                       "the ruling said, ordering the company to pay EGP 2 million in damages."),
    ]),
    ("27", "en", [
        ("", None, "Morocco's Treasury raised 6 billion dirhams in a domestic bond auction on "
                   "Tuesday, with investors keen to subscribe to the 10-year tranche."),
        ("\n\n", None, "Demand reached 14.2 billion dirhams, more than double the amount "
                       "offered, according to figures published by the Finance Ministry."),
        ("\n\n", None, "Analysts said the result shows renewed appetite for longer maturities. "
                       "Subscribers to the ministry's weekly newsletter had been told to expect a "
                       "larger issue."),
    ]),
    ("28", "en", [
        ("", None, "Jordan's parliament opened the floor for public comments on the draft "
                   "cybercrime amendments, which critics say could restrict online speech."),
        ("\n\n", None, "Comments on the draft law can be submitted through the House website "
                       "until December 10, the Legal Committee said."),
        ("\n\n", None, "Leave a reply, the committee chairman joked at the session, \"and we "
                       "promise to read every one of them.\""),
        ("\n\n", None, "Rights groups said they would submit a joint response."),
    ]),
    ("29", "en", [
        ("", None, "The Saudi Ministry of Culture announced the winners of the national "
                   "photography award on Sunday, with a series on Hajj pilgrims taking first "
                   "place."),
        ("\n\n", None, "The announcement was made at a ceremony in Riyadh attended by more than "
                       "300 artists and critics."),
        ("\n\n", None, f"The winning photographer, who shot the series over three seasons, said "
                       f"she was \"still in shock\". Her photo of an elderly pilgrim at dawn was "
                       f"shared widely online.{NBSP}The prize is worth SR100,000."),
    ]),
    ("30", "en", [
        ("", None, "DOHA — Qatar and Egypt said on Monday they would continue mediation efforts "
                   "with the United States to reach a ceasefire in Gaza."),
        ("\n\n", None, "In a joint statement, the two countries said they would follow up with "
                       "both parties \"in the coming days\", without giving details."),
        ("\n\n", None, "The statement came after talks in Doha attended by the CIA director, "
                       "according to sources. Read the full statement on the foreign ministry's "
                       "website, a spokesman told journalists."),
        ("\n\n", None, "— QNA"),
    ]),
    ("31", "en", [
        ("", None, "Algeria's national broadcaster has pulled an advertisement for a soft drink "
                   "brand after viewers complained it mocked traditional dress."),
        ("\n\n", None, "The ad, which aired during the World Cup qualifier, showed a groom "
                       "swapping his burnous for a football jersey."),
        ("\n\n", None, "The company apologized in a statement, saying the advertisement \"was "
                       "meant to celebrate, not to offend\". The regulator said it would review "
                       "its rules on sponsored segments."),
    ]),
    ("32", "en", [
        ("", None, "Yemen's Houthi-run health authorities reported 1,200 suspected cholera cases "
                   "in Hodeidah over the past week, the highest weekly figure this year."),
        ("\n\n", None, "Source: World Health Organization situation report, 24 November 2026."),
        ("\n\n", None, "Aid workers said they would share data with local authorities and "
                       "called on donors to follow through on pledges made in Geneva."),
        ("\n\n", None, "More on this in the coming days, the WHO representative said, as "
                       "investigators awaited laboratory results."),
    ]),
]
