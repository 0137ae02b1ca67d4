r"""The eleventh blind set: 70 documents (35 ``ar``, 35 ``en``), 24 of them negatives.

Written from ``specs/injected-fragments.md``, the seed article, ``README.md``,
``parts_builder.py`` and the ``blind9_build.py`` template only (no lexicon, no detector code,
no tests, no ``corpus.jsonl``, no earlier blind documents). The news is invented. Sites
imitated: Moroccan, Algerian and Tunisian Arabic pages with French furniture (``Publicité``,
``Lire aussi``, ``Partager``, ``Suivez-nous``, ``Tous droits réservés``, ``(ح.م)``, ``© DR``,
``Crédit photo``), Mauritanian and Sudanese portals, Saudi and Emirati government news portals
(SPA/WAM datelines and editor codes), Qatari, Omani, Kuwaiti and Bahraini English dailies,
live-score and transfer pages, Arabic and English encyclopedia pages (``انظر أيضًا`` / ``See
also``, navigation box, ``مراجع`` / ``References``, licence footer), vBulletin and Discourse
threads, a Q&A site in both languages, podcast and video pages with transcripts, job and
education portals, Arabic WordPress themes, AMP, Google-cache and print-view pages, newsletter
web versions and PDF-to-text press releases.

Each document is a list of parts ``(sep, label, text)`` for :mod:`parts_builder`; ``label`` is
``None`` for content.

Labelling choices (an annotator's notes):

- Content, never a fragment: headlines (also when they end in ``(فيديو)``, ``(صور)``,
  ``(video)``, ``(photos)``), bylines, datelines (``بريدة … واس``, ``أبوظبي في … / وام /``,
  ``Riyadh, …, SPA --``, ``DUBAI, … (WAM) --``, ``RABAT, May 8 (Reuters) -``, ``Tunis (TAP) -``,
  ``الرباط (و م ع) -``), wire end marks (``// انتهى //``, ``--SPA``) and editor codes
  (``وام/…/…``, ``WAM/…/…``), ``(Reporting by …; Editing by …)``, editor's notes, author bios,
  ``Source: …`` / ``المصدر: …`` attribution, a press release's own parts (``FOR IMMEDIATE
  RELEASE``, ``بيان صحفي``, ``-Ends-``, ``- انتهى -``, ``About …``, ``Notes to editors``, media
  contacts, ``Page 1 of 2``), a podcast transcript (including ``(موسيقى)`` / ``[Intro music]``
  cues and anything the speakers say), a job advert's own text (requirements, how to apply), a
  forum post's own text and its author name line, section headings of an encyclopedia page.
- ``photo_credit``: a caption line that ends in or is followed by a credit, in any language
  (``(ح.م)``, ``من المصدر``, ``Crédit photo :``, ``© DR``, ``Ph :``, ``(Photo: SUNA)``,
  ``(تصوير: …)``, ``Photo courtesy: …``, ``Image courtesy: …``, ``Photo by …/AFP via Getty
  Images``, ``(File photo: …)``), and the caption-with-credit of an embedded video (``Video
  courtesy: …``, ``فيديو: … (مواقع التواصل الاجتماعي)``).
- ``read_more``: a cue with its one-headline payload (``Lire aussi :``, ``طالع أيضاً >>``,
  ``اقرأ كمان..``, ``إقرا كمان:``, ``شوف كمان:``, ``Also Read |``, ``WATCH MORE ▶``), also when
  glued to the end of a paragraph; a cue over two headline lines is one ``read_more`` span.
- ``related_links``: a heading over a list of titles (``الأخبار ذات العلاقة``, ``مقالات ذات
  صلة``, ``مواضيع ذات صله``, ``أسئلة ذات صلة``, ``وظائف مشابهة``, ``حلقات أخرى قد تعجبك``,
  ``More transfer news``, ``Similar jobs``, ``Suggested Topics``, ``Related``, ``More
  episodes``, ``Related News``), an encyclopedia page's ``انظر أيضًا`` / ``See also`` list and
  its navigation box (``ع • ن • ت`` + the list).
- ``share_follow``: share rows and buttons (``Partager :``, ``انشر على:``, ``Share | Print |
  Copy link``), follow/channel/app/notification prompts, newsletter sign-up and
  ``Forward it to a friend`` prompts, a donation prompt, a print-view toolbar (``Print | Email |
  Close this window``) and the print view's ``رابط المقال: <url>`` line (like a short-link box),
  forum post action buttons (``رد مع اقتباس``, ``❤ 2 · Quote · Reply``) and the Q&A site's
  ``Share Improve this answer Follow`` row, a podcast page's ``Listen on …`` / ``Subscribe to …``
  lines.
- ``site_trailer``: copyright and rights lines (``Tous droits réservés``, ``جميع الحقوق محفوظة``),
  comment forms (``اترك تعليقاً``, ``أضف تعليق``), the Q&A answer form (``Your Answer … Post as a
  guest …``), ``Powered by …`` footers, the vBulletin time-and-copyright footer, a forum
  signature (a per-user template repeated under every post; the ``____`` rule and its line),
  AMP ``View non-AMP version`` / ``عرض النسخة الكاملة`` footers, the print view's ``Printed
  from …`` / ``تمت طباعة …`` line, a newsletter's ``View this email in your browser`` line and
  its unsubscribe footer, the Google-cache banner at the top of a page (a template notice, not
  article text), and an encyclopedia page's end apparatus (``مراجع`` / ``References`` with the
  reference lines, and the ``آخر تعديل لهذه الصفحة …`` / ``This page was last edited …``
  licence footer: one span when only blank lines separate them).
- ``ad_placeholder``: ``Publicité``, ``مساحه إعلانيه``, ``- إعلان -`` inline, ``تابع القراءة بعد
  الإعلان``, ``إعلان مُمَوَّل``, ``ADVERTISEMENT`` glued to Arabic text, ``– Advertisement –``,
  ``ADVERTISEMENT - CONTINUE READING BELOW``, RLM + ``إعـلان`` glued to an English paragraph.

Look-alikes kept as content (negatives and positives): ``إعلان توظيف``, ``إعلان نواكشوط``,
``إعلان الدوحة``, ``الإعلانات المخالفة``, ``لوحة إعلانية``, ``اقتسام الموارد الجبائية``,
``partager les richesses``, ``Lire, partager, grandir``, «اقرأ لتعيش», «اقرأ معي», ``شارك في``,
``شاركت``, ``تابع`` / ``يتابع`` as verbs, «تابعونا في الأيام المقبلة» in a quote, ``شاهد عيان``,
``تصوير الأفلام``, ``معرض للصورة الفوتوغرافية``, ``حقوق المؤلف``, ``تعليق الدراسة``, ``رفض
التعليق``, ``تعديل`` (amendment), ``المراجع الخارجي`` (auditor), a quoted «رد مع اقتباس» button,
``the club will follow up``, ``share of possession``, ``a related field``, ``a photo exhibition``,
``Photographs courtesy of the artists`` in prose, the labels ``Advertisement`` and ``Sponsored``
quoted in a regulation story, ``subscribers``, ``Subscribe now`` buttons quoted, a copyright
ruling, ``Source: …``, ``(ONA) --``.
"""

from __future__ import annotations

AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")
RLM = "\u200f"
NBSP = "\u00a0"


def c(text: str, sep: str = "\n\n") -> tuple[str, None, str]:
    """A content part written after ``sep``."""
    return (sep, None, text)


def f(label: str, text: str, sep: str = "\n\n") -> tuple[str, str, str]:
    """A fragment part written after ``sep`` (``""`` glued, ``" "`` inline)."""
    return (sep, label, text)


DOCS: list[tuple[str, str, list]] = []


def doc(doc_id: str, lang: str, *parts) -> None:
    DOCS.append((doc_id, lang, list(parts)))


# --------------------------------------------------------------------------- Arabic positives

# Moroccan economic site with French furniture.
doc("01", "ar",
    c("الحكومة تعرض مشروع قانون المالية المعدل أمام لجنة المالية بمجلس النواب"),
    f(PC, "وزيرة الاقتصاد والمالية خلال جلسة اللجنة بالرباط | Crédit photo : Yassine Toumi", "\n"),
    c("الرباط – قدمت وزيرة الاقتصاد والمالية، صباح الثلاثاء، مشروع قانون المالية المعدل أمام لجنة "
      "المالية والتنمية الاقتصادية بمجلس النواب، في جلسة استمرت أكثر من خمس ساعات."),
    c("ويقترح المشروع، وفق المذكرة التقديمية، إعادة النظر في طريقة اقتسام الموارد الجبائية بين الدولة "
      "والجهات، إذ سترتفع حصة الجهات من الضريبة على الشركات إلى 5 في المائة بدل 3 في المائة حالياً."),
    f(AD, "Publicité"),
    c("وقالت الوزيرة إن الحكومة «لا تنوي فرض ضرائب جديدة على الطبقة المتوسطة»، مضيفة أن العجز "
      "المتوقع لن يتجاوز 4,3 في المائة من الناتج الداخلي الخام."),
    f(RM, "Lire aussi : بنك المغرب يبقي على سعر الفائدة الرئيسي دون تغيير"),
    c("من جهتها، انتقدت فرق المعارضة ما وصفته بـ«غياب الجرأة» في المشروع، وطالبت بإعلان برنامج "
      "استعجالي لدعم القدرة الشرائية، فيما ستتواصل المناقشة التفصيلية يوم الخميس المقبل."),
    f(SF, "Partager : Facebook | X | WhatsApp | LinkedIn"),
    f(ST, "© 2024 Tous droits réservés — يمنع نسخ أو إعادة نشر المحتوى دون إذن مسبق"),
    )

