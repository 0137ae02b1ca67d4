"""Documents of the fourth blind set (see README.md, "Fourth blind set").

Written from ``specs/injected-fragments.md``, the seed article and the README only. Every
document is ``(id, lang, parts)``; a part is ``(sep, label_or_None, text)``, see
``blind4_build.py``.
"""

from __future__ import annotations

P, N = "\n\n", "\n"


def C(text: str, sep: str = P) -> tuple[str, None, str]:
    """Content block."""
    return (sep, None, text)


def F(label: str, text: str, sep: str = P) -> tuple[str, str, str]:
    """Own-line fragment block (between identical separators)."""
    return (sep, label, text)


def G(label: str, text: str) -> tuple[str, str, str]:
    """Fragment glued to the end of the previous block."""
    return ("", label, text)


def I(label: str, text: str) -> tuple[str, str, str]:  # noqa: E743
    """Inline fragment between two sentences (one space either side)."""
    return (" ", label, text)


AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")

EN = [
    # Anadolu English: caption + credit under headline, subscriber trailer.
    ("01", [
        C("Türkiye, Azerbaijan sign new gas transit deal in Baku"),
        F(PC, "Energy ministers shake hands after the signing ceremony\nPhoto: AA", N),
        C("ANKARA\n\nTürkiye and Azerbaijan on Tuesday signed an agreement extending gas transit "
          "through the Trans-Anatolian pipeline until 2040, the Energy Ministry said.", N),
        C("The deal raises annual capacity by 4 billion cubic meters, according to a statement."),
        F(ST, "Anadolu Agency website contains only a portion of the news stories offered to "
              "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
              "Please contact us for subscription options."),
    ]),
    # Dawn-style caption ending in "— AFP/File".
    ("02", [
        C("Power tariff hike approved for K-Electric consumers"),
        F(PC, "Residents queue outside a utility office in Karachi. — AFP/File", N),
        C("ISLAMABAD: The National Electric Power Regulatory Authority on Monday approved an "
          "increase of Rs2.10 per unit in the base tariff, officials said.", N),
        C("The decision will be notified by the federal government within 15 days."),
    ]),
    # Express Tribune: PHOTO: FILE own line, READ MORE block in the middle.
    ("03", [
        C("SBP keeps policy rate unchanged at 11pc"),
        F(PC, "PHOTO: FILE", N),
        C("KARACHI: The State Bank of Pakistan kept its key policy rate unchanged on Monday, "
          "citing sticky core inflation and external risks."),
        F(RM, "READ MORE: Inflation eases to 4.1pc in October"),
        C("Analysts had expected a cut of at least 100 basis points after headline inflation "
          "fell for a third straight month."),
        C("The next monetary policy meeting is scheduled for January 27."),
    ]),
    # Negative: Pakistani wire copy with (APP) and a "Read more" in prose.
    ("04", [
        C("PM directs speedy completion of Karakoram Highway realignment"),
        C("ISLAMABAD, Nov 24 (APP): Prime Minister directed the authorities on Monday to complete "
          "the realignment of the Karakoram Highway before the next monsoon season.", N),
        C("Officials told the meeting that readers could read more about the project's "
          "financing in the planning ministry's annual report, which was published last week."),
        C("The meeting was also briefed on the share of provincial funds in the project."),
    ]),
    # Press TV style trailer (alternate addresses) + share row.
    ("05", [
        C("Iran's foreign minister arrives in Muscat for talks"),
        C("Iran's Foreign Minister arrived in the Omani capital on Sunday for talks with his "
          "Omani counterpart on regional developments, state media reported."),
        C("The visit comes days after a round of indirect talks mediated by Oman."),
        F(SF, "Share\nTweet\nTelegram\nWhatsApp"),
        F(ST, "Press TV’s website can also be accessed at the following alternate addresses:\n"
              "www.presstv.ir\nwww.presstv.co.uk", N),
    ]),
    # Negative: photography story with "Photo:" and "credit" as content.
    ("06", [
        C("Tehran exhibition honours war photographers"),
        C("TEHRAN – An exhibition opened on Saturday featuring 120 works by photographers who "
          "covered the 1980-88 war, the Tehran Times reported.", N),
        C("“Photo: a soldier reading a letter” is the title of the most visited print, which "
          "the curator said deserved full credit to the late photographer."),
        C("The show runs until December 20 at the Saba Cultural Centre."),
    ]),
    # Daily Sabah style: "Advertisement" own line, Google News follow line.
    ("07", [
        C("Istanbul metro line to open ahead of schedule"),
        C("The new metro line connecting Kabataş and Beşiktaş will open in February, two "
          "months ahead of schedule, Istanbul's municipality announced Friday."),
        F(AD, "- Advertisement -"),
        C("The 6.5-kilometer line will carry some 70,000 passengers an hour at peak times."),
        F(SF, "Follow Daily Sabah on Google News"),
    ]),
    # Glued ADVERTISEMENT after a quote.
    ("08", [
        C("Gulf carriers add winter flights to Baku"),
        C("Three Gulf airlines will add 40 weekly flights to Baku this winter, citing “record "
          "demand from families.”"),
        G(AD, "ADVERTISEMENT"),
        C("Azerbaijan received 2.6 million foreign visitors last year, up 18 percent."),
    ]),
    # Negative: "Advertisement" as subject, "Share" and "Follow" as words.
    ("09", [
        C("Regulator fines telecom firm over misleading advertisement"),
        C("Advertisement standards watchdog fined the operator 2 million dirhams on Thursday "
          "over a campaign that promised unlimited data."),
        C("Follow-up inspections will be carried out in January, the authority said, adding "
          "that the firm's share of the prepaid market was 41 percent."),
    ]),
    # Newsletter-style: "Go deeper" payload and subscribe prompt.
    ("10", [
        C("Gulf sovereign funds pour money into AI data centers"),
        C("Why it matters: Sovereign funds from the UAE and Saudi Arabia committed more than "
          "$40 billion to data-center projects this year."),
        C("The big picture: Cheap energy and land are drawing hyperscalers to the region."),
        F(RM, "Go deeper: Saudi Arabia's AI push runs into a chip bottleneck"),
        C("What's next: Two more campuses are expected to break ground in the first quarter."),
        F(SF, "Get more local stories in your inbox with our free morning newsletter. Sign up "
              "here."),
    ]),
    # Negative: "Go deeper" and "Sign up" in prose.
    ("11", [
        C("Oman's Duqm port signs up new shipping line"),
        C("MUSCAT — A new container line signed up to call at Duqm weekly from March, the port "
          "operator said on Wednesday (ONA)."),
        C("“We want to go deeper into East African trade,” the chief executive said, adding that "
          "further related agreements would follow."),
    ]),
    # Rudaw-style English: caption + photo credit line, related list at end.
    ("12", [
        C("Erbil airport resumes flights after fog delays"),
        F(PC, "A plane on the tarmac at Erbil International Airport. Photo: Rudaw", N),
        C("ERBIL, Kurdistan Region — Flights resumed at Erbil International Airport on Monday "
          "afternoon after heavy fog forced the suspension of all departures."),
        C("Airport director said 14 flights had been delayed."),
        F(RL, "Related News\nDohuk dam reaches record levels after rainfall\nSulaimani schools "
              "close for two days"),
    ]),
    # Also Read block between paragraphs.
    ("13", [
        C("Bahrain unveils budget with lower deficit target"),
        C("MANAMA — Bahrain's cabinet approved a two-year budget on Sunday targeting a deficit of "
          "3.2 percent of GDP. The plan raises spending on housing by 9 percent.", N),
        C("The budget assumes an oil price of $70 a barrel, the finance ministry said (BNA)."),
        F(RM, "Also Read: Bahrain's non-oil growth beats forecasts"),
        C("Parliament is due to debate the plan next month."),
    ]),
    # Negative: the words "Also read" in prose + BNA tag.
    ("14", [
        C("Ministry publishes full text of labour reform"),
        C("Manama, Nov. 23 (BNA) — The labour ministry has published the full text of the reform "
          "on its website. Also read by lawmakers on Sunday was a report on private-sector "
          "wages."),
        C("Related provisions on domestic workers will take effect in July."),
    ]),
    # WAM English: caption under headline with WAM credit; back to top trailer.
    ("15", [
        C("UAE President receives Kazakh Foreign Minister"),
        F(PC, "(WAM photo)", N),
        C("ABU DHABI, 24th November, 2026 (WAM) -- The UAE President received the Foreign "
          "Minister of Kazakhstan today at Qasr Al Shati.", N),
        C("The meeting reviewed cooperation in energy, logistics and food security."),
        F(ST, "Back to top"),
    ]),
    # Negative: agency datelines and a (Photo: ...) correction.
    ("16", [
        C("Correction"),
        C("An earlier version of this story, published on Sunday, carried a picture with the "
          "caption line “(Photo: Reuters)”. The image was supplied by the ministry, not by "
          "Reuters.", N),
        C("KUWAIT, Nov 24 (KUNA) -- The correction was requested by the ministry's media "
          "office."),
    ]),
    # AMP page: "Story continues below advertisement" own line + Copy link share.
    ("17", [
        C("Lebanon's parliament extends municipal mandates"),
        C("BEIRUT — Lebanon's parliament voted on Thursday to extend the mandates of municipal "
          "councils by one year, citing security conditions in the south."),
        F(AD, "Story continues below advertisement"),
        C("Forty deputies voted against the extension, which was criticized by civil society "
          "groups."),
        F(SF, "Share this article\nCopy link"),
    ]),
    # Glued Advertisement after a percentage and full stop.
    ("18", [
        C("Qatar's LNG exports rise in October"),
        C("DOHA — Qatar exported 7.1 million tonnes of LNG in October, up from 6.6 million a year "
          "earlier, ship-tracking data showed on Monday, a rise of 7.6%.",),
        G(AD, "Advertisement"),
        C("Most cargoes went to Asia, with India the largest single buyer."),
    ]),
    # Negative: Lebanese site, "Back to top form" and copyright case.
    ("19", [
        C("Nejmeh back to top of the league"),
        C("Nejmeh are back to top of the Lebanese league after a 2-0 win over Ahed on Saturday, "
          "with both goals coming in the second half.", N),
        C("The club also won a copyright case over its crest, in which the court said the phrase "
          "“All rights reserved” on a rival's shirts was not enough."),
    ]),
    # Tehran Times style "Photo: " credit line after caption + Copyright trailer.
    ("20", [
        C("Iran's non-oil exports to neighbours up 12 percent"),
        F(PC, "Trucks wait at the Bazargan border crossing\nPhoto: IRNA", N),
        C("TEHRAN – Iran's non-oil exports to its 15 neighbours rose 12 percent in the first "
          "seven months of the Iranian year, the customs administration said."),
        C("Iraq remained the largest buyer, followed by the UAE and Türkiye."),
        F(ST, "Copyright © 2026 Tehran Times. All rights reserved."),
    ]),
    # Negative: newsletter-ish content with "Why it matters" and "Subscribe" in prose.
    ("21", [
        C("Savings bond issue oversubscribed"),
        C("Why it matters: Retail investors rushed to subscribe to the government's first "
          "sukuk sold through a mobile app, which was oversubscribed 3.4 times."),
        C("The finance ministry said it would follow the same model in the spring issue."),
    ]),
    # Hurriyet Daily News style: share row at the top.
    ("22", [
        F(SF, "Share on Facebook\nShare on X\nShare on WhatsApp", ""),
        C("Türkiye's central bank raises reserve requirements"),
        C("ANKARA – Türkiye's central bank raised reserve requirements for lira deposits on "
          "Friday in a move to tighten credit, the bank said in a statement."),
        C("Economists said the move signals rate cuts could be slower than markets expect."),
    ]),
    # Negative: Hurriyet-style with "Photo" in text and byline.
    ("23", [
        C("Photo finish decides Istanbul marathon"),
        C("ISTANBUL – A photo finish decided Sunday's Istanbul Marathon, with the Kenyan winner "
          "crossing the line 0.2 seconds ahead, officials said (AA)."),
        C("By Staff Reporter"),
        C("Related results from the half-marathon will be published on Monday."),
    ]),
    # Iraqi English site: Read more cue with payload line, Telegram follow line.
    ("24", [
        C("Baghdad signs deal to rebuild Mosul airport"),
        C("BAGHDAD (Shafaq News) — Iraq's transport ministry signed a contract on Monday to "
          "rebuild Mosul International Airport within 24 months."),
        F(RM, "Read more:\nMosul airport reconstruction stalls over funding"),
        C("The airport was destroyed in the war against ISIS in 2017."),
        F(SF, "Follow us on Telegram for the latest updates"),
    ]),
    # Geo-style: caption ending "— Reuters/File" + Recommended block.
    ("25", [
        C("Govt announces relief package for flood-hit farmers"),
        F(PC, "Farmers walk through a flooded field in Sindh. — Reuters/File", N),
        C("ISLAMABAD: The federal government on Tuesday announced a Rs25 billion relief package "
          "for farmers affected by the recent floods."),
        C("The package includes interest-free loans and seed subsidies."),
        F(RL, "Recommended\nWheat support price raised for next season\nSindh seeks more "
              "federal funds for rebuilding"),
    ]),
    # Negative: "Recommended" and "Related" in prose.
    ("26", [
        C("Panel recommends new rules for related-party deals"),
        C("KARACHI: A committee recommended on Monday that listed companies disclose all "
          "related-party transactions within 48 hours."),
        C("Recommended changes also cover auditors' fees, the committee said in its report."),
    ]),
    # Saudi Gazette style: own-line Advertisement, comments-closed trailer.
    ("27", [
        C("Saudi Arabia launches new visa for investors"),
        C("RIYADH — Saudi Arabia launched a new premium residency category for investors on "
          "Sunday, the Ministry of Investment said."),
        F(AD, "Advertisement"),
        C("Applicants must invest at least SR7 million in a Saudi company."),
        F(ST, "Comments are closed."),
    ]),
    # Negative: SPA tag and "Comments" in prose.
    ("28", [
        C("Shoura Council comments on housing report"),
        C("Riyadh, Nov 24, 2026, SPA -- The Shoura Council issued comments on the Ministry of "
          "Housing annual report on Monday, calling for more units for young families."),
        C("Comments are closed until the committee reports, a member said."),
    ]),
    # Mobile page: inline Advertisement between two sentences.
    ("29", [
        C("Kurdistan Region pays October salaries"),
        C("ERBIL — The Kurdistan Regional Government began paying October salaries on Monday, "
          "its finance ministry said."),
        I(AD, "Advertisement"),
        C("Payments will reach all public employees by Thursday, the ministry added.", " "),
        C("The delay was caused by a dispute over oil revenues, Kurdistan24 reported."),
    ]),
    # Negative: "Follow the money", "read also" in prose, Kurdistan24 attribution.
    ("30", [
        C("Auditors told to follow the money in ministry accounts"),
        C("ERBIL — Parliament's integrity committee told auditors on Sunday to “follow the "
          "money” in the accounts of three ministries, Kurdistan24 reported."),
        C("Members said they would also read the 2025 audit in full before voting."),
        C("Share this view? Several deputies did not, the committee's chairman said."),
    ]),
]

