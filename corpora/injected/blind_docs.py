"""Document table of the blind set (see ``blind_build.py``).

Each entry is ``(id, lang, items)``; an item is a content block (``str``), an own-line fragment
block ``F(label, text)``, a content block with glued/inline fragments (a ``list`` of ``str``,
``G(...)``, ``I(...)``), or ``NL`` (the next block follows after one newline instead of a blank
line). Names, sites and figures are invented for this set.
"""

from blind_build import AD, NL, PC, RL, RM, SF, ST, F, G, I

RLM, LRM, NBSP = "\u200f", "\u200e", "\u00a0"

EN_POS = [
    ("blind-en-001", "en", [
        "Cabinet approves 2025 draft general budget law",
        ["The Cabinet on Sunday approved the draft general budget law for 2025, with total "
         "expenditures estimated at JD12.9 billion, the Jordan News Agency, Petra, reported.",
         G(AD, "اضافة اعلان")],
        "Finance Minister Khaled Sawalha said the budget assumes real growth of 2.5 percent and "
        "an inflation rate of around 2 percent, while the deficit after grants is expected to "
        "narrow to 2.9 percent of GDP.",
        "The draft law will be referred to the Lower House, which is expected to debate it "
        "before the end of the year.",
        F(ST, "Read more National\nJordan News"),
    ]),
    ("blind-en-002", "en", [
        "Dubai to add 30 new bus routes by 2026",
        F(PC, "A public bus on Sheikh Zayed Road in Dubai.\nPhoto: Supplied"),
        "The Roads and Transport Authority (RTA) will launch 30 new bus routes over the next two "
        "years as it expands public transport to fast-growing residential areas, officials said "
        "on Tuesday.",
        "The routes will connect Dubai South, Al Furjan and Dubai Silicon Oasis to metro "
        "stations, cutting average journey times by up to 20 minutes.",
        F(RM, "ALSO READ:\nDubai Metro Blue Line: 14 stations announced\nRTA extends free "
              "parking hours during public holiday"),
        "The authority said it would also add 120 electric buses to its fleet by the end of "
        "2025.",
        "Residents can share feedback on the proposed routes through the RTA app until "
        "December 15.",
    ]),
    ("blind-en-003", "en", [
        "Egypt raises fuel prices for the third time this year",
        F(PC, "A worker fills a car at a petrol station in Cairo [File: Amr Nabil/AP Photo]"),
        "Egypt has raised the prices of most fuel products by up to 15 percent, the petroleum "
        "ministry said on Friday, the third increase this year as the country works through an "
        "IMF-backed reform programme.",
        F(AD, "Advertisement"),
        F(AD, "Advertisement"),
        "The price of 92-octane gasoline rose to 15.25 Egyptian pounds ($0.31) per litre from "
        "13.75 pounds, while diesel went up to 13.50 pounds.",
        "A committee that reviews fuel prices every quarter said the next review would take "
        "place in six months.",
        F(ST, "The post Egypt raises fuel prices for the third time this year appeared first "
              "on Nile Daily News."),
    ]),
    ("blind-en-004", "en", [
        "Al-Hilal extend unbeaten run to 20 games",
        "Al-Hilal beat Al-Fateh 3-1 in Riyadh on Friday to extend their unbeaten league run to "
        "20 matches and move five points clear at the top of the table.",
        F(AD, "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT"),
        "Salem Al-Harbi opened the scoring after 12 minutes before a second-half brace from "
        "the Brazilian forward Marcos Vieira sealed the win.",
        "“We are taking it one game at a time. The league is far from over,” the coach said "
        "after the match.",
        F(SF, "Follow us on X and Instagram for the latest sports news"),
    ]),
    ("blind-en-005", "en", [
        "Beirut port blast probe resumes after two-year freeze",
        NL, F(SF, "Share\nFacebook\nTwitter\nWhatsApp\nEmail"),
        NL, "BEIRUT – The judge investigating the 2020 Beirut port explosion resumed his work on "
            "Monday after a two-year suspension caused by legal challenges filed by politicians "
            "he had charged.",
        "Families of the victims gathered outside the Palace of Justice, holding pictures of "
        "their relatives and calling for the investigation to be allowed to run its course.",
        "More than 220 people were killed and 6,500 injured when hundreds of tonnes of "
        "ammonium nitrate stored at the port exploded on August 4, 2020.",
        F(ST, "Leave a Reply Cancel reply\nYour email address will not be published. Required "
              "fields are marked *"),
    ]),
    ("blind-en-006", "en", [
        "Oman plans personal income tax on high earners from 2028",
        "MUSCAT – Oman will introduce a personal income tax of 5 percent on residents earning "
        "more than $100,000 a year from 2028, becoming the first Gulf state to tax personal "
        "income, the finance ministry said.",
        "The tax will apply to about 1 percent of the population, according to ministry "
        "estimates, and is part of efforts to diversify state revenues away from oil.",
        "Officials said the draft law had been reviewed by the Shura Council and the State "
        "Council before being approved.",
        F(RL, "Related Articles\nOman's economy grows 1.9% in second quarter\nMuscat Stock "
              "Exchange closes higher for third session\nNew Omani visa rules: what you need to "
              "know"),
    ]),
    ("blind-en-007", "en", [
        "Saudi non-oil exports rise 11% in September",
        ["RIYADH – Saudi Arabia's non-oil exports rose 11 percent in September from a year "
         "earlier, official data showed on Thursday. ",
         I(RM, "READ MORE: Saudi PMI falls to 10-month low as new orders slow"),
         " Chemicals and plastics accounted for more than half of non-oil shipments."],
        "The General Authority for Statistics said re-exports, mainly machinery and vehicles, "
        "jumped 24 percent over the same period.",
        "China remained the kingdom's largest trading partner, followed by the UAE and India.",
    ]),
    ("blind-en-008", "en", [
        "Morning briefing: Gulf markets",
        ["Qatar's main index rose 0.8 percent on Monday, led by banking shares, as investors "
         "awaited third-quarter earnings from the country's largest lender... ",
         I(RM, "Read More »")],
        ["Abu Dhabi's state oil company said it had awarded contracts worth $2.1 billion to "
         "expand gas processing capacity at Ruwais, adding that the first phase would... ",
         I(RM, "Read More »")],
        ["Kuwait's cabinet approved a plan to cut subsidies on electricity for commercial "
         "users, a move expected to save the state about... ",
         I(RM, "Read More »")],
    ]),
    ("blind-en-009", "en", [
        "Iraq says Kurdistan oil exports via Turkey could restart within weeks",
        "BAGHDAD – Iraq's oil ministry said on Wednesday that exports of crude from the "
        "Kurdistan region through the Turkish port of Ceyhan could resume within weeks, after "
        "technical talks with Ankara made progress.",
        ["The pipeline, which carried about 450,000 barrels per day, was halted 18 months "
         "ago.", G(RM, "Continue reading the main story")],
        "A ministry spokesman said the two sides still had to agree on the fees paid to "
        "international oil companies operating in the region.",
    ]),
    ("blind-en-011", "en", [
        "Egypt opens new museum of textiles in Fustat",
        F(PC, "Photo: Handout"),
        "CAIRO – Egypt on Saturday opened a new museum of textiles in the historic district of "
        "Fustat, displaying more than 2,000 pieces spanning five millennia, the ministry of "
        "tourism and antiquities said.",
        "The collection includes Coptic tapestries, Islamic-era embroidered fabrics and "
        "19th-century garments from the royal wardrobe.",
        "The museum will be open daily from 9 am to 5 pm, with reduced fees for students.",
        F(SF, "Click here to follow our WhatsApp channel"),
    ]),
    ("blind-en-012", "en", [
        "Saudi Arabia hosts regional summit on Gaza reconstruction",
        F(PC, "Delegates arrive for the summit in Riyadh on Monday.\n© Ahmed Yosri / AFP via "
              "Getty Images"),
        "RIYADH – Leaders and ministers from more than 30 countries met in Riyadh on Monday to "
        "discuss funding for the reconstruction of Gaza, Saudi state media reported.",
        "The foreign minister told delegates the kingdom would host a donor conference early "
        "next year, and called for guarantees that rebuilt infrastructure would be protected.",
    ]),
    ("blind-en-013", "en", [
        "Bahrain cuts business registration fees by half",
        "MANAMA – Bahrain will cut commercial registration fees by 50 percent for small and "
        "medium-sized enterprises from January, the industry and commerce ministry said.",
        F(RM, "RELATED: Bahrain launches new golden residency visa for investors"),
        "The ministry said the move was part of a package to improve the business environment "
        "and attract foreign investment.",
        "More than 11,000 new commercial registrations were issued in the first half of the "
        "year, up 8 percent from a year earlier.",
    ]),
    ("blind-en-014", "en", [
        "Amman's oldest bookshop turns 100",
        ["AMMAN – “People told us books would die with the internet. They didn't. Our "
         "customers are younger than ever,” owner Rami Hamdan told Jordan News.",
         G(AD, "اضافة اعلان")],
        "The shop, which opened in downtown Amman in 1924, stocks more than 40,000 titles in "
        "Arabic, English and French.",
        F(AD, "اضافة اعلان"),
        "To mark the centenary, the shop is holding readings every Thursday evening until the "
        "end of the year. Entry is free.",
    ]),
    ("blind-en-016", "en", [
        "Lebanon's central bank keeps exchange rate stable",
        NL, F(SF, "Facebook Twitter WhatsApp Telegram"),
        NL, "BEIRUT – Lebanon's central bank has kept the exchange rate at 89,500 pounds to the "
            "dollar for a twelfth month, the acting governor said on Wednesday.",
        "He said foreign currency reserves had risen by $1.2 billion since the start of the "
        "year, largely thanks to tourism inflows and remittances.",
        F(RL, "RELATED COVERAGE\nLebanon parliament fails again to elect a president\nIMF "
              "says Lebanon reforms remain too slow"),
    ]),
    ("blind-en-017", "en", [
        "Jordan's unemployment rate edges down to 21.4%",
        "AMMAN, Nov 20 (Reuters) - Jordan's unemployment rate fell to 21.4 percent in the "
        "third quarter from 21.9 percent in the previous quarter, the statistics department "
        "said on Wednesday.",
        "Unemployment among young people aged 15 to 24 remained above 40 percent, it said.",
        "(Reporting by Suleiman Haddad; Editing by Mark Potter)",
        F(ST, "Our Standards: The Thomson Reuters Trust Principles."),
    ]),
    ("blind-en-018", "en", [
        "Bahrain Grand Prix sells out weeks early",
        "SAKHIR – Tickets for next year's Bahrain Grand Prix have sold out more than three "
        "months before the race, organisers said on Sunday.",
        "The circuit said it would add 5,000 temporary grandstand seats, which will go on sale "
        "next week.",
        F(ST, "Copyright © 2024 Gulf Daily Herald. All Rights Reserved."),
        NL, F(ST, "Back to top button"),
    ]),
    ("blind-en-019", "en", [
        "Syrian refugees in Lebanon face new residency rules",
        F(PC, "A Syrian refugee child stands outside a tent in the Bekaa Valley.\n[AP "
              "Photo/Hussein Sabbagh]"),
        "BEIRUT – Lebanon's General Security agency has tightened residency rules for Syrian "
        "refugees, requiring them to renew permits every six months.",
        F(AD, "Advertisement"),
        "Aid groups said the new rules would push more refugees into irregular status, "
        "limiting their access to work and schooling.",
        "Lebanon hosts about 1.5 million Syrians, according to government estimates.",
    ]),
    ("blind-en-020", "en", [
        "Jordan and Iraq sign electricity interconnection deal",
        "AMMAN – Jordan and Iraq on Thursday signed an agreement to complete the second phase "
        "of an electricity interconnection line, raising supply to Iraq to 150 megawatts.",
        F(RM, RLM + "اقرأ أيضاً:" + RLM + " Jordan's exports to Iraq up 12% in first half"),
        "The energy minister said the line would be extended to Baghdad by the end of next "
        "year.",
        "The two countries have also agreed to study a pipeline to carry Iraqi crude to the "
        "port of Aqaba.",
    ]),
]