# Algerian daily: (ح.م) credit, glued Publicité, French follow prompt.
doc("02", "ar",
    c("وهران: تسليم 2400 مسكن اجتماعي قبل نهاية السنة"),
    f(PC, "والي وهران خلال تفقده ورشات الإنجاز (ح.م)", "\n"),
    c("أعلن والي وهران، أمس، عن تسليم 2400 وحدة سكنية من صيغة السكن العمومي الإيجاري قبل نهاية السنة "
      "الجارية، وذلك خلال زيارة تفقدية قادته إلى عدة ورشات بالقطب العمراني الجديد بمسرغين."),
    c("وأوضح المسؤول أن قوائم المستفيدين سيتم الإعلان عنها بعد استكمال عمليات التحقيق، داعياً "
      "المواطنين إلى «عدم الالتفات للإشاعات» التي تروج لها بعض الصفحات على مواقع التواصل الاجتماعي."),
    f(AD, "Publicité", ""),
    c("كما أمر الوالي بتسريع أشغال التهيئة الخارجية وربط الأحياء الجديدة بشبكتي الغاز والكهرباء، "
      "مهدداً بفسخ العقود مع المقاولات المتأخرة."),
    f(RM, "إقرأ ايضا » عين تموشنت: توزيع 500 إعانة للسكن الريفي"),
    c("وتعرف ولاية وهران عجزاً في السكن الاجتماعي يقدر بأكثر من 30 ألف طلب، حسب أرقام مديرية السكن."),
    f(SF, "Suivez-nous sur Facebook et Instagram pour ne rien rater de l'actualité de l'Ouest"),
    f(ST, "جميع الحقوق محفوظة © 2024 - وهران نيوز"),
    )

# Tunisian culture page: French caption credit, Lire aussi glued to a paragraph end.
doc("03", "ar",
    c("صفاقس تحتضن معرضاً للصورة الفوتوغرافية حول ذاكرة المدينة العتيقة"),
    f(PC, "جانب من المعرض (Crédit photo : Mourad Ben Salah)", "\n"),
    c("افتتح مساء الجمعة بدار الثقافة بصفاقس معرض للصورة الفوتوغرافية بعنوان «ذاكرة الأسوار»، يضم "
      "أكثر من ستين صورة بالأبيض والأسود التقطها مصورون هواة ومحترفون بين سنتي 1950 و1990."),
    c("وقالت مديرة الدار إن المعرض «دعوة لإعادة قراءة المدينة بعيون أبنائها»، مشيرة إلى أن الصور "
      "جمعت من أرشيفات عائلية وتبرع بها أصحابها."),
    f(RM, "Lire aussi: مهرجان قرطاج يكشف عن برنامج دورته الجديدة", ""),
    c("ويتواصل المعرض إلى غاية 30 أفريل، على أن تنتظم على هامشه ورشة في تصوير الأفلام القصيرة لفائدة "
      "تلاميذ المعاهد، وندوة حول حقوق المؤلف في مجال الصورة."),
    )

# Mauritanian portal.
doc("04", "ar",
    c("نواكشوط: الحكومة تطلق برنامجاً لتوزيع الأعلاف في الولايات الشرقية"),
    f(PC, "وزير التنمية الحيوانية خلال إطلاق البرنامج في النعمة (الوكالة الموريتانية للأنباء)", "\n"),
    c("أطلقت الحكومة الموريتانية، اليوم الأحد، برنامجاً لتوزيع ثلاثين ألف طن من الأعلاف المدعومة على "
      "المنمين في ولايات الحوضين ولعصابة، لمواجهة آثار تأخر الأمطار هذا الموسم."),
    c("وقال وزير التنمية الحيوانية إن البرنامج سيشمل 180 بلدية، وإن أسعار البيع حددت بنصف سعر السوق، "
      "مؤكداً أن لجاناً محلية ستتابع عمليات التوزيع لضمان وصولها إلى مستحقيها."),
    f(RM, "طالع أيضاً >> ارتفاع أسعار الماشية في أسواق نواكشوط مع اقتراب عيد الأضحى"),
    c("ويشكو المنمون في المنطقة منذ أسابيع من نفوق أعداد من المواشي بسبب شح المراعي، فيما نزح بعضهم "
      "بقطعانهم نحو الحدود المالية بحثاً عن الكلأ."),
    f(SF, "شارك هذا المقال عبر: واتساب - فيسبوك - تيليغرام"),
    f(ST, "جميع الحقوق محفوظة لموقع آفاق نواكشوط 2024 ©"),
    )

# Sudanese portal: English credit in an Arabic caption, read-more block with two headlines.
doc("05", "ar",
    c("الخرطوم: عودة جزئية للتيار الكهربائي إلى أحياء في بحري وأم درمان"),
    c("أعلنت الشركة السودانية لتوزيع الكهرباء، يوم الإثنين، عودة التيار الكهربائي بصورة جزئية إلى عدد "
      "من أحياء مدينتي بحري وأم درمان، بعد انقطاع استمر أكثر من ثلاثة أسابيع."),
    f(PC, "فنيون يعملون على إصلاح محطة تحويل في أم درمان (Photo: SUNA)"),
    c("وقال مصدر في الشركة إن الفرق الفنية تمكنت من إصلاح خطي نقل رئيسيين تضررا جراء المعارك، مضيفاً "
      "أن الإمداد سيتحسن تدريجياً خلال الأيام المقبلة، وأن برمجة القطوعات ستُعلن عبر صفحة الشركة."),
    f(RM, f"اقرأ ايضاً{RLM}:\nمنظمة الصحة: تفشي الكوليرا في ولايتين\nارتفاع أسعار الوقود في ود مدني"),
    c("من جهتهم، شكا مواطنون من ارتفاع أسعار ألواح الطاقة الشمسية، التي باتت البديل الوحيد لكثير من "
      "الأسر منذ اندلاع الحرب."),
    f(SF, "📲 تابعونا على قناتنا في تيليجرام وواتساب لتصلكم الأخبار لحظة بلحظة"),
    )

# Saudi government news portal (SPA style dateline and end mark are content).
doc("06", "ar",
    c("أمير منطقة القصيم يدشن مشروعات تنموية بأكثر من 800 مليون ريال"),
    c("بريدة 14 شعبان 1445 هـ الموافق 24 فبراير 2024 م واس"),
    c("دشّن صاحب السمو أمير منطقة القصيم، اليوم، 37 مشروعاً تنموياً في قطاعات المياه والطرق والتعليم، "
      "بتكلفة إجمالية تجاوزت 800 مليون ريال، بحضور عدد من المسؤولين في المنطقة."),
    c("وأكد سموه أن هذه المشروعات تأتي ضمن مستهدفات رؤية المملكة 2030، مشيراً إلى أن المنطقة تشهد "
      "نقلة نوعية في البنية التحتية، وأن متابعة تنفيذها ستكون بشكل دوري."),
    c("// انتهى //"),
    f(SF, "مشاركة الخبر: فيسبوك | إكس | واتساب | نسخ الرابط"),
    f(RL, "الأخبار ذات العلاقة\nأمير القصيم يستقبل مدير الجامعة ويطلع على خطط العام الدراسي\n"
          "إطلاق مهرجان الكليجا في بريدة بمشاركة 300 أسرة منتجة"),
    )

# Emirati government news agency page: «من المصدر» credit; WAM editor codes are content.
doc("07", "ar",
    c("دائرة الطاقة في أبوظبي تطلق مبادرة لترشيد استهلاك المياه في المنازل"),
    f(PC, "مسؤولو الدائرة خلال المؤتمر الصحفي. من المصدر", "\n"),
    c("أبوظبي في 3 أبريل / وام / أطلقت دائرة الطاقة في أبوظبي اليوم مبادرة «كل قطرة تهم» الهادفة إلى "
      "خفض استهلاك المياه في المنازل بنسبة 15 في المئة بحلول عام 2027."),
    c("وتتضمن المبادرة تركيب 50 ألف جهاز لترشيد التدفق مجاناً، وإطلاق منصة رقمية تتيح للأسر متابعة "
      "استهلاكها اليومي ومقارنته بمتوسط الحي، إلى جانب حملات توعية في المدارس."),
    c("وام/ريم حسن/أحمد النعيمي"),
    f(SF, "انشر على: فيسبوك • إكس • لينكدإن • البريد الإلكتروني"),
    f(ST, "© وكالة أنباء الإمارات 2024 - جميع حقوق النشر محفوظة"),
    )

