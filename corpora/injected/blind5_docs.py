"""Documents of the fifth blind set (``blind5.jsonl``), built by ``blind5_build.py``.

Every document is ``(doc_id, lang, parts)``; every part is ``(sep, label, text)`` with ``sep``
the separator written before the part (``P`` blank line, ``L`` newline, ``G`` glued, ``S`` one
space) and ``label`` ``None`` for content or one of the six fragment labels. All text was written
for this project; outlets are imitated in layout and furniture only.

Judgement calls: attribution (``Source: …``, ``المصدر: …``, ``(Reporting by …)``, ``… contributed
to this report``, agency datelines) is content; newsletter, app and channel prompts are
``share_follow``; tag lists (``Tags:``, ``الكلمات الدالة``, Blogger ``Labels:``), comment-form
furniture and a wire-feed disclaimer are ``site_trailer``; a heading over two or more headlines is
``related_links``, a read-also cue with its headlines is ``read_more``.
"""

from __future__ import annotations

P, L, G, S = "\n\n", "\n", "", " "
RLM, NB = "\u200f", "\u00a0"
AD, RM, RL = "ad_placeholder", "read_more", "related_links"
PC, SF, ST = "photo_credit", "share_follow", "site_trailer"

DOCS: list[tuple[str, str, list[tuple[str, str | None, str]]]] = []

