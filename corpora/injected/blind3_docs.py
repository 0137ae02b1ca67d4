"""Documents of the third blind set (``blind3.jsonl``), as parts; ``blind3_build.py`` assembles them.

Written for this project from ``specs/injected-fragments.md``, the seed article and the corpus
README only, in the style of Arabic and English news sites and blog templates; no detector
code, lexicon or earlier corpus was read. Block kinds: ``str`` content, ``F`` own-line
fragment, ``list`` of ``str`` and ``G`` (glued or inline fragment) pieces, ``Sep`` separator
before the next block.
"""

from __future__ import annotations

from typing import NamedTuple


class F(NamedTuple):
    """An own-line fragment block (cue plus payload lines, or a caption plus its credit)."""

    label: str
    text: str


class G(NamedTuple):
    """A fragment glued to, or inline in, a content paragraph."""

    label: str
    text: str


class Sep(NamedTuple):
    """The separator before the next block (default a blank line)."""

    text: str


N = Sep("\n")
RLM, LRM, NBSP = "\u200f", "\u200e", "\u00a0"

AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")


def en(n: int, *blocks) -> dict:
    return {"id": f"blind3-en-{n:04d}", "lang": "en", "blocks": list(blocks)}


def ar(n: int, *blocks) -> dict:
    return {"id": f"blind3-ar-{n:04d}", "lang": "ar", "blocks": list(blocks)}