EN_NEG = [
    ("blind-en-101", "en", [
        "Government raises minimum wage to JD290",
        "AMMAN – The government has decided to raise the minimum wage to JD290 per month"
        " starting January, Al-Ghad reported.",
        f"The decision was taken by the tripartite committee for labour affairs, which includes"
        f"{NBSP}representatives of the government, employers and workers.",
        "The Labour Minister said the increase would benefit about 180,000 workers, most of "
        "them in the services sector.",
    ]),
    ("blind-en-102", "en", [
        "Readers spot stray Arabic label in English news stories",
        "Readers of several English-language news sites in Jordan have noticed that the words "
        "“اضافة اعلان” appeared at the end of the first paragraph of many stories.",
        "The phrase, which means “add advertisement”, is a placeholder left by the content "
        "management system where an advert slot was meant to be inserted.",
        "“We are aware of the problem and our developers are fixing it,” a site editor said.",
    ]),
    ("blind-en-103", "en", [
        "Correction",
        "An earlier version of this article carried a picture credited (Photo: Reuters) that "
        "was in fact taken by a freelance photographer.",
        "The picture has been removed and the credit corrected. We apologise for the error.",
    ]),
    ("blind-en-104", "en", [
        "Audit bureau finds irregularities in public procurement",
        "AMMAN – The Audit Bureau said on Tuesday it had found irregularities worth JD18 "
        "million in public procurement contracts last year.",
        "The bureau said most of the violations involved contracts awarded without tenders. "
        "Read more about it in the report, which is published on the bureau's website.",
        "Lawmakers said they would summon the ministers concerned next week.",
    ]),
    ("blind-en-105", "en", [
        "UAE launches ‘Read More’ campaign for schoolchildren",
        "ABU DHABI – The Ministry of Education has launched a campaign called “Read More” to "
        "encourage pupils to read at least 20 books a year.",
        "Schools taking part will receive new library collections, and pupils who complete "
        "the challenge will get certificates at the end of the year.",
        "The campaign will run until the end of the academic year.",
    ]),
    ("blind-en-106", "en", [
        "Jordan central bank holds rates",
        "AMMAN, Nov 7 (Reuters) - Jordan's central bank kept its main policy rate unchanged at "
        "7.25 percent on Thursday, following the U.S. Federal Reserve's decision.",
        "The bank said inflation remained contained at 1.9 percent and reserves were at "
        "comfortable levels.",
        "(Reporting by Suleiman Haddad; Editing by Alison Williams)",
    ]),
    ("blind-en-107", "en", [
        "Kuwait arrests 12 in fake degree investigation",
        "KUWAIT CITY – Kuwaiti authorities have arrested 12 people, including two public "
        "servants, in an investigation into forged university degrees, the interior ministry "
        "said on Saturday.",
        "In a related development, the education ministry said it would review all degrees "
        "issued by foreign universities to public sector employees since 2010.",
        "Related investigations in 2023 led to the dismissal of more than 200 employees.",
    ]),
    ("blind-en-108", "en", [
        "Digital advertising spending in Saudi Arabia to top $2bn",
        "Advertisement spending in Saudi Arabia is expected to exceed $2 billion next year, "
        "with digital channels taking more than 60 percent of the total, a report said.",
        "The report said a single television advertisement during Ramadan can cost up to "
        "$150,000 on the main pan-Arab channels.",
        "Advertisers are also shifting budgets to short-form video and influencer campaigns.",
    ]),
    ("blind-en-109", "en", [
        "Aramco shares rise after dividend announcement",
        "Shares of Saudi Aramco rose 2 percent on Tuesday after the company announced a "
        "performance-linked dividend of $10.8 billion for the quarter.",
        "Analysts said investors would follow closely the company's capital spending plans "
        "for next year.",
        "Share prices of other Saudi energy companies also rose, although some fund managers "
        "warned the payout could be cut if oil prices fall below $70.",
    ]),
    ("blind-en-110", "en", [
        "Two killed as building collapses in Alexandria",
        "ALEXANDRIA – Two people were killed when a five-storey residential building collapsed "
        "in Alexandria early on Monday morning.The casualties were a woman and her son, "
        "security sources said.",
        "Rescue teams pulled four people alive from the rubble, the governorate said.",
    ]),
    ("blind-en-111", "en", [
        "Al-Faisaly back to the top of Jordan Pro League",
        "Al-Faisaly went back to the top of the Jordan Pro League with a 2-0 win over "
        "Al-Hussein Irbid on Saturday.",
        "It was one of the top stories of the weekend, as the capital club had lost three "
        "matches in a row before the win.",
        "The coach said his players had answered their critics “on the pitch, not on social "
        "media”.",
    ]),
    ("blind-en-112", "en", [
        "Egypt's inflation slows for fourth month",
        "CAIRO – Egypt's annual urban consumer price inflation slowed to 25.5 percent in "
        "October from 26.4 percent in September, the statistics agency CAPMAS said.",
        "Food prices rose 1.1 percent on a monthly basis.",
        "Source: CAPMAS",
    ]),
    ("blind-en-113", "en", [
        "Old Amman in pictures: exhibition opens at Darat al-Funun",
        "An exhibition of black-and-white photographs of Amman opened on Sunday, featuring "
        "the work of photographer Elias Haddad (the photos were taken between 1950 and 1970).",
        "One photo shows the Roman theatre surrounded by empty hills, a view that has "
        "vanished under the modern city.",
        "The exhibition runs until January 15.",
    ]),
    ("blind-en-114", "en", [
        "Summer reading programme returns to Sharjah libraries",
        "SHARJAH – Sharjah Public Libraries will run a summer programme to help children "
        "continue reading during the school holidays, the organisers said.",
        "Families can subscribe to the programme online, and subscribers will receive a "
        "reading passport to collect stamps for each book read.",
        "Also, read-aloud sessions will be held every Saturday in Arabic and English.",
    ]),
    ("blind-en-115", "en", [
        "UAE, India sign food corridor agreement",
        "ABU DHABI, 12th November, 2024 (WAM) -- The UAE and India on Tuesday signed an "
        "agreement to develop a food corridor linking Indian farms to Gulf markets.",
        "The agreement was signed in the presence of senior officials of both countries, the "
        "Emirates News Agency (WAM) reported.",
        "Trade between the two countries exceeded $85 billion last year.",
    ]),
]

