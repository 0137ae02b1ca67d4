"""Documents of the seventh blind set (``blind7.jsonl``), assembled by ``blind7_build.py``.

Each entry is ``(doc_id, lang, parts)``; a part is ``(sep, label, text)`` where ``sep`` is the
separator written before the part (``N`` blank line, ``L`` newline, ``G`` glued, ``S`` one
space) and ``label`` is ``None`` for content or one of the six fragment labels.

Written from scratch for this project (no real article is copied). Page types: business and
markets, sports, celebrity, government agencies, universities and NGOs, wiki and forum pages,
e-commerce blogs; English outlets, tech blogs, newsletters. Judgement calls (kept everywhere):

- bylines, author bios, datelines, agency tags and named wire credits (``Reporting by …;
  Editing by …``, ``contributed to this report``) are content; anonymous desk codes
  (KUNA ``(النهاية)`` + initials) and legal/footer notices (copyright, disclaimers, cookie
  lines, wiki licence and last-edited lines) are ``site_trailer``;
- entry timestamps of a live blog are content; the ``Key events`` navigation list is
  ``related_links``;
- embedded media furniture (caption, credit, video title with its duration / ``play`` /
  ``watch now``) is ``photo_credit``; a ``Watch:`` / ``شاهد أيضاً`` link to another story is
  ``read_more``;
- sponsored / promoted boxes and ``Story continues below`` are ``ad_placeholder``;
- newsletter, app, follow, paywall and support prompts and per-post action rows
  (``إعجاب · رد · إبلاغ عن محتوى``) are ``share_follow``;
- ``Most read`` / ``Trending`` / ``مواضيع مشابهة`` lists are ``related_links``; comment-form
  furniture is ``site_trailer``; posted replies on a forum are content.
"""

from __future__ import annotations

N, L, G, S = "\n\n", "\n", "", " "
AD, RM, RL = "ad_placeholder", "read_more", "related_links"
PC, SF, ST = "photo_credit", "share_follow", "site_trailer"
NB, RLM = "\u00a0", "\u200f"


def c(text: str, sep: str = N) -> tuple[str, None, str]:
    """A content part."""
    return (sep, None, text)


def f(label: str, text: str, sep: str = N) -> tuple[str, str, str]:
    """A fragment part."""
    return (sep, label, text)