# Arabic encyclopedia page: see-also list, references and licence footer.
doc("08", "ar",
    c("قلعة نزوى"),
    c("قلعة نزوى هي قلعة تاريخية تقع في مدينة نزوى بمحافظة الداخلية في سلطنة عُمان، وتُعد من أشهر "
      "المعالم الأثرية في البلاد. بُنيت في القرن السابع عشر الميلادي، واستغرق بناؤها نحو اثنتي عشرة سنة."),
    c("التاريخ"),
    c("أُنشئت القلعة فوق مجرى مائي جوفي، وتتميز ببرجها الأسطواني الضخم. وقد خضعت لأعمال ترميم واسعة "
      "في تسعينيات القرن العشرين، وأُعيد افتتاحها متحفاً يعرض مقتنيات من التاريخ العُماني.", "\n"),
    f(RL, "انظر أيضًا\nقلعة بهلاء\nحصن جبرين\nقائمة مواقع التراث في عمان"),
    f(ST, "مراجع\n^ وزارة التراث والسياحة، «دليل القلاع والحصون»، مسقط، 2015، ص 44.\n"
          "^ «ترميم قلعة نزوى»، صحيفة محلية، 12 مارس 1994.\n\n"
          "آخر تعديل لهذه الصفحة كان يوم 9 يناير 2024، الساعة 14:07.\n"
          "النصوص منشورة برخصة المشاع الإبداعي. طالع شروط الاستخدام للتفاصيل."),
    )

# Encyclopedia page with a navigation box.
doc("09", "ar",
    c("ولاية صور"),
    c("صور ولاية ساحلية في محافظة جنوب الشرقية بسلطنة عمان، اشتهرت تاريخياً بصناعة السفن الخشبية، "
      "ولا سيما سفن الغنجة، التي كانت تبحر إلى سواحل شرق أفريقيا والهند."),
    c("يبلغ عدد سكان الولاية أكثر من مئة ألف نسمة، ويعمل جزء كبير منهم في صيد الأسماك والتجارة. "
      "وتضم الولاية محمية رأس الحد لتعشيش السلاحف الخضراء."),
    f(RL, "ع • ن • ت\nولايات محافظة جنوب الشرقية\n"
          "صور · جعلان بني بو علي · جعلان بني بو حسن · الكامل والوافي · مصيرة"),
    )

# vBulletin thread (Gulf dialect): quote button, signature, footer.
doc("10", "ar",
    c("مشكلة في تجديد الإقامة عن طريق البوابة الإلكترونية"),
    c("السلام عليكم ورحمة الله\nيا جماعة حاولت أجدد إقامة الوالدة عن طريق البوابة من أسبوع وكل مرة "
      "يطلع لي خطأ في الدفع، مع إن الرصيد موجود. أحد صار معه نفس الشي؟"),
    f(SF, "رد مع اقتباس"),
    c("وعليكم السلام\nنفس المشكلة صارت معي الشهر الماضي، الحل إنك تمسح بيانات المتصفح وتجرب من الجوال، "
      "وإذا ما زبطت كلّم خدمة العملاء وهم يفتحون لك بلاغ."),
    f(ST, "__________________\nسبحان الله وبحمده سبحان الله العظيم"),
    f(SF, "رد مع اقتباس"),
    f(ST, "جميع الأوقات بتوقيت GMT +3. الساعة الآن 08:14 PM.\nPowered by vBulletin® Version 4.2.5\n"
          "Copyright © 2024 vBulletin Solutions, Inc. All rights reserved."),
    )

# Arabic Q&A site.
doc("11", "ar",
    c("ما الفرق بين الإقامة الدائمة والجنسية في دول الخليج؟"),
    c("أعيش في الكويت منذ عشرين عاماً وأريد أن أفهم الفرق بين الإقامة الدائمة والتجنيس من الناحية "
      "القانونية، وهل يحق لحامل الإقامة الدائمة التملك؟"),
    c("الإقامة الدائمة تمنح صاحبها حق البقاء والعمل دون كفيل، لكنها لا تمنحه الحقوق السياسية التي "
      "يتمتع بها المواطن. أما التملك فتحكمه قوانين كل دولة على حدة، ويقتصر في بعضها على المواطنين "
      "ومواطني دول المجلس مع استثناءات محدودة."),
    f(SF, "مشاركة تحسين هذه الإجابة متابعة"),
    f(RL, "أسئلة ذات صلة\nهل يمكن نقل الكفالة أثناء فترة التجربة؟\nكم تستغرق معاملة لم الشمل في قطر؟\n"
          "شروط الحصول على الإقامة الذهبية في الإمارات"),
    )

# Podcast page with a transcript.
doc("12", "ar",
    c("بودكاست «على الطاولة» - الحلقة 42: لماذا ترتفع أسعار الإيجارات في المدن الخليجية؟"),
    f(SF, "استمع عبر: Apple Podcasts | Spotify | أنغامي | يوتيوب"),
    c("في هذه الحلقة تستضيف مقدمة البرنامج الباحثة الاقتصادية ريم العتيبي للحديث عن أسباب موجة ارتفاع "
      "الإيجارات، وتأثيرها على الأسر الوافدة والشباب المقبلين على الزواج."),
    c("النص الكامل للحلقة\n(موسيقى)\nالمقدمة: أهلاً بكم في حلقة جديدة. ريم، لنبدأ من السؤال البسيط: "
      "لماذا ترتفع الإيجارات الآن تحديداً؟\nريم العتيبي: هناك ثلاثة عوامل رئيسية؛ أولها زيادة عدد "
      "السكان بوتيرة أسرع من المعروض السكني، وثانيها ارتفاع كلفة التمويل، وثالثها تحول جزء من الوحدات "
      "إلى الإيجار اليومي."),
    f(RL, "حلقات أخرى قد تعجبك\nالحلقة 41: هل انتهى زمن الوظيفة الحكومية؟\nالحلقة 40: التضخم كما تعيشه الأسر"),
    )

# Egyptian video page: headline ending in (فيديو) is content; English ad glued to Arabic.
doc("13", "ar",
    c("لحظة انهيار جزء من جسر قديم في صعيد مصر (فيديو)"),
    f(PC, "فيديو: لحظة الانهيار كما وثقها أحد المارة (مواقع التواصل الاجتماعي)", "\n"),
    c("انهار جزء من جسر حديدي قديم يربط بين قريتين في محافظة سوهاج، مساء الأربعاء، دون أن يسفر الحادث "
      "عن إصابات، بحسب ما أفاد به شاهد عيان لـ«المصري الآن»."),
    f(AD, "ADVERTISEMENT", ""),
    c("وقال المحافظ في تصريحات تلفزيونية إن الجسر كان مغلقاً أمام السيارات منذ عامين، وإن لجنة فنية "
      "ستُشكّل لتحديد أسباب الانهيار، مشيراً إلى إعلان مناقصة لإنشاء جسر خرساني بديل قبل نهاية العام."),
    f(RM, "شوف كمان: بالصور.. غرق أجزاء من طريق الكورنيش بعد الأمطار"),
    c("وتداول مستخدمون على مواقع التواصل مقطعاً مصوراً يظهر لحظة سقوط الجزء الأوسط من الجسر في المجرى "
      "المائي، وسط صيحات الأهالي."),
    )

# Job portal (Saudi).
doc("14", "ar",
    c("مطلوب محاسب أول - شركة مقاولات كبرى - الرياض"),
    c("تعلن شركة رائدة في مجال المقاولات عن حاجتها إلى محاسب أول للعمل في مقرها الرئيسي بالرياض، على "
      "أن يكون حاصلاً على بكالوريوس المحاسبة وخبرة لا تقل عن خمس سنوات."),
    c("المهام:\n- إعداد القوائم المالية الشهرية ومتابعة الحسابات الختامية.\n- التنسيق مع المراجع "
      "الخارجي.\n- متابعة التحصيل من العملاء."),
    c("طريقة التقديم: إرسال السيرة الذاتية عبر زر التقديم قبل 30 مايو."),
    f(SF, "شارك الوظيفة\nواتساب | لينكدإن | إكس | نسخ الرابط"),
    f(RL, "وظائف مشابهة\nمحاسب عام - جدة\nمدقق حسابات داخلي - الدمام\nمحاسب تكاليف - الرياض"),
    )