AR_POS = [
    ("blind-ar-002", "ar", [
        "البنك المركزي الأردني يبقي أسعار الفائدة دون تغيير",
        "قرر البنك المركزي الأردني الإبقاء على أسعار الفائدة الرئيسية دون تغيير عند 7.25 في "
        "المئة، تماشياً مع قرار مجلس الاحتياطي الفيدرالي الأميركي.",
        F(RM, "اقرأ أيضاً:\nارتفاع الاحتياطيات الأجنبية إلى 20 مليار دولار\nالتضخم في الأردن "
              "يتباطأ إلى 1.6% في تشرين الأول"),
        "وقال البنك في بيان إن القرار يأتي في إطار الحفاظ على الاستقرار النقدي وجاذبية الأصول "
        "المحررة بالدينار.",
        "وأشار إلى أن الاقتصاد الوطني أظهر قدرة على التكيف مع التطورات الإقليمية.",
    ]),
    ("blind-ar-003", "ar", [
        "وزير التموين: لا زيادة في سعر رغيف الخبز المدعم",
        "أكد وزير التموين والتجارة الداخلية أنه لا نية لزيادة سعر رغيف الخبز المدعم خلال الفترة "
        "المقبلة، مشيراً إلى توافر مخزون استراتيجي من القمح يكفي لستة أشهر.",
        F(RM, "إقـرأ أيضـاً | ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء"),
        "وأضاف الوزير، خلال مؤتمر صحفي عقده اليوم الأحد، أن الوزارة تتابع حركة الأسعار في "
        "الأسواق بشكل يومي.",
    ]),
    ("blind-ar-004", "ar", [
        "دمشق: افتتاح معرض الكتاب بمشاركة 200 دار نشر",
        "افتتح في مكتبة الأسد الوطنية بدمشق، اليوم الخميس، معرض الكتاب السوري بمشاركة أكثر من "
        "200 دار نشر محلية وعربية.",
        F(RM, "اقرا ايضا..\nتخفيض أسعار الكتب المدرسية للعام الدراسي الجديد"),
        "ويتضمن برنامج المعرض ندوات فكرية وأمسيات شعرية وورشات للأطفال، ويستمر حتى نهاية الشهر "
        "الجاري.",
    ]),
    ("blind-ar-005", "ar", [
        "الكويت: تمديد العمل بنظام العمل عن بُعد في شهر رمضان",
        "قرر مجلس الخدمة المدنية تمديد العمل بنظام العمل عن بعد لموظفي الجهات الحكومية خلال "
        "شهر رمضان المبارك، على ألا تتجاوز نسبته 30 في المئة من عدد الموظفين.",
        F(RM, RLM + "اقرأ أيضًا:" + RLM + " الكويت تعلن مواعيد الدوام الرسمي في رمضان"),
        "وأوضح المجلس أن ساعات الدوام الرسمي ستكون من العاشرة صباحاً حتى الثانية ظهراً.",
    ]),
    ("blind-ar-006", "ar", [
        "مجلس الوزراء يقر مشروع قانون معدل لقانون السير",
        F(PC, "رئيس الوزراء خلال ترؤسه جلسة مجلس الوزراء\n(تصوير: يوسف العلان)"),
        "أقر مجلس الوزراء، في جلسته التي عقدها اليوم الأحد برئاسة رئيس الوزراء، مشروع قانون "
        "معدل لقانون السير لسنة 2024، تمهيداً لإرساله إلى مجلس النواب.",
        "ويهدف المشروع إلى تغليظ العقوبات على المخالفات الخطرة، ومنها استخدام الهاتف أثناء "
        "القيادة وتجاوز الإشارة الضوئية الحمراء.",
    ]),
    ("blind-ar-007", "ar", [
        "أمطار غزيرة وسيول في عدة محافظات سعودية",
        NL, F(SF, "شارك هذا الخبر\nفيسبوك\nإكس\nواتساب\nنسخ الرابط"),
        NL, "شهدت عدة محافظات في منطقة مكة المكرمة هطول أمطار غزيرة صباح اليوم، أدت إلى جريان "
            "السيول في عدد من الأودية.",
        "ودعا الدفاع المدني المواطنين والمقيمين إلى الابتعاد عن مجاري السيول وعدم المجازفة "
        "بعبورها.",
    ]),
    ("blind-ar-008", "ar", [
        "ارتفاع أسعار الذهب في السوق المحلية",
        "ارتفعت أسعار الذهب في السوق المحلية اليوم الثلاثاء، وسجل سعر غرام الذهب عيار 21 "
        "للبيع 55.6 دينار، وفق نقابة تجار المصاغ والمجوهرات.",
        "وعزت النقابة الارتفاع إلى صعود الأسعار في الأسواق العالمية.",
        F(ST, "جميع الحقوق محفوظة لموقع الحدث الأردني © 2024"),
        NL, F(ST, "زر الذهاب إلى الأعلى"),
    ]),
    ("blind-ar-009", "ar", [
        "إطلاق خدمة تجديد جوازات السفر إلكترونياً",
        "أطلقت دائرة الأحوال المدنية والجوازات خدمة تجديد جوازات السفر إلكترونياً عبر تطبيق "
        "سند، دون الحاجة إلى مراجعة مكاتب الدائرة.",
        "وقالت الدائرة إن الجواز الجديد يُسلّم عبر البريد خلال ثلاثة أيام عمل.",
        F(RL, "مواضيع ذات صلة:\nالأحوال المدنية: تمديد ساعات الدوام في فرع عمان\nإصدار 50 ألف "
              "بطاقة ذكية خلال شهر\nرفع رسوم جواز السفر المستعجل"),
    ]),
    ("blind-ar-010", "ar", [
        "الأرصاد: طقس شديد الحرارة على القاهرة الكبرى غداً",
        "توقعت الهيئة العامة للأرصاد الجوية أن يسود طقس شديد الحرارة نهاراً على القاهرة "
        "الكبرى والوجه البحري غداً الأربعاء، على أن تصل درجة الحرارة العظمى إلى 41 درجة.",
        F(RM, "طالع أيضًا: الري ترفع حالة الطوارئ لمواجهة موسم الفيضان"),
        "ونصحت الهيئة المواطنين بعدم التعرض المباشر لأشعة الشمس.",
        F(SF, "تابعوا آخر الأخبار عبر قناتنا على واتساب"),
    ]),
    ("blind-ar-011", "ar", [
        "المغرب يطلق برنامجاً لدعم السكن بقيمة 9.5 مليار درهم",
        "أطلقت الحكومة المغربية برنامجاً للدعم المباشر لاقتناء السكن، يستفيد منه المواطنون "
        "المقيمون في المغرب وخارجه، بقيمة إجمالية تبلغ 9.5 مليار درهم.",
        "ويتراوح مبلغ الدعم بين 70 ألف درهم و100 ألف درهم حسب سعر المسكن.",
        F(ST, "ظهرت المقالة المغرب يطلق برنامجاً لدعم السكن بقيمة 9.5 مليار درهم أولاً على "
              "أخبار المغرب اليوم."),
    ]),
    ("blind-ar-012", "ar", [
        "التربية تعلن موعد إعلان نتائج الثانوية العامة",
        "أعلنت وزارة التربية والتعليم أن نتائج امتحان شهادة الدراسة الثانوية العامة ستُعلن "
        "يوم الخميس المقبل، عبر الموقع الإلكتروني المخصص للنتائج.",
        F(AD, "إعلان"),
        "وقالت الوزارة إن عدد المتقدمين للامتحان بلغ 182 ألف طالب وطالبة، موزعين على 1400 قاعة.",
        "ودعت الطلبة إلى عدم الالتفات إلى الإشاعات حول موعد إعلان النتائج.",
    ]),
    ("blind-ar-013", "ar", [
        "قطر تستضيف بطولة العالم للجمباز 2025",
        "تستضيف العاصمة القطرية الدوحة بطولة العالم للجمباز الفني في تشرين الأول 2025، بمشاركة "
        "أكثر من 500 لاعب ولاعبة من 80 دولة.",
        "وقالت اللجنة المنظمة إن المنافسات ستقام في صالة أسباير.",
        F(RL, "قد يهمك أيضاً\nالعنابي يبدأ معسكره الخارجي استعداداً للتصفيات\nافتتاح ملعب جديد "
              "للتنس في لوسيل"),
    ]),
    ("blind-ar-014", "ar", [
        "انخفاض أسعار البنزين في الإمارات لشهر ديسمبر",
        "أعلنت لجنة متابعة أسعار الوقود في دولة الإمارات خفض أسعار البنزين لشهر ديسمبر، ليبلغ "
        "سعر لتر سوبر 98 نحو 2.61 درهم مقارنة بـ2.74 درهم في نوفمبر.",
        "وتحدد اللجنة الأسعار شهرياً وفق متوسط الأسعار العالمية.",
        F(RL, "الأكثر قراءة\nموعد صرف رواتب ديسمبر للموظفين الاتحاديين\nطقس الإمارات: أمطار "
              "متفرقة وانخفاض في درجات الحرارة\nإجازة اليوم الوطني: 4 أيام للقطاع الخاص"),
    ]),
    ("blind-ar-015", "ar", [
        "شاهد عيان يروي لحظات انهيار عقار الإسكندرية",
        "روى شاهد عيان تفاصيل اللحظات الأولى لانهيار عقار مكون من خمسة طوابق بمنطقة محرم بك، "
        "قائلاً إنه سمع صوت تشققات قبل الانهيار بدقائق.",
        F(RM, "شاهد أيضاً\nفيديو.. لحظة انتشال طفل حياً من تحت الأنقاض"),
        "وأضاف أن السكان حاولوا إخلاء العقار، لكن بعضهم لم يتمكن من الخروج في الوقت المناسب.",
    ]),
    ("blind-ar-017", "ar", [
        "توقيف شرطي بعد إشهار سلاحه في وجه مواطن بطنجة",
        "أوقفت المديرية العامة للأمن الوطني شرطياً برتبة مقدم شرطة، بعد ظهوره في مقطع فيديو "
        "وهو يشهر سلاحه الوظيفي في وجه مواطن بمدينة طنجة.",
        F(AD, "إشهار"),
        "وأوضحت المديرية في بلاغ لها أنه تم فتح بحث قضائي تحت إشراف النيابة العامة المختصة "
        "لتحديد ملابسات هذه القضية.",
    ]),
    ("blind-ar-018", "ar", [
        "وزارة المياه: ضبط 40 اعتداء على خطوط المياه في الزرقاء",
        "ضبطت فرق وزارة المياه والري 40 اعتداء على خطوط المياه الرئيسية في محافظة الزرقاء "
        "خلال الأسبوع الماضي، وتمت إحالة المعتدين إلى القضاء.",
        "المصدر: وكالة الأنباء الأردنية (بترا)",
        F(ST, "اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها "
              "بـ *"),
    ]),
    ("blind-ar-019", "ar", [
        "افتتاح مهرجان جرش للثقافة والفنون بدورته الـ38",
        "افتتح مهرجان جرش للثقافة والفنون فعاليات دورته الثامنة والثلاثين، مساء الأربعاء، بحفل "
        "فني على المسرح الجنوبي شارك فيه أكثر من 100 فنان.",
        F(RM, "اقْرَأْ أَيْضًا:\nبرنامج حفلات مهرجان جرش لهذا العام"),
        "ويستمر المهرجان عشرة أيام، ويتضمن أمسيات شعرية ومعارض للحرف اليدوية.",
        F(SF, "تابعونا على فيسبوك وتويتر وإنستغرام"),
    ]),
    ("blind-ar-020", "ar", [
        "دراسة: العمل من المنزل يرفع الإنتاجية في قطاع التقنية",
        F(PC, "موظفة تعمل من منزلها\n(Photo: Freepik)"),
        "كشفت دراسة حديثة أن العمل من المنزل رفع إنتاجية موظفي شركات التقنية بنسبة 13 في المئة، "
        "مقارنة بالعمل من المكتب.",
        F(AD, "Advertisement"),
        "وأشارت الدراسة إلى أن الموظفين الذين يعملون عن بعد يأخذون إجازات مرضية أقل.",
    ]),
]