# ---------------------------------------------------------------- Arabic, with fragments
DOCS += [
    ("ar-01", "ar", [
        (P, None, "دبي تطلق المرحلة الثانية من برنامج المساكن الميسّرة للمواطنين"),
        (L, PC, "جانب من الإعلان عن المرحلة الثانية من البرنامج أمس ـ من المصدر"),
        (P, None, "أعلنت مؤسسة الإسكان في دبي، أمس، إطلاق المرحلة الثانية من برنامج المساكن "
                  "الميسّرة، والتي تشمل 2400 وحدة سكنية موزعة على ثلاث مناطق، على أن يبدأ "
                  "التسليم في الربع الأول من العام المقبل."),
        (P, None, "وقال المدير التنفيذي للمؤسسة إن إعلان قوائم المستحقين سيتم على دفعات عبر "
                  "التطبيق الذكي، مشيراً إلى أن الأولوية للأسر محدودة الدخل وكبار المواطنين."),
        (P, RM, "اقرأ أيضاً:\nاعتماد 1.2 مليار درهم قروضاً سكنية جديدة خلال 2024\n"
                "«الإسكان» تفتح باب التحديث الإلكتروني لبيانات المتقدمين"),
        (P, None, "وتابع أن المرحلة الثالثة ستُطرح بعد تقييم نتائج الحالية، لافتاً إلى أن "
                  "المؤسسة تلقت أكثر من 9 آلاف طلب منذ مطلع العام."),
        (P, SF, "شارك\nفيسبوك\nإكس\nواتساب\nلينكدإن"),
    ]),
    ("ar-02", "ar", [
        (P, None, "التعليم تحدد موعد إعلان نتيجة الشهادة الإعدادية في 4 محافظات"),
        (P, None, "كتب محمود عبد الرحمن"),
        (P, None, "حددت مديريات التربية والتعليم في 4 محافظات موعد إعلان نتيجة الشهادة "
                  "الإعدادية للفصل الدراسي الأول، حيث يبدأ الطلاب الاستعلام عن نتائجهم عبر "
                  "البوابة الإلكترونية اعتباراً من صباح الأحد المقبل."),
        (P, RM, "اقرأ أيضا..\nفتح باب التظلمات إلكترونياً لطلاب الإعدادية لمدة أسبوعين"),
        (P, None, "وأوضح مصدر بالوزارة أن نسبة النجاح المبدئية تجاوزت 82%، وأن المحافظين "
                  "سيعتمدون النتيجة في مؤتمرات صحفية متزامنة."),
        (P, SF, "تابع أحدث الأخبار عبر تطبيق نبض"),
    ]),
    ("ar-03", "ar", [
        (P, None, "ارتفاع أسعار الذهب في مصر مع بداية تعاملات الثلاثاء"),
        (P, None, "شهدت أسعار الذهب في محلات الصاغة ارتفاعاً جديداً مع بداية تعاملات اليوم "
                  "الثلاثاء، وسجل عيار 21 الأكثر انتشاراً 3720 جنيهاً للجرام."),
        (P, AD, "إعلان"),
        (P, None, "وقال رئيس شعبة الذهب بالغرفة التجارية إن الطلب المحلي ما زال ضعيفاً رغم "
                  "الارتفاع، وإن المستهلكين يفضلون السبائك الصغيرة للادخار."),
        (P, AD, "إعلان"),
        (P, None, "وسجل الجنيه الذهب نحو 29760 جنيهاً، بينما بلغ سعر الأوقية في البورصة "
                  "العالمية 2638 دولاراً."),
        (P, RL, "مواضيع ذات صلة\nسعر الدولار اليوم في البنوك المصرية\n"
                "أسعار الحديد والأسمنت اليوم الثلاثاء\nتعرف على أسعار الفضة في محلات الصاغة"),
    ]),
    ("ar-04", "ar", [
        (P, None, "«الأرصاد»: أمطار رعدية على 8 مناطق حتى الجمعة"),
        (L, PC, "صورة أرشيفية"),
        (P, None, "سبق- الرياض: توقع المركز الوطني للأرصاد هطول أمطار رعدية متوسطة إلى غزيرة "
                  "على أجزاء من مناطق مكة المكرمة والباحة وعسير وجازان ونجران، مصحوبة برياح "
                  "نشطة وتساقط البرد."),
        (P, None, "ودعا الدفاع المدني إلى الابتعاد عن مجاري السيول والأودية، وعدم المجازفة "
                  "بعبورها، مؤكداً أن التحذير المبكر يُنشر عبر حساباته الرسمية."),
        (P, SF, "📲 تابعوا «سبق» عبر قناتها على واتساب"),
    ]),
    ("ar-05", "ar", [
        (P, None, "قطر تستضيف منتدى الاستثمار الرياضي الشهر المقبل"),
        (P, None, "الدوحة - الشرق"),
        (P, None, "تستضيف الدوحة في الحادي عشر من الشهر المقبل منتدى الاستثمار الرياضي، "
                  "بمشاركة أكثر من 60 متحدثاً من الأندية والاتحادات وصناديق الاستثمار."),
        (P, AD, "- إعلان -"),
        (P, None, "وقال رئيس اللجنة المنظمة إن المنتدى سيناقش حقوق البث وعقود الرعاية، "
                  "إضافة إلى إعلان عدد من الشراكات بين أندية محلية وشركات تقنية."),
        (P, ST, RLM + "جميع الحقوق محفوظة لـ جريدة الشرق © 2024"),
    ]),
    ("ar-06", "ar", [
        (P, None, "افتتاح مركز صحي جديد في ولاية بركاء"),
        (P, PC, "معالي وزير الصحة خلال افتتاح المركز\n(تصوير: خالد البلوشي)"),
        (P, None, "مسقط- أثير: افتتح معالي وزير الصحة صباح اليوم مركز بركاء الصحي الجديد، الذي "
                  "يخدم أكثر من 45 ألف نسمة في الولاية والقرى المجاورة."),
        (P, None, "ويضم المركز عيادات للأسنان والعيون وصحة الطفل، ومختبراً متكاملاً. وبحسب "
                  "البيانات الرسمية (المصدر: وزارة الصحة) فإن عدد المراجعين في الولاية ارتفع "
                  "بنسبة 18% خلال السنوات الثلاث الماضية."),
        (P, ST, "© جميع الحقوق محفوظة لصحيفة أثير الإلكترونية 2024"),
    ]),
    ("ar-07", "ar", [
        (P, None, "البحرين تطلق خدمة تجديد السجل التجاري آلياً"),
        (L, SF, "شارك على:\nفيسبوك\nإكس\nواتساب\nتيليغرام"),
        (P, None, "المنامة في 24 نوفمبر /بنا/ أطلقت وزارة الصناعة والتجارة خدمة التجديد الآلي "
                  "للسجلات التجارية، التي تتيح لأصحاب المؤسسات الصغيرة تجديد سجلاتهم دون "
                  "مراجعة مراكز الخدمة."),
        (P, RM, "اقـرأ أيضـاً\nارتفاع عدد السجلات التجارية النشطة إلى 108 آلاف سجل"),
        (P, None, "وأكدت الوزارة أن الخدمة تشمل نحو 70% من الأنشطة، على أن يُضاف الباقي تباعاً "
                  "خلال العام المقبل."),
    ]),
    ("ar-08", "ar", [
        (P, None, "المصارف تعدّل سقوف السحوبات بالدولار للمرة الثانية هذا العام"),
        (L, PC, "مودعون أمام أحد المصارف في بيروت (أرشيف \"النهار\")"),
        (P, None, "أصدر مصرف لبنان تعميماً جديداً يرفع سقف السحوبات الشهرية بالدولار النقدي "
                  "للمودعين المستفيدين من التعميم 158، على أن يبدأ العمل به مطلع الشهر المقبل."),
        (P, None, "وقال مصدر مصرفي لـ\"النهار\" إن الخطوة \"تقنية بحتة\"، مشيراً إلى أن إعلان "
                  "خطة شاملة لإعادة الودائع ما زال مرتبطاً بإقرار قانون إعادة هيكلة المصارف."),
        (P, SF, "اشترك في نشرة \"النهار\" الإلكترونية لتصلك أبرز الأخبار يومياً"),
    ]),
    ("ar-09", "ar", [
        (P, None, "أسعار الخضار ترتفع في إدلب مع بداية الشتاء"),
        (L, PC, "سوق الهال في مدينة إدلب - 12 تشرين الثاني 2024 (عنب بلدي/ عبد الكريم الثلجي)"),
        (P, None, "ارتفعت أسعار الخضار في أسواق إدلب بنسب تراوحت بين 20 و35% خلال الأسبوعين "
                  "الماضيين، بالتزامن مع انخفاض درجات الحرارة وتراجع الإنتاج المحلي."),
        (P, None, "وقال بائع في السوق لعنب بلدي إن الزبائن باتوا يشترون \"بالحبة\"، مضيفاً أن "
                  "سعر كيلو البندورة وصل إلى 25 ليرة تركية."),
        (P, RL, "مرتبط\nتراجع الليرة التركية يرفع كلفة المعيشة شمال غربي سوريا\n"
                "مزارعو سهل الغاب يشتكون من غلاء الأسمدة"),
    ]),
    ("ar-10", "ar", [
        (P, None, "العراق يعلن خطة لتأهيل 300 مدرسة في البصرة"),
        (P, None, "شفق نيوز/ أعلنت وزارة التربية العراقية، يوم الأحد، عن خطة لتأهيل 300 مدرسة "
                  "في محافظة البصرة خلال العامين المقبلين بتمويل مشترك مع الحكومة المحلية."),
        (P, AD, "اعلان"),
        (P, None, "وقال المتحدث باسم الوزارة إن الخطة تتضمن بناء 40 مدرسة جديدة لتقليل الدوام "
                  "المزدوج، فيما شارك ممثلون عن المحافظة في إعداد قوائم المدارس الأكثر حاجة."),
        (P, SF, "للاشتراك في قناتنا على التلكرام اضغط هنا"),
    ]),
    ("ar-11", "ar", [
        (P, None, "المغرب يطلق طلب عروض لإنجاز محطة تحلية جديدة بالجهة الشرقية"),
        (L, PC, "صورة: هسبريس - أرشيف"),
        (P, None, "أطلق المكتب الوطني للكهرباء والماء الصالح للشرب طلب عروض دولياً لإنجاز محطة "
                  "لتحلية مياه البحر بطاقة 300 مليون متر مكعب سنوياً، ستزود مدن الجهة الشرقية."),
        (P, AD, "إشهار"),
        (P, None, "ويأتي المشروع بعد سنوات من الجفاف المتتالية، وفق ما أكده مسؤول بالمكتب، "
                  "مشيراً إلى أن إعلان النتائج سيتم قبل نهاية الربع الأول من السنة المقبلة."),
        (P, None, "وكان عدد من المنتخبين قد طالبوا بتسريع الأشغال لتفادي انقطاع الماء خلال "
                  "فصل الصيف."),
    ]),
    ("ar-12", "ar", [
        (P, None, "الحكومة تقرّ إجراءات جديدة لدعم مربي المواشي"),
        (P, None, "صادقت الحكومة، خلال اجتماعها الأسبوعي، على حزمة إجراءات لدعم مربي المواشي "
                  "في الولايات السهبية، تشمل توزيع الأعلاف المدعمة وتأجيل أقساط القروض."),
        (P, RM, "اقرأ أيضًا: رفع منحة البطالة إلى 18 ألف دينار ابتداء من جانفي"),
        (P, None, "وأوضح بيان لمصالح الوزير الأول أن العملية ستنطلق الأسبوع المقبل تحت إشراف "
                  "الديوان الوطني لتغذية الأنعام."),
        (P, ST, "© جميع الحقوق محفوظة - الشروق أونلاين 2024"),
    ]),
    ("ar-13", "ar", [
        (P, None, "ارتفاع نسبة امتلاء السدود إلى 27 بالمائة"),
        (L, PC, "صورة من الأرشيف"),
        (P, None, "بلغت نسبة امتلاء السدود إلى حدود صباح اليوم الأربعاء 27.3 بالمائة، مقابل "
                  "24.1 بالمائة في نفس الفترة من السنة الماضية، وفق معطيات المرصد الوطني "
                  "للفلاحة."),
        (P, None, "وسجلت سدود الشمال أعلى الإيرادات بعد الأمطار الأخيرة، في حين بقيت نسب "
                  "امتلاء سدود الوسط ضعيفة."),
        (P, SF, "📌 تابعونا على إنستغرام وتيك توك"),
    ]),
    ("ar-14", "ar", [
        (P, None, "الهلال يستعيد نيمار قبل مواجهة الاتحاد"),
        (L, SF, "فيسبوك إكس لينكدإن واتساب تيلقرام مشاركة عبر البريد طباعة"),
        (P, None, "يستعد فريق الهلال لاستعادة جهود مهاجمه بعد تعافيه من الإصابة، قبل مواجهة "
                  "الاتحاد المرتقبة يوم الجمعة في الجولة الحادية عشرة من الدوري."),
        (P, None, "وشارك اللاعب في الحصة التدريبية الجماعية أمس بشكل طبيعي، وتابع المدرب "
                  "أداءه عن قرب قبل أن يقرر ضمه إلى القائمة."),
        (P, RL, "مقالات ذات صلة\nالنصر يخطف فوزاً صعباً من الشباب\n"
                "ترتيب هدافي الدوري بعد نهاية الجولة العاشرة\nموعد مباراة الهلال والاتحاد والقناة الناقلة"),
        (P, ST, "زر الذهاب إلى الأعلى"),
    ]),
    ("ar-15", "ar", [
        (P, None, "واتساب يختبر ميزة جديدة لمشاركة الحالات مع الأصدقاء المقربين"),
        (P, None, "بدأت واتساب في اختبار ميزة تتيح للمستخدمين اختيار قائمة مختصرة من جهات "
                  "الاتصال لمشاركة الحالات معها فقط، على غرار ميزة الأصدقاء المقربين في إنستغرام."),
        (P, RM, "اقرأ أيضا 👇\nطريقة نقل محادثات واتساب من أندرويد إلى آيفون"),
        (P, None, "وتظهر الميزة حالياً لعدد محدود من مستخدمي النسخة التجريبية، ومن المتوقع "
                  "أن تصل إلى الجميع خلال الأسابيع المقبلة."),
        (P, ST, "رسالة أحدث\nرسالة أقدم\nالصفحة الرئيسية"),
    ]),
    ("ar-16", "ar", [
        (P, None, "7 علامات تدل على نقص فيتامين د"),
        (P, None, "يعاني كثيرون من نقص فيتامين د دون أن يعلموا، خاصة من يقضون معظم وقتهم في "
                  "أماكن مغلقة. ويعاني نحو 60% من البالغين من مستويات أقل من الطبيعي، وفق مسح "
                  "وطني نُشر العام الماضي (المصدر: وزارة الصحة)."),
        (P, None, "ومن أبرز العلامات التعب المستمر، وآلام العظام والظهر، وتساقط الشعر، وبطء "
                  "التئام الجروح. ويُنصح بإجراء تحليل الدم قبل تناول المكملات."),
        (P, RL, "قد يعجبك أيضا\nفوائد المشي اليومي لمرضى السكري\nأطعمة غنية بالكالسيوم غير الحليب"),
        (P, ST, "اترك تعليقاً إلغاء الرد\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"),
    ]),
    ("ar-17", "ar", [
        (P, None, "الحكومة تقر نظام العمل المرن في القطاع العام"),
        (P, None, "أقر مجلس الوزراء في جلسته اليوم نظام العمل المرن، الذي يسمح للموظفين باختيار "
                  "ساعات الدوام ضمن حدود يحددها كل مرفق، اعتباراً من بداية السنة المُقبِلة."),
        (G, AD, "اضافة اعلان"),
        (P, None, "وقال وزير الاتصال الحكومي إن النظام سيطبق تجريبياً في عشر وزارات، وإن "
                  "التقييم سيجري بعد ستة أشهر."),
        (P, RL, "الأكثر قراءة\nانخفاض درجات الحرارة وأمطار متفرقة الخميس\n"
                "ارتفاع أسعار المحروقات للشهر الثاني\nالأمن العام يحذر من رسائل احتيالية"),
    ]),
    ("ar-18", "ar", [
        (P, None, "«المالية» تطرح سندات بـ 500 مليون دينار"),
        (P, PC, "وكيل وزارة المالية متحدثاً في المؤتمر الصحافي أمس (تصوير محمود الحسيني)"),
        (P, None, "أعلنت وزارة المالية طرح سندات حكومية بقيمة 500 مليون دينار على أربع شرائح، "
                  "في أول إصدار بعد إقرار قانون الدين العام."),
        (P, RL, "الأكثر قراءة\nإغلاق طريق الدائري السادس جزئياً للصيانة\n"
                "التربية تعلن مواعيد اختبارات نهاية الفصل"),
        (P, None, "وقال الوكيل إن الطلب تجاوز المعروض بثلاث مرات، متوقعاً أن تساهم الحصيلة في "
                  "تمويل المشاريع الرأسمالية."),
        (P, SF, "تابعوا آخر أخبار القبس على Google News"),
    ]),
    ("ar-19", "ar", [
        (P, None, "مصرع 3 أشخاص في حادث تصادم على الطريق الصحراوي"),
        (P, None, "لقي 3 أشخاص مصرعهم وأصيب 7 آخرون في حادث تصادم بين سيارة ميكروباص وسيارة "
                  "نقل على الطريق الصحراوي الغربي، وقال شاهد عيان إن السائق حاول تفادي حفرة."),
        (P, RM, "شاهد أيضاً\nفيديو.. لحظة انقلاب سيارة نقل على الطريق الدائري"),
        (P, None, "ونقلت سيارات الإسعاف المصابين إلى المستشفى، وحررت الأجهزة الأمنية محضراً "
                  "بالواقعة وأخطرت النيابة العامة التي تولت التحقيق."),
        (P, SF, "اشترك لتصلك أهم الأخبار"),
        (P, ST, "الكلمات الدالة\nحوادث الطرق\nالطريق الصحراوي الغربي\nالنيابة العامة"),
    ]),
    ("ar-20", "ar", [
        (P, None, "\"سدايا\" تطلق أكاديمية للذكاء الاصطناعي للطلاب"),
        (P, None, "أطلقت الهيئة السعودية للبيانات والذكاء الاصطناعي أكاديمية إلكترونية تقدم "
                  "برامج تدريبية مجانية لطلاب المرحلة الثانوية والجامعات، بالتعاون مع عدد من "
                  "الشركات التقنية."),
        (P, None, "ويمكن للطلاب التسجيل عبر المنصة الوطنية حتى نهاية الشهر الجاري."),
        (P, None, "المصدر: واس"),
        (P, ST, "ظهرت المقالة \"سدايا\" تطلق أكاديمية للذكاء الاصطناعي للطلاب أولاً على تقنية نيوز."),
    ]),
    ("ar-21", "ar", [
        (P, None, "أسعار النفط تتراجع مع ارتفاع المخزونات الأمريكية"),
        (L, PC, "منشأة نفطية - أرشيفية"),
        (P, None, "أبوظبي - سكاي نيوز عربية"),
        (P, None, "تراجعت أسعار النفط في تعاملات الأربعاء بعد بيانات أظهرت زيادة غير متوقعة في "
                  "مخزونات الخام الأمريكية، وانخفض خام برنت 0.8% إلى 72.4 دولار للبرميل."),
        (P, RL, "قد يهمك أيضاً\nالذهب يستقر قرب أعلى مستوى في أسبوعين\nالدولار يرتفع أمام العملات الرئيسية"),
        (P, None, "ويترقب المستثمرون اجتماع تحالف أوبك+ مطلع الشهر المقبل."),
    ]),
    ("ar-22", "ar", [
        (P, None, "علماء يرصدون أقدم مجرة حلزونية في الكون"),
        (L, PC, "صورة تعبيرية\nCredit: NASA/ESA via Getty Images"),
        (P, None, "دبي، الإمارات العربية المتحدة (CNN)-- رصد فريق من علماء الفلك مجرة حلزونية "
                  "تشكّلت بعد نحو ملياري عام فقط من الانفجار العظيم، ما يتحدى النماذج السائدة "
                  "لنشأة المجرات."),
        (P, None, "وقال الباحث الرئيسي إن الاكتشاف \"يعني أن البنى المعقدة ظهرت أبكر مما "
                  "اعتقدنا\"."),
        (P, RM, "اقرأ المزيد:\nتلسكوب جيمس ويب يلتقط صوراً جديدة لسديم الجبار"),
    ]),
    ("ar-23", "ar", [
        (P, None, "انقطاع الكهرباء عن أحياء في عدن لساعات طويلة"),
        (L, PC, "محطة توليد كهرباء في عدن (وكالات)"),
        (P, None, "تشهد أحياء مدينة عدن انقطاعاً للتيار الكهربائي يصل إلى" + NB + "14 ساعة "
                  "يومياً، وسط شكاوى السكان من تلف الأغذية والأدوية."),
        (P, RM, RLM + "🔴 اقرأ أيضاً: نفاد الوقود يوقف محطة الحسوة عن العمل"),
        (P, None, "وقالت المؤسسة العامة للكهرباء إن الأزمة ناتجة عن نقص شحنات الوقود، "
                  "وإنها تتابع مع الحكومة وصول شحنة جديدة خلال أيام."),
        (P, SF, "👈 تابعونا على فيسبوك\n👈 تابعونا على تويتر"),
    ]),
]