# Education portal (Egypt/Jordan style), emoji arrow cue.
doc("15", "ar",
    c("وزارة التربية تعلن موعد نتائج الثانوية العامة وطريقة الاستعلام"),
    c("أعلنت وزارة التربية والتعليم أن نتائج امتحانات الثانوية العامة للدور الأول ستصدر يوم الأحد "
      "المقبل، عبر الموقع الإلكتروني للوزارة والرسائل النصية."),
    f(RM, "اقرأ أيضًا ⬅️ جدول امتحانات الدور الثاني 2024 كاملاً"),
    c("وأوضحت الوزارة أن الطلاب يمكنهم الاستعلام عن النتيجة باستخدام رقم الجلوس، وأن باب التظلمات "
      "سيفتح لمدة أسبوع بعد إعلان النتائج، مقابل رسوم رمزية."),
    f(SF, "تابعونا على إنستغرام وتيك توك ليصلكم كل جديد عن المنح والجامعات 🎓"),
    f(ST, "جميع الحقوق محفوظة لبوابة دليل الطالب التعليمية ٢٠٢٤"),
    )

# Arabic WordPress theme (Syrian news blog): ad slot, related posts, comment form.
doc("16", "ar",
    c("افتتاح أول مكتبة عامة متنقلة في ريف إدلب"),
    c("افتتحت مجموعة من المتطوعين، الأسبوع الماضي، أول مكتبة عامة متنقلة في ريف إدلب الجنوبي، تتنقل "
      "بين المخيمات والقرى على متن حافلة صغيرة تحمل نحو ألفي كتاب."),
    f(AD, "مساحه إعلانيه"),
    c("وقال أحد القائمين على المشروع إن الفكرة بدأت بحملة على مواقع التواصل تحت شعار «اقرأ لتعيش»، "
      "وجمعت تبرعات من الكتب من داخل سوريا وخارجها."),
    c("وتخصص المكتبة يومين في الأسبوع للأطفال، يشاركون خلالهما في جلسات للقراءة الجماعية والرسم، "
      "بإشراف معلمات متطوعات."),
    f(RL, "مقالات ذات صلة\nمعرض للكتاب المستعمل في مدينة الباب\nمبادرة شبابية لترميم مدرسة في سرمدا"),
    f(ST, "اترك تعليقاً إلغاء الرد\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n"
          "التعليق *\nالاسم * البريد الإلكتروني *\nإرسال التعليق"),
    )

# Omani WordPress news site: an inline ad slot in an article about advertising boards.
doc("17", "ar",
    c("بلدية مسقط تمدد مهلة إزالة الإعلانات التجارية المخالفة"),
    f(SF, "شارك المقالة: فيسبوك، إكس، واتساب", "\n"),
    c("مددت بلدية مسقط المهلة الممنوحة لأصحاب المحلات التجارية لإزالة اللوحات والإعلانات المخالفة "
      "للاشتراطات حتى نهاية يونيو المقبل، بعد أن كانت تنتهي الشهر الجاري."),
    c("وقالت البلدية في بيان إن فرق التفتيش رصدت أكثر من 1200 لوحة إعلانية مخالفة في ولايات بوشر "
      "والسيب ومطرح."),
    f(AD, "- إعلان -", " "),
    c("وأضافت أن المخالفين سيتعرضون لغرامات تبدأ من 100 ريال عماني، تتضاعف في حال التكرار.", " "),
    f(SF, "تابعونا ع السناب شات والإنستقرام 👻"),
    f(RL, "مواضيع ذات صله:\n- تعديل رسوم تراخيص المحلات في محافظة مسقط\n- حملة لإزالة المركبات المهملة في السيب"),
    f(ST, "أضف تعليق\nيجب أن تكون مسجلاً للدخول لكي تضيف تعليقاً."),
    )

# AMP page of a Jordanian paper.
doc("18", "ar",
    c("ارتفاع صادرات الأردن من الأدوية 9% في الربع الأول"),
    c("عمّان – ارتفعت صادرات المملكة من الصناعات الدوائية بنسبة 9 في المئة خلال الربع الأول من العام "
      "الحالي، لتبلغ 212 مليون دينار، وفق بيانات رسمية."),
    f(AD, "تابع القراءة بعد الإعلان"),
    c("وتصدرت السعودية قائمة الدول المستوردة للأدوية الأردنية، تلتها العراق والجزائر، فيما قال رئيس "
      "اتحاد منتجي الأدوية إن القطاع يستهدف أسواقاً جديدة في أفريقيا."),
    c("وأضاف أن الشركات الأردنية تستعد للمشاركة في معرض دولي للصناعات الدوائية في دبي الشهر المقبل، "
      "بمشاركة 14 مصنعاً."),
    f(ST, "عرض النسخة الكاملة\n↑ للأعلى"),
    )

# Print view of a Kuwaiti paper.
doc("19", "ar",
    c("جامعة الكويت تعتمد نظام الفصل الصيفي المكثف للمرة الأولى"),
    f(SF, "🖨 اطبع هذه الصفحة | أغلق النافذة", "\n"),
    c("اعتمد مجلس الجامعة، في اجتماعه الأخير، تطبيق نظام الفصل الصيفي المكثف لمدة ستة أسابيع بدءاً من "
      "العام الجامعي المقبل، بما يتيح للطلبة تسجيل ما يصل إلى تسع وحدات دراسية."),
    c("وقال مدير الجامعة إن القرار جاء بعد دراسة استمرت عاماً كاملاً، شارك فيها ممثلون عن الكليات "
      "واتحاد الطلبة، مؤكداً أن الجودة الأكاديمية «لن تتأثر»."),
    f(SF, "رابط المقال: https://www.alrouya-kw.example/article/88412"),
    f(ST, "تمت طباعة هذا المقال من موقع «الرؤية الكويتية» بتاريخ 2024/05/12"),
    )

# Egyptian sports / transfers site.
doc("20", "ar",
    c("رسمياً.. الزمالك يتعاقد مع مهاجم غاني لمدة ثلاثة مواسم"),
    f(PC, "المهاجم الغاني خلال توقيع العقد - الصورة من المركز الإعلامي للنادي", "\n"),
    c("أعلن نادي الزمالك، مساء السبت، التعاقد مع المهاجم الغاني كوفي أمبونسا قادماً من أحد أندية الدوري "
      "الغاني، بعقد يمتد لثلاثة مواسم، في صفقة قدرت بنحو 600 ألف دولار."),
    f(AD, "إعلان مُمَوَّل"),
    c("وكان اللاعب قد شارك في 28 مباراة بالدوري الغاني الموسم الماضي، سجل خلالها 14 هدفاً، ما جعله محط "
      "أنظار عدد من الأندية في شمال أفريقيا."),
    f(RM, "اقرأ كمان..\nموعد مباراة الزمالك القادمة في الدوري والقناة الناقلة"),
    c("ومن المنتظر أن ينضم المهاجم إلى تدريبات الفريق الأسبوع المقبل بعد استخراج بطاقته الدولية، على أن "
      "يتابع الجهاز الطبي حالته البدنية قبل إشراكه."),
    f(SF, "تابع آخر أخبار الانتقالات لحظة بلحظة عبر حسابنا على إكس ⚽"),
    )

# Google-cache copy of a Lebanese page, Levantine furniture.
doc("21", "ar",
    f(ST, "هذه هي النسخة المخبأة من Google لصفحة https://www.tripoli-news.example/news/2231 ، وهي لقطة "
          "للصفحة كما ظهرت في 3 آذار 2024 الساعة 11:02:15 بتوقيت غرينتش. ربما تغيرت الصفحة الحالية في "
          "الوقت نفسه. مزيد من المعلومات\nالنسخة الكاملة | نسخة نصية فقط | عرض المصدر"),
    c("بلدية طرابلس تطلق حملة لتنظيف الشاطئ الشعبي قبل موسم الصيف"),
    c("أطلقت بلدية طرابلس، صباح السبت، حملة واسعة لتنظيف الشاطئ الشعبي الممتد من الميناء حتى منطقة "
      "البحصاص، بمشاركة أكثر من مئتي متطوع من الجمعيات الأهلية والكشافة."),
    f(RM, "إقرا كمان: ارتفاع سعر ربطة الخبز في الشمال"),
    c("وقال رئيس البلدية إن الحملة ستتكرر كل أسبوعين حتى نهاية أيلول، داعياً المواطنين إلى «التعاون "
      "وعدم رمي النفايات»، ومعلناً عن تركيب حاويات جديدة على طول الكورنيش."),
    f(SF, "شاركوا الخبر مع رفقاتكم 👇"),
    )