AR_NEG = [
    ("blind-ar-101", "ar", [
        "التربية: إعلان نتائج التوجيهي الأسبوع المقبل",
        "قال الناطق الإعلامي باسم وزارة التربية والتعليم إن إعلان نتائج امتحان الثانوية العامة "
        "(التوجيهي) سيكون الأسبوع المقبل، بعد الانتهاء من عمليات التدقيق.",
        "وأوضح أن النتائج ستكون متاحة عبر الموقع الإلكتروني للوزارة ورسائل نصية قصيرة.",
        "إعلان النتائج",
        "وسيُعلن وزير التربية النتائج في مؤتمر صحفي يعقده صباح الخميس، وفق ما جرت عليه العادة.",
    ]),
    ("blind-ar-102", "ar", [
        "الذكرى الـ36 لإعلان الاستقلال الفلسطيني",
        "يحيي الفلسطينيون اليوم الجمعة الذكرى السادسة والثلاثين لإعلان الاستقلال، الذي أعلنه "
        "المجلس الوطني الفلسطيني في الجزائر في 15 تشرين الثاني 1988.",
        "وقالت الرئاسة في بيان إن وثيقة إعلان الاستقلال ما زالت تشكل الأساس للدولة الفلسطينية.",
    ]),
    ("blind-ar-103", "ar", [
        "إعلان",
        "تعلن وزارة الأشغال العامة والإسكان عن طرح العطاء رقم (12/2024) الخاص بصيانة الطرق في "
        "محافظة المفرق، فعلى الراغبين في الاشتراك مراجعة مديرية العطاءات الحكومية.",
        "آخر موعد لتقديم العروض الساعة الثانية عشرة من ظهر يوم الخميس الموافق 19/12/2024.",
        "ثمن نسخة العطاء 100 دينار غير مستردة.",
    ]),
    ("blind-ar-104", "ar", [
        "هيئة الاتصالات تدرس إضافة إعلان إلزامي على الفواتير",
        "تدرس هيئة تنظيم قطاع الاتصالات إضافة إعلان جديد على فواتير الهاتف المحمول، يوضح "
        "للمشتركين حقوقهم في حال انقطاع الخدمة.",
        "كما طلبت الهيئة من الشركات تعديل تطبيقاتها، بحيث يظهر زر «اضافة اعلان» للتجار فقط "
        "بعد التحقق من سجلاتهم التجارية.",
    ]),
    ("blind-ar-105", "ar", [
        "حريق في سوق شعبي وسط بغداد",
        "اندلع حريق كبير في سوق الشورجة وسط بغداد فجر اليوم، وأتى على عشرات المحال التجارية.",
        "وقال شاهد عيان لـ«الشرق» إن النيران امتدت بسرعة بسبب تكدس البضائع في الممرات الضيقة.",
        "وأفاد الدفاع المدني بأنه لم تسجل إصابات بشرية.",
    ]),
    ("blind-ar-106", "ar", [
        "اختتام مؤتمر الطاقة المتجددة في عمان",
        "شارك في المؤتمر أكثر من 300 خبير وممثلين عن 25 دولة، ناقشوا على مدى يومين فرص "
        "الاستثمار في الطاقة الشمسية وطاقة الرياح.",
        "وشارك الوزير في الجلسة الختامية، مؤكداً أن الطاقة المتجددة تشكل 27 في المئة من "
        "إجمالي الكهرباء المولدة في المملكة.",
        "شارك الأطفال كذلك في ورشة رسم حول البيئة على هامش المؤتمر.",
    ]),
    ("blind-ar-107", "ar", [
        "ليلة القدر: دروس من أول ما نزل من القرآن",
        "كان أول ما نزل من القرآن الكريم قوله تعالى: ﴿اقْرَأْ بِاسْمِ رَبِّكَ الَّذِي خَلَقَ﴾، "
        "وهو ما يجعل القراءة والعلم في صدارة القيم التي دعا إليها الإسلام.",
        "اقرأ باسم ربك.. بهذه الكلمات بدأت الرسالة، ومنها ينطلق العلماء في الحديث عن فضل طلب "
        "العلم.",
    ]),
    ("blind-ar-108", "ar", [
        "الدار البيضاء: توقيف مشتبه فيه هدد المارة بسلاح أبيض",
        "تمكنت عناصر الشرطة بالدار البيضاء من توقيف شخص يبلغ من العمر 28 سنة، للاشتباه في "
        "تورطه في تهديد المارة بسلاح أبيض.",
        "واضطر مقدم شرطة إلى إشهار سلاحه الوظيفي لتحييد الخطر الذي كان يشكله المشتبه فيه، دون "
        "الحاجة إلى استعماله.",
        "وقد تم إخضاع المشتبه فيه لبحث قضائي تحت إشراف النيابة العامة.",
    ]),
    ("blind-ar-109", "ar", [
        "وزير الخارجية يلتقي نظيره الإيطالي في روما",
        "بحث وزير الخارجية مع نظيره الإيطالي في روما، اليوم الاثنين، العلاقات الثنائية "
        "والتطورات الإقليمية.",
        "وفي تطورات ذات صلة، أعلنت الحكومة الإيطالية زيادة مساعداتها الإنسانية للمنطقة.",
        "وفي سياق متصل، عقد الوزير لقاءات مع أعضاء في البرلمان الإيطالي.",
    ]),
    ("blind-ar-110", "ar", [
        "الاحتلال يعتقل 15 فلسطينياً من الضفة",
        "اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم 15 فلسطينياً على الأقل من مناطق متفرقة في "
        "الضفة الغربية، بينهم أسرى محررون، وفق ما نقلت وكالة وفا عن نادي الأسير.",
        "وتركزت الاعتقالات في محافظتي الخليل وجنين وشهدت مواجهات في عدة مناطق في المنطقة.وبحسب "
        "نادي الأسير، ارتفع عدد المعتقلين منذ بداية العام إلى أكثر من 9 آلاف.",
        "المصدر: وكالة وفا",
    ]),
    ("blind-ar-111", "ar", [
        "محافظ القاهرة يتابع أعمال تطوير ميدان التحرير",
        "تابع محافظ القاهرة اليوم أعمال تطوير ميدان التحرير والشوارع المحيطة به، واطلع على "
        "نسب التنفيذ في المرحلة الثانية.",
        "وتابع قائلاً إن المشروع سيكتمل قبل نهاية العام، مؤكداً أن المحافظة تتابعه بشكل يومي.",
        "ودعا المواطنين إلى متابعة الصفحة الرسمية للمحافظة للاطلاع على التحويلات المرورية.",
    ]),
    ("blind-ar-112", "ar", [
        "معرض عمان للكتاب يطلق مبادرة «اقرأ المزيد»",
        "أطلقت إدارة معرض عمان الدولي للكتاب مبادرة بعنوان «اقرأ المزيد» لتشجيع طلبة المدارس على "
        "القراءة، من خلال توزيع قسائم شراء بقيمة 10 دنانير.",
        "وقال مدير المعرض إن الروايات كانت الكتب الأكثر قراءة بين الشباب في استطلاع أجراه المعرض "
        "العام الماضي.",
    ]),
    ("blind-ar-113", "ar", [
        "قانون حماية حق المؤلف: ماذا تعني عبارة «جميع الحقوق محفوظة»؟",
        "يعتقد كثيرون أن عبارة «جميع الحقوق محفوظة» شرط لحماية المصنف، لكن قانون حماية حق "
        "المؤلف يمنح الحماية تلقائياً بمجرد إنشاء العمل.",
        "ويقول محامون إن وضع العبارة مع سنة النشر يبقى مفيداً لأنه ينبه الآخرين إلى وجود حق "
        "محفوظ.",
    ]),
    ("blind-ar-114", "ar", [
        "عمان - بترا",
        "بدأ أمس تصوير المسلسل الأردني الجديد «بيوت من حجر» في مواقع متعددة بمحافظتي عجلون وجرش، "
        "بمشاركة نخبة من الممثلين الأردنيين والعرب.",
        "ونشرت الشركة المنتجة صورة للطاقم خلال اليوم الأول للتصوير على حسابها في إنستغرام.",
        "ومن المقرر عرض المسلسل في شهر رمضان المقبل. (أ ف ب)",
    ]),
    ("blind-ar-115", "ar", [
        "النائب العام يحظر النشر في قضية اختلاس أموال البلدية",
        "قرر النائب العام حظر النشر في قضية اختلاس أموال إحدى البلديات، وحظر نشر أي أخبار "
        "متعلقة بالقضية أو بأسماء المتهمين في جميع وسائل الإعلام ومواقع التواصل الاجتماعي.",
        "وأكد أن الحظر يستمر حتى انتهاء التحقيقات، تحت طائلة المسؤولية القانونية.",
    ]),
]