# ---------------------------------------------------------------- Arabic, negatives
DOCS += [
    ("ar-24", "ar", [
        (P, None, "رسمياً.. إعلان نتائج الثانوية العامة الأسبوع المقبل"),
        (P, None, "أكد وزير التربية والتعليم أن إعلان نتائج الثانوية العامة سيكون الأسبوع المقبل "
                  "بعد اعتمادها من اللجنة العليا للامتحانات، وأن الطلاب سيحصلون على أرقام "
                  "الجلوس وكلمات المرور عبر رسائل نصية."),
        (P, None, "وتابع الوزير، خلال مؤتمر صحفي: \"شارك في أعمال التصحيح أكثر من 40 ألف معلم، "
                  "ولم نرصد أي شكاوى جوهرية\"."),
        (P, None, "إعلان النتيجة سيتم أولاً في مؤتمر صحفي، ثم تُتاح على الموقع الرسمي للوزارة، "
                  "بحسب ما أعلنه المتحدث الرسمي."),
        (P, None, "المصدر: وزارة التربية والتعليم"),
    ]),
    ("ar-25", "ar", [
        (P, None, "إعلان حالة الطوارئ في ثلاث مدن بعد السيول"),
        (P, None, "أعلنت السلطات إعلان حالة الطوارئ القصوى في ثلاث مدن شرقي البلاد، بعد سيول "
                  "جرفت عشرات المنازل والطرق خلال الليل."),
        (P, None, "وقال شاهد عيان لوكالة الأنباء: \"رأيت المياه تدخل البيوت في دقائق، ولم نتمكن "
                  "من إنقاذ شيء\". وأضاف شاهد آخر أن فرق الإنقاذ وصلت متأخرة بسبب انقطاع الطرق."),
        (P, None, "«إعلان»: كلمة واحدة كُتبت بخط عريض على لافتة معلّقة على مبنى البلدية، "
                  "وتحتها: «على جميع السكان إخلاء المناطق المنخفضة فوراً»."),
        (P, None, "وبحسب حصيلة أولية (المصدر: وكالات) فإن عدد المفقودين تجاوز العشرين."),
    ]),
    ("ar-26", "ar", [
        (P, None, "«عدسات من الخليج».. معرض صور يوثق تحولات المدن"),
        (P, None, "افتتح في الشارقة معرض صور فوتوغرافية بعنوان «عدسات من الخليج»، يضم 120 صورة "
                  "لمصورين من دول مجلس التعاون، توثق تحولات المدن خلال نصف قرن."),
        (P, None, "وتصدرت المعرض صورة بالأبيض والأسود لسوق قديم، تصوير: عبدالله المهيري عام 1978، "
                  "وهي من مقتنيات الأرشيف الوطني."),
        (P, None, "وقالت القيّمة على المعرض إن التصوير الفوتوغرافي \"ذاكرة بصرية\"، وإن الصور "
                  "الأرشيفية تمنح الأجيال الجديدة فرصة لرؤية ما لم تعشه."),
        (P, None, "ويستمر المعرض حتى نهاية الشهر، ويمكن للزوار المشاركة في ورشة التصوير المصاحبة."),
    ]),
    ("ar-27", "ar", [
        (P, None, "محكمة تنظر دعوى حقوق نشر ضد موقع إخباري"),
        (P, None, "نظرت المحكمة الاقتصادية دعوى أقامتها دار نشر ضد موقع إخباري، تتهمه بنسخ 300 "
                  "مقال من صحيفتها دون إذن، رغم أن كل مقال يحمل عبارة «جميع الحقوق محفوظة»."),
        (P, None, "وقال محامي الدار إن كتابة الرمز © والسنة واسم المالك لا تُنشئ الحق لكنها "
                  "تُثبت العلم به، مضيفاً أن قانون حماية الملكية الفكرية يعاقب على النسخ الآلي."),
        (P, None, "في المقابل، دفع الموقع بأن المقالات منشورة مع ذكر المصدر، وأن عبارة \"جميع "
                  "الحقوق محفوظة © 2024\" لا تمنع الاقتباس."),
        (P, None, "وأجلت المحكمة القضية إلى جلسة الشهر المقبل لتقديم تقرير الخبير الفني."),
    ]),
    ("ar-28", "ar", [
        (P, None, "سوق الإعلانات الرقمية في السعودية يتجاوز 9 مليارات ريال"),
        (P, None, "أظهر تقرير حديث أن الإنفاق على الإعلانات الرقمية في المملكة تجاوز 9 مليارات "
                  "ريال خلال العام الماضي، مستحوذاً على 62% من إجمالي سوق الإعلان."),
        (P, None, "إعلانات رمضان وحدها شكلت نحو ربع الإنفاق السنوي، تليها مواسم العودة إلى "
                  "المدارس واليوم الوطني، بحسب التقرير."),
        (P, None, "وقال مدير وكالة إعلانية في الرياض إن المعلنين باتوا يفضلون الإعلانات "
                  "الممولة على سناب شات وتيك توك، مضيفاً: \"إعلان تلفزيوني واحد يكلف ما "
                  "تكلفه حملة رقمية كاملة\"."),
        (P, None, "وتدرس الهيئة العامة للإعلام المرئي والمسموع إضافة إعلان إلزامي يوضح أن المحتوى "
                  "مدفوع في حسابات المؤثرين."),
    ]),
    ("ar-29", "ar", [
        (P, None, "مقطع لطفل يقرأ القرآن يحصد 20 مليون مشاهدة"),
        (P, None, "حصد مقطع فيديو لطفل يقرأ القرآن في أحد مساجد الجزائر أكثر من 20 مليون مشاهدة "
                  "على منصات التواصل الاجتماعي خلال ثلاثة أيام."),
        (P, None, "وشارك المقطعَ آلاف المستخدمين على فيسبوك وإكس وتيك توك، فيما تابع حساب الطفل "
                  "على إنستغرام نحو 300 ألف متابع جديد."),
        (P, None, "وكتب والده على صفحته: \"تابعونا على القناة لنشر المزيد من التلاوات\"، قبل أن "
                  "يحذف المنشور بعد انتقادات لاستغلال الطفل."),
        (P, None, "وتحولت عبارة «شاهد وشارك» إلى وسم متداول على تيليغرام وواتساب."),
    ]),
    ("ar-30", "ar", [
        (P, None, "إعـلان"),
        (P, None, "تعلن بلدية مسقط عن طرح مناقصة عامة لصيانة الحدائق والمتنزهات العامة في "
                  "ولايتي بوشر والسيب، وعلى الشركات الراغبة في المشاركة شراء وثائق المناقصة من "
                  "بوابة إسناد الإلكترونية."),
        (P, None, "آخر موعد لتقديم العطاءات: الخميس الموافق 19 ديسمبر 2024، الساعة 12 ظهراً."),
        (P, None, "للاستفسار: دائرة المناقصات، هاتف 24798000"),
    ]),
    ("ar-31", "ar", [
        (P, None, "العين يكتسح الوحدة بثلاثية في ديربي العاصمة"),
        (P, None, "حقق العين فوزاً كبيراً على الوحدة بثلاثة أهداف دون رد، في المباراة التي "
                  "شاهدها أكثر من 20 ألف مشجع على استاد هزاع بن زايد."),
        (P, None, "كما شاهد أيضاً المباراة رئيس الاتحاد وعدد من أعضاء مجلس الإدارة، الذين "
                  "تابعوا عودة القائد بعد غياب طويل بسبب الإصابة."),
        (P, None, "ووصف المدرب الهدف الثاني بأنه ثمرة قراءة جيدة للعب، وقال: \"اقرأ "
                  "المباراة جيداً قبل أن تلعبها\"."),
        (P, None, "شارك البديل في آخر ربع ساعة وصنع الهدف الثالث."),
    ]),
    ("ar-32", "ar", [
        (P, None, "«اقرأ أيضاً لأطفالك».. حملة لتشجيع القراءة الأسرية"),
        (P, None, "«اقرأ أيضاً لأطفالك»، هكذا اختارت وزارة الثقافة شعار حملتها الجديدة التي "
                  "تستهدف الأسر، وتدعو الآباء إلى تخصيص ربع ساعة يومياً للقراءة بصوت عال."),
        (P, None, "وقالت مديرة الحملة إن الكتب الأكثر قراءة بين الأطفال هي قصص المغامرات، "
                  "وإن المكتبات العامة ستفتح أبوابها مساء الجمعة."),
        (P, None, "وتتضمن الحملة مسابقة بعنوان «اقرأ وشارك»، يكتب فيها الطفل ملخصاً لكتاب "
                  "قرأه، وتُنشر أفضل الملخصات في مجلة الوزارة."),
    ]),
    ("ar-33", "ar", [
        (P, None, "باسيل: إعلان بعبدا ما زال صالحاً كأساس للحوار"),
        (P, None, "قال رئيس التيار إن \"إعلان بعبدا ما زال صالحاً كأساس لأي حوار وطني\"، داعياً "
                  "إلى العودة إلى طاولة الحوار برعاية رئاسة الجمهورية."),
        (P, None, "وتابع: \"لا يمكن أن نستمر في إدارة الفراغ\"، مضيفاً أن تياره شارك في كل "
                  "جلسات الانتخاب ولم يقاطع أياً منها."),
        (P, None, "ونقلت الوكالة الوطنية للإعلام عن مصادر نيابية أن جلسة جديدة قد تُحدد الشهر "
                  "المقبل، بحسب ما أفاد به مكتب رئيس المجلس."),
    ]),
    ("ar-34", "ar", [
        (P, None, "إشهار جمعية لحماية المستهلك بالدار البيضاء"),
        (P, None, "احتضن مقر غرفة التجارة والصناعة بالدار البيضاء، أمس، حفل إشهار جمعية جديدة "
                  "لحماية المستهلك، بحضور ممثلين عن السلطات المحلية وفعاليات مدنية."),
        (P, None, "وناقش اللقاء مواضيع ذات صلة بارتفاع الأسعار وجودة المنتجات والإشهار الكاذب، "
                  "حيث دعا المتدخلون إلى تشديد المراقبة على الإعلانات التجارية."),
        (P, None, "إشهار الجمعية جاء بعد سنة من التحضير، وفق رئيسها، الذي أكد أن الباب مفتوح "
                  "أمام كل من يرغب في الانخراط."),
    ]),
    ("ar-35", "ar", [
        (P, None, "كيف تضيف زر «تابعنا على جوجل نيوز» إلى موقعك؟"),
        (P, None, "يبحث كثير من أصحاب المواقع عن طريقة لإضافة زر «تابعنا على جوجل نيوز» أسفل "
                  "المقالات، وهي خطوة بسيطة لا تحتاج إلى إضافات."),
        (P, None, "أولاً: انسخ رابط صفحة موقعك في جوجل نيوز من مركز الناشرين."),
        (P, None, "ثانياً: أضف كود الزر في ملف القالب بعد عبارة «شارك الخبر» أو في الشريط "
                  "الجانبي، ثم اضغط حفظ."),
        (P, None, "ولا ننصح بإضافة أكثر من زرين للمتابعة، لأن الزوار يتجاهلون الأشرطة "
                  "المزدحمة، بحسب تجربتنا في عدة قوالب."),
    ]),
]