AR = [
    # Argaam-style market wrap: read-more with payload mid-article, copyright trailer.
    ("01", [
        c("تاسي يغلق مرتفعاً 0.8% بدعم من قطاع البنوك وسط تداولات بـ 6.2 مليار ريال"),
        c("أنهى مؤشر السوق الرئيسية «تاسي» جلسة اليوم الأربعاء مرتفعاً بنسبة 0.8% ليغلق عند "
          "مستوى 11,842 نقطة، بدعم من صعود أسهم البنوك الكبرى، فيما بلغت قيمة التداولات نحو "
          "6.2" + NB + "مليار ريال."),
        f(RM, "اقرأ المزيد:\nأرباح المصارف السعودية ترتفع 9% في الربع الثالث"),
        c("وجاء الأداء الإيجابي قبيل إعلان نتائج الربع الثالث لعدد من الشركات القيادية، إذ "
          "يترقب المستثمرون إفصاحات قطاع البتروكيماويات خلال الأسبوع المقبل."),
        c("وفي السوق الموازية «نمو»، تراجع المؤشر 0.3% إلى 24,310 نقطة."),
        f(ST, "جميع الحقوق محفوظة لشركة أرقام الاستثمارية © 2026"),
    ]),
    # Mubasher-style: caption "أرشيفية" under headline, share row at the end.
    ("02", [
        c("«المركزي المصري» يثبت أسعار الفائدة للمرة الثالثة على التوالي"),
        f(PC, "صورة أرشيفية لمقر البنك المركزي المصري بالعاصمة الإدارية"),
        c("القاهرة – مباشر: قررت لجنة السياسة النقدية بالبنك المركزي المصري، في اجتماعها "
          "مساء الخميس، الإبقاء على سعري عائد الإيداع والإقراض لليلة واحدة دون تغيير."),
        c("وقال البنك في بيان إن القرار يعكس تقييمه لآخر التطورات، مشيراً إلى أن معدل التضخم "
          "السنوي تباطأ إلى 12.1% في أكتوبر الماضي."),
        f(SF, "شارك\nفيسبوك\nإكس\nلينكدإن\nواتساب"),
    ]),
    # CNBC Arabia: "إعلان" between two lines of one paragraph; video embed.
    ("03", [
        c("أسعار النفط تصعد لأعلى مستوى في أسبوعين مع تراجع المخزونات الأمريكية"),
        c("ارتفعت العقود الآجلة لخام برنت 1.4% إلى 78.60 دولار للبرميل في تعاملات الثلاثاء،"),
        f(AD, "إعلان", L),
        c("بعدما أظهرت بيانات القطاع هبوطاً أكبر من المتوقع في مخزونات الخام.", L),
        f(PC, "شاهد الفيديو\nالأسواق الآن: هل تعود الأسعار إلى 80 دولاراً؟\n02:14"),
        c("وقال محللون لـ CNBC عربية إن شهية المخاطرة تحسنت بعد إشارات من الفيدرالي بشأن "
          "التيسير النقدي خلال الربع الأول."),
    ]),
    # Asharq Business: own-line read-more, newsletter prompt; "شارك في" look-alike.
    ("04", [
        c("«أدنوك للغاز» تبرم صفقة توريد طويلة الأجل مع مشترٍ آسيوي"),
        c("وقّعت شركة «أدنوك للغاز» اتفاقية لتوريد الغاز الطبيعي المسال لمدة 15 عاماً، وفق "
          "ما أعلنته الشركة في إفصاح لسوق أبوظبي للأوراق المالية يوم الإثنين."),
        f(RM, "اقرأ أيضاً: الإمارات تضاعف طاقة تسييل الغاز بحلول 2028"),
        c("وشارك في مراسم التوقيع مسؤولون من الجانبين، بينما لم يُكشف عن القيمة الإجمالية "
          "للصفقة."),
        f(SF, "اشترك في نشرة «الشرق» الاقتصادية اليومية لتصلك أهم أخبار الأسواق قبل افتتاح "
              "التداول"),
    ]),
    # Zawya press release: disclaimer trailer; "إعلان" as announcement in prose.
    ("05", [
        c("مجموعة فنادق خليجية تعلن افتتاح منتجعها الجديد في العُلا"),
        c("دبي، الإمارات العربية المتحدة: أعلنت مجموعة «رمال» للضيافة عن افتتاح منتجعها الجديد "
          "في محافظة العُلا، في إعلان يأتي ضمن خطتها للتوسع في المملكة."),
        c("ويضم المنتجع 120 فيلا ومركزاً للمؤتمرات، ومن المتوقع أن يوفر 300 وظيفة."),
        c("—انتهى—"),
        f(ST, "© Press Release 2026\nإخلاء المسؤولية: المحتوى أعلاه مقدم من الجهة "
              "المصدرة، وزاوية غير مسؤولة عن دقته."),
    ]),
    # Kooora: emoji read-more with arrow bullet, follow line; "شاهد عيان" look-alike.
    ("06", [
        c("الهلال يقلب الطاولة على النصر ويتصدر دوري روشن"),
        c("حقق فريق الهلال فوزاً مثيراً على ضيفه النصر بنتيجة 3-2، مساء الجمعة، في قمة الجولة "
          "الثانية عشرة من دوري روشن السعودي."),
        f(RM, "🔴 اقرأ أيضًا\n⬅️ جيسوس يكشف سر التحول في الشوط الثاني"),
        c("وقال مشجع كان شاهد عيان على احتفالات المدرجات إن الملعب لم يهدأ حتى بعد صافرة "
          "النهاية بنصف ساعة."),
        f(SF, "📲 تابعوا آخر أخبار الدوري السعودي عبر حساب كووورة على إكس"),
    ]),
    # Filgoal: caption + (تصوير: …), related list at the end.
    ("07", [
        c("الأهلي يتأهل إلى نهائي السوبر الإفريقي بعد ركلات الترجيح"),
        f(PC, "لاعبو الأهلي يحتفلون بالتأهل\n(تصوير: محمود عبد الغني)"),
        c("تأهل الأهلي إلى المباراة النهائية لكأس السوبر الإفريقي بعد الفوز على الرجاء "
          "المغربي بركلات الترجيح 4-3، عقب انتهاء الوقت الأصلي بالتعادل 1-1."),
        c("وتصدى الحارس لركلتين، ليقود فريقه إلى النهائي للمرة الثالثة في أربع سنوات."),
        f(RL, "مواضيع متعلقة\nموعد نهائي السوبر الإفريقي والقناة الناقلة\nكولر: "
              "اللاعبون قدموا مباراة بطولية"),
    ]),
    # Yallakora: own-line "إعلان" between paragraphs, "ترشيحاتنا" list.
    ("08", [
        c("رسمياً.. الزمالك يعلن التعاقد مع مدافع تونسي لمدة ثلاثة مواسم"),
        c("أعلن نادي الزمالك، اليوم السبت، التعاقد رسمياً مع المدافع التونسي قادماً من الترجي، "
          "في صفقة انتقال حر."),
        f(AD, "إعلان"),
        c("وخضع اللاعب للكشف الطبي صباح اليوم، قبل أن يوقّع على عقده بحضور مدير الكرة."),
        f(RL, "ترشيحاتنا\n- جدول ترتيب الدوري المصري بعد نهاية الجولة العاشرة\n- "
              "موعد مباراة الزمالك المقبلة"),
    ]),
    # beIN Arabic: "شاهد أيضاً" read-more, share row "شارك:".
    ("09", [
        c("ريال مدريد يحسم الكلاسيكو بثنائية ويبتعد بالصدارة"),
        c("فاز ريال مدريد على برشلونة 2-0 في الكلاسيكو على ملعب سانتياغو برنابيو، ليبتعد "
          "بصدارة الدوري الإسباني بفارق خمس نقاط."),
        f(RM, "شاهد أيضاً: أهداف مباراة ريال مدريد وبرشلونة"),
        c("وتابع المدرب المباراة من المدرجات بسبب الإيقاف، قبل أن ينزل للاحتفال مع لاعبيه."),
        f(SF, "شارك:\nFacebook\nX\nWhatsApp"),
    ]),
    # ET بالعربي: "الصورة: إنستغرام" credit, numbered read-more.
    ("10", [
        c("نجمة مصرية تكشف تفاصيل دورها الجديد في مسلسل رمضان"),
        f(PC, "الصورة: إنستغرام"),
        c("كشفت الفنانة في لقاء مع «ET بالعربي» عن ملامح شخصيتها في مسلسلها الجديد، مؤكدة أن "
          "تصوير العمل انطلق الشهر الماضي في القاهرة."),
        f(RM, "اقرأ أيضاً:\n1. أول تعليق من الفنانة بعد تكريمها في مهرجان الجونة\n2. "
              "بالصور.. إطلالات النجمات على السجادة الحمراء"),
        c("وأضافت أنها شاهدت الحلقات الأولى مع المخرج، وأن الجمهور سيفاجأ بالنهاية."),
    ]),
    # Lahamag: English "Advertisement" inside Arabic page, "قد يعجبك أيضاً" list.
    ("11", [
        c("5 نصائح لاختيار عطرك المناسب لفصل الشتاء"),
        c("يميل كثيرون في الشتاء إلى العطور الدافئة المشبعة بالعنبر والفانيليا، إذ تدوم على "
          "البشرة لفترة أطول في الطقس البارد."),
        f(AD, "Advertisement"),
        c("وينصح خبراء العطور بتجربة العطر على المعصم وتركه ساعة كاملة قبل اتخاذ قرار "
          "الشراء."),
        f(RL, "قد يعجبك أيضاً\nأجمل عطور النيش لهذا الموسم\nكيف تحافظين على ثبات العطر طوال "
              "اليوم؟"),
    ]),
    # Sayidaty: own-line "تابعي المزيد:" read-more; Instagram/Twitter follow lines.
    ("12", [
        c("فنانة خليجية تحتفل بعيد ميلاد ابنتها بحفل مميز"),
        c("احتفلت الفنانة بعيد ميلاد ابنتها الخامس بحفل عائلي، ونشرت صوراً من الاحتفال عبر "
          "حسابها على إنستغرام، وسط تفاعل كبير من المتابعين."),
        f(RM, "تابعي المزيد: أجمل ديكورات حفلات أعياد الميلاد للأطفال"),
        c("وشارك في الحفل عدد من الفنانات، وظهرت الطفلة بفستان وردي."),
        f(SF, "ولمشاهدة أجمل صور المشاهير زوري «إنستغرام سيدتي»\nوللاطلاع على آخر الأخبار "
              "تابعوا حساب سيدتي على تويتر"),
    ]),
    # WAM (negative): /وام/ tag, تابع as a verb.
    ("13", [
        c("محمد بن راشد يطلق الدورة الجديدة من تحدي القراءة العربي"),
        c("دبي في 25 نوفمبر/ وام/ أطلق صاحب السمو الشيخ محمد بن راشد آل مكتوم الدورة العاشرة "
          "من مبادرة «تحدي القراءة العربي» بمشاركة طلاب من 50 دولة."),
        c("وتهدف المبادرة إلى ترسيخ عادة القراءة لدى الطلاب، ويبلغ مجموع جوائزها 11 مليون "
          "درهم."),
        c("وأكد سموه أن «القراءة حق لكل طفل»، فيما تابع الحضور عرضاً لقصص أبطال الدورات "
          "السابقة. /وام/"),
    ]),
    # SPA: print/share action row; "(واس)" attribution.
    ("14", [
        c("ولي العهد يستقبل رئيس وزراء اليابان"),
        c("الرياض 24 جمادى الأولى 1448 هـ الموافق 25 نوفمبر 2026 م واس"),
        c("استقبل صاحب السمو الملكي ولي العهد رئيس الوزراء، اليوم، في قصر اليمامة، وجرى خلال "
          "الاستقبال استعراض العلاقات الثنائية."),
        f(SF, "طباعة\nمشاركة"),
    ]),
    # KUNA: desk sign-off code as site_trailer.
    ("15", [
        c("الكويت تشارك في اجتماع وزراء المالية الخليجيين بالدوحة"),
        c("الدوحة - 25 - 11 (كونا) -- شاركت دولة الكويت اليوم الأربعاء في الاجتماع الـ 120 "
          "للجنة التعاون المالي والاقتصادي لدول مجلس التعاون."),
        c("وبحث الاجتماع مستجدات الاتحاد الجمركي والسوق الخليجية المشتركة."),
        f(ST, "(النهاية)\nع ه ع / س ج"),
    ]),
    # University news: "آخر الأخبار" list and share line; look-alikes in prose.
    ("16", [
        c("جامعة الملك عبدالعزيز تستضيف ملتقى الابتكار الطلابي"),
        c("شارك في الملتقى أكثر من 400 طالب وطالبة من 12 جامعة، وقدّموا 85 مشروعاً في مجالات "
          "الطاقة والصحة الرقمية."),
        c("وتضمّن البرنامج إعلان أسماء الفائزين بجوائز الملتقى في حفل الختام."),
        f(SF, "مشاركة هذه الصفحة"),
        f(RL, "آخر الأخبار\n• الجامعة تفتح باب القبول للدراسات العليا\n• توقيع مذكرة تفاهم مع "
              "هيئة البحث والتطوير"),
    ]),
    # Arabic Wikipedia-like: licence and last-edit trailer.
    ("17", [
        c("سد النهضة"),
        c("سد النهضة الإثيوبي الكبير هو سد تبنيه إثيوبيا على النيل الأزرق قرب الحدود مع "
          "السودان، وبدأ العمل فيه عام 2011."),
        c("أثار السد خلافاً بين إثيوبيا ومصر والسودان حول قواعد الملء والتشغيل، وصدر «إعلان "
          "المبادئ» بين الدول الثلاث في الخرطوم عام 2015."),
        c("انظر أيضًا\nنهر النيل\nاتفاقية مياه النيل 1959"),
        f(ST, "آخر تعديل لهذه الصفحة كان يوم 3 نوفمبر 2026، الساعة 12:40.\nالنصوص منشورة برخصة "
              "المشاع الإبداعي. طالع شروط الاستخدام للتفاصيل."),
    ]),
    # Forum/Q&A: action row after an answer, similar-topics list; replies are content.
    ("18", [
        c("كيف أحسب زكاة الأسهم المتداولة؟"),
        c("اشتريت أسهماً بقصد المضاربة وبعضها بقصد الاستثمار طويل الأجل، فهل تختلف الزكاة "
          "بينهما؟"),
        c("أبو خالد:\nأسهم المضاربة تُزكّى بقيمتها السوقية يوم وجوب الزكاة بنسبة 2.5%."),
        f(SF, "إعجاب · رد · إبلاغ عن محتوى"),
        c("سارة م.:\nأما أسهم الاستثمار فيُزكّى ما يقابلها من الأصول الزكوية في الشركة."),
        f(RL, "مواضيع مشابهة\nهل على الذهب المستعمل زكاة؟\nزكاة الراتب الشهري"),
    ]),
    # E-commerce blog: newsletter prompt, tatweel ad label; look-alike "إعلانات ممولة".
    ("19", [
        c("دليلك لاختيار سماعات لاسلكية مناسبة في 2026"),
        c("قبل الشراء، حدّد ميزانيتك واستخدامك الأساسي: الرياضة أم العمل أم السفر؟ فلكل "
          "استخدام ميزات تختلف في عزل الضوضاء وعمر البطارية."),
        f(AD, "إعــــلان"),
        c("ولا تعتمد على الإعلانات الممولة على إنستغرام وحدها، بل اقرأ تقييمات المشترين "
          "واختبر الجودة إن أمكن."),
        f(SF, "📩 اشترك في نشرتنا البريدية لتصلك أحدث العروض والخصومات أولاً بأول"),
    ]),
    # MENA with "أ ش أ" content and bullet read-more with RLM and Arabic colon variant.
    ("20", [
        c("مدبولي: الحكومة تستهدف خفض الدين إلى 80% من الناتج"),
        c("أكد رئيس مجلس الوزراء أن الحكومة تستهدف خفض نسبة الدين العام إلى نحو 80%" + NB + "من الناتج "
          "المحلي الإجمالي بحلول نهاية العام المالي المقبل."),
        f(RM, RLM + "▪️ اقرأ أيضـاً" + RLM + ": صندوق النقد يصرف شريحة جديدة لمصر"),
        c("وأوضح، في تصريحات نقلتها وكالة أنباء الشرق الأوسط (أ ش أ)، أن الإصلاحات الهيكلية "
          "مستمرة."),
    ]),
    # Petra-style with credit "(بترا) - ... " and photo line; followed prompt Google News.
    ("21", [
        c("وزير التربية يفتتح مدرسة جديدة في محافظة المفرق"),
        f(PC, "وزير التربية والتعليم خلال افتتاح المدرسة - (بترا)"),
        c("المفرق 25 تشرين الثاني (بترا)- افتتح وزير التربية والتعليم اليوم الأربعاء مدرسة "
          "ثانوية جديدة بكلفة 3 ملايين دينار تتسع لـ 900 طالب."),
        c("وتابع الوزير سير العملية التعليمية في عدد من الصفوف، واستمع إلى ملاحظات المعلمين."),
        f(SF, "تابعوا آخر الأخبار المحلية والعالمية عبر Google News"),
    ]),
    # BNA with "أرشيفية" in caption and "الصورة: بنا".
    ("22", [
        c("مجلس الوزراء البحريني يوافق على مشروع قانون لتنظيم التجارة الإلكترونية"),
        f(PC, "جانب من اجتماع مجلس الوزراء (أرشيفية)\nالصورة: بنا"),
        c("المنامة في 25 نوفمبر / بنا / وافق مجلس الوزراء في اجتماعه الأسبوعي على مشروع قانون "
          "بشأن التجارة الإلكترونية، وأحاله إلى السلطة التشريعية."),
        c("ويحدد المشروع التزامات المتاجر الإلكترونية بشأن الإفصاح عن الأسعار والإعلان عن "
          "سياسة الاسترجاع."),
    ]),
    # QNA: "اقرأ المزيد" teaser after ellipsis (inline glued).
    ("23", [
        c("قطر تستضيف منتدى الاستثمار الآسيوي الشهر المقبل"),
        c("الدوحة/قنا/ تستضيف الدوحة منتدى الاستثمار الآسيوي في ديسمبر المقبل بمشاركة أكثر من "
          "1500 مستثمر وصانع قرار من 40 دولة، حيث يناقش المنتدى..."),
        f(RM, "اقرأ المزيد", S),
        c("وقال الرئيس التنفيذي للجهة المنظمة إن المنتدى سيشهد توقيع عدة اتفاقيات."),
    ]),
    # NGO page (negative): يشاركوا / فيسبوك in running text.
    ("24", [
        c("حملة شتاء دافئ توزع 20 ألف بطانية على النازحين"),
        c("أطلقت الجمعية حملتها السنوية «شتاء دافئ» لتوزيع البطانيات والمدافئ على الأسر "
          "النازحة في المخيمات الشمالية، بالتعاون مع متطوعين محليين."),
        c("وقالت منسقة الحملة إن الاحتياجات هذا العام تضاعفت، داعيةً المتابعين إلى أن "
          "«يشاركوا الحملة مع أصدقائهم» على فيسبوك وواتساب، وإلى التبرع عبر الموقع الرسمي."),
    ]),
    # Mawdoo3-like: related list after references, report-content link.
    ("25", [
        c("فوائد الزنجبيل للمعدة"),
        c("يُستخدم الزنجبيل منذ قرون لتخفيف اضطرابات الهضم، وتشير دراسات إلى أنه قد يقلل "
          "الغثيان المرتبط بالحمل ودوار الحركة."),
        c("ويُنصح بعدم تجاوز 4 غرامات يومياً، واستشارة الطبيب لمن يتناولون مميعات الدم."),
        f(RL, "مقالات ذات صلة\nفوائد القرفة للجسم\nأضرار الزنجبيل على الضغط"),
        f(SF, "إبلاغ عن محتوى"),
    ]),
    # --- Arabic negatives ---
    ("26", [
        c("سوق الإعلان الرقمي في الخليج يتجاوز 4 مليارات دولار"),
        c("قدّر تقرير حديث حجم سوق الإعلان الرقمي في دول الخليج بأكثر من 4 مليارات دولار، "
          "مع استحواذ منصات التواصل الاجتماعي على النصيب الأكبر."),
        c("وأشار التقرير إلى أن العلامات التجارية باتت تخصص «إعلان» واحداً على الأقل لكل حملة "
          "على تيك توك، وأن المعلنين يطالبون بقياس أدق للمشاهدات."),
        c("إعلان\nتعلن الشركة الوطنية للإعلانات عن رغبتها في استئجار مواقع للوحات الطرق، "
          "وعلى الراغبين التقدم بعروضهم."),
    ]),
    ("27", [
        c("إعلان الدوحة: التزام خليجي بتعزيز الأمن الغذائي"),
        c("اختتمت القمة أعمالها بإصدار «إعلان الدوحة» الذي دعا إلى تعزيز المخزون الاستراتيجي "
          "من السلع الأساسية وتوحيد معايير سلامة الغذاء."),
        c("وشارك في القمة قادة الدول الست، فيما تابع الوزراء تفاصيل البيان الختامي في جلسة "
          "مغلقة استمرت ثلاث ساعات."),
        c("وقال مصدر دبلوماسي: «اقرأ البيان جيداً، ستجد فيه أكثر مما قيل في المؤتمر الصحفي»."),
    ]),
    ("28", [
        c("معرض للتصوير الفوتوغرافي يوثق تراث جدة التاريخية"),
        c("افتتح في جدة معرض «عدسة البلد» الذي يضم 60 صورة التقطها مصورون هواة ومحترفون "
          "لأزقة المنطقة التاريخية ورواشينها."),
        c("وقال أحد المشاركين إن تصوير الرواشين عند الغروب يحتاج صبراً، مضيفاً أنه شاهد "
          "المكان يتغير خلال عشر سنوات."),
        c("ويستمر المعرض حتى نهاية الشهر، ويمكن للزوار التصويت لأفضل صورة."),
    ]),
    ("29", [
        c("محكمة تنظر دعوى حقوق نشر ضد منصة لتلخيص الكتب"),
        c("بدأت محكمة تجارية النظر في دعوى رفعتها دار نشر ضد تطبيق يلخص الكتب، وتقول الدار إن "
          "عبارة «جميع الحقوق محفوظة» مطبوعة على كل نسخة."),
        c("ويرد محامي التطبيق بأن الملخصات عمل مستقل، وأن القانون يسمح بالاقتباس لأغراض "
          "النقد والتعليم."),
        c("وتعود القضية للانعقاد في يناير المقبل."),
    ]),
    ("30", [
        c("الاتحاد الآسيوي يعاقب نادياً بسبب أحداث الشغب"),
        c("قرر الاتحاد الآسيوي تغريم النادي 50 ألف دولار، استناداً إلى تقرير المراقب وشهادة "
          "شاهد عيان من طاقم التحكيم."),
        c("وأظهرت لقطات فيديو تداولها المشجعون لحظة اقتحام أرض الملعب، وشاهد الملايين "
          "المقطع خلال ساعات."),
        c("وتابع الاتحاد في بيانه أن العقوبة قابلة للاستئناف خلال سبعة أيام."),
    ]),
    ("31", [
        c("هيئة السوق المالية تطرح مسودة قواعد الإعلان عن المنتجات الاستثمارية"),
        c("طرحت الهيئة مسودة قواعد تلزم المؤسسات المالية بالإفصاح عن المخاطر في أي إعلان "
          "ترويجي، ومنع عبارات مثل «عائد مضمون»."),
        c("وتتضمن المسودة اشتراط وضع عبارة «محتوى مدعوم» على المنشورات التي يدفع مقابلها "
          "المؤثرون على منصات التواصل."),
        c("ودعت الهيئة المهتمين إلى إبداء مرئياتهم خلال 30 يوماً."),
    ]),
    ("32", [
        c("نادي القراءة في الجامعة يطلق تحدي «اقرأ أيضاً» للطلاب"),
        c("أطلق نادي القراءة تحدياً بعنوان «اقرأ أيضاً» يدعو كل طالب إلى قراءة كتاب خارج "
          "تخصصه كل شهر، وتدوين ملخص قصير عنه."),
        c("وقالت رئيسة النادي إن الفكرة جاءت بعد استبيان أظهر أن الطلاب يقرؤون في مجالاتهم "
          "فقط، وإن كثيرين طلبوا قوائم مواضيع ذات صلة بالمهارات الحياتية."),
    ]),
    ("33", [
        c("ما الفرق بين الأسهم العادية والممتازة؟"),
        c("السؤال:\nسمعت أن الأسهم الممتازة تعطي أولوية في الأرباح، فهل هذا صحيح؟"),
        c("أفضل إجابة:\nنعم، يحصل حاملو الأسهم الممتازة على توزيعات قبل حملة الأسهم العادية، "
          "لكن عادة بلا حق تصويت. تابع نشرة الإصدار لمعرفة شروط كل سهم."),
        c("ردود أخرى:\nالأفضل أن تقرأ القوائم المالية للشركة قبل أي قرار."),
    ]),
    ("34", [
        c("وزارة الإعلام تطلق منصة لتوثيق حسابات الإعلاميين"),
        c("أطلقت الوزارة منصة إلكترونية تتيح للإعلاميين توثيق حساباتهم على مواقع التواصل، "
          "بعد انتشار حسابات منتحلة تطلب من المتابعين «شارك الخبر» مقابل جوائز وهمية."),
        c("وقال المتحدث باسم الوزارة إن من يتابع حساباً غير موثق يعرض بياناته للخطر، داعياً "
          "إلى الإبلاغ عن المحتوى المضلل."),
    ]),
    ("35", [
        c("كووورة تُطلق نشرتها البريدية للمشجعين"),
        c("أعلن الموقع الرياضي إطلاق نشرة بريدية أسبوعية تلخص أبرز نتائج الدوريات العربية، "
          "وقال مديره إن عدد المشتركين تجاوز 100 ألف في أسبوعها الأول."),
        c("وأضاف أن النشرة تتضمن قسماً بعنوان «الأكثر قراءة» يرصد اهتمامات القراء، وأن "
          "الفريق يتابع التعليقات لتطويرها."),
    ]),
]