EN_POS += [
    ("blind-en-021", "en", [
        "Gaza: strikes hit Khan Younis as talks stall",
        F(PC, "Smoke rises over Khan Younis in the southern Gaza Strip on Tuesday.\n(AFP)"),
        "GAZA CITY (AFP) - Israeli strikes killed at least 18 people in Khan Younis on Tuesday, "
        "the civil defence agency said, as talks on a ceasefire stalled.",
        "Mediators from Egypt and Qatar said they would resume contacts with both sides later "
        "this week.",
    ]),
    ("blind-en-022", "en", [
        F(RL, "Top Stories:\nKing receives phone call from French president\nPrices of "
              "vegetables drop at central market"),
        "Government extends tax amnesty until end of year",
        "AMMAN – The government has extended a tax amnesty that waives fines on overdue income "
        "and sales tax until December 31, the Income and Sales Tax Department said.",
        F(AD, "Advertisement"),
        "The department said more than 30,000 taxpayers had benefited from the amnesty since "
        "it was launched in March.",
        F(SF, "Subscribe to our YouTube channel for more videos"),
    ]),
    ("blind-en-023", "en", [
        "King inaugurates new wing at Al-Bashir Hospital",
        F(PC, "His Majesty King Abdullah tours the new emergency wing on Monday.\n(Photo "
              "courtesy of the Royal Hashemite Court)"),
        "AMMAN – His Majesty King Abdullah on Monday inaugurated a new emergency wing at "
        "Al-Bashir Hospital, the largest public hospital in the Kingdom.",
        "The wing has 120 beds and is expected to cut waiting times in the emergency "
        "department by half, the health minister said.",
        F(RM, "Read more:\nHealth ministry to hire 1,000 nurses next year\nNew cancer centre "
              "opens in Irbid"),
    ]),
    ("blind-en-024", "en", [
        "Qatar Airways adds flights to Amman and Beirut",
        "DOHA – Qatar Airways will add six weekly flights to Amman and four to Beirut from "
        "December, the airline said on Wednesday, citing strong demand over the holidays.",
        "The extra flights will be operated by Boeing 787 aircraft.",
        F(SF, "Follow us on Google News"),
        NL, F(SF, "Subscribe to our Telegram channel for breaking news"),
    ]),
    ("blind-en-025", "en", [
        "Saudi schools to teach Chinese in all secondary grades",
        "RIYADH – Chinese will be taught in all Saudi secondary schools from next year, the "
        "education ministry said, expanding a programme that began in 2019.",
        F(AD, "ADVERTISEMENT"),
        "Pupils in the programme read more than 20 texts a term and take an exam at the end of "
        "each year.",
        ["The ministry said it had recruited 175 Chinese-language teachers for the coming "
         "year.", G(RM, "Read more"), "\nSaudi Arabia, China sign education cooperation deal"],
    ]),
]