AR = [
    # Anadolu Arabic: caption credit + subscriber trailer.
    ("01", [
        C("أنقرة وباكو توقعان اتفاقية لتمديد نقل الغاز"),
        F(PC, "وزيرا الطاقة خلال مراسم التوقيع (صورة: الأناضول)", N),
        C("أنقرة/ الأناضول\n\nوقعت تركيا وأذربيجان، الثلاثاء، اتفاقية لتمديد نقل الغاز عبر خط "
          "أنابيب عبر الأناضول حتى عام 2040، وفق بيان لوزارة الطاقة.", N),
        C("وتزيد الاتفاقية القدرة السنوية بمقدار 4 مليارات متر مكعب."),
        F(ST, "الموقع الإلكتروني لوكالة الأناضول يتضمن جزءا فقط من الأخبار التي تقدم للمشتركين "
              "في نظام تدفق الأخبار (HAS)، وبشكل مختصر. للاشتراك الرجاء التواصل معنا."),
    ]),
    # Negative: Anadolu attribution, "إعلان أنقرة".
    ("02", [
        C("إعلان أنقرة يدعو إلى وقف إطلاق النار"),
        C("أنقرة/ الأناضول\n\nدعا «إعلان أنقرة» الصادر عن اجتماع وزراء خارجية 12 دولة، الاثنين، "
          "إلى وقف فوري لإطلاق النار.", N),
        C("وبحسب مراسل الأناضول، شارك في الاجتماع ممثلون عن الجامعة العربية."),
    ]),
    # TRT Arabic: "اقرأ أيضا" block + follow line.
    ("03", [
        C("تركيا تطلق قمرا صناعيا جديدا للاتصالات"),
        C("أطلقت تركيا، فجر الأحد، قمرها الصناعي الجديد للاتصالات من قاعدة في ولاية فلوريدا "
          "الأمريكية، وفق ما أعلنته وزارة النقل."),
        F(RM, "اقرأ أيضا\nتركيا تكشف عن مقاتلتها الوطنية في معرض دولي"),
        C("ومن المتوقع أن يدخل القمر الخدمة في الربع الثاني من العام المقبل."),
        F(SF, "تابعونا على تيليغرام"),
    ]),
    # Hespress style: glued "اضافة اعلان" after a date, "إقرأ كذلك" later.
    ("04", [
        C("الحكومة تصادق على مشروع قانون المالية"),
        C("صادق مجلس الحكومة، اليوم الخميس، على مشروع قانون المالية لسنة 2027.",),
        G(AD, "اضافة اعلان"),
        C("وأوضح الناطق الرسمي باسم الحكومة أن المشروع يتوقع نموا بنسبة 3.8 في المائة."),
        F(RM, "اقرأ كذلك: عجز الميزانية يتراجع إلى 3.5 في المائة"),
        C("ويرتقب أن يحال المشروع على البرلمان الأسبوع المقبل."),
    ]),
    # Negative: Maghrebi prose with إشهار and تابعت as a verb.
    ("05", [
        C("الهيئة العليا للاتصال تنذر قناة بسبب الإشهار"),
        C("وجهت الهيئة العليا للاتصال السمعي البصري إنذارا لقناة خاصة بسبب تجاوز المدة المسموح "
          "بها للإشهار خلال نشرات الأخبار."),
        C("وقالت الهيئة في بلاغها إن القناة «تابعت بث الوصلات الإشهارية رغم التنبيه السابق»."),
    ]),
    # Echorouk-style Algerian: own-line إعلان, share row.
    ("06", [
        C("تخفيض أسعار تذاكر الطيران الداخلي"),
        C("قررت وزارة النقل تخفيض أسعار تذاكر الرحلات الداخلية نحو ولايات الجنوب بنسبة 50 "
          "بالمائة ابتداء من الفاتح ديسمبر."),
        F(AD, "إعلان"),
        C("ويشمل القرار الطلبة والمتقاعدين وذوي الاحتياجات الخاصة."),
        F(SF, "شاركها\nفيسبوك\nتويتر\nواتساب"),
    ]),
    # Negative: إعلان legal notice style (Algeria).
    ("07", [
        C("إعلان"),
        C("تعلن بلدية باب الزوار عن فتح مناقصة وطنية لإنجاز مشروع تهيئة الطرق الحضرية، وعلى "
          "المؤسسات المهتمة سحب دفتر الشروط من مقر البلدية.", N),
        C("آخر أجل لإيداع العروض: 15 ديسمبر 2026."),
    ]),
    # WAM Arabic: caption with الصورة: وام + related list.
    ("08", [
        C("رئيس الدولة يستقبل وزير خارجية كازاخستان"),
        F(PC, "الصورة: وام", N),
        C("أبوظبي في 24 نوفمبر/ وام/ استقبل رئيس الدولة اليوم في قصر الشاطئ وزير خارجية "
          "كازاخستان، وبحثا علاقات التعاون بين البلدين."),
        C("وتناول اللقاء فرص الاستثمار في الطاقة والأمن الغذائي."),
        F(RL, "أخبار ذات صلة\nالإمارات وكازاخستان تبحثان التعاون في الطاقة المتجددة\nوزير "
              "الاقتصاد يلتقي وفدا تجاريا من أستانا"),
    ]),
    # Negative: agency tags (قنا، بنا) and ذات صلة in prose.
    ("09", [
        C("قطر والبحرين تبحثان ملفات ذات صلة بالنقل البحري"),
        C("الدوحة في 24 نوفمبر /قنا/ بحث وزير المواصلات مع نظيره البحريني الملفات ذات الصلة "
          "بالنقل البحري والربط اللوجستي."),
        C("المنامة (بنا) - أكد الجانبان أهمية تسريع المشاريع المشتركة."),
    ]),
    # IRNA Arabic: tatweel إقـرأ المزيد + photo credit (ارنا).
    ("10", [
        C("عراقجي يصل إلى مسقط في زيارة رسمية"),
        F(PC, "(صورة: إرنا)", N),
        C("طهران/ إرنا - وصل وزير الخارجية الإيراني إلى العاصمة العمانية مسقط صباح الأحد في "
          "زيارة رسمية يلتقي خلالها كبار المسؤولين."),
        F(RM, "إقـرأ المزيد:\nطهران ومسقط توقعان مذكرة تفاهم في مجال الطاقة"),
        C("ومن المقرر أن يلتقي الوزير بسلطان عمان."),
    ]),
    # Negative: Iranian site, "شاهد" eyewitness, "تابع" verb.
    ("11", [
        C("شاهد عيان: الحريق اندلع قبل منتصف الليل"),
        C("قال شاهد عيان إن الحريق اندلع في مستودع بجنوب طهران قبل منتصف الليل بقليل، وتابع: "
          "«وصلت فرق الإطفاء بعد عشرين دقيقة»."),
        C("وأضاف أن النيران لم تمتد إلى المباني المجاورة."),
    ]),
    # Lebanese site: "اضافة اعلان" glued after an ellipsis; rights trailer.
    ("12", [
        C("الحكومة تقر خطة الكهرباء الجديدة"),
        C("أقر مجلس الوزراء في جلسته أمس خطة الكهرباء الجديدة التي تهدف إلى رفع ساعات التغذية "
          "إلى 16 ساعة يوميا…"),
        G(AD, "اضافة اعلان"),
        C("وقال وزير الطاقة إن تنفيذ الخطة يبدأ مطلع العام المقبل."),
        F(ST, "جميع الحقوق محفوظة © 2026"),
    ]),
    # Negative: Lebanese prose about glitch with quoted "اضافة اعلان".
    ("13", [
        C("خلل تقني يظهر عبارة غريبة على مواقع إخبارية"),
        C("ظهرت عبارة «اضافة اعلان» في منتصف مقالات عدد من المواقع الإخبارية أمس بسبب خلل في "
          "نظام إدارة المحتوى، بحسب ما أكدته الشركة المطوّرة."),
        C("وقالت الشركة إن الخلل أصلح خلال ساعتين."),
    ]),
    # Iraqi site (Shafaq style): share row top "مشاركة", read also with ايضاً.
    ("14", [
        F(SF, "مشاركة\nفيسبوك\nإكس\nتلغرام", ""),
        C("بغداد توقع عقدا لإعادة إعمار مطار الموصل"),
        C("شفق نيوز/ وقعت وزارة النقل العراقية، يوم الاثنين، عقدا لإعادة إعمار مطار الموصل "
          "الدولي خلال 24 شهرا."),
        F(RM, "اقرأ ايضاً: الموصل.. افتتاح جسر الحرية بعد تأهيله"),
        C("وكان المطار قد دمر خلال الحرب على تنظيم داعش عام 2017."),
    ]),
    # Negative: Iraqi text with "اقرأ" slogan and الأكثر قراءة in prose.
    ("15", [
        C("حملة «اقرأ» تصل إلى مدارس البصرة"),
        C("أطلقت مديرية تربية البصرة حملة «اقرأ» لتشجيع المطالعة، وقالت إن الكتب الأكثر قراءة "
          "بين الطلبة هي الروايات المترجمة."),
        C("وشارك في الحملة أكثر من 300 مدرسة."),
    ]),
    # SPA Arabic: caption line ending in the agency name under the headline.
    ("16", [
        C("سمو ولي العهد يستقبل رئيس وزراء باكستان"),
        F(PC, "جانب من الاستقبال - واس", N),
        C("الرياض 24 نوفمبر 2026م واس\nاستقبل صاحب السمو الملكي ولي العهد في الرياض اليوم رئيس "
          "وزراء باكستان، وجرى خلال الاستقبال استعراض العلاقات الثنائية.", N),
        C("حضر الاستقبال عدد من الوزراء."),
    ]),
    # Negative: SPA/واس dateline only and إعلان الرياض.
    ("17", [
        C("القمة تختتم أعمالها بإعلان الرياض"),
        C("الرياض 24 نوفمبر 2026م واس\nاختتمت القمة أعمالها اليوم بإصدار «إعلان الرياض» الذي "
          "دعا إلى تعزيز التعاون الاقتصادي.", N),
        C("المصدر: وكالة الأنباء السعودية"),
    ]),
    # Kuwaiti (Al-Qabas style): own-line اعلان, whatsapp channel prompt.
    ("18", [
        C("«التربية» تعلن مواعيد الاختبارات النهائية"),
        C("أعلنت وزارة التربية مواعيد الاختبارات النهائية للفصل الدراسي الأول، على أن تبدأ في "
          "الرابع من يناير."),
        F(AD, "اعلان"),
        C("وأكدت الوزارة أن الاختبارات ستكون ورقية لجميع المراحل."),
        F(SF, "تابعوا آخر الأخبار عبر قناتنا على واتساب"),
    ]),
    # Negative: Kuwaiti ad-related prose (تدرس إضافة إعلان).
    ("19", [
        C("البلدية تدرس إضافة إعلانات رقمية على الطرق السريعة"),
        C("قالت البلدية إنها تدرس إضافة إعلان رقمي على الجسور الرئيسية، وإن عوائد الإعلانات "
          "ستخصص لصيانة الطرق."),
        C("وأشارت إلى أن المناقصة ستطرح في الربع الأول."),
    ]),
    # Tunisian style: "طالع أيضا.." with payload, similar-articles list.
    ("20", [
        C("ارتفاع صادرات زيت الزيتون بنسبة 30 بالمائة"),
        C("سجلت صادرات تونس من زيت الزيتون ارتفاعا بنسبة 30 بالمائة خلال الأشهر العشرة الأولى "
          "من السنة، حسب المرصد الوطني للفلاحة."),
        F(RM, "طالع أيضا..\nتوقعات بصابة قياسية في ولايات الوسط"),
        C("وتعد إسبانيا وإيطاليا أبرز الوجهات."),
        F(RL, "مقالات مشابهة\nأسعار الزيت في الأسواق المحلية تتراجع\nالفلاحون يطالبون بدعم الأسمدة"),
    ]),
    # Negative: Tunisian prose with "طالع" verb and "مقالات".
    ("21", [
        C("الكاتب يطالع جمهوره بمجموعة قصصية جديدة"),
        C("يطالع الكاتب التونسي قراءه بمجموعة قصصية جديدة تضم مقالات وقصصا قصيرة، وقال لوكالة "
          "تونس إفريقيا للأنباء (وات) إنها ثمرة عشر سنوات."),
        C("وتصدر المجموعة عن دار نشر في صفاقس."),
    ]),
    # Omani site: caption line + تصوير credit line.
    ("22", [
        C("افتتاح أكبر حديقة نباتية في مسقط"),
        F(PC, "زوار في الحديقة خلال يوم الافتتاح\nتصوير: سالم البلوشي", N),
        C("مسقط - افتتحت، أمس، الحديقة النباتية العمانية التي تضم أكثر من 1200 نوع من النباتات "
          "المحلية."),
        C("وقال مدير المشروع إن الحديقة ستستقبل الزوار طوال أيام الأسبوع."),
    ]),
    # Negative: "تصوير" as filming, photography contest.
    ("23", [
        C("بدء تصوير فيلم عماني في ولاية نزوى"),
        C("بدأ فريق عمل فيلم عماني جديد تصوير مشاهده في ولاية نزوى، وقال المخرج إن التصوير "
          "سيستمر ستة أسابيع."),
        C("وشارك في الفيلم ممثلون من السلطنة والكويت (العمانية)."),
    ]),
    # Pakistani/Arabic edition style: own-line "- Advertisement -" in Arabic doc, google news follow.
    ("24", [
        C("إسلام آباد وكابول تتفقان على إعادة فتح معبر طورخم"),
        C("اتفقت باكستان وأفغانستان، الأحد، على إعادة فتح معبر طورخم الحدودي أمام حركة التجارة "
          "بعد إغلاق استمر أسبوعين."),
        F(AD, "- Advertisement -"),
        C("وقال مسؤولون إن المعبر سيفتح أمام المشاة يوم الثلاثاء."),
        F(SF, "تابعنا على جوجل نيوز"),
    ]),
    # Syrian/Lebanese site: photo © AFP line after caption, "قد يعجبك أيضاً" list.
    ("25", [
        C("انخفاض منسوب نهر الفرات إلى مستويات قياسية"),
        F(PC, "صورة أرشيفية لسد الفرات\n© AFP", N),
        C("حذر خبراء من انخفاض منسوب نهر الفرات إلى أدنى مستوى منذ عقود، ما يهدد محطات الشرب "
          "والكهرباء."),
        F(RL, "قد يعجبك أيضاً\nأزمة مياه في الحسكة مع توقف محطة علوك\nمزارعو الرقة يخسرون "
              "موسم القطن"),
    ]),
    # Negative: "يعجبك" and "قد يهمك" in a quote.
    ("26", [
        C("وزير السياحة: لدينا ما قد يعجبك في كل موسم"),
        C("قال وزير السياحة في مؤتمر صحافي: «لدينا ما قد يعجبك في كل موسم، وما قد يهمك أن تعرفه "
          "هو أن الأسعار ثابتة»."),
        C("وأضاف أن عدد الزوار ارتفع 14 بالمائة."),
    ]),
    # Glued اضافة اعلان (with RLM) after a closing parenthesis; back-to-top line.
    ("27", [
        C("الأردن: ارتفاع الصادرات الصناعية"),
        C("ارتفعت الصادرات الصناعية الأردنية بنسبة 6.3 بالمئة خلال الأشهر التسعة الأولى من العام "
          "(بترا)."),
        G(AD, "\u200fاضافة اعلان"),
        C("وتصدرت الولايات المتحدة قائمة الأسواق المستوردة."),
        F(ST, "العودة إلى الأعلى"),
    ]),
    # Negative: Jordanian agency line, glued attribution.
    ("28", [
        C("وزير الصحة يفتتح مركزا صحيا في المفرق"),
        C("عمان 24 تشرين الثاني (بترا)- افتتح وزير الصحة اليوم مركزا صحيا شاملا في المفرق.بحسب "
          "بيان الوزارة، يخدم المركز نحو 40 ألف نسمة."),
        C("المصدر: وزارة الصحة"),
    ]),
    # Inline اضافة اعلان between two sentences.
    ("29", [
        C("ارتفاع أسعار الذهب في السوق المحلية"),
        C("ارتفع سعر غرام الذهب عيار 21 في السوق المحلية اليوم الاثنين بمقدار 40 قرشا."),
        I(AD, "اضافة اعلان"),
        C("وقال نقيب تجار الحلي إن الطلب تراجع مع ارتفاع الأسعار.", " "),
        C("وسجل سعر الأونصة عالميا 2710 دولارات."),
    ]),
    # Negative: «شارك الخبر» button as the subject of a study.
    ("30", [
        C("دراسة: زر «شارك الخبر» يرفع نسبة القراءة"),
        C("أظهرت دراسة أعدتها جامعة الكويت أن وضع زر «شارك الخبر» أعلى الصفحة يرفع نسبة القراءة "
          "بنحو 18 بالمئة، وأن القراء يتابعون الأخبار عبر الهاتف أكثر من الحاسوب."),
        C("وشارك في الدراسة 2400 مستخدم من دول الخليج."),
    ]),
]

DOCS = [(doc_id, "en", parts) for doc_id, parts in EN] + [
    (doc_id, "ar", parts) for doc_id, parts in AR]