EN = [
    # Guardian: caption + "Photograph: …" credit, Most viewed list at the end.
    ("01", [
        c("Bank of England holds rates as inflation edges down to 2.9%"),
        f(PC, "The Bank of England in the City of London. Policymakers voted 6-3 to keep rates "
              "on hold.\nPhotograph: Toby Melville/Reuters"),
        c("The Bank of England has kept interest rates on hold for a second month, saying it "
          "wanted more evidence that price pressures in the services sector were easing."),
        c("The governor said the committee would “follow the data closely”, adding that "
          "markets had read too much into last month’s minutes."),
        f(RL, "Most viewed\nMost viewed\n1. Woman, 82, becomes oldest person to row the "
              "Atlantic solo\n2. Heathrow third runway: what happens next?"),
    ]),
    # Guardian live blog: key events list, entry timestamps are content, support ask.
    ("02", [
        c("Cop31 climate summit: negotiators race to agree finance deal – live"),
        f(RL, "Key events\n2h ago\nDraft text drops fossil fuel language\n4h ago\nSmall "
              "island states walk out of talks\nShow key events only"),
        c("15.42 GMT\nThe latest draft text no longer refers to a transition away from fossil "
          "fuels, according to a copy seen by the Guardian."),
        c("14.10 GMT\nDelegates from small island states left the plenary hall in protest. "
          "One negotiator said: “We came here to share the burden, not to be told to wait.”"),
        f(SF, "Support the Guardian\nFund independent journalism with $15 per month\n"
              "Support us"),
    ]),
    # BBC: Image source / Image caption pair, Related topics block.
    ("03", [
        c("Rail fares in England to rise by 4.6% in March"),
        f(PC, "Image source, PA Media\nImage caption, Commuters face higher season ticket "
              "prices from next spring"),
        c("Regulated rail fares in England will rise by 4.6% from March, the government has "
          "announced, the biggest increase in two years."),
        c("Passenger groups said the rise would hit commuters who had only just returned to "
          "the office, while ministers pointed to record investment in the network."),
        f(RL, "Related topics\nRail travel\nCost of living\nTrain strikes"),
    ]),
    # BBC: "Watch:" link to another story between paragraphs, "More on this story" list.
    ("04", [
        c("Storm Bert: Thousands without power as flood warnings remain"),
        c("More than 20,000 homes are still without electricity after Storm Bert brought gusts "
          "of up to 80mph to parts of Wales and western England."),
        f(RM, "Watch: Drone footage shows flooded village in Powys"),
        c("The Met Office said an amber warning for rain would stay in place until Sunday "
          "evening. An eyewitness in Pontypridd said the river had “never been this high”."),
        f(RL, "More on this story\nWhat to do if your home floods\nWhy are storms given "
              "names?"),
    ]),
    # Al Jazeera English: Recommended Stories list of N items, video duration furniture.
    ("05", [
        c("Gaza ceasefire talks resume in Cairo as aid trucks wait at Rafah"),
        f(RL, "Recommended Stories\nlist of 3 items\nlist 1 of 3\nUN says aid deliveries at "
              "lowest level in months\nlist 2 of 3\nWhat’s in the latest ceasefire proposal?\n"
              "list 3 of 3\nend of list"),
        c("Negotiators from Egypt, Qatar and the United States met in Cairo on Wednesday for "
          "a new round of talks, officials told Al Jazeera."),
        f(PC, "Video Duration 02 minutes 10 seconds\nplay\n02:10"),
        c("Hundreds of trucks loaded with flour and medicine have been waiting at the Rafah "
          "crossing for more than a week."),
    ]),
    # AP: caption with (AP Photo/…), ADVERTISEMENT between paragraphs; contributor line content.
    ("06", [
        c("Fed officials signal patience on further rate cuts"),
        f(PC, "Federal Reserve Chair speaks during a news conference in Washington, Nov. 7, "
              "2026. (AP Photo/Mark Schiefelbein)"),
        c("WASHINGTON (AP) — Several Federal Reserve officials said Tuesday they were in no "
          "hurry to cut interest rates again, citing a still-solid job market."),
        f(AD, "ADVERTISEMENT"),
        c("Minutes from the Fed’s last meeting showed policymakers were divided over how "
          "quickly inflation would return to their 2% target."),
        c("___\nAP Economics Writer Paul Wiseman contributed to this report."),
    ]),
    # AP: "Follow AP's coverage at …" link line as read_more, AP copyright trailer.
    ("07", [
        c("Wildfire forces evacuations north of Los Angeles"),
        c("LOS ANGELES (AP) — A fast-moving wildfire fueled by Santa Ana winds forced "
          "thousands of residents to flee their homes Wednesday."),
        c("Fire officials said the blaze had burned more than 8,000 acres and was 5% "
          "contained by evening."),
        f(RM, "___\nFollow AP’s coverage of wildfires at https://apnews.com/hub/wildfires"),
        f(ST, "Copyright 2026 The Associated Press. All rights reserved. This material may not "
              "be published, broadcast, rewritten or redistributed without permission."),
    ]),
    # Reuters business: newsletter promo, Reporting by … content, standards trailer.
    ("08", [
        c("Oil steadies as traders weigh OPEC+ supply plans"),
        c("LONDON, Nov 25 (Reuters) - Oil prices were little changed on Wednesday as investors "
          "weighed signs of weaker demand in China against expectations that OPEC+ would "
          "delay planned output increases."),
        f(SF, "Get a look at the day ahead in U.S. and global markets with our Morning Bid U.S. "
              "newsletter. Sign up here."),
        c("Brent crude futures rose 12 cents to $73.93 a barrel by 1130 GMT."),
        c("Reporting by Alex Lawler in London and Florence Tan in Singapore; Editing by "
          "Susan Fenton"),
        f(ST, "Our Standards: The Thomson Reuters Trust Principles., opens new tab"),
    ]),
    # Bloomberg syndicated: Most Read list at top, newsletter line, copyright.
    ("09", [
        c("Saudi Aramco Weighs Bond Sale as Oil Slump Pressures Budget"),
        f(RL, "Most Read from Bloomberg\nWhy Housing Prices Keep Rising in Every City\n"
              "China Steps Up Stimulus as Deflation Threat Grows"),
        c("(Bloomberg) -- Saudi Aramco is considering selling dollar-denominated bonds as "
          "soon as next month, according to people familiar with the matter."),
        c("The company has held talks with banks about a potential offering of as much as "
          "$5 billion, the people said, asking not to be identified because the talks are "
          "private."),
        c("--With assistance from Matthew Martin."),
        f(ST, "©2026 Bloomberg L.P."),
    ]),
    # CNBC: video embed furniture, "WATCH:" link at the end.
    ("10", [
        c("Stocks close higher as Nvidia rebounds ahead of earnings"),
        c("The S&P 500 rose 0.6% on Tuesday, while the Nasdaq Composite gained 1.1% as "
          "technology shares recovered from last week’s sell-off."),
        f(PC, "watch now\nVIDEO03:1203:12\nWhy investors are rotating into chip stocks"),
        c("“The market is trending higher because earnings have held up,” said one "
          "strategist. Shares of Nvidia advanced 3%."),
        f(RM, "WATCH: Here’s what to expect from Nvidia’s earnings"),
    ]),
    # Forbes Middle East: "Read:" link and "Image: Supplied".
    ("11", [
        c("UAE Fintech Raises $40 Million In Series B Led By Gulf Investors"),
        f(PC, "Image: Supplied"),
        c("Dubai-based payments startup PayNest has raised $40 million in a Series B round led "
          "by a consortium of Gulf family offices, the company said on Monday."),
        f(RM, "Read: The Middle East’s 50 Most Valuable Startups 2026"),
        c("The funding will be used to expand into Saudi Arabia and Egypt, where the company "
          "plans to hire 120 people."),
    ]),
    # Arabian Business: own-line "READ:" link, WhatsApp follow line.
    ("12", [
        c("Dubai property transactions hit record $18bn in October"),
        c("Dubai recorded real estate transactions worth AED66bn ($18bn) in October, the "
          "highest monthly figure on record, according to Dubai Land Department data."),
        f(RM, "READ: Dubai’s top 10 most expensive villa sales of 2026"),
        c("Off-plan sales accounted for 61 percent of deals, analysts said."),
        f(SF, "Follow Arabian Business on WhatsApp for the latest news"),
    ]),
    # Gulf Business: sponsored block between paragraphs, "Also read".
    ("13", [
        c("Oman launches new visa to attract remote workers"),
        c("Oman has introduced a one-year remote work visa aimed at professionals employed by "
          "companies abroad, the Ministry of Labour said."),
        f(AD, "Sponsored\nHow Gulf SMEs are cutting costs with cloud accounting"),
        c("Applicants must show a monthly salary of at least $3,000 and valid health "
          "insurance."),
        f(RM, "Also read: Saudi Arabia eases rules for foreign freelancers"),
    ]),
    # TechCrunch-style: Image Credits, event ad, newsletter prompt.
    ("14", [
        c("Startup behind AI spreadsheet agent raises $25M"),
        f(PC, "Image Credits: Getty Images"),
        c("Gridwise, which builds an AI agent that edits spreadsheets on command, has raised "
          "$25 million in a Series A led by a Silicon Valley firm."),
        f(AD, "Techcrunch event\nSan Francisco | October 27-29, 2026\nREGISTER NOW"),
        c("The startup says it has 4,000 paying customers, most of them finance teams."),
        f(SF, "Subscribe for the industry’s biggest tech news"),
    ]),
    # Substack newsletter: subscribe box mid-post, share and comment trailer.
    ("15", [
        c("Why Gulf sovereign funds are quietly buying data centres"),
        c("Hi all — this week I want to look at a trend that has gone mostly unnoticed: the "
          "steady stream of data-centre deals done by Gulf sovereign funds."),
        f(SF, "Thanks for reading Desert Capital! Subscribe for free to receive new posts and "
              "support my work.\nSubscribe"),
        c("Since January, at least nine such deals have been announced, worth a combined "
          "$14 billion."),
        f(SF, "Share"),
        f(ST, "Leave a comment", L),
    ]),
    # Medium: member-only + listen/share row at top, clap/follow footer.
    ("16", [
        c("I Quit Social Media for a Year. Here’s What Happened to My Writing."),
        f(SF, "Member-only story\nListen\nShare"),
        c("Last November I deleted every social app from my phone. I told myself it was an "
          "experiment; really, I was tired."),
        c("The first month was the hardest. I kept reaching for my phone to share a thought "
          "and finding nothing there."),
        c("Written by Dana Kerr"),
        f(SF, "1.2K Followers\nFollow", L),
    ]),
    # ESPN: Editor's Picks list, AP info line as content.
    ("17", [
        c("Mahomes leads late drive as Chiefs edge Bills"),
        c("KANSAS CITY, Mo. — Patrick Mahomes threw a 12-yard touchdown pass with 28 seconds "
          "left as the Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday."),
        f(RL, "Editor’s Picks\nChiefs’ defense finds answers in second half\nBills’ playoff "
              "path after Sunday’s loss"),
        c("Information from The Associated Press was used in this report."),
    ]),
    # Khaleej-Times-ish sports with "Story continues below" ad slot; "Promoted" look-alike.
    ("18", [
        c("Al Ain promoted youngster shines in AFC win"),
        c("Al Ain beat Al Sadd 2-1 in the AFC Champions League Elite on Tuesday, with "
          "19-year-old winger Khalid Saeed, promoted from the academy in the summer, scoring "
          "the winner."),
        f(AD, "Story continues below"),
        c("The coach said the teenager had earned his place. “He listens, he works, and he "
          "follows instructions,” he said."),
    ]),
    # Guardian caption + Getty credit; a quoted credit line inside the content.
    ("19", [
        c("Photographers’ union wins fight over AI training on news images"),
        f(PC, "A photographer at work in London. The union said members’ images had been "
              "scraped without consent.\nPhotograph: Dan Kitwood/Getty Images"),
        c("A union representing press photographers has won a settlement from an AI company "
          "that used news pictures to train an image generator."),
        c("The deal requires the company to pay a licence fee and to honour credit lines "
          "such as “Photograph: Getty Images” in any output."),
    ]),
    # Bloomberg paywall prompt at end.
    ("20", [
        c("Qatar Airways Orders 30 More Wide-Body Jets"),
        c("Qatar Airways agreed to buy 30 additional wide-body aircraft, expanding an order "
          "placed last year as the carrier grows its long-haul network."),
        f(SF, "This article is for subscribers only.\nSubscribe to continue reading.\nAlready "
              "a subscriber? Sign in"),
    ]),
    # Gulf News-ish with trending list, cookie line at end.
    ("21", [
        c("Sharjah opens new public library with 200,000 titles"),
        c("Sharjah has opened a new central library housing more than 200,000 titles in "
          "Arabic, English and Urdu, officials said on Monday."),
        f(RL, "🔥 Trending\n• UAE weather: rain expected this weekend\n• Dubai Metro extends "
              "hours for New Year"),
        c("The library also includes a children’s wing and a reading garden."),
        f(ST, "We use cookies to give you the best experience. By continuing to browse, you "
              "agree to our use of cookies.\nAccept"),
    ]),
    # Arabic ad label inside an English page glued after a full stop + NBSP in text.
    ("22", [
        c("Jordan’s exports rise 6% in first ten months"),
        c("Jordan’s national exports rose 6 percent year on year in the first ten months, "
          "reaching JD7.1" + NB + "billion, the Department of Statistics said."),
        f(AD, "إعلان", G),
        c("Exports of fertilisers and potash led the increase, while clothing exports "
          "declined slightly."),
    ]),
    # Inline Advertisement between two sentences, university news page.
    ("23", [
        c("University launches scholarship fund for refugee students"),
        c("The American University of Beirut has launched a $10 million fund to support "
          "refugee students. The fund will cover tuition and housing for up to 80 students a "
          "year."),
        f(AD, "Advertisement", S),
        c("Applications open in January.", S),
        f(SF, "Share this page\nFacebook\nLinkedIn\nEmail"),
    ]),
    # --- English negatives ---
    ("24", [
        c("Advertising spend in the Gulf set to top $6bn next year"),
        c("Advertisement spending across Gulf markets is forecast to exceed $6 billion next "
          "year, driven by digital and outdoor formats, a new industry report says."),
        c("Agencies said clients now expect every sponsored post to be labelled, after "
          "regulators in the UAE required influencers to carry an advertising licence."),
        c("Read more about the methodology in the report’s appendix, the authors said."),
    ]),
    ("25", [
        c("Why ‘Most read’ lists shape what we click"),
        c("Researchers found that articles appearing in a site’s most read list received "
          "40% more visits in the following hour, a feedback loop that favours sensational "
          "headlines."),
        c("“Trending is a self-fulfilling prophecy,” said the study’s lead author. “Once a "
          "story is trending, the share of readers who see it doubles.”"),
    ]),
    ("26", [
        c("Court rules on copyright of news photographs"),
        c("A federal judge ruled that a blog which reposted wire photos could not rely on "
          "the words “All rights reserved” being missing from the images."),
        c("The photo agency argued that its credit line, printed as “(AP Photo/John Doe)” "
          "under each picture, was enough notice. The judge agreed."),
        c("Lawyers said the decision would be watched closely by publishers."),
    ]),
    ("27", [
        c("Substack passes 5 million paid subscriptions"),
        c("Substack said on Tuesday that paid subscriptions on its platform had passed 5 "
          "million, as more journalists leave newsrooms to start their own newsletters."),
        c("The company said readers who subscribe to one newsletter follow an average of "
          "three more within a year. Writers keep 90% of revenue."),
        c("Critics say the model rewards writers who already have a large following."),
    ]),
    ("28", [
        c("Emaar shares jump after record quarterly profit"),
        c("Shares of Emaar Properties rose 4.2% on Tuesday after the developer reported a "
          "record third-quarter profit. Share buybacks announced last month also supported "
          "the stock."),
        c("“Key events for the market this week include the Fed minutes,” said one broker, "
          "adding that investors would follow US data closely."),
        c("The index closed at a two-month high."),
    ]),
    ("29", [
        c("Photographer wins award for images of Sudan displacement"),
        c("A Sudanese photographer has won this year’s regional photojournalism award for a "
          "series documenting families displaced from Khartoum."),
        c("The jury said the images “speak without captions”. The photographer said she "
          "shot most of them on a borrowed camera."),
        c("Her work will be shown at a Dubai gallery until January."),
    ]),
    ("30", [
        c("Liverpool captain promoted to club’s leadership group"),
        c("Liverpool’s vice-captain has been promoted to the club’s five-player leadership "
          "group. Story continues to unfold as the club reshapes its dressing room."),
        c("The manager said: “Watch how he trains. That is why.”"),
        c("Reporting by the sports desk."),
    ]),
    ("31", [
        c("Updated at dawn: how the newsroom covers elections overnight"),
        c("On election night, the live page is updated at least every ten minutes. Editors "
          "share a single document listing key events, and reporters follow results from "
          "every district."),
        c("By morning, the team publishes a summary under the heading “What we know”."),
    ]),
    ("32", [
        c("Kuwait Stock Exchange lists first green sukuk"),
        c("KUWAIT CITY, Nov 25 (KUNA) -- Boursa Kuwait listed its first green sukuk on "
          "Wednesday, a 200-million-dinar issue by a local bank."),
        c("The sukuk was oversubscribed 3.1 times, the bank said, with demand from regional "
          "and international investors."),
        c("Reporting by Ahmed Hagagy; Editing by Sharon Singleton"),
    ]),
    ("33", [
        c("Ask the expert: Should I sign up for my bank’s newsletter offers?"),
        c("Q: My bank keeps asking me to subscribe to its newsletter. Is it worth it?"),
        c("A: Usually no. Read the terms first: some offers require you to follow the bank "
          "on social media or share your data with partners. Comments are welcome below."),
    ]),
    ("34", [
        c("Apple faces EU fine over app store advertising rules"),
        c("The European Commission fined Apple for the way it labels promoted apps in "
          "search results, saying the word “Ad” was too small."),
        c("Apple said it would appeal. “We clearly label every advertisement,” a spokesperson "
          "said in a statement."),
    ]),
    ("35", [
        c("The Gulf’s new wave of photo agencies"),
        c("By Rana Haddad"),
        c("When Getty Images opened a Dubai office, few expected local agencies to compete. "
          "Today three regional agencies supply most of the pictures seen in Gulf papers."),
        c("Rana Haddad is a media correspondent based in Dubai."),
    ]),
]

DOCS = [(doc_id, "ar", parts) for doc_id, parts in AR] + [
    (doc_id, "en", parts) for doc_id, parts in EN]