# Newsletter web version (Qatari economic newsletter).
doc("22", "ar",
    f(ST, "هل تواجه مشكلة في عرض هذه الرسالة؟ اعرضها في المتصفح"),
    c("النشرة الاقتصادية الأسبوعية | العدد 118"),
    c("صباح الخير،\nفي عدد هذا الأسبوع: البنوك المركزية الخليجية تترقب قرار الفيدرالي، وأسعار النفط "
      "تتراجع للأسبوع الثالث، وقراءة في نتائج الشركات المدرجة في بورصة قطر."),
    c("تراجع خام برنت بنسبة 2.4 في المئة خلال الأسبوع ليستقر عند 81 دولاراً للبرميل، وسط مخاوف من "
      "تباطؤ الطلب الصيني، فيما رفعت أوبك توقعاتها لنمو الإمدادات من خارج المجموعة."),
    c("وفي الدوحة، أعلنت 11 شركة من أصل 16 عن نمو في أرباحها الفصلية، تصدرها قطاع البنوك."),
    f(SF, "أعجبتك النشرة؟ أرسلها إلى صديق ↗"),
    f(ST, "وصلتك هذه الرسالة لأنك مشترك في نشرة «مؤشر» الاقتصادية.\nإلغاء الاشتراك | تعديل التفضيلات"),
    )

# PDF-to-text press release: the release's own parts are content, the follow line is furniture.
doc("23", "ar",
    c("بيان صحفي\nللنشر الفوري"),
    c("هيئة السياحة تطلق تأشيرة سياحية موحدة لزيارة ثلاث دول خليجية", "\n"),
    c("الدوحة، 14 مايو 2024 – أعلنت هيئة السياحة اليوم عن إطلاق تأشيرة سياحية موحدة تتيح لحاملها زيارة "
      "ثلاث دول خليجية بتأشيرة واحدة صالحة لمدة 30 يوماً، اعتباراً من أول سبتمبر المقبل."),
    c("وقال رئيس الهيئة إن التأشيرة الجديدة «ستسهل على الزوار تنظيم رحلاتهم بين عواصم المنطقة»، "
      "متوقعاً أن ترتفع أعداد السياح القادمين من أوروبا وآسيا بنسبة 20 في المئة خلال عامين."),
    c("- انتهى -"),
    c("للتواصل الإعلامي: إدارة الاتصال المؤسسي، البريد الإلكتروني: media@tourism.example"),
    f(SF, "تابعونا على: X | Instagram | LinkedIn @VisitGulfEx"),
    )

# --------------------------------------------------------------------------- Arabic negatives

doc("24", "ar",
    c("وزارة الصحة تعلن عن مسابقة توظيف لفائدة 3000 ممرض"),
    c("أعلنت وزارة الصحة، أمس، عن إعلان توظيف خارجي لفائدة 3000 ممرض وقابلة عبر مختلف ولايات الوطن، "
      "على أن تفتح المنصة الرقمية للتسجيل ابتداءً من الأحد المقبل ولمدة أسبوعين."),
    c("ويمكن للمترشحين متابعة ملفاتهم عبر المنصة، كما يحق لكل مترشح أن يشارك في مسابقة واحدة فقط. "
      "وستُعلن القوائم النهائية للناجحين في موقع الوزارة والصحف الوطنية."),
    c("المصدر: وزارة الصحة"),
    )

doc("25", "ar",
    c("انطلاق الحملة الوطنية «اقرأ معي» في المدارس الابتدائية"),
    c("الرباط (و م ع) - انطلقت، اليوم الإثنين، الحملة الوطنية «اقرأ معي» التي تنظمها وزارة التربية "
      "الوطنية تحت شعار «Lire, partager, grandir»، بمشاركة أكثر من ألفي مؤسسة تعليمية."),
    c("وتهدف الحملة إلى تشجيع التلاميذ على القراءة اليومية، وتوزيع مئة ألف كتاب على المكتبات المدرسية، "
      "إضافة إلى تنظيم مسابقات في القراءة والكتابة على مستوى الجهات."),
    c("وقال مسؤول بالوزارة إن الحملة «ذات صلة وثيقة» ببرنامج إصلاح المدرسة العمومية، وإن نتائجها "
      "ستُقيَّم في نهاية السنة الدراسية."),
    )

doc("26", "ar",
    c("محكمة تونسية تنصف مصوراً نُشرت صورته دون ذكر اسمه"),
    c("قضت المحكمة الابتدائية بتونس بتعويض مصور فوتوغرافي بمبلغ 15 ألف دينار، بعد أن نشرت صحيفة "
      "إلكترونية إحدى صوره دون ذكر اسمه أو الحصول على إذنه، في قضية تتعلق بحقوق المؤلف."),
    c("واستند الحكم إلى أن الصورة كانت تحمل عبارة «Tous droits réservés» عند نشرها الأول على موقع "
      "المصور، وأن حذفها يمثل اعتداءً على حقوقه المادية والمعنوية."),
    c("ورفض محامي الصحيفة التعليق على الحكم، مكتفياً بالقول إن موكله «سيدرس إمكانية الاستئناف»."),
    )

doc("27", "ar",
    c("أمانة جدة تزيل 40 موقعاً عشوائياً في جنوب المحافظة (صور)"),
    c("جدة - واس"),
    c("أزالت أمانة محافظة جدة 40 موقعاً عشوائياً في أحياء جنوب المحافظة، ضمن حملة تستهدف تحسين المشهد "
      "الحضري، وشاركت في الحملة فرق من الشرطة والدفاع المدني والجهات الخدمية."),
    c("وأوضحت الأمانة أن الحملة ستستمر حتى نهاية الشهر، وأن بإمكان السكان الإبلاغ عن المواقع المخالفة "
      "عبر الرقم الموحد 940. وللمزيد من المعلومات يمكن زيارة الموقع الإلكتروني للأمانة."),
    )

doc("28", "ar",
    c("أحزاب موريتانية توقع «إعلان نواكشوط» حول الحوار السياسي"),
    c("نواكشوط – وقعت أحزاب من الأغلبية والمعارضة في موريتانيا، مساء الخميس، وثيقة حملت اسم «إعلان "
      "نواكشوط»، تتضمن المبادئ العامة لحوار سياسي شامل يُنتظر أن ينطلق الشهر المقبل."),
    c("وتابع الرئيس مراسم التوقيع من القصر الرئاسي، فيما قال رئيس أحد أحزاب المعارضة إن الإعلان "
      "«خطوة أولى تحتاج إلى متابعة جادة». ويتضمن الإعلان بنوداً تتعلق بالحكامة الانتخابية واللامركزية."),
    )

doc("29", "ar",
    c("مبادرة شبابية لتوزيع وجبات الإفطار في أم درمان"),
    c("بقلم: سارة عبد الرحيم"),
    c("شارك آلاف الشباب في مبادرة لتوزيع وجبات الإفطار على النازحين في أم درمان، في وقت تتفاقم فيه "
      "الأزمة الإنسانية مع استمرار الحرب. وقال أحد منظمي المبادرة: «تابعونا في الأيام المقبلة، سنعلن "
      "عن توسيع التوزيع ليشمل الخرطوم بحري»."),
    c("ملاحظة المحرر: جرى تعديل هذا التقرير لتصحيح عدد الوجبات الموزعة يومياً، وهو 1500 وجبة وليس 5000."),
    )

doc("30", "ar",
    c("حنين إلى زمن المنتديات: جيل تربى على «رد مع اقتباس»"),
    c("قبل انتشار شبكات التواصل، كانت المنتديات العربية فضاءً يلتقي فيه الشباب للنقاش وتبادل الخبرات. "
      "وكان الأعضاء يضغطون زر «رد مع اقتباس» للرد على مشاركة بعينها، ويتنافسون في تصميم التواقيع "
      "التي تظهر أسفل كل مشاركة."),
    c("ويقول باحث في الإعلام الرقمي إن تلك المنتديات «شكلت ذاكرة الإنترنت العربي»، داعياً إلى أرشفتها "
      "قبل أن تختفي، بعد أن أغلق كثير منها أبوابه خلال العقد الماضي."),
    )

doc("31", "ar",
    c("سوق واقف"),
    c("سوق واقف سوق شعبي تقليدي في قلب مدينة الدوحة، كان ملتقى للتجار والبدو الذين يبيعون المواشي "
      "والسلع. وتشير المصادر التاريخية إلى أن تسميته جاءت من وقوف الباعة على ضفتي الوادي لعرض بضائعهم."),
    c("خضع السوق في العقد الأول من القرن الحادي والعشرين لمشروع ترميم واسع، جرى خلاله تعديل مخطط بعض "
      "الممرات وإزالة الإضافات الحديثة، مع الحفاظ على الطابع المعماري القديم."),
    )

doc("32", "ar",
    c("الهلال يقلب الطاولة على الاتحاد ويواصل الصدارة"),
    c("قلب الهلال تأخره بهدف إلى فوز بثلاثة أهداف مقابل هدف على ضيفه الاتحاد، مساء الجمعة، في قمة "
      "الجولة العشرين من الدوري. وتابع المدرب المباراة من المدرجات بسبب الإيقاف."),
    c("وشارك البديل في الدقيقة 60 ليصنع هدفين ويسجل الثالث، فيما كان النادي قد أعلن التشكيلة الرسمية "
      "قبل ساعة من البداية دون مهاجمه الأساسي المصاب."),
    )