EN = [
    # Jordan News family: the ad slot glued after a full stop, section trailer
    en(1,
       "Water authority cuts supply to three Zarqa districts for pipe repairs",
       ["AMMAN – The Water Authority of Jordan said on Sunday that pumping to Awajan, Russeifa"
        " and New Zarqa will stop for 36 hours while crews replace a ruptured main line,"
        " Al-Mamlaka TV reported.", G(AD, "اضافة اعلان")],
       "The authority said tankers would serve hospitals and schools during the outage and"
       " asked residents to store water in advance.",
       "A spokesperson said the line, laid in 1987, had burst twice since January.",
       F(ST, "Read more Local\nJordan News")),
    # Jordan News family: caption + credit under the headline, glued ad slot after a quote
    en(2,
       "Senate passes amended cybercrime law after heated session",
       F(PC, "The Senate in session on Monday\n(Photo: Petra)"),
       ["AMMAN — The Senate on Monday approved the amended cybercrime law, with the Senate"
        " President saying the changes “strike a balance between freedom and"
        " accountability.”", G(AD, "اضافة اعلان")],
       "Twelve senators voted against the draft, which now goes to the King for ratification.",
       "Rights groups had urged lawmakers to drop two articles on “fake news”."),
    # negative: the word Advertisement opens a line of prose
    en(3,
       "Jordan's ad market shrinks for third year as spending shifts online",
       "AMMAN — Total advertising spending in Jordan fell 7 percent last year to JD41 million,"
       " according to a report by a local media-monitoring firm.",
       "Advertisement revenue at daily newspapers dropped by almost a quarter, while spending on"
       " social media platforms rose 18 percent.",
       "“Read more into the numbers and you see a structural change, not a dip,” the firm's"
       " director said."),
    # Gulf News: image credit under a caption, ALSO READ block with two headlines
    en(4,
       "Dubai to open two new Metro stations on Blue Line by 2029",
       F(PC, "An artist's impression of the Blue Line viaduct\nImage Credit: Supplied"),
       "Dubai: The Roads and Transport Authority (RTA) on Tuesday awarded the civil works"
       " contract for two more stations on the Dubai Metro Blue Line.",
       F(RM, "ALSO READ\nRTA announces new Salik gate on Al Khail Road\nDubai taxi fares to"
       " change from next month"),
       "The 30km line will link Mirdif, Dubai Creek Harbour and International City, the"
       " authority said in a statement."),
    # Khaleej Times: KT photo credit line alone; WhatsApp channel prompt at the end
    en(5,
       "UAE weather: Fog alert issued, temperatures to drop to 14°C",
       F(PC, "KT Photo: Shihab"),
       "Residents have been warned of reduced visibility on Friday morning, as the National"
       " Centre of Meteorology (NCM) issued a red alert for fog across parts of Abu Dhabi.",
       "Motorists are urged to follow variable speed limits on the roads.",
       F(SF, "Stay up to date with the latest news. Follow KT on WhatsApp Channels.")),
    # negative: finance share/follow/read more
    en(6,
       "Emaar shares hit record high after dividend announcement",
       "Emaar Properties' shares rose as much as 4.2 percent on the Dubai Financial Market on"
       " Wednesday, their highest level since the exchange opened.",
       "The developer's share of off-plan sales in the emirate reached 21 percent, analysts at"
       " a regional brokerage said, adding that rivals were likely to follow suit with higher"
       " payouts.",
       "Investors can read more in the bourse filing published after the close."),
    # The National: Advertisement own line, then glued on both sides (lost paragraph break)
    en(7,
       "Abu Dhabi reveals plans for new cultural district on Saadiyat",
       "The Department of Culture and Tourism on Thursday announced a new phase of the"
       " Saadiyat Cultural District, including a performing arts centre.",
       F(AD, "Advertisement"),
       ["Construction is scheduled to begin next year, officials said, with the first venues"
        " opening in 2028.", G(AD, "Advertisement"), "The district already hosts the Louvre Abu"
        " Dhabi and will soon add the Guggenheim."]),
    # Arab News: caption ending in (Supplied) under the headline
    en(8,
       "Riyadh Season passes 8 million visitors in first six weeks",
       F(PC, "Visitors at Boulevard World during Riyadh Season. (Supplied)"),
       "RIYADH: Riyadh Season has attracted more than 8 million visitors since its launch in"
       " October, the General Entertainment Authority said on Sunday.",
       "The festival runs until March and includes 14 zones across the capital."),
    # negative: agency tag, exhibition called Share the Moment, photographer credited in prose
    en(9,
       "Jeddah exhibition puts amateur photographers in the spotlight",
       "JEDDAH: An exhibition titled “Share the Moment” opened at Hayy Jameel on Saturday,"
       " showing 120 images taken by amateur photographers from across the Kingdom (SPA).",
       "The winning photo, by Jeddah-based nurse Reem Al-Harbi, shows fishermen mending nets"
       " at dawn.",
       "Organisers said entries came from 31 cities and that a second edition is planned for"
       " Dammam."),
    # The Peninsula (Qatar): caption + photographer credit, follow prompt at the end
    en(10,
       "Qatar National Library launches summer reading programme",
       F(PC, "Children take part in a storytelling session at the library.\nPic: Rajan"
       " Vadakkemuriyil / The Peninsula"),
       "Doha: Qatar National Library (QNL) has launched its annual summer programme, with more"
       " than 200 activities for children and teenagers.",
       "Registration is free and open until July 15.",
       F(SF, "Follow The Peninsula Newspaper on Instagram, X and WhatsApp for the latest news.")),
    # Gulf Times: Related Story box with one headline, copyright trailer
    en(11,
       "Hamad Port container volumes up 12% in first half",
       "Doha: Container volumes handled at Hamad Port rose 12 percent in the first half of the"
       " year, Mwani Qatar said yesterday.",
       F(RM, "Related Story\nMwani Qatar launches new shipping service to East Africa"),
       "Vessel calls rose to 1,148 over the period, while livestock and building materials"
       " also posted gains.",
       F(ST, "© Gulf Times 2025. All rights reserved.")),
    # negative: Oman sports, photo finish, back to top of standings, ONA tag
    en(12,
       "Tour of Oman: Photo finish decides stage three",
       "MUSCAT, Feb 12 (ONA) – Belgian rider Arnaud De Lie won the third stage of the Tour of"
       " Oman in a photo finish at Al Bustan on Wednesday.",
       "The result puts his team back to the top of the standings, followed by two French"
       " squads.",
       "Race officials reviewed the finish-line camera for several minutes before confirming"
       " the result."),
    # Times of Oman: photo credit line; Also Read block
    en(13,
       "Oman to introduce new tourist visa for GCC residents",
       F(PC, "Photo: Times of Oman"),
       "Muscat: The Royal Oman Police (ROP) will introduce a unified visa for residents of GCC"
       " countries starting next month.",
       F(RM, "Also Read: Oman extends work permit grace period"),
       "Applications can be submitted online through the ROP portal, and the visa will be"
       " valid for 30 days."),
    # negative: Kuwait Times byline, KUNA
    en(14,
       "Kuwait municipality removes 300 abandoned cars in Jleeb",
       "By Nebal Snan",
       "KUWAIT: Kuwait Municipality removed more than 300 abandoned vehicles from Jleeb"
       " Al-Shuyoukh during a three-day campaign, officials said on Monday.",
       "The campaign follows complaints from residents, KUNA reported, adding that owners"
       " have 30 days to claim their cars."),
    # L'Orient Today: caption with credit in one line, READ ALSO block
    en(15,
       "Lebanese army deploys in south as ceasefire deadline nears",
       F(PC, "Lebanese army soldiers in Tyre, Jan. 4, 2025. (Credit: Ali Hashisho/L'Orient"
       " Today)"),
       "BEIRUT — The Lebanese army on Saturday deployed additional units in the Tyre area,"
       " according to a military statement.",
       F(RM, "READ ALSO\nWhat the ceasefire mechanism committee actually does"),
       "The army said it had removed unexploded ordnance from several villages."),
    # negative: copyright lawsuit, All rights reserved quoted
    en(16,
       "Beirut court rules on copyright dispute over Fairuz recordings",
       "BEIRUT — A Beirut court on Tuesday ruled in favour of a music publisher in a copyright"
       " dispute over old Fairuz recordings uploaded to a streaming platform.",
       "The platform argued that the phrase “All rights reserved” on the original sleeves did"
       " not cover digital releases, an argument the judge rejected.",
       "The platform has 15 days to appeal."),
    # Ahram Online: File Photo caption line, Short link trailer
    en(17,
       "Grand Egyptian Museum welcomes 1 million visitors since full opening",
       F(PC, "File Photo: The Grand Staircase at the Grand Egyptian Museum (Photo: Ahram)"),
       "The Grand Egyptian Museum (GEM) has received one million visitors since its official"
       " opening, the museum's CEO said on Monday.",
       "Foreign tourists made up about 70 percent of the visitors.",
       F(SF, "Short link: https://english.ahram.org.eg/News/548812.aspx")),
    # negative: Egypt Independent translation note (attribution stays)
    en(18,
       "Egypt raises fuel prices for second time this year",
       "Egypt's fuel pricing committee raised gasoline and diesel prices by up to 15 percent"
       " on Friday.",
       "The committee said the increase reflects global oil prices and the exchange rate.",
       "Edited translation from Al-Masry Al-Youm"),
    # Middle East Eye: newsletter prompt mid-article
    en(19,
       "Israeli strikes kill 12 in central Gaza, medics say",
       "Israeli air strikes killed at least 12 Palestinians in Deir al-Balah on Tuesday,"
       " according to medics at Al-Aqsa Martyrs Hospital.",
       F(SF, "Middle East Eye delivers independent coverage of the Middle East. Sign up to our"
       " newsletter for the latest news."),
       "Witnesses said the strikes hit a house sheltering displaced families.",
       "The Israeli military did not immediately comment."),
    # negative: Libya, follow-up committee, the Libya Observer reported
    en(20,
       "Libya's oil output recovers after Sharara restart",
       "TRIPOLI – Libya's crude production rose to 1.3 million barrels per day after the"
       " Sharara field resumed pumping, the National Oil Corporation said.",
       "A follow-up committee formed by the parliament will visit the field next week, the"
       " Libya Observer reported.",
       "Share of output from eastern fields remains above 60 percent."),
    # Morocco World News: Read also with payload, feed trailer
    en(21,
       "Morocco's trade deficit narrows as car exports surge",
       "Rabat – Morocco's trade deficit narrowed by 6.4 percent in the first five months of"
       " the year, the Foreign Exchange Office said.",
       F(RM, "Read also: Morocco Becomes Africa's Top Car Exporter to Europe"),
       "Automotive exports rose 11 percent to MAD 62 billion, led by plants in Tangier and"
       " Kenitra.",
       F(ST, "The post Morocco's Trade Deficit Narrows as Car Exports Surge appeared first on"
       " Morocco World News.")),
    # negative: Yemen, eyewitnesses, viral photo
    en(22,
       "Floods sweep through Hadramout valley",
       "ADEN — Flash floods swept through several towns in Wadi Hadramout on Monday,"
       " eyewitnesses said, destroying mud-brick houses.",
       "A photo of the flooded market in Seiyun was shared thousands of times on social"
       " media.",
       "Local authorities said the death toll stood at seven."),
    # Substack: subscribe prompt mid-post and thanks-for-reading trailer
    en(23,
       "The Gulf's quiet bet on green hydrogen",
       "Oman wants to export a million tonnes of green hydrogen a year by 2030. That is a big"
       " number for a country of five million people.",
       F(SF, "Subscribe now"),
       "The plan rests on cheap land, strong winds in Dhofar and a state company that"
       " auctions blocks to developers.",
       "Whether buyers in Europe will sign long-term contracts is the open question.",
       F(SF, "Thanks for reading Gulf Energy Notes! Subscribe for free to receive new posts and"
       " support my work.")),
    # Medium: Unsplash credit under the title
    en(24,
       "What I Learned Building an Arabic Search Engine",
       F(PC, "Photo by Mohammed Alherz on Unsplash"),
       "Two years ago I started building a search engine for Arabic news. The hardest part was"
       " not ranking; it was normalizing the text.",
       "Hamza, alef variants and tatweel turned one word into a dozen different tokens."),
    # Ghost blog: Powered by Ghost trailer, sign-up line
    en(25,
       "Notes from the Amman design week",
       "This year's Amman Design Week moved to the Ras Al Ain hangar, and the crowds followed.",
       "The best pieces were small: a bench made from recycled irrigation pipes, and tiles"
       " printed with old bus-ticket patterns.",
       F(SF, "Sign up for Levant Notebook\nField notes on design in the Levant.\nSubscribe"),
       F(ST, "Powered by Ghost")),
    # AMP page: ADVERTISEMENT glued to a paragraph end, Read more block
    en(26,
       "Egypt's central bank holds rates steady",
       ["CAIRO: The Central Bank of Egypt kept its overnight deposit rate at 27.25 percent on"
        " Thursday, in line with expectations.", G(AD, "ADVERTISEMENT")],
       "Annual urban inflation slowed to 13.6 percent in May, the lowest in three years.",
       F(RM, "Read more:\nEgypt's inflation slows for fourth month\nIMF approves next tranche of"
       " Egypt loan"),
       "Analysts expect cuts to begin in the third quarter."),
    # Reuters: newsletter promo line + Sign up here
    en(27,
       "Saudi Aramco signs gas deal with Chinese firm",
       "DUBAI, March 3 (Reuters) - Saudi Aramco has signed an agreement with a Chinese firm to"
       " supply liquefied natural gas, the company said on Monday.",
       F(SF, "The Reuters Power Up newsletter provides everything you need to know about the"
       " global energy industry. Sign up here."),
       "The deal is Aramco's first long-term LNG supply agreement.",
       "(Reporting by Ahmed Elimam; Editing by Louise Heavens)"),
    # AFP wire on a syndication page: copyright trailer
    en(28,
       "Iraq's Kurdistan region resumes oil exports via Turkey",
       "Oil exports from Iraq's autonomous Kurdistan region through Turkey resumed on"
       " Saturday after a two-year halt, officials said.",
       "The pipeline had been shut since March 2023 following an arbitration ruling.",
       F(ST, "© 2025 AFP")),
    # Drupal site: share row at the top, copyright trailer
    en(29,
       "Bahrain hosts regional cybersecurity drill",
       F(SF, "Share:\nFacebook\nTwitter\nLinkedIn\nEmail"),
       "MANAMA — Bahrain on Wednesday hosted a two-day cybersecurity exercise with teams from"
       " six Gulf states.",
       "The drill simulated attacks on power grids and banking systems.",
       F(ST, "Copyright © 2025 Bahrain This Week. All Rights Reserved.")),
    # negative: quoted Follow us, Continue reading in prose
    en(31,
       "Tour guides in Petra trained to manage summer crowds",
       "PETRA — “Follow us and stay on the marked path,” guide Suleiman Al-Bdoul tells a group"
       " of visitors at the Siq entrance.",
       "He is one of 80 guides who completed a crowd-management course this month.",
       "Students who continue reading about the site after their visit score higher in"
       " follow-up surveys, the Petra Development Authority said."),
    # negative: Related in prose, agency dateline
    en(32,
       "Qatar, Oman sign maritime cooperation agreement",
       "DOHA (QNA) – Qatar and Oman on Monday signed an agreement on maritime transport and"
       " port services.",
       "In a related development, the two countries agreed to form a joint committee on food"
       " security.",
       "The agreement was signed by the two transport ministers."),
    # negative: correction of a photo credit
    en(33,
       "Correction: Emirati artist's exhibition",
       "An earlier version of this article credited the main photo to a news agency. The"
       " photo was taken by the artist herself.",
       "The caption has been updated. We regret the error.",
       "The exhibition runs until April 30 at Alserkal Avenue."),
    # negative: Iqra, subscriber numbers
    en(34,
       "UAE reading month draws record number of participants",
       "The first word revealed in the Quran, “Iqra” (Read), was the theme of this year's"
       " National Reading Month, organisers said.",
       "Subscribers to the national e-library rose to 420,000, with audiobooks the most"
       " popular format.",
       "Schools will share reading lists with parents next term."),
    # inline Advertisement between two sentences (mobile page)
    en(35,
       "Saudi Arabia's non-oil exports rise 9%",
       ["RIYADH: Saudi Arabia's non-oil exports rose 9 percent year on year in the first"
        " quarter, official data showed. ", G(AD, "Advertisement"), " Chemicals and plastics"
        " made up the largest share."],
       "The General Authority for Statistics said re-exports rose 24 percent.",
       "Imports fell 3 percent over the same period."),
    # Arabic ad slot with an RLM glued in an English template
    en(36,
       "Aqaba port handles record cargo in 2024",
       ["AQABA — Aqaba Development Corporation said the port handled 18.2 million tonnes of"
        " cargo last year, the highest on record.", G(AD, RLM + "إضافة إعلان")],
       "Phosphate and potash exports accounted for more than half of the total.",
       "The company expects volumes to rise further once the new grain terminal opens."),
    # WordPress: related posts block with three titles, comment form
    en(37,
       "Five day trips from Muscat this winter",
       "From the sinkhole at Bimmah to the old houses of Misfat Al Abriyeen, winter is the best"
       " time to explore the Hajar mountains.",
       "Leave early: roads to Jebel Shams get busy by 9am on weekends.",
       F(RL, "Related Posts\nCamping in Wahiba Sands: a first-timer's guide\nThe best"
       " shuwa in Nizwa\nWhere to see turtles in Ras Al Jinz"),
       F(ST, "Leave a Reply Cancel reply\nYour email address will not be published. Required"
       " fields are marked *")),
    # negative: The post of ... in prose, subscription business
    en(38,
       "Bank governor nomination sent to parliament",
       "The post of central bank governor has been vacant since January, when the previous"
       " governor resigned.",
       "The nomination appeared first on the cabinet's agenda on Sunday, ministers said.",
       "Lawmakers are expected to vote next week."),
    # related links list at the end (Arab news site in English)
    en(39,
       "Kuwait's parliament approves new budget",
       "KUWAIT CITY — The National Assembly approved the state budget for the fiscal year"
       " starting April 1, with spending of KD24.5 billion.",
       "The deficit is projected at KD5.6 billion, the finance minister said.",
       F(RL, "You may also like\nKuwait to issue first bonds since 2017\nOil price drop widens"
       " Gulf deficits")),
    # negative: sports share, Read more of the manager
    en(40,
       "Al Ahly beat Zamalek in Cairo derby",
       "CAIRO — Al Ahly beat Zamalek 2-1 in the Cairo derby on Friday, despite Zamalek holding a"
       " 58 percent share of possession.",
       "“We need to read more of the game and less of the statistics,” the Ahly coach said.",
       "Al Ahly moved back to the top of the Egyptian Premier League."),
    # Al Jazeera English: caption ending in its bracketed credit
    en(41,
       "Gaza aid convoy blocked at Kerem Shalom crossing",
       F(PC, "Palestinians wait for food aid in Khan Younis, southern Gaza [Omar al-Qattaa/AFP]"),
       "Dozens of aid lorries have been stuck at the Kerem Shalom crossing for three days, the"
       " UN humanitarian office said on Thursday.",
       "Aid agencies say the number of trucks entering Gaza has fallen to its lowest level in"
       " months."),
    # Jordan Times: Related Articles list at the end
    en(42,
       "Jordan, Iraq discuss extending oil pipeline project",
       "AMMAN — Jordan and Iraq on Tuesday discussed the next phase of the Basra-Aqaba oil"
       " pipeline project, according to a Foreign Ministry statement.",
       "The two sides also reviewed electricity interconnection works, which are expected to"
       " be completed this year.",
       F(RL, "Related Articles\nJordan, Iraq sign electricity interconnection deal\nIraqi trucks"
       " resume entry through Karameh crossing\nAqaba port sees rise in transit trade")),
    # aggregator teaser: Read More » after the ellipsis, Latest list at the end
    en(43,
       "Kuwait cabinet approves new residency fees",
       ["KUWAIT CITY: The Cabinet on Monday approved a new schedule of residency and visit visa"
        " fees, which will take effect from the start of next month, the government spokesman"
        " said ... ", G(RM, "Read More »")],
       "The fees apply to new applications and renewals alike.",
       F(RL, "Latest from Kuwait\nKuwait airport to open new terminal in 2026\nMinistry"
       " extends online booking for driving tests")),
    # negative: product writing about share, follow and subscribe buttons
    en(45,
       "Why Arabic news apps are rethinking the share button",
       "Several Gulf news apps have moved the share button from the top of articles to the"
       " end, after data showed readers share more once they finish a story.",
       "“Follow buttons work the same way,” said a product manager at a Dubai publisher.",
       "Subscribe prompts, she added, perform best after the second paragraph."),
    # negative: press release with source and more-information line
    en(46,
       "Health ministry launches mobile clinics in Mafraq",
       "MAFRAQ — The Ministry of Health on Wednesday launched five mobile clinics to serve"
       " remote communities in the northern Badia.",
       "For more information, residents can call the ministry hotline at 111.",
       "Source: Ministry of Health"),
]