AR_POS += [
    ("blind-ar-021", "ar", [
        "البحرين: افتتاح أكبر محطة طاقة شمسية في المملكة",
        F(PC, "جانب من حفل الافتتاح\nتصوير: علي حسن"),
        "افتتح ولي العهد رئيس مجلس الوزراء، اليوم الثلاثاء، أكبر محطة للطاقة الشمسية في "
        "المملكة بقدرة 100 ميغاواط في منطقة الصخير.",
        F(RM, "اقرأ ايضا：البحرين تستهدف 20% من الكهرباء من مصادر متجددة بحلول 2035"),
        "وقال وزير الكهرباء إن المحطة ستزود نحو 15 ألف منزل بالكهرباء.",
        F(RM, "إقرأ أيضا: مشروع لتحويل النفايات إلى طاقة في عسكر"),
    ]),
    ("blind-ar-022", "ar", [
        "محافظ الجيزة يتفقد أعمال تطوير منطقة الأهرامات",
        F(RL, "أخبار متعلقة\nافتتاح المتحف المصري الكبير خلال أسابيع\nمنع دخول السيارات "
              "الخاصة إلى منطقة الأهرامات"),
        "تفقد محافظ الجيزة، اليوم السبت، أعمال تطوير منطقة الأهرامات، التي تشمل إنشاء مركز "
        "جديد للزوار ومسارات للمشاة والعربات الكهربائية.",
        "وأكد المحافظ ضرورة الانتهاء من الأعمال قبل نهاية العام الجاري.",
    ]),
    ("blind-ar-023", "ar", [
        "ارتفاع صادرات الأردن إلى العراق 12% في النصف الأول",
        "ارتفعت صادرات المملكة إلى العراق بنسبة 12 في المئة خلال النصف الأول من العام الحالي، "
        "لتصل إلى 410 ملايين دينار، وفق أرقام دائرة الإحصاءات العامة.",
        "وتصدرت المنتجات الغذائية والأدوية قائمة الصادرات.",
        F(RL, "مقالات ذات صلة\nالعراق يمدد إعفاء السلع الأردنية من الرسوم الجمركية\nاتفاق "
              "أردني عراقي على تشغيل المدينة الاقتصادية المشتركة"),
        F(SF, "تابعوا أحدث الأخبار عبر تطبيق Google News"),
        F(ST, "جميع الحقوق محفوظة © 2024"),
    ]),
    ("blind-ar-024", "ar", [
        "الصحة: حملة تطعيم ضد شلل الأطفال تبدأ الأحد",
        ["أعلنت وزارة الصحة عن بدء حملة وطنية للتطعيم ضد شلل الأطفال يوم الأحد المقبل، "
         "تستهدف الأطفال دون سن الخامسة في جميع المحافظات.", G(AD, "اضافة اعلان")],
        "وقالت الوزارة إن الحملة تستمر خمسة أيام، وإن التطعيم متاح مجاناً في المراكز الصحية "
        "وعبر فرق جوالة.",
        F(AD, "اعلان"),
        "ودعت الوزارة الأهالي إلى الاحتفاظ ببطاقات التطعيم وإحضارها عند المراجعة.",
    ]),
    ("blind-ar-025", "ar", [
        "فيضانات تجتاح شرق ليبيا وتخلف عشرات القتلى",
        F(PC, "آثار الفيضانات في مدينة درنة\n© رويترز"),
        "اجتاحت فيضانات عارمة مناطق في شرق ليبيا، بعد أمطار غزيرة تسببت في انهيار سدين قرب "
        "مدينة درنة، ما أدى إلى مقتل العشرات.",
        F(RM, "شـاهد أيضـاً:\nبالفيديو.. فرق الإنقاذ تنتشل ناجين من تحت الأنقاض"),
        "وأعلنت السلطات في شرق البلاد الحداد ثلاثة أيام.",
    ]),
]