doc("33", "ar",
    c("99.2% نسبة النجاح في الثانوية العامة بالإمارات (إنفوغراف)"),
    c("طالع الطلبة نتائجهم صباح اليوم عبر التطبيق الذكي للوزارة، بعد إعلان نتائج الثانوية العامة "
      "للعام الدراسي الحالي، والتي بلغت فيها نسبة النجاح 99.2 في المئة."),
    c("وقالت الوزارة إن الطالبات تصدرن قائمة الأوائل، وإن مهارات القراءة والكتابة شهدت تحسناً ملحوظاً "
      "مقارنة بالعام الماضي، وفق نتائج الاختبارات الوطنية."),
    )

doc("34", "ar",
    c("بودكاست عُماني يحصد جائزة أفضل برنامج صوتي عربي"),
    c("فاز بودكاست «حكايا السفن» بجائزة أفضل برنامج صوتي عربي في مهرجان إقليمي للإعلام الرقمي، بعد "
      "موسم من 20 حلقة تناولت تاريخ الملاحة العمانية."),
    c("ويمكن الاستماع إلى الحلقات على منصات البث المختلفة، وقال مقدم البرنامج إن فريقه «سيشارك "
      "الجائزة مع المستمعين الذين تابعوا البرنامج منذ حلقته الأولى»."),
    )

doc("35", "ar",
    c("قطر تستضيف مؤتمراً دولياً حول الأمن الغذائي"),
    c("افتتح في الدوحة، اليوم، مؤتمر دولي حول الأمن الغذائي بمشاركة وزراء ومسؤولين من 40 دولة، "
      "يُنتظر أن يختتم أعماله بتبني «إعلان الدوحة» بشأن التعاون في مجال التخزين الاستراتيجي للغذاء."),
    c("وتبلغ نسبة الاكتفاء الذاتي من الخضروات في قطر نحو 46 في المئة."),
    c("المصدر: جهاز التخطيط والإحصاء"),
    )

# --------------------------------------------------------------------------- English positives

# Qatari English daily.
doc("01", "en",
    c("Qatar launches national programme to cut food waste by half by 2030"),
    f(PC, "Officials at the launch of the programme in Doha yesterday. — Gulf Tribune photo by Anil Kumar", "\n"),
    c("DOHA: The Ministry of Municipality yesterday launched a national programme that aims to halve "
      "household and commercial food waste by 2030, starting with a pilot in 40 restaurants and three "
      "hypermarkets."),
    c("Officials said the pilot would measure waste at each site for six months before the ministry sets "
      "binding targets. “We will follow up with every participating outlet on a monthly basis,” a "
      "senior official told reporters."),
    f(RM, "Also Read | New rules for restaurant licences take effect in June"),
    c("Food waste accounts for about a third of municipal solid waste in the country, according to the "
      "ministry’s estimates."),
    f(SF, "Stay informed: join the Gulf Tribune channel on WhatsApp"),
    )

# Omani English daily.
doc("02", "en",
    c("Muscat Governorate to open three new public parks before summer"),
    c("Muscat: Muscat Municipality will open three new public parks in Bausher, Al Amerat and Seeb before "
      "the summer holidays, an official said on Monday."),
    f(PC, "A view of one of the parks under construction in Al Amerat. (Photo/Oman Herald)"),
    c("The parks, which cover a combined area of 84,000 square metres, include walking tracks, children’s "
      "play areas and shaded seating. The municipality said it had planted more than 6,000 trees "
      "irrigated with treated wastewater."),
    f(RM, "ALSO READ.. Expat residents welcome longer opening hours at Qurum park"),
    c("The new parks will be open from 4 pm to midnight, with entry free for all visitors."),
    f(ST, "Copyright © 2024 Oman Herald. All rights reserved. Designed & developed by MediaWorks"),
    )

# Live-score page.
doc("03", "en",
    c("Al Sadd 2-1 Al Rayyan LIVE: reaction after derby win"),
    c("Full-time: Al Sadd 2-1 Al Rayyan. A late header from substitute Yousef Mansour settled a tense "
      "derby and moved the hosts three points clear at the top of the table."),
    f(AD, "– Advertisement –"),
    c("90+4 min: That’s it. The referee blows for full-time and the home bench empties onto the pitch."),
    c("87 min: GOAL! Mansour rises highest to meet a corner from the left and powers a header into the top "
      "corner. Al Sadd 2-1 Al Rayyan."),
    c("61 min: Al Rayyan’s coach makes a double change as he chases a winner. His side have had 58 per "
      "cent of possession but few clear chances."),
    f(SF, "Follow live scores, line-ups and stats in the GoalLine app 📲"),
    f(RM, "READ MORE: Al Rayyan coach under pressure after third straight defeat"),
    )

# Transfer-news site.
doc("04", "en",
    c("Moroccan winger close to Saudi switch as talks enter final stage"),
    f(PC, "Hakim Bennani celebrates a goal last season. (Photo by Karim Idrissi/AFP via Getty Images)", "\n"),
    c("Moroccan winger Hakim Bennani is on the verge of completing a move to a Saudi Pro League club, with "
      "the two sides said to be close to agreeing a fee of around €18 million."),
    c("The 26-year-old, who has two years left on his contract, is understood to have agreed personal "
      "terms. A medical could take place as early as this weekend, sources told our reporter."),
    f(SF, "Sign up to our free transfer newsletter and get every deal in your inbox ✉️"),
    f(RL, "More transfer news\nEgyptian defender rejects offer from Turkey\n"
          "Algeria striker set for loan move to Qatar\nTunisian midfielder signs new deal"),
    )

# Jordanian English site with Arabic furniture: Arabic credit, glued Arabic read-more, Arabic share row.
doc("05", "en",
    c("Jordan’s tourism revenue climbs 11% in first quarter"),
    f(PC, "Tourists walk through the Siq in Petra on Friday. (تصوير: محمد الخطيب)", "\n"),
    c("AMMAN — Jordan’s tourism revenue rose 11 per cent in the first quarter of the year to $1.4 billion, "
      "according to figures released by the Central Bank of Jordan on Sunday."),
    f(RM, "اقرأ أيضاً: ارتفاع عدد زوار البترا خلال عطلة العيد", ""),
    c("The increase was driven mainly by visitors from Gulf countries and Europe, while arrivals from Asia "
      "remained below pre-pandemic levels, the bank said."),
    c("The Tourism Minister said the government would share details of its new marketing plan with "
      "operators next month."),
    f(SF, "شارك هذا الخبر: Facebook | X | WhatsApp"),
    )

# Google-cache copy of an English business page.
doc("06", "en",
    f(ST, "This is Google's cache of https://www.gulfeconomist.example/markets/uae-banks-q1. It is a snapshot "
          "of the page as it appeared on 14 Apr 2024 06:52:11 GMT. The current page could have changed in "
          "the meantime. Learn more.\nFull version | Text-only version | View source\n"
          "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."),
    c("UAE banks post record first-quarter profits as lending grows"),
    f(PC, "The financial district in Dubai. Banks benefited from higher interest rates. Image: Shutterstock", "\n"),
    c("UAE banks reported combined net profits of Dh21.6 billion in the first quarter, up 14 per cent from "
      "a year earlier, as loan growth and higher margins offset rising provisions, analysts said."),
    c("“The sector is in a strong position, but we expect margins to peak this year,” said an analyst at "
      "a Dubai-based brokerage. Source: company filings."),
    )

# Print view of a Kuwaiti English paper.
doc("07", "en",
    c("Kuwait approves new rules for domestic worker recruitment offices"),
    f(SF, "Print | Email | Close this window", "\n"),
    c("KUWAIT CITY: Kuwait’s Public Authority for Manpower has approved new rules for domestic worker "
      "recruitment offices, including a cap on fees and a requirement to refund clients if a worker leaves "
      "within 100 days."),
    c("The rules, which take effect on July 1, also require offices to publish their prices and to keep "
      "copies of contracts in Arabic and in the worker’s language."),
    f(ST, "Printed from KuwaitLine.com — https://www.kuwaitline.example/local/recruitment-rules-2024\n"
          "© 2024 KuwaitLine. All rights reserved."),
    )

# Newsletter web version.
doc("08", "en",
    f(ST, "View this email in your browser"),
    c("The Gulf Brief — Tuesday, 7 May"),
    c("Good morning. Here’s what you need to know today:"),
    c("• Saudi Arabia’s non-oil activity expanded for the 40th month in a row, a business survey showed.\n"
      "• Oman signed a $2bn green hydrogen land agreement with a European consortium.\n"
      "• Bahrain’s parliament rejected a proposal to tax remittances."),
    c("Chart of the day: Gulf sovereign wealth funds deployed $31bn in the first quarter, led by deals in "
      "technology and infrastructure."),
    f(SF, "Enjoying The Gulf Brief? Forward it to a friend →"),
    f(ST, "You are receiving this email because you subscribed at gulfbrief.example.\n"
          "Unsubscribe · Update your preferences · Privacy policy"),
    )