AR = [
    # الغد: إعلان ملتصق بنهاية الفقرة، اقرأ أيضاً مع عنوان
    ar(1,
       "الحكومة تقر نظاما جديدا لترخيص المركبات العمومية",
       ["عمان - أقر مجلس الوزراء في جلسته التي عقدها اليوم الأحد برئاسة رئيس الوزراء نظاما"
        " معدلا لنظام ترخيص المركبات العمومية لسنة 2025، بحسب ما أعلنت وزارة الاتصال"
        " الحكومي.", G(AD, "اضافة اعلان")],
       "ويهدف النظام إلى تنظيم عمل تطبيقات النقل الذكية وتوحيد شروط الترخيص.",
       F(RM, "اقرأ أيضاً:\nوزارة النقل: خطة لتوسيع الباص السريع إلى الزرقاء"),
       "وبين الوزير أن النظام سيدخل حيز التنفيذ بعد نشره في الجريدة الرسمية."),
    # عمون: إعلان على سطر مستقل بين فقرتين
    ar(2,
       "تعديلات على مواعيد امتحانات التوجيهي",
       "عمون - أعلنت وزارة التربية والتعليم تعديل مواعيد عدد من امتحانات الثانوية العامة"
       " للدورة الصيفية.",
       F(AD, "إعلان"),
       "وقالت الوزارة إن التعديل جاء بسبب تزامن موعدين مع عطلة رسمية.",
       "وأكدت أن الجدول المعدل منشور على موقعها الإلكتروني."),
    # النهار اللبنانية: تعليق صورة ينتهي بـ (أ ف ب)، اقرأ أيضاً
    ar(3,
       "الجيش اللبناني يعزز انتشاره في الجنوب",
       F(PC, "عناصر من الجيش اللبناني عند مدخل بلدة الخيام (أ ف ب)"),
       "عزز الجيش اللبناني انتشاره في عدد من بلدات الجنوب، وسط حركة عودة للأهالي إلى"
       " قراهم.",
       F(RM, "اقرأ أيضاً\nما هي مهمة لجنة الإشراف على وقف النار؟"),
       "وأفادت مندوبة \"النهار\" بأن وحدات هندسية باشرت فتح الطرق المقفلة."),
    # negative: إعلان نوايا، إعلان مبادئ
    ar(4,
       "توقيع إعلان نوايا بين لبنان وقبرص لترسيم الحدود البحرية",
       "وقع لبنان وقبرص في بيروت أمس إعلان نوايا لاستكمال ترسيم الحدود البحرية بين البلدين.",
       "وقال وزير الخارجية إن إعلان المبادئ الذي جرى توقيعه يفتح الباب أمام اتفاق نهائي"
       " خلال أشهر.",
       "وتابع الوزير قائلاً إن الاتفاق لن يمس حقوق لبنان في حقول الغاز."),
    # اليوم السابع: اقرأ أيضًا مع ثلاثة عناوين، دعوة جوجل نيوز
    ar(5,
       "الأرصاد: طقس شديد الحرارة على أغلب الأنحاء حتى الجمعة",
       "توقعت الهيئة العامة للأرصاد الجوية أن يسود طقس شديد الحرارة رطب نهارا على أغلب"
       " الأنحاء، مع نشاط للرياح على السواحل الشمالية.",
       F(RM, "اقرأ أيضًا:\nالتعليم تعلن موعد نتيجة الدبلومات الفنية\nتحذير من الشبورة المائية"
       " صباح الغد\nأسعار الذهب اليوم في مصر"),
       "وأشارت الهيئة إلى أن العظمى بالقاهرة الكبرى تسجل 38 درجة.",
       F(SF, "تابع أحدث الأخبار عبر تطبيق جوجل نيوز")),
    # الأهرام: تعليق + (تصوير: ...)
    ar(6,
       "افتتاح معرض القاهرة الدولي للكتاب بمشاركة 80 دولة",
       F(PC, "جانب من افتتاح المعرض\n(تصوير: أحمد عبد الفتاح)"),
       "افتتح رئيس مجلس الوزراء اليوم الدورة الجديدة لمعرض القاهرة الدولي للكتاب، بمشاركة"
       " ناشرين من 80 دولة.",
       "وتحل سلطنة عمان ضيف شرف على الدورة الحالية."),
    # الشرق الأوسط: تعليق ينتهي بـ (واس)
    ar(7,
       "السعودية والإمارات تبحثان تعزيز التكامل الاقتصادي",
       F(PC, "جانب من اجتماع مجلس التنسيق السعودي الإماراتي في الرياض أمس (واس)"),
       "الرياض: بحث مجلس التنسيق السعودي الإماراتي في اجتماعه أمس سبل تعزيز التكامل في"
       " مجالات الطاقة والنقل والأمن الغذائي.",
       "واتفق الجانبان على إطلاق منصة مشتركة للاستثمار."),
    # negative: عكاظ byline and source line
    ar(8,
       "ضبط 12 ألف مخالف لأنظمة الإقامة خلال أسبوع",
       "عكاظ (جدة)",
       "أعلنت الجهات الأمنية ضبط أكثر من 12 ألف مخالف لأنظمة الإقامة والعمل وأمن الحدود"
       " خلال أسبوع واحد في مختلف مناطق المملكة.",
       "وشارك في الحملات الميدانية عدد من الجهات الحكومية.",
       "المصدر: وكالة الأنباء السعودية"),
    # البيان: تابعوا عبر غوغل نيوز، أخبار ذات صلة
    ar(9,
       "دبي تطلق مبادرة لتشجير 100 ألف شجرة",
       "أطلقت بلدية دبي مبادرة لزراعة 100 ألف شجرة في الأحياء السكنية والحدائق العامة خلال"
       " العامين المقبلين.",
       "وقالت البلدية إن المبادرة تستهدف رفع نسبة المساحات الخضراء وخفض درجات الحرارة في"
       " المناطق المكتظة.",
       F(SF, "تابعوا أخبار البيان عبر Google News"),
       F(RL, "أخبار ذات صلة\nبلدية دبي تفتتح 4 حدائق جديدة\nإطلاق أكبر مشتل في المنطقة")),
    # negative: الشارقة dateline, جائزة تصوير
    ar(10,
       "الإعلان عن الفائزين بجائزة الشارقة للتصوير الضوئي",
       "الشارقة: أعلنت اللجنة المنظمة لجائزة الشارقة للتصوير الضوئي أسماء الفائزين في"
       " دورتها العاشرة، بمشاركة أكثر من 4 آلاف مصور.",
       "وفازت بالمركز الأول صورة لصياد في خورفكان التقطها المصور الإماراتي سالم الكعبي.",
       "وشاهد الجمهور الأعمال الفائزة في معرض افتُتح أمس."),
    # negative: قنا، شارك
    ar(11,
       "قطر تشارك في اجتماع وزراء المالية العرب",
       "الدوحة - قنا",
       "شاركت دولة قطر في الاجتماع السنوي لوزراء المالية العرب الذي عقد في أبوظبي اليوم.",
       "وترأس وفد الدولة سعادة وزير المالية، وشارك في الاجتماع ممثلون عن صندوق النقد"
       " العربي."),
    # القبس: إقرأ ايضاً with hamza variant, الأكثر قراءة list at end
    ar(12,
       "الكويت: خطة لمعالجة الازدحام المروري في الدائري السادس",
       "كشفت مصادر مطلعة لـ القبس أن وزارة الأشغال بصدد طرح مناقصة لتوسعة الدائري السادس"
       " وإضافة حارة رابعة.",
       F(RM, "إقرأ ايضاً\nالأشغال: صيانة 400 كيلومتر من الطرق هذا العام"),
       "وأضافت المصادر أن المشروع يستغرق 30 شهرا.",
       F(RL, "الأكثر قراءة\nتعديلات جديدة على قانون الإقامة\nارتفاع أسعار العقار في حولي"
       "\nالطقس: أمطار رعدية الخميس")),
    # negative: العمانية
    ar(13,
       "سلطنة عُمان تستضيف المؤتمر الدولي للسياحة المستدامة",
       "مسقط في 14 أكتوبر /العُمانية/ تستضيف سلطنة عُمان الأسبوع المقبل المؤتمر الدولي"
       " للسياحة المستدامة بمشاركة خبراء من 40 دولة.",
       "ويناقش المؤتمر على مدى يومين سبل الحفاظ على البيئة في المناطق الجبلية.",
       "ويتضمن البرنامج زيارات ميدانية إلى الجبل الأخضر."),
    # negative: شفق نيوز dateline, شهود عيان
    ar(14,
       "اندلاع حريق في سوق الشورجة وسط بغداد",
       "شفق نيوز/ اندلع حريق كبير، مساء الاثنين، في سوق الشورجة التجاري وسط العاصمة"
       " بغداد.",
       "وقال شهود عيان لوكالة شفق نيوز إن النيران امتدت إلى عدد من المخازن المجاورة.",
       "وأفاد الدفاع المدني بأن فرقه تمكنت من السيطرة على الحريق دون تسجيل إصابات."),
    # negative: تصوير مسلسل
    ar(15,
       "بدء تصوير مسلسل يمني جديد في عدن",
       "عدن - بدأ فريق عمل مسلسل «بيت الجد» تصوير مشاهده الأولى في مدينة كريتر بعدن، تمهيدا"
       " لعرضه في رمضان.",
       "وقال المخرج إن التصوير سيستمر ثلاثة أشهر في مواقع مختلفة.",
       "ويشارك في العمل نخبة من الممثلين اليمنيين."),
    # بوابة الوسط: صورة أرشيفية ... (الإنترنت)
    ar(16,
       "المصرف المركزي الليبي يعلن إجراءات جديدة لتوفير السيولة",
       F(PC, "صورة أرشيفية لمقر مصرف ليبيا المركزي في طرابلس. (الإنترنت)"),
       "طرابلس - أعلن مصرف ليبيا المركزي حزمة إجراءات لتوفير السيولة النقدية في المصارف"
       " التجارية قبل عيد الأضحى.",
       "وقال المصرف إن الإجراءات تشمل ضخ 5 مليارات دينار."),
    # الشروق الجزائرية: شارك المقال row
    ar(18,
       "الجزائر: رفع منحة البطالة ابتداء من جانفي",
       F(SF, "شارك المقال\nفيسبوك\nتويتر\nواتساب"),
       "أعلن الوزير الأول عن رفع منحة البطالة ابتداء من شهر جانفي المقبل، في إطار إجراءات"
       " دعم القدرة الشرائية.",
       "وأوضح أن عدد المستفيدين يتجاوز مليوني شاب."),
    # negative: وفا dateline
    ar(19,
       "الاحتلال يهدم منزلين في بلدة سلوان",
       "القدس 12-3-2025 وفا- هدمت جرافات الاحتلال الإسرائيلي، صباح اليوم الأربعاء، منزلين في"
       " بلدة سلوان جنوب المسجد الأقصى.",
       "وأفاد شهود عيان بأن قوات الاحتلال حاصرت المنطقة قبل بدء عمليات الهدم.",
       "وأشار مركز معلومات وادي حلوة إلى أن المنزلين يؤويان 11 فردا."),
    # القدس: اقرأ المزيد teaser style own-line, share at end
    ar(20,
       "ارتفاع أسعار الخضار في أسواق رام الله",
       "رام الله - شهدت أسواق الخضار في رام الله ارتفاعا ملحوظا في الأسعار مع بداية الشهر،"
       " بسبب تراجع الإنتاج المحلي.",
       "وقال تجار إن سعر كيلو البندورة تضاعف خلال أسبوعين.",
       F(RM, "اقرأ المزيد: وزارة الزراعة تعلن خطة لدعم المزارعين في الأغوار"),
       "وطالب مواطنون بتدخل وزارة الاقتصاد لضبط الأسعار."),
    # WordPress Arabic blog: مقالات ذات صلة + comment form
    ar(21,
       "كيف تختار أول حاسوب محمول لدراستك الجامعية؟",
       "اختيار الحاسوب المحمول الأول قرار مهم لأي طالب جامعي، خاصة مع تنوع الأسعار"
       " والمواصفات.",
       "ابدأ بتحديد احتياجات تخصصك، فطالب الهندسة يحتاج معالجا أقوى من طالب الآداب.",
       F(RL, "مقالات ذات صلة\nأفضل 5 تطبيقات لتنظيم الوقت\nدليلك لاختيار سماعات الرأس"),
       F(ST, "اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها"
       " بـ *")),
    # Arabic AMP page: tatweel إعـــلان
    ar(22,
       "أسعار الذهب تتراجع في السوق المحلية",
       "تراجعت أسعار الذهب في السوق المحلية اليوم بنحو 40 جنيها للغرام، متأثرة بانخفاض"
       " الأوقية عالميا.",
       F(AD, "إعـــلان"),
       "وسجل عيار 21 الأكثر مبيعا 3700 جنيه، بحسب شعبة الذهب.",
       "ويتوقع تجار استقرار الأسعار خلال الأسبوع."),
    # Jannah WordPress theme: share row + back to top at the end
    ar(23,
       "افتتاح مستشفى ميداني جديد في تعز",
       "افتتحت منظمة إنسانية اليوم مستشفى ميدانيا جديدا في مدينة تعز بسعة 50 سريرا.",
       "ويضم المستشفى قسما للطوارئ وغرفتي عمليات.",
       F(SF, "شارك\nفيسبوك\nX\nواتساب\nتيلقرام\nمشاركة عبر البريد\nطباعة"),
       F(ST, "زر الذهاب إلى الأعلى")),
    # tatweel read-also
    ar(24,
       "وزارة الصحة تطلق حملة تطعيم ضد الحصبة",
       "أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الحصبة تستهدف الأطفال دون سن الخامسة في"
       " جميع المحافظات.",
       F(RM, "اقـرأ أيضـاً:\nالصحة: لا إصابات جديدة بالكوليرا منذ أسبوعين"),
       "وتستمر الحملة عشرة أيام، بمشاركة 3 آلاف فريق ميداني."),
    # negative: إعلان حالة القوة القاهرة
    ar(25,
       "المؤسسة الوطنية للنفط ترفع حالة القوة القاهرة عن حقل الفيل",
       "أعلنت المؤسسة الوطنية للنفط رفع حالة القوة القاهرة عن حقل الفيل، بعد أسبوعين من"
       " إعلان حالة القوة القاهرة إثر إغلاقه.",
       "وقالت المؤسسة إن الإنتاج سيعود تدريجيا إلى مستواه السابق.",
       "وتابعت أن الإغلاقات كلفت الاقتصاد الليبي أكثر من 100 مليون دولار."),
    # negative: مبادرة اقرأ، تحدي القراءة
    ar(26,
       "طالبة عمانية تفوز بتحدي القراءة العربي",
       "فازت الطالبة العمانية مريم البلوشي بلقب تحدي القراءة العربي في دورته الحالية، بعد"
       " منافسة شارك فيها ملايين الطلاب.",
       "وقالت مريم إنها قرأت أكثر من 50 كتابا، وإن شعار «اقرأ» رافقها منذ طفولتها.",
       "وأكدت أن المزيد من الطلبة العمانيين سيشاركون في الدورة المقبلة."),
    # negative: للمزيد من المعلومات، الأكثر مشاهدة
    ar(27,
       "مسلسل كويتي يتصدر قائمة الأكثر مشاهدة",
       "تصدر مسلسل «دروب» قائمة الأعمال الأكثر مشاهدة على إحدى المنصات الخليجية خلال شهر"
       " رمضان.",
       "وقالت المنصة إن عدد مرات المشاهدة تجاوز 20 مليونا.",
       "وللمزيد من المعلومات عن مواعيد العرض يمكن للمشاهدين زيارة موقع المنصة."),
    # negative: حقوق الملكية الفكرية، جميع الحقوق in a court case
    ar(28,
       "محكمة مصرية تلزم قناة بتعويض ورثة ملحن",
       "ألزمت محكمة القاهرة الاقتصادية قناة فضائية بدفع تعويض لورثة ملحن راحل بسبب بث"
       " أعماله دون إذن.",
       "وقال محامي الورثة إن عبارة «جميع الحقوق محفوظة» كانت مطبوعة على التسجيلات الأصلية.",
       "ويحق للقناة الطعن على الحكم أمام محكمة النقض."),
    # glued ad slot after a figure and a closing bracket; الغد
    ar(29,
       "ارتفاع الصادرات الوطنية 6% في الربع الأول",
       ["عمان - ارتفعت الصادرات الكلية للمملكة خلال الربع الأول من العام الحالي بنسبة 6%"
        " مقارنة بالفترة ذاتها من العام الماضي (دائرة الإحصاءات العامة).",
        G(AD, "اضافة اعلان")],
       "وبلغت قيمة الصادرات الوطنية 2.1 مليار دينار، فيما تراجعت المستوردات 2%.",
       "وسجل العجز في الميزان التجاري انخفاضا بنسبة 9%."),
    # RLM before the cue, colon variant
    ar(30,
       "وزير الداخلية يفتتح مركز أمن جديد في إربد",
       "افتتح وزير الداخلية اليوم مركز أمن الحصن الجديد في محافظة إربد، ضمن خطة لتحديث"
       " المراكز الأمنية.",
       F(RM, RLM + "اقرأ ايضا .. مديرية الأمن العام تطلق خدمة جديدة عبر تطبيق سند"),
       "واستمع الوزير إلى إيجاز حول الخدمات التي يقدمها المركز."),
    # negative: شاهد as witness, الإعلان عن حظر التجول
    ar(31,
       "شاهد على مجزرة يروي تفاصيل اللحظات الأخيرة",
       "روى شاهد على الحادثة التي وقعت في ريف إدلب تفاصيل اللحظات الأخيرة قبل القصف.",
       "وقال إن الأهالي سمعوا صوت الطائرة قبل دقائق، وإن الإعلان عن حظر التجول جاء"
       " متأخرا.",
       "وطالب منظمات حقوق الإنسان بالتحقيق في الحادثة."),
    # Lebanese site: تابعونا على + platforms at end; قد يهمك block mid
    ar(32,
       "ارتفاع سعر صفيحة البنزين 5 آلاف ليرة",
       "ارتفع سعر صفيحة البنزين 95 أوكتان 5 آلاف ليرة، فيما تراجع سعر المازوت 3 آلاف ليرة،"
       " وفق الجدول الصادر عن وزارة الطاقة.",
       F(RL, "قد يهمك أيضاً\nسعر صرف الدولار في السوق الموازية اليوم"),
       "وبقي سعر قارورة الغاز على حاله.",
       F(SF, "تابعونا على فيسبوك وإنستغرام وتيك توك")),
    # negative: تابع (followed, as a verb), شارك (took part)
    ar(33,
       "مهرجان جرش يختتم فعالياته بحضور 200 ألف زائر",
       "جرش - اختتم مهرجان جرش للثقافة والفنون فعالياته أمس، بعد عشرة أيام شارك فيها فنانون"
       " من 15 دولة.",
       "وتابع المهرجان هذا العام أكثر من 200 ألف زائر، بحسب إدارة المهرجان.",
       "وأعلنت الإدارة عن مواعيد الدورة المقبلة في تموز."),
    # Egyptian site: اقرأ أيضا inline glued after a sentence
    ar(34,
       "وزير التموين: مخزون القمح يكفي 6 أشهر",
       ["قال وزير التموين إن المخزون الاستراتيجي من القمح يكفي لمدة 6 أشهر.",
        G(RM, "اقرأ أيضا: أسعار الخبز الحر في الأسواق اليوم")],
       "وأضاف أن الوزارة تعاقدت على شحنات جديدة تصل الشهر المقبل.",
       "وأوضح أن صرف المقررات التموينية مستمر بشكل طبيعي."),
    # Saudi site: credits: (تصوير: ...) alone without caption, شارك الخبر
    ar(35,
       "انطلاق موسم الرمان في الباحة",
       "انطلق مهرجان الرمان في محافظة بلجرشي بمنطقة الباحة، بمشاركة أكثر من 150 مزارعا.",
       F(PC, "(تصوير: عبدالله الغامدي)"),
       "ويستمر المهرجان أسبوعين، ويتضمن فعاليات تراثية ومسابقات للأطفال.",
       F(SF, "شارك الخبر")),
    # negative: المصدر line and agency tags
    ar(36,
       "زلزال بقوة 5.2 درجات يضرب جنوب إيران",
       "ضرب زلزال بقوة 5.2 درجات على مقياس ريختر جنوب إيران، صباح اليوم، دون أنباء عن"
       " إصابات (أ ف ب).",
       "وشعر بالهزة سكان في الإمارات وقطر، وفق ما نقلت وسائل إعلام محلية.",
       "المصدر: وكالات"),
    # Emirati site: الصورة credit line
    ar(37,
       "افتتاح متحف زايد الوطني أمام الزوار",
       F(PC, "متحف زايد الوطني في جزيرة السعديات\nالصورة: من المصدر"),
       "أبوظبي: فتح متحف زايد الوطني أبوابه أمام الزوار اليوم، بعد سنوات من الإنشاء.",
       "ويضم المتحف ست قاعات تروي تاريخ الإمارات."),
    # negative: Algerian law on الإشهار (advertising) as the subject
    ar(38,
       "البرلمان الجزائري يناقش قانون الإشهار",
       "شرع نواب المجلس الشعبي الوطني في مناقشة مشروع القانون المتعلق بالنشاط الإشهاري،"
       " الذي يحدد قواعد توزيع الإشهار العمومي على وسائل الإعلام.",
       "وقال وزير الاتصال إن القانون يضع حدا للفوضى في سوق الإعلان.",
       "وشارك في النقاش أكثر من 40 نائبا."),
    # site trailer, copyright with year, Omani site
    ar(39,
       "ارتفاع عدد السياح في ظفار خلال الخريف",
       "ارتفع عدد زوار محافظة ظفار خلال موسم الخريف بنسبة 14% مقارنة بالموسم الماضي، وفق"
       " المركز الوطني للإحصاء والمعلومات.",
       "وشكل الزوار من دول الخليج النسبة الأكبر.",
       F(ST, "جميع الحقوق محفوظة لـ جريدة الوطن العمانية © 2025")),
    # negative: ذي صلة in prose
    ar(40,
       "هيئة النزاهة تحيل ملفات فساد إلى القضاء",
       "أحالت هيئة النزاهة الاتحادية 15 ملفا تتعلق بمخالفات في عقود وزارة الكهرباء إلى"
       " القضاء.",
       "وفي تطور ذي صلة، أعلنت الهيئة ضبط موظفين متلبسين بتلقي رشوة في البصرة.",
       "وأكدت الهيئة أنها ستنشر نتائج التحقيقات تباعا."),
    # Sky News Arabia style: شاهد أيضاً with a video title
    ar(41,
       "إعصار يضرب سواحل سلطنة عمان وتحذيرات من أمطار غزيرة",
       "حذرت هيئة الطيران المدني في سلطنة عمان من أمطار غزيرة ورياح قوية مع اقتراب الإعصار"
       " من سواحل محافظة ظفار.",
       F(RM, "شاهد أيضاً\nبالفيديو.. سيول جارفة في وادي دربات"),
       "وأعلنت السلطات تعطيل الدوام في المدارس الحكومية والخاصة يومين."),
    # الغد: glued ad slot after a question mark
    ar(42,
       "ماذا يعني قرار رفع الحد الأدنى للأجور؟",
       ["عمان - قررت اللجنة الثلاثية لشؤون العمل رفع الحد الأدنى للأجور إلى 290 دينارا،"
        " فما أثر القرار على القطاع الخاص؟", G(AD, "اضافة اعلان")],
       "ويرى خبراء أن القرار يخفف أعباء المعيشة عن نحو 300 ألف عامل.",
       "في المقابل، حذرت غرف الصناعة من ارتفاع كلف الإنتاج."),
    # طالع أيضا with a full-width colon
    ar(43,
       "المغرب يطلق برنامجا لتحلية مياه البحر في الداخلة",
       "أطلقت الحكومة المغربية برنامجا لإنشاء محطة لتحلية مياه البحر في الداخلة بطاقة 37"
       " مليون متر مكعب سنويا.",
       F(RM, "طالع أيضا：\nالجفاف يهدد الموسم الفلاحي في سهل سايس"),
       "ويهدف المشروع إلى سقي 5 آلاف هكتار من الأراضي الزراعية."),
    # WordPress feed trailer in Arabic
    ar(44,
       "انطلاق معرض الرياض الدولي للكتاب",
       "انطلقت فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من 2000 دار نشر من 30 دولة.",
       "ويتضمن البرنامج الثقافي ندوات وأمسيات شعرية وورش عمل للأطفال.",
       F(ST, "ظهرت المقالة انطلاق معرض الرياض الدولي للكتاب أولاً على صحيفة المدار.")),
    # negative: tender notice opening with a bare إعلان line
    ar(45,
       "إعلان",
       Sep("\n"),
       "تعلن شركة مياه اليرموك عن طرح العطاء رقم 14/2025 الخاص بتوريد عدادات مياه ذكية.",
       Sep("\n"),
       "ويمكن للشركات المؤهلة شراء نسخ العطاء من مقر الشركة في إربد مقابل 100 دينار غير"
       " مستردة.",
       Sep("\n"),
       "آخر موعد لتقديم العروض الساعة الثانية عشرة ظهرا من يوم الأحد الموافق 20/7/2025."),
    # negative: تابعونا inside a quote; إضافة إعلان as content
    ar(46,
       "وزير الشباب: مفاجآت في الموسم المقبل",
       "قال وزير الشباب في مؤتمر صحفي أمس: «تابعونا الأسبوع المقبل، فهناك مفاجآت للأندية».",
       "وأوضح أن الوزارة تدرس إضافة إعلان إلكتروني موحد لفرص التطوع على منصتها.",
       "وأشار إلى أن 40 ألف شاب سجلوا في برامج الوزارة هذا العام."),
    # negative: a photo as the subject of the story
    ar(47,
       "صورة نادرة للملك الراحل تثير تفاعلا واسعا",
       "نشرت دارة الملك عبدالعزيز صورة نادرة للملك الراحل خلال زيارته الأحساء عام 1939.",
       "وظهر في الصورة عدد من وجهاء المنطقة، وقالت الدارة إن الصورة من أرشيف مصور أمريكي.",
       "وشارك آلاف المغردين الصورة خلال ساعات."),
]

for _i, _d in enumerate(EN, 1):
    _d["id"] = f"blind3-en-{_i:04d}"
for _i, _d in enumerate(AR, 1):
    _d["id"] = f"blind3-ar-{_i:04d}"

DOCS = EN + AR