# ---------------------------------------------------------------- English, with fragments
DOCS += [
    ("en-01", "en", [
        (P, None, "Dubai Metro Blue Line: five new stations get final approval"),
        (L, PC, "An artist's impression of one of the Blue Line stations.\nImage Credit: RTA"),
        (P, None, "Dubai: The Roads and Transport Authority has approved the designs of five "
                  "more stations on the Dubai Metro Blue Line, bringing the number of approved "
                  "stations to 14 out of 14."),
        (P, RM, "Also Read\nDubai Metro to run until 3am on New Year's Eve\n"
                "How to pay for Dubai Metro with your phone"),
        (P, None, "The 30km line will link Al Jaddaf with Mirdif and Dubai Silicon Oasis, and is "
                  "expected to serve 200,000 passengers a day by 2030, the authority said."),
        (P, SF, "Stay up to date with the latest news. Follow Gulf News on WhatsApp Channels."),
    ]),
    ("en-02", "en", [
        (P, None, "Saudi Arabia launches $2bn fund for mining startups"),
        (L, PC, "Officials at the launch of the fund in Riyadh on Monday. (SPA)"),
        (P, None, "RIYADH: Saudi Arabia on Monday launched a $2 billion fund to back mining "
                  "exploration startups, part of a push to make the sector the third pillar of "
                  "the Kingdom's industry."),
        (P, None, "The fund will take minority stakes in early-stage companies, the Ministry of "
                  "Industry and Mineral Resources said in a statement carried by the Saudi Press "
                  "Agency."),
        (P, SF, "Short Url\nhttps://arab.news/p8k2w"),
    ]),
    ("en-03", "en", [
        (P, None, "Abu Dhabi malls extend opening hours for winter festival"),
        (L, PC, "Shoppers at a mall on Yas Island. Victor Besa" + NB + "/ The National"),
        (P, None, "Malls across Abu Dhabi will stay open until 1am on weekends during the "
                  "six-week winter festival, organisers said on Tuesday."),
        (P, RM, "Read more\nAbu Dhabi retail sales rise 7% in third quarter\n"
                "New Year's Eve fireworks: where to watch in the UAE\n"
                "The best winter markets to visit this season"),
        (P, None, "More than 300 retailers will offer discounts of up to 75 per cent, and a "
                  "raffle will award two cars every week."),
    ]),
    ("en-04", "en", [
        (P, None, "Cabinet approves draft budget, sends it to parliament"),
        (L, PC, "Ministers attend a cabinet session at the Grand Serail in Beirut, Nov. 21, 2024. "
                "(The Daily Star/Hasan Shaaban)"),
        (P, None, "BEIRUT: Lebanon's Cabinet approved the draft 2025 budget Thursday and referred "
                  "it to parliament, after a session that lasted more than six hours."),
        (P, None, "The draft foresees spending of $4.8 billion, the caretaker finance minister "
                  "said, adding that, read more carefully, the numbers show a small primary "
                  "surplus."),
        (P, ST, "Copyrights 2024, The Daily Star. All Rights Reserved"),
    ]),
    ("en-05", "en", [
        (P, None, "Egypt raises fuel prices for second time this year"),
        (L, PC, "A worker fills a car at a petrol station in Cairo. (File photo)"),
        (P, None, "Egypt's fuel pricing committee raised the prices of gasoline and diesel by up "
                  "to 15 percent on Friday, the second increase this year."),
        (P, AD, "Advertisement"),
        (P, None, "The price of 92-octane gasoline rose to LE15.25 per liter, according to a "
                  "statement published in the official gazette."),
        (P, None, "Edited translation from Al-Masry Al-Youm"),
    ]),
    ("en-06", "en", [
        (P, None, "Egypt's central bank holds rates steady as inflation eases"),
        (L, PC, "FILE PHOTO: A view shows the Central Bank of Egypt headquarters in downtown "
                "Cairo, Egypt. REUTERS/Amr Abdallah Dalsh/File Photo"),
        (P, None, "CAIRO (Reuters) - Egypt's central bank kept its overnight interest rates "
                  "unchanged on Thursday, as expected, saying inflation was on a downward path."),
        (P, None, "Nine of 10 analysts polled by Reuters had expected no change."),
        (P, None, "(Reporting by Patrick Werr; Editing by Toby Chopra)"),
        (P, ST, "This story has been published from a wire agency feed without modifications "
                "to the text."),
    ]),
    ("en-07", "en", [
        (P, None, "Iraq signs deal to develop southern gas field"),
        (L, PC, "An Iraqi worker at the Rumaila oilfield near Basra.\nHussein FALEH / AFP"),
        (P, None, "Baghdad (AFP) - Iraq on Sunday signed a deal with a Gulf energy company to "
                  "develop a gas field in the south, as the country seeks to end its reliance on "
                  "imported Iranian gas for power generation."),
        (P, None, "The oil ministry said production would start within three years."),
        (P, ST, "© 2024 AFP"),
    ]),
    ("en-08", "en", [
        (P, None, "Kuwait to allow expat residency transfers online"),
        (P, None, "KUWAIT CITY (AP) — Kuwait will allow foreign workers to transfer residency "
                  "permits between private-sector employers online starting next month, the "
                  "interior ministry said Sunday."),
        (P, AD, "Article continues below this ad"),
        (P, None, "About two thirds of Kuwait's 4.9 million residents are foreigners."),
        (P, None, "Associated Press writer Jon Gambrell in Dubai contributed to this report."),
        (P, RL, "Most Popular\n1. Highway crash closes I-45 for hours\n2. City council votes "
                "on new parking fees\n3. Weekend weather: cold front arrives Saturday"),
    ]),
    ("en-09", "en", [
        (P, None, "10 Dubai brunches under AED 200 you need to try this winter"),
        (L, SF, "Share\nFacebook\nTwitter\nPinterest\nWhatsApp"),
        (P, None, "Brunch season is back and, yes, you can still do it without breaking the "
                  "bank. We tried more than twenty spots across the city so you don't have to."),
        (P, None, "Our top pick is a rooftop in JLT with a live grill station and unlimited soft "
                  "drinks for AED 149."),
        (P, RL, "RELATED ARTICLES\nMORE FROM AUTHOR\nThe best karak spots in Sharjah\n"
                "Where to watch the F1 in Abu Dhabi"),
    ]),
    ("en-10", "en", [
        (P, None, "A weekend in Wahiba Sands: what to know before you go"),
        (P, PC, "The dunes at sunset. Image: Shutterstock"),
        (P, None, "Wahiba Sands is just over two hours from Muscat, and the last stretch needs a "
                  "4x4. Most desert camps will pick you up from the Al Wasil petrol station."),
        (P, None, "Bring a warm layer: nights in December can drop to 12 degrees."),
        (P, ST, "Leave a Comment Cancel Reply\nSave my name, email, and website in this browser "
                "for the next time I comment."),
    ]),
    ("en-11", "en", [
        (P, None, "Samsung's tri-fold phone: launch date leaked"),
        (L, PC, "A Galaxy Z Fold6 on display in Seoul. (Photo by Jung Yeon-je/AFP via Getty "
                "Images)"),
        (P, None, "Samsung is preparing to launch its first tri-fold smartphone in the first "
                  "half of next year, according to a supply-chain report."),
        (P, None, "The device is expected to cost more than $2,500 and to ship first in Korea "
                  "and China."),
        (P, RL, "Related Articles\nHonor Magic V3 review: thin, light, and expensive\n"
                "Best foldable phones of 2024"),
        (P, ST, "Back to top button"),
    ]),
    ("en-12", "en", [
        (P, None, "Five breakfast places in Manama worth waking up for"),
        (P, None, "I have lived in Bahrain for six years now and these are the breakfast places "
                  "I keep going back to. None of this is sponsored."),
        (P, None, "My favourite is still the little bakery in Adliya that does balaleet on "
                  "Fridays only."),
        (P, SF, "Email This\nBlogThis!\nShare to X\nShare to Facebook\nShare to Pinterest"),
        (P, ST, "Labels: Bahrain, breakfast, food"),
    ]),
    ("en-13", "en", [
        (P, None, "What I learned selling coffee in Muscat for a year"),
        (L, PC, "The souk in Muttrah, early morning. Photo: author"),
        (P, None, "I opened a coffee cart with almost no savings and a borrowed grinder. Twelve "
                  "months later, here is what worked, what didn't, and what I would never do "
                  "again."),
        (P, None, "Lesson one: follow the foot traffic, not the rent."),
        (P, SF, "Sign up to discover human stories that deepen your understanding of the world."),
    ]),
    ("en-14", "en", [
        (P, None, "UAE announces 3-day weekend for National Day holiday"),
        (P, None, "Residents in the UAE will enjoy a long weekend for National Day, the federal "
                  "authority for government human resources announced on Monday."),
        (P, RM, "ALSO READ:\n• UAE weather: fog alert issued for Abu Dhabi, Dubai\n"
                "• Dubai schools to close early for winter break"),
        (P, None, "Private-sector employees will receive the same holiday, the Ministry of "
                  "Human Resources and Emiratisation said."),
        (P, PC, "Fireworks over Dubai Creek on last year's National Day. KT file photo"),
    ]),
    ("en-15", "en", [
        (P, None, "Government extends deadline for traffic fine settlements"),
        (P, None, "AMMAN — The Public Security Directorate on Sunday extended the deadline for "
                  "settling traffic fines with a 50 percent discount until the end of the year "
                  "(Petra)."),
        (G, AD, "اضافة اعلان"),
        (P, None, "Officials said more than 300,000 motorists had already benefited from the "
                  "discount, which was announced in September."),
        (P, None, "Drivers can pay online through the eFAWATEERcom platform, Al-Mamlaka TV "
                  "reported."),
    ]),
    ("en-16", "en", [
        (P, None, "Al Ain complete signing of Brazilian midfielder"),
        (P, None, "Al Ain have completed the signing of a Brazilian midfielder on a three-year "
                  "deal, the club announced on Wednesday."),
        (P, RM, "Related | Al Ain coach: we will fight for the league until the last day"),
        (P, None, "The 26-year-old took part in 34 games last season and is expected to make "
                  "his debut in the Gulf derby next week."),
        (P, SF, "Follow our live coverage on WhatsApp"),
    ]),
    ("en-17", "en", [
        (P, None, "Is intermittent fasting safe for people with diabetes?"),
        (P, None, "Intermittent fasting has become popular across the Gulf, especially outside "
                  "Ramadan. But doctors warn that people on insulin need a plan first."),
        (G, AD, "Advertisement"),
        (P, None, "Source: WHO guidance on diabetes management, 2023."),
        (P, SF, "Sign up for our free weekly health newsletter\nEnter your email\nSubscribe"),
    ]),
    ("en-18", "en", [
        (P, None, "Bakeries in Damascus cut hours as flour shortage bites"),
        (L, PC, "A man carries bread bags outside a bakery in Damascus - November 18, 2024 "
                "(Enab Baladi/Hussam al-Mahmoud)"),
        (P, None, "Bakeries in several Damascus neighbourhoods have cut their working hours "
                  "because of delayed flour deliveries, residents told Enab Baladi."),
        (P, None, "A baker in al-Midan said he now closes by noon, two hours earlier than last "
                  "month."),
        (P, RL, "Related\nBread prices rise again in Aleppo\nFuel shortage hits Latakia transport"),
    ]),
    ("en-19", "en", [
        (P, None, "IMF staff reach agreement with Egypt on fourth review"),
        (P, PC, "IMF headquarters in Washington. Photo: Daily News Egypt"),
        (P, None, "The International Monetary Fund said its staff reached a staff-level agreement "
                  "with Egypt on the fourth review of the extended fund facility, which would "
                  "unlock about $1.2 billion."),
        (P, None, "The agreement is subject to approval by the IMF's executive board."),
        (P, ST, "Tags: Egypt, IMF, economy, loan"),
    ]),
    ("en-20", "en", [
        (P, None, "Saudi non-oil exports rise 14% in third quarter"),
        (P, None, "RIYADH — Saudi Arabia's non-oil exports rose 14 percent in the third quarter "
                  "compared to the same period last year, data from the General Authority for "
                  "Statistics showed."),
        (P, None, "Chemical products accounted for 25 percent of non-oil exports."),
        (S, AD, "Advertisement"),
        (S, None, "Machinery and electrical equipment came second with 17 percent."),
        (P, RL, "Related Posts\nSaudi inflation steady at 1.9% in October\n"
                "Kingdom's PMI hits 10-month high"),
        (P, ST, "The post Saudi non-oil exports rise 14% in third quarter appeared first on "
                "Saudi Gazette."),
    ]),
    ("en-21", "en", [
        (P, None, "Kurdistan Region's salaries to be paid next week, finance ministry says"),
        (P, None, "Shafaq News/ The federal Ministry of Finance said on Tuesday it had approved "
                  "the funding of the Kurdistan Region's public sector salaries for October."),
        (P, None, "Payment will begin next week, a ministry source said, adding that the "
                  "delay was caused by..."),
        (S, RM, "Read full story"),
        (P, SF, "Follow us on Facebook | X | Telegram"),
        (P, ST, "Add Comment\nYour email address will not be published. Required fields are "
                "marked *"),
    ]),
    ("en-22", "en", [
        (P, None, "Morocco to build 1,300 km of new highways by 2030"),
        (L, PC, "King Mohammed VI chairs a working session in Rabat. Photo: MAP"),
        (P, None, "Rabat - Morocco plans to build about 1,300 kilometers of new highways by 2030, "
                  "as the country prepares to co-host the World Cup."),
        (P, RM, "Read also: Morocco's 2030 World Cup stadiums: what we know so far"),
        (P, None, "The Minister of Equipment said the plan would be financed through public "
                  "funds and partnerships with private operators."),
        (P, ST, "© 2024 Morocco World News. All rights reserved."),
    ]),
]