# PDF-to-text press release.
doc("09", "en",
    c("FOR IMMEDIATE RELEASE"),
    c("Dubai logistics firm opens 40,000 sq m warehouse in Jebel Ali"),
    c("DUBAI, UAE – 12 March 2024 – FalconLink Logistics today announced the opening of a 40,000 square "
      "metre temperature-controlled warehouse in Jebel Ali Free Zone, its largest facility in the region."),
    c("“This expansion allows us to serve our pharmaceutical and food clients across the GCC from a single "
      "hub,” said the company’s chief executive."),
    c("-Ends-"),
    c("About FalconLink Logistics\nFalconLink Logistics is a Dubai-based provider of freight, warehousing "
      "and last-mile services, with operations in six countries."),
    f(SF, "Follow FalconLink on LinkedIn, Instagram and X: @FalconLinkME"),
    )

# Q&A site.
doc("10", "en",
    c("How do I transfer my UAE driving licence to Saudi Arabia?"),
    c("I have held a UAE driving licence for six years and I’m moving to Riyadh for work next month. Can I "
      "convert it directly or do I need to take the test again? Thanks in advance."),
    f(SF, "Share Improve this question Follow"),
    c("You can convert it directly. GCC licences are exchanged without a test as long as you have a valid "
      "iqama. Bring the original licence, a medical report and your passport, and pay the fee online. It "
      "took me about 40 minutes last year."),
    f(SF, "Share Improve this answer Follow"),
    f(RL, "Related\nCan I drive in Saudi Arabia with a UAE licence while my iqama is processed?\n"
          "How long does the Saudi driving licence exchange take?\nDo I need an Arabic translation of my licence?"),
    f(ST, "Your Answer\nSign up or log in\nPost as a guest\nBy clicking “Post Your Answer”, you agree to our "
          "terms of service and acknowledge you have read our privacy policy."),
    )

# Discourse forum thread.
doc("11", "en",
    c("Best time to visit Wadi Shab? Water levels in April"),
    c("hamad_travels\nPlanning a trip with my kids in mid-April. Is the water still deep enough to swim to "
      "the cave, or does it get too low by then? Also, is the boat crossing running on weekdays?"),
    f(SF, "❤ 2 · Quote · Reply"),
    c("sara.k\nWe went last April and it was fine. The pools near the cave were deep enough to swim, but "
      "bring water shoes. The boat runs every day from 8 am, one rial per person return."),
    f(RL, "Suggested Topics\nCamping at Ras al Jinz with a 4x4?\nRoad from Sur to Ras al Hadd: any speed cameras?"),
    f(ST, "Powered by Discourse, best viewed with JavaScript enabled"),
    )

# Podcast page with a transcript.
doc("12", "en",
    c("The Majlis Podcast, Episode 57: Can the Gulf grow its own food?"),
    f(SF, "Listen on Apple Podcasts · Spotify · YouTube Music · RSS"),
    c("This week, host Laila Haddad talks to agronomist Omar Al Shehhi about vertical farms, desert "
      "greenhouses and whether the region can ever feed itself."),
    c("Transcript\n[Intro music]\nLaila Haddad: Omar, thank you for joining us. Let’s start with the obvious "
      "question: how much of its food does the Gulf actually import?\nOmar Al Shehhi: Roughly 85 per cent, "
      "depending on the country. But that number hides a lot. In some categories, like eggs and dairy, "
      "several countries are now close to self-sufficient."),
    f(SF, "Subscribe to The Majlis wherever you get your podcasts so you never miss an episode."),
    f(RL, "More episodes\nEpisode 56: Who owns the desalination plants?\nEpisode 55: The new Gulf railways"),
    )

# Video page: headline ending in (video) is content.
doc("13", "en",
    c("Sandstorm sweeps across Kuwait, cutting visibility to 500 metres (video)"),
    f(PC, "Dust engulfs the Jahra road on Thursday afternoon.\nVideo courtesy: Kuwait Meteorological Department", "\n"),
    c("KUWAIT CITY — A sandstorm swept across Kuwait on Thursday, cutting visibility to below 500 metres in "
      "several areas and forcing the temporary closure of two ports, authorities said."),
    c("The Meteorological Department urged drivers to take extra care and advised people with respiratory "
      "conditions to stay indoors. Winds are expected to ease by Friday evening."),
    f(RM, "WATCH MORE ▶ Hailstorm turns Ibri streets white"),
    )

# Job portal.
doc("14", "en",
    c("Senior Data Analyst – Government Services – Abu Dhabi"),
    c("Our client, a leading government services provider in Abu Dhabi, is looking for a Senior Data "
      "Analyst to join its digital transformation team on a two-year renewable contract."),
    c("Requirements:\n- Bachelor’s degree in statistics, computer science or a related field\n"
      "- At least five years of experience with SQL and Python\n- Fluency in Arabic and English is an advantage"),
    c("Shortlisted candidates will be contacted within ten working days. The recruiter will follow up with "
      "all applicants by email."),
    f(SF, "Share this job\nLinkedIn | WhatsApp | Email | Copy link"),
    f(RL, "Similar jobs\nData Engineer – Dubai\nBI Developer – Abu Dhabi\nReporting Analyst – Sharjah"),
    )

# Education portal.
doc("15", "en",
    c("Sharjah university opens applications for 200 fully funded master’s scholarships"),
    f(PC, "Students on the university campus. Image courtesy: Gulf Technical University", "\n"),
    c("Gulf Technical University in Sharjah has opened applications for 200 fully funded master’s "
      "scholarships in engineering, data science and public health for the academic year starting in September."),
    f(RM, "Read also – Scholarship deadlines you should not miss this summer"),
    c("Applicants must hold a bachelor’s degree with a minimum GPA of 3.0 and submit an IELTS score of 6.5 "
      "or equivalent. The deadline is June 15, and results will be announced in July."),
    f(RL, "Related news\n→ Abu Dhabi launches teacher licensing exam in Arabic\n"
          "→ Dubai schools to add financial literacy classes"),
    )

# AMP page.
doc("16", "en",
    c("Riyadh Metro’s final line opens, completing six-line network"),
    c("RIYADH — The last of the Riyadh Metro’s six lines opened to passengers on Sunday, completing a "
      "network of 176 kilometres and 85 stations, the city’s royal commission said."),
    f(AD, "ADVERTISEMENT - CONTINUE READING BELOW"),
    c("The authority said ridership had exceeded 1.5 million trips in the first month of partial "
      "operations, and that fares would remain at 4 riyals for a two-hour ticket until the end of the year."),
    c("Officials have said the metro is key to reducing congestion in a city where most residents rely on "
      "private cars."),
    f(ST, "View non-AMP version ›"),
    )

# Saudi government portal in English (SPA dateline and end tag are content).
doc("17", "en",
    c("Saudi Arabia hosts regional meeting on desertification"),
    c("Riyadh, May 6, 2024, SPA -- The Kingdom hosted on Monday a regional meeting on combating "
      "desertification, attended by representatives of 14 countries and international organizations."),
    c("The participants discussed ways to share data on land degradation and to coordinate reforestation "
      "projects ahead of the next UN conference on desertification."),
    c("--SPA"),
    f(SF, "Share | Print | Copy link"),
    f(RL, "Related News\nSaudi Green Initiative plants millions of trees in Riyadh region\n"
          "Ministry launches campaign against overgrazing"),
    )

# Emirati agency English (WAM dateline and editor codes are content).
doc("18", "en",
    c("Dubai to add 15 new bus routes connecting metro stations to residential areas"),
    f(PC, "Buses at a depot in Al Qusais. Photo courtesy: Dubai Media Office", "\n"),
    c("DUBAI, 3rd April, 2024 (WAM) -- Dubai’s Roads and Transport Authority will launch 15 new bus routes "
      "in June, linking metro stations to residential communities including Dubai South and Al Furjan."),
    c("The authority said the routes would serve an estimated 30,000 passengers a day and reduce waiting "
      "times to 15 minutes at peak hours."),
    c("WAM/Nour Salem/Kareem Adel"),
    f(SF, "Get the latest news on our Telegram channel: t.me/dubaidaily"),
    )

# Sudanese English site.
doc("19", "en",
    c("Cholera cases rise in eastern Sudan as rainy season begins"),
    f(PC, "A health worker treats a patient at a clinic in Kassala. (File photo: Social media)", "\n"),
    c("KASSALA — Health authorities in eastern Sudan reported 312 new suspected cholera cases over the past "
      "week, most of them in Kassala and Gedaref states, as the rainy season got under way."),
    f(RM, "» Also read: WFP warns of famine risk in Darfur camps"),
    c("Doctors said shortages of chlorine tablets and intravenous fluids were hampering efforts to contain "
      "the outbreak. “We are asking organisations to share whatever supplies they have,” a doctor said."),
    f(SF, "Independent journalism needs your support. Donate today."),
    )