EN_NEG += [
    ("blind-en-116", "en", [
        "New rules for social media influencers in the UAE",
        "ABU DHABI – The UAE Media Council has issued rules banning influencers from urging "
        "followers to “share and follow” accounts that promote unlicensed products.",
        "Influencers who break the rules face fines of up to Dh1 million, the council said.",
        "“Share, follow and like: that is not a business model if the product is illegal,” a "
        "council official told reporters.",
    ]),
    ("blind-en-117", "en", [
        "Jordan's literacy drive marks 10 years",
        "AMMAN – A national literacy campaign launched under the slogan “اقرأ” (Read) marked "
        "its tenth anniversary on Sunday, the ministry said.According to the statement, more "
        "than 60,000 adults have learnt to read and write through the programme.",
        "The ministry said classes would continue in 120 centres across the Kingdom.",
    ]),
]

AR_NEG += [
    ("blind-ar-116", "ar", [
        "القمة العربية تختتم أعمالها بـ«إعلان القاهرة»",
        "اختتمت القمة العربية أعمالها في القاهرة مساء السبت بإصدار «إعلان القاهرة»، الذي أكد "
        "رفض التهجير ودعم خطة إعادة إعمار غزة.",
        "إعلان القاهرة الصادر عن القمة تضمن أيضاً الدعوة إلى عقد مؤتمر دولي للسلام.",
        "وشارك في القمة قادة وممثلو 22 دولة عربية.",
    ]),
    ("blind-ar-117", "ar", [
        "الحكومة تطرح مسودة نظام العمل المرن للنقاش العام",
        "طرحت الحكومة مسودة نظام العمل المرن على منصة «شارك» الإلكترونية، ودعت المواطنين إلى "
        "ترك تعليقاتهم وملاحظاتهم عليها خلال أسبوعين.",
        "وقال وزير العمل إن جميع الملاحظات ستُدرس قبل إقرار النظام بصيغته النهائية.",
        "وتابع أن النظام يتيح للعامل الاتفاق مع صاحب العمل على ساعات عمل مرنة.",
    ]),
]

DOCS = EN_POS + EN_NEG + AR_POS + AR_NEG