# ---------------------------------------------------------------- English, negatives
DOCS += [
    ("en-23", "en", [
        (P, None, "MENA advertising spend to pass $9bn as brands shift to video"),
        (P, None, "Advertising spend across the Middle East and North Africa is set to pass $9 "
                  "billion next year, with short video taking the largest share of new budgets, "
                  "according to an industry forecast."),
        (P, None, "Advertisement, one agency chief argued at the Dubai Lynx festival, \"is no "
                  "longer something you buy, it is something you make every day.\""),
        (P, None, "The report expects outdoor advertising to recover in Saudi Arabia, where the "
                  "Riyadh Season billboards alone took 6 percent of the market."),
        (P, None, "Sponsored content, influencer posts and in-app ads now make up almost half of "
                  "digital spending in the UAE."),
    ]),
    ("en-24", "en", [
        (P, None, "Qatar extends grace period for vehicle registration renewals"),
        (P, None, "DOHA: The General Directorate of Traffic has extended the grace period for "
                  "renewing vehicle registrations to 90 days, the Ministry of Interior said."),
        (P, None, "Motorists can read more about the new rules on the Metrash app, where a "
                  "step-by-step guide was published on Sunday."),
        (P, None, "\"People who want to read more before renewing can also visit any service "
                  "centre,\" a ministry official said."),
        (P, None, "Source: Ministry of Interior"),
    ]),
    ("en-25", "en", [
        (P, None, "Why Gulf brands are moving from X to WhatsApp Channels"),
        (P, None, "When a Dubai supermarket chain asked customers to \"follow us on WhatsApp\" "
                  "last spring, it expected a few thousand sign-ups. It got 400,000 in a month."),
        (P, None, "Share of engagement on X has fallen for most regional brands since 2023, "
                  "while Telegram and WhatsApp channels have grown, a social media agency said."),
        (P, None, "\"Follow, share, subscribe is still the whole game,\" its founder said. \"The "
                  "platform is the only thing that changes.\""),
        (P, None, "Facebook remains the largest network in Egypt and Iraq, the agency added."),
    ]),
    ("en-26", "en", [
        (P, None, "Court rules website footer did not protect news articles"),
        (P, None, "A Dubai court has ruled that an \"All rights reserved\" footer on a news "
                  "website was not enough, on its own, to prove a rival site copied its articles."),
        (P, None, "The publisher argued that every page carried the line \"© 2024 All rights "
                  "reserved\" and that the copying was automated."),
        (P, None, "The judge said copyright arises from creation, not from the © symbol, and "
                  "asked the publisher for evidence of the original publication dates."),
        (P, None, "Lawyers said the ruling would push publishers to keep better archives."),
    ]),
    ("en-27", "en", [
        (P, None, "Photography prize winners on show in Sharjah"),
        (P, None, "The winners of this year's Xposure photography awards are on show in Sharjah "
                  "until the end of February."),
        (P, None, "The top prize went to a series on Nile fishermen, shot over four years by an "
                  "Egyptian photographer who once worked for AFP and Getty Images."),
        (P, None, "One image, a boy diving from a felucca at dawn, was photographed on film and "
                  "printed by hand, the curator said."),
        (P, None, "Photo walks and portfolio reviews run every Saturday, and entry is free."),
    ]),
    ("en-28", "en", [
        (P, None, "Oman's trade surplus widens as LNG exports rise"),
        (P, None, "MUSCAT (Reuters) - Oman's trade surplus widened by 11 percent in the first nine "
                  "months of the year as liquefied natural gas exports rose, official data showed "
                  "on Wednesday."),
        (P, None, "Source: National Centre for Statistics and Information"),
        (P, None, "Reuters contributed to this report from Dubai, where analysts said higher "
                  "LNG volumes had offset lower crude prices."),
        (P, None, "(Reporting by Maha El Dahan; Editing by Alison Williams)"),
    ]),
    ("en-29", "en", [
        (P, None, "Aramco shares rise after dividend announcement"),
        (P, None, "Shares of Saudi Aramco rose 2.1 percent in early trade on Tuesday after the "
                  "company announced a higher performance-linked dividend."),
        (P, None, "Share prices of petrochemical firms also gained, lifting the main index by "
                  "0.7 percent."),
        (P, None, "Analysts said investors would follow closely the follow-on offering planned "
                  "for next year."),
        (P, None, "Subscribers to the earlier offering saw gains of about 9 percent."),
    ]),
    ("en-30", "en", [
        (P, None, "Google News adds Follow button for local publishers in Arabic"),
        (P, None, "Google has added a \"Follow\" button to Arabic-language publisher pages in its "
                  "news app, letting readers subscribe to local outlets directly."),
        (P, None, "The button, labelled \"Follow on Google News\", appears next to the outlet's "
                  "name, the company said in a blog post."),
        (P, None, "Publishers in Egypt and Saudi Arabia had asked for the feature for years, "
                  "according to an industry association."),
    ]),
    ("en-31", "en", [
        (P, None, "Read more, write less: notes from a year without social media"),
        (P, None, "Read more. Write less. Those were the two rules I gave myself in January, "
                  "when I deleted every social app from my phone."),
        (P, None, "I read 41 books, most of them in Arabic, and wrote nothing public at all until "
                  "this post."),
        (P, None, "The photo at the top of this page is my father's bookshelf in Irbid. I took "
                  "it on his birthday."),
        (P, None, "If you try it, tell me how it went. I will not be on X to read it, though."),
    ]),
    ("en-32", "en", [
        (P, None, "Oman's ministry publishes 1,200 job vacancies for citizens"),
        (P, None, "MUSCAT: The Ministry of Labour published Advertisement No. 7/2024 on Sunday, "
                  "listing 1,200 vacancies in the health and education sectors for Omani "
                  "job seekers."),
        (P, None, "Applicants must register through the ministry's portal before December 15, "
                  "the advertisement said."),
        (P, None, "A further announcement covering engineering posts is expected next month."),
    ]),
    ("en-33", "en", [
        (P, None, "Correction: photo in Tuesday's edition"),
        (P, None, "A photo published on Tuesday with the article on the Beirut port anniversary "
                  "was credited to AFP. It was taken by a Daily Star staff photographer."),
        (P, None, "We regret the error and have updated the online version. The file photo "
                  "used in the print edition was from 2021, not 2020 as stated."),
        (P, None, "Readers can report errors to the standards editor at any time."),
    ]),
    ("en-34", "en", [
        (P, None, "How to remove 'The post appeared first on' from your RSS feed"),
        (P, None, "If you syndicate your WordPress blog, you have probably seen the line \"The "
                  "post … appeared first on …\" at the bottom of every item. Some SEO plugins "
                  "add it to fight scrapers."),
        (P, None, "To turn it off, open the plugin's RSS settings and clear the \"content after "
                  "each post\" box, then save."),
        (P, None, "You can also hide the \"Leave a Reply\" form on pages by unticking "
                  "\"Allow comments\" in the discussion panel."),
    ]),
    ("en-35", "en", [
        (P, None, "Al Hilal extend lead after win over Al Ittihad"),
        (P, None, "Al Hilal moved five points clear at the top of the table with a 2-1 win over "
                  "Al Ittihad on Friday, in front of 58,000 fans in Riyadh."),
        (P, None, "The coach said his side would follow the same plan against Al Nassr next week. "
                  "\"We share the ball, we share the work,\" he said."),
        (P, None, "Al Ittihad's captain took part in only 20 minutes after returning from injury."),
        (P, None, "Updated standings and the full fixture list are on the league's website."),
    ]),
]