# Moroccan English business site with French furniture.
doc("20", "en",
    c("Morocco’s phosphate giant posts 9% rise in quarterly revenue"),
    f(PC, "Le complexe industriel de Jorf Lasfar. © DR", "\n"),
    c("Rabat – Morocco’s state-owned phosphate group said on Thursday its first-quarter revenue rose 9 per "
      "cent to 24.1 billion dirhams, helped by stronger demand for fertilisers in Africa and South America."),
    c("The group’s exports to African markets grew by more than a fifth over the period."),
    f(AD, "Publicité", " "),
    c("Analysts expect prices to stabilise in the second half as new capacity comes on stream in Asia.", " "),
    f(RM, "Lire aussi : Le Maroc prévoit une récolte céréalière en hausse"),
    c("The company will publish its half-year results in September."),
    f(ST, "Tous droits réservés © 2024 Maroc Business Wire"),
    )

# Bahraini English site: Arabic ad slot (RLM + tatweel) glued to the paragraph end.
doc("21", "en",
    c("Bahrain opens applications for first-time home buyers’ subsidy"),
    c("MANAMA — Bahrain’s housing ministry on Sunday opened applications for a new subsidy scheme aimed at "
      "first-time home buyers, offering up to 20,000 dinars towards a down payment."),
    f(AD, f"{RLM}إعـلان", ""),
    c("Applicants must be Bahraini citizens aged 25 or over with a monthly household income below 1,200 "
      "dinars, the ministry said. Applications will be processed within 60 days."),
    c("Editor’s note: An earlier version of this story misstated the income threshold. It has been corrected."),
    )

# Omani live blog of a football match.
doc("22", "en",
    c("Oman vs Kyrgyzstan LIVE: World Cup qualifier updates"),
    c("Welcome to our live coverage of Oman’s World Cup qualifier against Kyrgyzstan. Kick-off is at 7 pm "
      "Muscat time."),
    c("19:47 – HALF-TIME: Oman 1-0 Kyrgyzstan. A first-half goal gives the hosts the edge in a tight game."),
    f(AD, "Advertisement"),
    c("19:31 – GOAL! Oman take the lead. A low cross from the right is turned in at the near post."),
    c("19:02 – Kick-off. A full house at the stadium, with fans waving flags in every stand."),
    f(SF, "🔔 Turn on notifications and follow @OmanSportsLive for every goal"),
    )

# English encyclopedia page.
doc("23", "en",
    c("Mutrah Souq"),
    c("Mutrah Souq is a traditional market in Muttrah, Muscat, Oman, located along the Corniche near the "
      "port. It is among the oldest marketplaces in the country and sells textiles, frankincense, "
      "silverware and spices."),
    c("History"),
    c("Trade in Muttrah has been recorded for centuries, when the harbour served ships sailing between the "
      "Gulf, India and East Africa. The covered lanes of the present market took their form in the 20th "
      "century.", "\n"),
    f(RL, "See also\nNizwa Souq\nList of markets in Oman"),
    f(ST, "References\n^ Ministry of Heritage and Tourism (2019). Traditional Markets of Oman. Muscat. p. 12.\n\n"
          "This page was last edited on 2 May 2024, at 08:15 (UTC).\n"
          "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms "
          "may apply."),
    )

# --------------------------------------------------------------------------- English negatives

doc("24", "en",
    c("Morocco and Spain agree to share water data on cross-border aquifers"),
    c("RABAT, May 8 (Reuters) - Morocco and Spain agreed on Wednesday to share hydrological data on "
      "aquifers near the Ceuta and Melilla borders and to set up a joint follow-up committee, officials "
      "said."),
    c("The committee will meet twice a year and report to both governments. Read together with last "
      "year’s fisheries accord, the deal marks a further thaw in relations, analysts said."),
    c("(Reporting by Youssef Amrani; Editing by Clare Hughes)"),
    )

doc("25", "en",
    c("A photo exhibition on Gulf pearl divers opens in Doha"),
    c("A photo exhibition tracing the lives of the Gulf’s last pearl divers opened at a Doha gallery on "
      "Tuesday, featuring more than 80 black-and-white prints from the 1940s and 1950s."),
    c("The show, titled “Follow the Oyster”, runs until June. Photographs courtesy of the artists’ "
      "families hang alongside diving weights, nets and logbooks lent by private collectors."),
    )

doc("26", "en",
    c("Saudi regulator tightens rules on influencer advertising"),
    c("Saudi Arabia’s media regulator said on Monday that social media posts promoting products must "
      "carry the word “Advertisement” or “Sponsored” in Arabic and English at the top of the post. "
      "French-language accounts must use “Publicité”."),
    c("Influencers who fail to label paid content face fines of up to 50,000 riyals. The regulator said "
      "it would follow up on complaints within five working days and publish a list of violators."),
    )

doc("27", "en",
    c("Al Ahly to follow up on striker’s knee injury after cup win"),
    c("CAIRO — Al Ahly said the club will follow up on its striker’s knee injury with scans on Sunday, "
      "after he limped off during the 2-0 cup win over Pyramids."),
    c("The visitors had 61 per cent share of possession but struggled to create chances. The coach said "
      "the team’s problems were related to fatigue after three matches in eight days."),
    )

doc("28", "en",
    c("FOR IMMEDIATE RELEASE"),
    c("Oman Aviation Academy signs training agreement with European flight school"),
    c("MUSCAT, 2 April 2024 – Oman Aviation Academy today signed an agreement with a European flight "
      "school to train 120 Omani cadet pilots over the next four years."),
    c("Page 1 of 2"),
    c("-ENDS-"),
    c("Notes to editors\nOman Aviation Academy was founded in 2001 and has trained more than 900 pilots.\n"
      "Media contact: Communications Department, press@oaa.example"),
    )

doc("29", "en",
    c("Streaming subscriptions in Saudi Arabia double in two years"),
    c("The number of paid streaming subscribers in Saudi Arabia doubled to 9.4 million over two years, "
      "a report found, as platforms added Arabic originals and cheaper mobile-only plans."),
    c("Consumer groups have complained about “Subscribe now” buttons that hide renewal terms. Source: "
      "Communications, Space and Technology Commission."),
    c("Editor’s note: This article has been updated with the latest subscriber figures."),
    )

doc("30", "en",
    c("Court rules newspaper breached photographer’s copyright"),
    c("A Dubai court ordered a newspaper to pay Dh80,000 to a photographer whose picture of the Creek "
      "was published without permission and with his copyright notice cropped out."),
    c("The photographer said the ruling would encourage others to defend their rights. “A credit line is "
      "not a favour,” he said after the hearing."),
    )

doc("31", "en",
    c("Muscat night market draws crowds on opening weekend (photos)"),
    c("Thousands of visitors flocked to a new night market on the Muttrah Corniche over the weekend, "
      "sampling street food and browsing stalls run by local artisans."),
    c("Many visitors shared photos of the illuminated stalls on social media, and organisers said they "
      "would extend opening hours during the summer holidays."),
    )

doc("32", "en",
    c("UAE job advertisements rise 12% as hiring picks up"),
    c("Online job advertisements in the UAE rose 12 per cent in the first quarter from a year earlier, "
      "led by hospitality, logistics and technology, a recruitment platform said."),
    c("Demand for data analysts and related roles grew fastest. Candidates who apply within 48 hours of "
      "a listing going live are twice as likely to be interviewed, the platform found."),
    )

doc("33", "en",
    c("Gulf states bet on solar to free up oil for export"),
    c("By Mariam Al Hashimi"),
    c("Gulf governments are accelerating solar projects to burn less crude at home and sell more abroad, "
      "with more than 30 gigawatts of capacity under construction across the region."),
    c("Mariam Al Hashimi is a senior correspondent covering energy and climate. She previously reported "
      "from Cairo and Khartoum."),
    )

doc("34", "en",
    c("Oman’s population passes 5.2 million"),
    c("MUSCAT, May 5 (ONA) -- Oman’s population reached 5.2 million at the end of April, with expatriates "
      "making up 42 per cent of the total, official data showed."),
    c("Source: National Centre for Statistics and Information"),
    )

doc("35", "en",
    c("Tunisia to share tax revenue with regions under new budget law"),
    c("TUNIS (TAP) - Tunisia’s finance minister said on Friday the government would “partager les richesses "
      "de façon plus juste” by giving regional councils a fixed share of tax revenue from next year."),
    c("Opposition deputies said the reform lacked detail and asked the ministry to publish the figures "
      "region by region before the vote, “pour suivre l’impact” as one deputy put it."),
    )
