r"""Documents of the twelfth blind set (``blind12.jsonl``), built by ``blind12_build.py`` with
:mod:`parts_builder`: each document is ``(doc_id, lang, parts)`` and each part is
``(sep, label, text)`` (``label`` ``None`` for content; ``sep`` is written before the part).

Angle: the same kinds of news pages as they come out of different extractors and scrapers.

- naive HTML-to-text dump: every block on its own line, single newlines, site name, menu items
  and buttons as short lines, list items as lines;
- BeautifulSoup ``get_text(" | ")`` applied block by block (a menu, a share row, a related list,
  a caption with its credit or a footer comes out as one line of items joined by `` | ``) and
  ``get_text("\n")`` (link texts inside sentences broken onto their own lines);
- readability/trafilatura: clean paragraphs with a few leftovers (a caption, a read-more line,
  an ad label, a share row, a trailer);
- newspaper3k: paragraphs joined by blank lines, captions kept inside the text;
- browser "copy all": breadcrumbs, bylines, date lines, reading time, comment counts, share
  buttons, author box, comment form, footer;
- RSS/Atom full-content fields: WordPress ``[…] Continue reading →`` / ``… اقرأ المزيد``, ``The
  post … appeared first on …`` / ``ظهرت المقالة … أولاً على …``, FeedBurner flare rows;
- AMP pages (``Menu`` / ``Close`` lines, ``Story continues below advertisement``, ``Exit mobile
  version``);
- Telegram channel exports (channel name line, emoji bullets, links, channel sign-offs);
- WhatsApp-forwarded news (``*bold*`` headers, emoji, forward prompts, group invite links).

Sites are invented (Gulf Ledger, Levant Post, Amman Observer, Cairo Courier, Maghreb Dispatch,
Desert Tribune, المرصد اليومي, بوابة النيل نيوز, الجزائر اليوم, شبكة الرافدين …); the articles
are written for this set.

Labelling choices (the gold uses only the six scored labels):

- CONTENT, never a span: site-name/logo lines, menu and navigation items (``Skip to content``,
  ``Menu``, ``Close``, ``Search``, ``القائمة``, ``إغلاق``, ``إعلانات رسمية`` as a menu item),
  breadcrumbs (``Home > Middle East > Iraq``, ``الرئيسية » الخليج » البحرين``), headlines
  (also when they end in ``(video)``, ``(فيديو)``, ``(صور)``), bylines, author lines and
  author boxes, date / time / ``Updated`` lines, reading time (``5 min read``, ``وقت القراءة``),
  comment counts (``12 Comments``, ``٤ تعليقات``, ``تعليقات (0)``), the channel-name line at
  the top of a Telegram export, WhatsApp ``*عاجل*`` / ``*BREAKING*`` headers, a forwarder's
  ``منقول`` / ``(Forwarded as received)``, datelines (``DUBAI (Reuters) -``), agency and
  ``Source:`` / ``المصدر:`` attribution lines, ``(Reporting by …)``, editor's notes and
  corrections, and link texts that ``get_text("\n")`` broke onto their own lines. These lines
  are what the README calls ``ui_chrome`` / ``site_tag`` at most, which site lexicons supply and
  which are not among the six labels, so the default step must leave them alone.
- ``ad_placeholder``: ad-slot labels own-line, glued to a full stop or a closing quote, or inline
  between two sentences: ``Advertisement``, ``ADVERTISEMENT``, ``Story continues below
  advertisement``, ``اضافة اعلان`` (also with an RLM before it, which is inside the span),
  ``إعلان``, ``إعـــلان``, Algerian ``إشهار``, ``تابع القراءة بعد الإعلان``.
- ``read_more``: a cue with ONE headline or link as payload (cue and payload are one span):
  ``Read more >>``, ``RELATED:``, ``اقرأ أيضاً:`` (all spellings), ``اقرا كمان:``,
  ``إقرأ كذلك »``, ``طالع أيضاً |``; the feed teaser links ``Continue reading →`` after ``[…]``,
  ``اقرأ المزيد`` after ``...``, ``أكمل القراءة »``; ``Read the full story at <site>``,
  ``تابع القراءة على موقع …``; Telegram/WhatsApp ``🔗 Read more: <url>``, ``Full story 👇`` +
  url line, ``للمزيد 👇`` + url, ``التفاصيل: <url>``, ``Read full: <url>``.
- ``related_links``: a heading followed by TWO OR MORE headlines (``Related``, ``More on this
  story``, ``You may also like``, ``Most Read``, ``Also on <site>``, ``Related Stories:``,
  ``أخبار ذات صله``, ``مواضيع متعلقة``, ``قد يعجبك أيضا``, ``الأكثر قراءة``, ``مقالات ذات
  صلة``), also when ``get_text(" | ")`` put heading and headlines on one line.
- ``photo_credit``: a caption together with its credit (one span, whether on one line or two),
  and a credit line alone (``📸 Photo: …``, ``📸 عدسة: …``); ``(Petra photo)``, ``Photograph:
  …``, ``Getty Images``, ``— Photo: Reuters``, ``Image credit: …``, ``(تصوير: …)``, ``(صورة:
  …)``, ``© أرشيف …``, ``- تصوير: …``, ``| صورة: أرشيف``, ``الصورة: … - أرشيف``.
- ``share_follow``: share rows (one word per line or joined by `` | ``), follow / subscribe /
  newsletter / feed / Google News prompts, FeedBurner flare rows, Telegram channel sign-offs
  (the channel name line and the join link under it are one span), WhatsApp forward prompts
  (``Forward to all your groups``, ``انشرها تؤجر``, ``شاركوا الموجز مع أصحابكم``) and group
  invite links.
- ``site_trailer``: copyright lines, an opinion disclaimer, comment forms (``Leave a Reply`` …
  ``Post Comment``, ``اترك تعليقاً`` … ``إرسال التعليق``), ``التعليقات مغلقة.``, ``Back to
  top`` / ``العودة للأعلى``, ``Exit mobile version`` and its Arabic form, ``The post … appeared
  first on …`` / ``ظهرت المقالة … أولاً على …``, the seed-style ``Read more <Section>`` +
  ``<Site>`` pair.

Look-alikes kept as content (in the negatives and inside positive documents): an advertisement
tender, advertisement regulation, ``Advertisement rules …`` opening a line, ``إعلان نتائج``,
``حق إعلان عطلة``, a tender notice under a bare ``إعلان`` line, ``إعلان تجاري مدفوع`` opening a
line, ``Photo finish``, a photo-credit correction quoting ``(Photo: AP)``, ``share prices``,
``Share of women …`` opening a line, ``follow-up``, ``follow the case``, ``“Follow the
constitution …”``, ``Read more about the methodology …``, ``“Read the judgment …”``, a
“Read more, scroll less” campaign, ``The post, which appeared first on the minister's Facebook
page``, ``copyright`` and ``Related disputes`` in prose, ``تابع`` / ``وتابع`` / ``ستتابع`` /
``شارك`` / ``شاركوا`` as verbs, «شاركونا» in a quote, «اقرأ أيضاً ما لا يعجبك» in a quote, the
«اقرأ.. شارك.. تابع» campaign, «جميع الحقوق محفوظة» in a quote, ``حقوق الملكية الفكرية``,
``تعليق الدوام``, ``شاهد عيان``, ``بإضافة تصريحات``, ``إضافة مسارات``, ``المصدر: …`` lines,
a site called ``موقع المصدر``.
"""

from __future__ import annotations

C = None  # a content part
RLM = "\u200f"

DOCS = [
    # ---------------------------------------------------------------- English
    ("en-01", "en", [  # naive HTML-to-text dump
        ("", C, "Skip to content\nGulf Ledger\nHome\nBusiness\nEnergy\nOpinion\nSearch"),
        ("\n", C, "Oman signs solar deal with Korean consortium\nBy Staff Reporter\nMarch 12, 2025"),
        ("\n", C, "MUSCAT – Oman on Wednesday signed a $1.2 billion agreement with a Korean consortium "
                  "to build two solar plants in Dhofar, the energy ministry said."),
        ("\n", "ad_placeholder", "Advertisement"),
        ("\n", C, "The plants will add 1,000 megawatts to the grid by 2028, according to a ministry "
                  "statement."),
        ("\n", C, "Officials said the advertisement for the tender, published in October, drew 14 bids "
                  "from nine countries."),
        ("\n", "share_follow", "Share\nFacebook\nX\nLinkedIn\nWhatsApp"),
        ("\n", "related_links", "Related\nQatar lifts LNG output target for 2027\n"
                                "Saudi utility posts record annual profit"),
        ("\n", "site_trailer", "© 2025 Gulf Ledger. All rights reserved."),
    ]),
    ("en-02", "en", [  # naive dump, negative
        ("", C, "Levant Post\nMenu\nWorld\nLebanon\nSyria\nSports"),
        ("\n", C, "Photo finish as Beirut marathon winner is decided by a tenth of a second\n"
                  "Sunday, 9 November 2025"),
        ("\n", C, "BEIRUT – Kenyan runner Daniel Kiptoo won the Beirut Marathon on Sunday in a photo "
                  "finish, crossing the line a tenth of a second ahead of Ethiopia's Abebe Tola."),
        ("\n", C, "Organisers said the race drew 42,000 participants, a record, and that a follow-up "
                  "event for children would be held in Tripoli next spring."),
        ("\n", C, "Race director May el-Khalil said runners from 110 countries had registered. “We ask "
                  "everyone to share the road with respect,” she said before the start."),
        ("\n", C, "Sponsors include a local bank whose advertisement campaign features former winners."),
    ]),
    ("en-03", "en", [  # BeautifulSoup get_text(" | ") per block
        ("", C, "Home | News | Region | Sport | Contact"),
        ("\n", C, "Jordan's tourism receipts rise 8 percent in first two months\n"
                  "Amman Observer | 14 March 2025"),
        ("\n", C, "AMMAN – Tourism receipts rose 8 percent in January and February compared with the "
                  "same period last year, the Central Bank of Jordan said on Thursday."),
        ("\n", "photo_credit", "Tourists walk through the Siq in Petra, February 2025. | "
                               "(Photo: Amman Observer/Archives)"),
        ("\n", C, "Visitors from the Gulf made up the largest share of arrivals, followed by visitors "
                  "from Europe and North America."),
        ("\n", C, "The ministry said it would follow up with a marketing campaign in Europe in the "
                  "autumn."),
        ("\n", "share_follow", "Share: | Facebook | Twitter | WhatsApp | Telegram"),
        ("\n", "site_trailer", "Copyright © 2025 Amman Observer | Privacy Policy | Terms of Use"),
    ]),
    ("en-04", "en", [  # get_text("\n"): link texts on their own lines, negative
        ("", C, "UAE inflation eases to 1.9 percent in February\nDUBAI (Reuters) -\nConsumer prices in "
                "the\nUnited Arab Emirates\nrose 1.9 percent year on year in February, data from the\n"
                "Federal Competitiveness and Statistics Centre\nshowed on Tuesday."),
        ("\n", C, "Housing costs, which have the largest share of the basket, rose 4.1 percent."),
        ("\n", C, "Read more about the methodology in the centre's annual report, the statement said."),
        ("\n", C, "(Reporting by Lina Haddad; Editing by Mark Stone)"),
    ]),
    ("en-05", "en", [  # trafilatura
        ("", C, "Egypt raises fuel prices for second time this year"),
        ("\n\n", C, "CAIRO – Egypt raised the prices of most fuel products by up to 15 percent on "
                    "Friday, the petroleum ministry said, the second increase this year."),
        ("\n\n", "read_more", "Read more >> Egypt's annual inflation slows to 24 percent in February"),
        ("\n\n", C, "The increase comes as the government seeks to cut energy subsidies under its loan "
                    "programme with the International Monetary Fund."),
        ("\n\n", C, "A ministry spokesman said a pricing committee would review fuel prices every three "
                    "months and publish its decisions on the ministry's website."),
        ("\n\n", "site_trailer", "Read more Business\nCairo Courier"),
    ]),
    ("en-06", "en", [  # trafilatura, caption under the headline
        ("", C, "Saudi Arabia opens first wind farm in Al Jouf"),
        ("\n\n", "photo_credit", "Turbines at the Dumat Al Jandal wind farm. (Photo: Supplied)"),
        ("\n\n", C, "RIYADH – Saudi Arabia's first utility-scale wind farm began full commercial "
                    "operation on Monday, the energy ministry said."),
        ("\n\n", C, "The 400-megawatt plant in Al Jouf province can power about 70,000 homes, according "
                    "to the developer."),
        ("\n\n", "ad_placeholder", "ADVERTISEMENT"),
        ("\n\n", C, "The kingdom aims to generate half of its electricity from renewable sources by "
                    "2030. Analysts said the target would be hard to meet without faster permitting."),
        ("\n\n", C, "(Reporting by Faisal Nasser; Writing by Dana Kareem; Editing by Tom Reed)"),
    ]),
    ("en-07", "en", [  # trafilatura, negative: a photo-credit correction
        ("", C, "Correction: photo credit on Gaza aid story"),
        ("\n\n", C, "An article published on Tuesday about aid deliveries to Gaza carried the credit "
                    "“(Photo: AP)” under its main image. The photograph was taken by a freelance "
                    "photographer working for this newspaper, and the credit has been corrected."),
        ("\n\n", C, "Editor's note: We regret the error and thank the reader who pointed it out."),
        ("\n\n", C, "Readers who spot errors can write to the standards editor. Related complaints are "
                    "reviewed within 48 hours."),
    ]),
    ("en-08", "en", [  # newspaper3k, caption kept in the text, glued ad slot
        ("", C, "Thousands of Syrians return from Lebanon as border crossing reopens"),
        ("\n\n", C, "Thousands of Syrians crossed back from Lebanon on Saturday after the Masnaa border "
                    "crossing reopened following repairs, officials on both sides said."),
        ("", "ad_placeholder", "Advertisement"),
        ("\n\n", "photo_credit", "Families wait with their belongings at the Masnaa crossing on "
                                 "Saturday. Photograph: Karim Haddad/Levant Post"),
        ("\n\n", C, "The United Nations refugee agency said about 6,000 people had crossed by the "
                    "afternoon, most of them women and children."),
        ("\n\n", C, "“People want to go home, but many have nothing to go back to,” a UNHCR spokesperson "
                    "said."),
    ]),
    ("en-09", "en", [  # newspaper3k
        ("", C, "Aqaba port handles record container volumes"),
        ("\n\n", C, "Aqaba's container terminal handled a record 1.1 million containers last year, the "
                    "port operator said on Monday, as shipping lines diverted cargo from the Red Sea "
                    "route."),
        ("\n\n", "ad_placeholder", "Advertisement"),
        ("\n\n", "photo_credit", "A container ship docks at the port of Aqaba. Getty Images"),
        ("\n\n", C, "The operator said it would invest $200 million to expand its berths by 2027. Its "
                    "chief executive told reporters the expansion would follow the model of Jebel Ali."),
        ("\n\n", "related_links", "More on this story\nJordan's exports rise 6 percent in 2024\n"
                                  "Red Sea diversions lift costs for importers"),
    ]),
    ("en-10", "en", [  # newspaper3k, negative
        ("", C, "Kuwait court upholds ban on unlicensed share trading apps"),
        ("\n\n", C, "Kuwait's Court of Cassation on Sunday upheld a ban on share trading applications "
                    "that are not licensed by the Capital Markets Authority."),
        ("\n\n", C, "The case was brought by a company whose app allowed users to follow and copy the "
                    "trades of other investors. The court said the service amounted to unlicensed "
                    "investment advice."),
        ("\n\n", C, "Lawyers for the company said they would study the ruling. “Read the judgment and "
                    "you will see it leaves room for licensed platforms,” one lawyer said."),
        ("\n\n", C, "The authority has blocked 37 such apps since 2023, according to its annual report."),
    ]),
    ("en-11", "en", [  # browser "copy all"
        ("", C, "Home > Middle East > Iraq\nIraq's parliament approves three-year budget\nBy Omar Saleh\n"
                "Published March 3, 2025 · 5 min read\n12 Comments"),
        ("\n", "share_follow", "Share on Facebook\nShare on X\nCopy link"),
        ("\n", C, "BAGHDAD – Iraq's parliament on Monday approved a three-year budget worth 211 trillion "
                  "dinars a year, ending months of disputes over payments to the Kurdistan region."),
        ("\n", C, "The budget assumes an oil price of $70 a barrel and exports of 3.5 million barrels "
                  "per day."),
        ("\n", C, "Lawmakers from the Kurdistan Democratic Party said they had secured guarantees that "
                  "salaries in the region would be paid on time."),
        ("\n", C, "Omar Saleh is our Baghdad correspondent. He has covered Iraqi politics since 2012."),
        ("\n", "site_trailer", "Leave a Reply\nYour email address will not be published. Required fields "
                               "are marked *\nComment *\nName *\nEmail *\nPost Comment"),
    ]),
    ("en-12", "en", [  # browser "copy all"
        ("", C, "Home » Gulf » Kuwait\nKuwait extends visa amnesty by one month\nStaff writer · 2 min "
                "read\nUpdated: 11 April 2025, 09:15"),
        ("\n", C, "KUWAIT CITY – Kuwait's interior ministry said on Thursday it would extend an amnesty "
                  "for residency violators by one month, giving about 100,000 people more time to leave "
                  "or regularise their status."),
        ("\n", C, "The ministry said offices in Farwaniya and Jahra would stay open until midnight "
                  "during the extension."),
        ("\n", "share_follow", "Get our daily Gulf briefing in your inbox\nSign up"),
        ("\n", "related_links", "You may also like\nKuwait to issue new digital civil IDs\n"
                                "Oman eases rules for tourist visas\nBahrain opens second airport "
                                "terminal"),
        ("\n", "site_trailer", "Back to top"),
    ]),
    ("en-13", "en", [  # browser "copy all", negative
        ("", C, "Home / Culture / Books\nCairo court rules on copyright of Naguib Mahfouz letters\n"
                "By Hana Mostafa\n7 min read · 21 February 2025\n3 comments"),
        ("\n", C, "CAIRO – An Egyptian court ruled on Thursday that the copyright in a collection of "
                  "letters written by Naguib Mahfouz belongs to his heirs, not to the publisher who "
                  "bought the originals at auction."),
        ("\n", C, "The publisher had planned to print the letters with photos of the manuscripts. Its "
                  "lawyer said the company would appeal and “follow the case to the highest court.”"),
        ("\n", C, "The judge said the publisher could still display the originals but could not "
                  "reproduce their text. Related disputes over the writer's film rights are pending."),
    ]),
    ("en-14", "en", [  # RSS content:encoded, WordPress
        ("", C, "Saudi Arabia to host 2029 Asian Winter Games at Trojena"),
        ("\n\n", C, "RIYADH – The Olympic Council of Asia confirmed on Sunday that Trojena, the mountain "
                    "resort under construction in NEOM, will host the 2029 Asian Winter Games."),
        ("\n\n", C, "Organisers said artificial snow would cover the slopes from November to March and "
                    "that […]"),
        (" ", "read_more", "Continue reading →"),
        ("\n\n", "site_trailer", "The post Saudi Arabia to host 2029 Asian Winter Games at Trojena "
                                 "appeared first on Riyadh Daily Wire."),
    ]),
    ("en-15", "en", [  # RSS with FeedBurner flares
        ("", C, "Qatar's central bank holds rates steady"),
        ("\n\n", C, "DOHA – Qatar Central Bank kept its main lending rate unchanged at 5.25 percent on "
                    "Wednesday, following the US Federal Reserve's decision to hold."),
        ("\n\n", C, "The bank said it would continue to follow developments in global markets and "
                    "adjust policy as needed."),
        ("\n\n", "related_links", "Related Stories:\nGulf central banks mirror Fed pause\n"
                                  "Qatar's GDP grows 2.4 percent in fourth quarter"),
        ("\n\n", "share_follow", "Share on Facebook | Share on Twitter | Email this"),
    ]),
    ("en-16", "en", [  # RSS, negative: "The post … appeared first on" as prose
        ("", C, "Jordanian minister's deleted post sparks row"),
        ("\n\n", C, "AMMAN – A post on the social media account of Jordan's minister of youth "
                    "criticising a football referee was deleted hours after it was published on "
                    "Saturday."),
        ("\n\n", C, "The post, which appeared first on the minister's Facebook page, was shared more "
                    "than 4,000 times before it was removed. A ministry source said the account was "
                    "managed by an aide."),
        ("\n\n", C, "The Jordan Football Association said it would follow the matter with the ministry."),
    ]),
    ("en-17", "en", [  # AMP page dump
        ("", C, "Menu\nMaghreb Dispatch\nMorocco's wheat harvest expected to fall by a third"),
        ("\n", C, "RABAT – Morocco expects its wheat harvest to fall by about a third this year after a "
                  "sixth consecutive year of drought, the agriculture ministry said on Tuesday."),
        ("\n", "ad_placeholder", "Story continues below advertisement"),
        ("\n", C, "The ministry put the expected harvest at 2.5 million tonnes, down from 3.7 million "
                  "last year, and said imports would make up the shortfall."),
        ("\n", C, "Farmers' unions called on the government to extend subsidies for seed and fodder."),
        ("\n", "share_follow", "Share this:\nFacebook\nX\nWhatsApp"),
        ("\n", "site_trailer", "Exit mobile version"),
    ]),
    ("en-18", "en", [  # AMP, ad slot glued after a closing quote
        ("", C, "Tunisia's parliament passes new investment law"),
        ("\n\n", C, "TUNIS – Tunisia's parliament on Wednesday passed a law that cuts the number of "
                    "licences needed to open a business from 240 to 60."),
        ("\n\n", C, "“This is the most important economic reform in ten years,” the investment minister "
                    "told lawmakers. “Investors will see the difference within months.”"),
        ("", "ad_placeholder", "Advertisement"),
        ("\n\n", C, "Business groups welcomed the law but said its effect would depend on how quickly "
                    "the implementing decrees were published."),
        ("\n\n", "related_links", "Also on Maghreb Dispatch\nAlgeria and Tunisia agree to reopen "
                                  "border market\nLibya's central bank names new governor"),
    ]),
    ("en-19", "en", [  # AMP, negative
        ("", C, "Menu\nSearch\nGulf Ledger\nUAE watchdog fines firms over misleading advertisement"),
        ("\n", C, "DUBAI – The UAE Media Council fined 12 companies on Monday for publishing misleading "
                  "advertisements on social media without a licence."),
        ("\n", C, "Advertisement rules introduced last year require influencers to hold a permit and "
                  "to mark paid posts clearly."),
        ("\n", C, "A council official said it would follow up with platforms to remove the posts. "
                  "Companies can share their objections within 15 days."),
    ]),
    ("en-20", "en", [  # Telegram channel export
        ("", C, "Gulf Brief"),
        ("\n", C, "🔴 BREAKING: Bahrain and Qatar agree to restore direct flights from next month"),
        ("\n\n", C, "🔹 The first flights will be operated by Gulf Air and Qatar Airways\n"
                    "🔹 Ministers met in Riyadh on Sunday"),
        ("\n\n", "read_more", "🔗 Read more: https://gulfbrief.example/bahrain-qatar-flights"),
        ("\n\n", "share_follow", "📲 Follow us on Telegram: t.me/gulfbrief_news"),
    ]),
    ("en-21", "en", [  # Telegram
        ("", C, "MENA Wire"),
        ("\n", C, "Rescuers search for survivors after building collapse in Alexandria"),
        ("\n\n", C, "At least 9 people were killed when a five-storey residential building collapsed "
                    "in Alexandria's Karmouz district early on Tuesday, the governor said."),
        ("\n\n", C, "Civil defence teams are still searching the rubble for about a dozen missing "
                    "residents."),
        ("\n\n", "photo_credit", "📸 Photo: Mohamed Abdel Ghany/Reuters"),
        ("\n\n", "share_follow", "➡️ Subscribe: @MENAwire | Share with your friends"),
    ]),
    ("en-22", "en", [  # Telegram, negative
        ("", C, "Levant Now 🇱🇧"),
        ("\n", C, "⚡️ Lebanon's parliament fails for the 13th time to elect a president"),
        ("\n\n", C, "▪️ 62 MPs voted for the army commander, short of the 65 needed\n"
                    "▪️ Speaker Nabih Berri adjourned the session without setting a new date\n"
                    "▪️ “Follow the constitution, not the embassies,” one MP told reporters"),
        ("\n\n", C, "Share prices of Lebanese banks on the Beirut exchange fell 3% after the vote."),
    ]),
    ("en-23", "en", [  # WhatsApp-forwarded
        ("", C, "*BREAKING* 🚨"),
        ("\n", C, "Dubai Metro Red Line to close between Jebel Ali and Expo stations this weekend for "
                  "maintenance, RTA says. Free shuttle buses will run every 10 minutes."),
        ("\n", C, "RTA advises passengers to plan their journeys in advance."),
        ("\n", "share_follow", "Forward to all your groups 🙏\n"
                               "Join our news group: https://chat.whatsapp.com/Gx7example"),
    ]),
    ("en-24", "en", [  # WhatsApp-forwarded, negative
        ("", C, "*Weather alert* ⚠️"),
        ("\n", C, "The National Centre of Meteorology has issued a yellow alert for fog across Abu "
                  "Dhabi and Dubai from 2 am to 9 am on Friday. Visibility may drop below 200 metres "
                  "on some roads."),
        ("\n", C, "Motorists are urged to reduce speed and follow the variable speed limits shown on "
                  "electronic signs."),
        ("\n", C, "Source: NCM\n(Forwarded as received)"),
    ]),
    ("en-25", "en", [  # naive dump, Amman site family (seed template)
        ("", C, "Jordan Daily\nHome\nLocal\nRegion and World\nBusiness"),
        ("\n", C, "Cabinet approves new public transport fares in Amman\nThursday, 6 March 2025"),
        ("\n", "photo_credit", "Amman bus rapid transit\n(Petra photo)"),
        ("\n", C, "AMMAN – The Cabinet on Wednesday approved a new fare structure for public transport "
                  "in Amman that caps the price of a single trip at 50 piasters, the Petra news agency "
                  "reported."),
        ("", "ad_placeholder", "اضافة اعلان"),
        ("\n", C, "The Land Transport Regulatory Commission said the new fares would apply from April 1."),
        ("\n", C, "Commission director Tareq Habashneh said passengers would be able to follow bus "
                  "locations on a new mobile app."),
        ("\n", "site_trailer", "Read more Local\nJordan Daily"),
    ]),
    ("en-26", "en", [  # get_text(" | ") per block
        ("", C, "Home | World | Middle East | Business | Sport"),
        ("\n", C, "Yemen's rial hits record low in Aden\nDesert Tribune | Staff and agencies | 2 June 2025"),
        ("\n", C, "ADEN – Yemen's rial fell to a record low of 2,300 to the dollar in government-held "
                  "Aden on Monday, money changers said."),
        ("\n", C, "The central bank in Aden said it would auction $30 million to banks on Wednesday to "
                  "support the currency."),
        ("\n", "ad_placeholder", "Advertisement"),
        ("\n", C, "Traders said prices of flour and cooking oil had risen by a fifth in a month."),
        ("\n", "related_links", "Related: | Yemen's central bank chief resigns | Aid agencies warn of "
                                "food crisis in Taiz"),
        ("\n", "share_follow", "FOLLOW US: | Facebook | Instagram | YouTube"),
    ]),
    ("en-27", "en", [  # trafilatura, inline ad slot
        ("", C, "Lebanon's central bank unifies exchange rate"),
        ("\n\n", C, "BEIRUT – Lebanon's central bank said on Tuesday it had unified the official "
                    "exchange rate at 89,500 pounds to the dollar. The move ends a system of multiple "
                    "rates that had been in place since 2019."),
        (" ", "ad_placeholder", "Advertisement"),
        (" ", C, "The International Monetary Fund had made unification a condition of a bailout."),
        ("\n\n", "read_more", "RELATED: Lebanon's banks reopen after three-day strike"),
        ("\n\n", C, "Economists said the unification was a step forward but warned that without a bank "
                    "restructuring law depositors would not recover their savings."),
    ]),
    ("en-28", "en", [  # newspaper3k, opinion-style disclaimer
        ("", C, "Algeria signs gas deal with Italy's Eni"),
        ("\n\n", C, "ALGIERS – Algeria's state energy company Sonatrach signed a deal with Italy's Eni "
                    "on Thursday to raise gas exports to Italy by 3 billion cubic metres a year."),
        ("\n\n", "photo_credit", "Officials from Sonatrach and Eni at the signing ceremony in Algiers. "
                                 "— Photo: Reuters"),
        ("\n\n", C, "The two companies also agreed to study a hydrogen pipeline to Sicily, the statement "
                    "said. It did not give a cost."),
        ("\n\n", "site_trailer", "Disclaimer: The views and opinions expressed in this article do not "
                                 "necessarily reflect the editorial policy of Maghreb Dispatch."),
    ]),
    ("en-29", "en", [  # browser "copy all", caption under the byline
        ("", C, "News / Gulf / UAE\nAbu Dhabi to open new natural history museum in December\n"
                "By Rania Aziz, Senior Reporter\nPublished: Mon 10 Nov 2025, 6:00 AM\n4 min read"),
        ("\n", "photo_credit", "The museum's facade on Saadiyat Island.\nImage credit: Ahmed Ramzi/Gulf "
                               "Ledger"),
        ("\n", C, "ABU DHABI – A new natural history museum on Saadiyat Island will open to the public "
                  "on December 3, the Department of Culture and Tourism said on Sunday."),
        ("\n", C, "The museum will show a 67-million-year-old Tyrannosaurus rex skeleton among its "
                  "first exhibits."),
        ("\n", C, "Tickets will go on sale next week on the department's website."),
        ("\n", "share_follow", "Get the latest news delivered to your inbox\nSubscribe"),
        ("\n", "related_links", "Most Read\n1. UAE announces public holidays for 2026\n"
                                "2. Dubai Metro extends weekend hours\n3. Sharjah opens new beach park"),
    ]),
    ("en-30", "en", [  # Atom summary
        ("", C, "Kuwait's National Assembly passes budget after marathon session"),
        ("\n\n", C, "KUWAIT CITY – Kuwait's National Assembly passed the 2025-26 budget early on "
                    "Wednesday after a 14-hour session, approving spending of 24.5 billion dinars..."),
        ("\n\n", "read_more", "Read the full story at Desert Tribune"),
        ("\n\n", "share_follow", "Subscribe to our feed: https://deserttribune.example/feed"),
    ]),
    ("en-31", "en", [  # AMP, negative
        ("", C, "Menu\nClose\nArabian Daily Wire\nShare of women in Saudi workforce reaches 36 percent"),
        ("\n", C, "RIYADH – The share of Saudi women in the labour force rose to 36 percent in the "
                  "fourth quarter, the General Authority for Statistics said on Sunday."),
        ("\n", C, "Source: GASTAT quarterly labour market survey."),
        ("\n", C, "The authority said it would publish a detailed breakdown by region next month. "
                  "Analysts follow the figure closely as a measure of the Vision 2030 reforms."),
    ]),
    ("en-32", "en", [  # Telegram
        ("", C, "Iraq Today Channel"),
        ("\n", C, "📌 Iraq's oil exports averaged 3.4 million barrels per day in March, the oil ministry "
                  "said."),
        ("\n\n", C, "Revenue reached $8.1 billion, the ministry said in a statement."),
        ("\n\n", "read_more", "Full story 👇\nhttps://iraqtoday.example/oil-exports-march"),
        ("\n\n", "share_follow", "🔔 Join us: t.me/iraqtoday"),
    ]),
    ("en-33", "en", [  # WhatsApp digest
        ("", C, "📰 *Morning Digest – Arab Ledger*\n1️⃣ Kuwait's Cabinet approves new residency law\n"
                "2️⃣ Gold prices rise 1% in local market\n3️⃣ Heavy rain expected on Thursday, "
                "Meteorology Department says"),
        ("\n", "read_more", "Read full: https://arabledger.example/digest"),
        ("\n", "share_follow", "Share 🔁 with family and friends"),
    ]),
    ("en-34", "en", [  # newspaper3k, negative: (video) headline, editor's note
        ("", C, "Sandstorm sweeps across Riyadh, grounding flights (video)"),
        ("\n\n", C, "Editor's note: This story has been updated with a statement from the General "
                    "Authority of Civil Aviation."),
        ("\n\n", C, "RIYADH – A sandstorm swept across Riyadh on Tuesday afternoon, cutting visibility "
                    "to less than 500 metres and forcing the suspension of flights at King Khalid "
                    "International Airport for two hours."),
        ("\n\n", C, "Residents shared videos online showing the sky turning orange. The civil defence "
                    "urged people to stay indoors and follow official instructions."),
        ("\n\n", C, "Watch the storm roll in, in footage filmed by a reader from a tower in Olaya."),
    ]),
    ("en-35", "en", [  # trafilatura, negative: quoted slogan
        ("", C, "Sharjah book fair opens with ‘Read More, Scroll Less’ campaign"),
        ("\n\n", C, "SHARJAH – The Sharjah International Book Fair opened on Wednesday with a campaign "
                    "urging young people to “read more, scroll less”, organisers said."),
        ("\n\n", C, "More than 2,500 publishers from 112 countries are taking part. Subscribe-and-save "
                    "offers from publishers run until the last day, and visitors can follow talks by "
                    "250 authors."),
        ("\n\n", C, "“If every child reads one more book a month, we have succeeded,” the fair's "
                    "director said."),
    ]),
    # ---------------------------------------------------------------- Arabic
    ("ar-01", "ar", [  # naive HTML-to-text dump, Jordanian site
        ("", C, "المرصد اليومي\nالرئيسية\nمحليات\nاقتصاد\nرياضة\nبحث"),
        ("\n", C, "الحكومة تقر نظام الأبنية الجديد في عمان\nالخميس 13 آذار 2025 - 10:42 ص"),
        ("\n", C, "أقر مجلس الوزراء في جلسته اليوم الخميس نظام الأبنية وتنظيم المدن الجديد، الذي يسمح "
                  "بزيادة عدد الطوابق في عدد من مناطق العاصمة."),
        ("", "ad_placeholder", "اضافة اعلان"),
        ("\n", C, "وقال وزير الإدارة المحلية إن النظام يهدف إلى تشجيع الاستثمار في قطاع الإسكان وتخفيف "
                  "كلف الشقق على المواطنين."),
        ("\n", "read_more", "اقرأ أيضاً:\nالأمانة تطلق خدمة الترخيص الإلكتروني للأبنية"),
        ("\n", C, "وأضاف أن النظام الجديد سيدخل حيز التنفيذ بعد نشره في الجريدة الرسمية."),
        ("\n", "share_follow", "شارك\nفيسبوك\nتويتر\nواتساب"),
        ("\n", "site_trailer", "جميع الحقوق محفوظة © 2025 المرصد اليومي"),
    ]),
    ("ar-02", "ar", [  # naive dump, negative: tender notice under a bare إعلان line
        ("", C, "الرئيسية\nإعلانات رسمية\nبلدية إربد الكبرى\nإعلان"),
        ("\n", C, "تعلن بلدية إربد الكبرى عن طرح عطاء رقم (7/2025) الخاص بتوريد وتركيب أعمدة إنارة تعمل "
                  "بالطاقة الشمسية."),
        ("\n", C, "فعلى الراغبين في الاشتراك مراجعة قسم العطاءات في مبنى البلدية خلال أوقات الدوام "
                  "الرسمي لشراء نسخة من دعوة العطاء مقابل مبلغ (100) دينار غير مستردة."),
        ("\n", C, "آخر موعد لتقديم العروض الساعة الثانية عشرة ظهراً من يوم الأحد الموافق 6/4/2025.\n"
                  "رئيس لجنة العطاءات"),
    ]),
    ("ar-03", "ar", [  # get_text(" | ") per block
        ("", C, "الرئيسية | أخبار | محليات | اقتصاد | رياضة | اتصل بنا"),
        ("\n", C, "ارتفاع صادرات الأسمدة الأردنية 12% في الربع الأول\nصحيفة الأفق الجديد | السبت 12 نيسان 2025"),
        ("\n", C, "عمان – ارتفعت صادرات الأسمدة الأردنية بنسبة 12 بالمئة خلال الربع الأول من العام "
                  "الحالي مقارنة بالفترة ذاتها من العام الماضي، وفق بيانات دائرة الإحصاءات العامة."),
        ("\n", C, "وشكلت الهند وإندونيسيا الحصة الأكبر من الصادرات، تلتهما أستراليا."),
        ("\n", "share_follow", "شارك | فيسبوك | تويتر | واتساب | تيليجرام"),
        ("\n", "related_links", "أخبار ذات صله | الفوسفات تعلن أرباحاً قياسية لعام 2024 | البوتاس "
                                "توقع اتفاقية توريد مع الصين"),
    ]),
    ("ar-04", "ar", [  # get_text("\n"), negative
        ("", C, "الصحة: تسجيل 14 إصابة جديدة بالحصبة في المفرق\nقالت\nوزارة الصحة\nإنها سجلت 14 إصابة "
                "جديدة بالحصبة في محافظة المفرق خلال الأسبوع الماضي، ما يرفع عدد الإصابات منذ بداية "
                "العام إلى 63 إصابة."),
        ("\n", C, "ودعت الوزارة الأهالي إلى مراجعة\nمراكز الأمومة والطفولة\nلاستكمال مطاعيم أطفالهم."),
        ("\n", C, "وشارك في حملة التطعيم أكثر من 200 كادر صحي.\nالمصدر:\nوزارة الصحة"),
    ]),
    ("ar-05", "ar", [  # trafilatura, caption under the headline
        ("", C, "افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية في الجبيل"),
        ("\n\n", "photo_credit", "جانب من حفل افتتاح المحطة (تصوير: فهد العتيبي)"),
        ("\n\n", C, "الرياض – افتتحت الهيئة السعودية للمياه، اليوم الاثنين، أول محطة لتحلية مياه البحر "
                    "تعمل بالطاقة الشمسية بالكامل في مدينة الجبيل، بطاقة إنتاجية تبلغ 50 ألف متر مكعب "
                    "يومياً."),
        ("\n\n", "read_more", "اقـرأ أيضـاً.. السعودية تعلن خطة لخفض استهلاك المياه 30% بحلول 2030"),
        ("\n\n", C, "وقال الرئيس التنفيذي للهيئة إن المحطة ستخفض استهلاك الوقود بنسبة 40 بالمئة مقارنة "
                    "بالمحطات التقليدية، مشيراً إلى أن الهيئة ستتابع أداءها لمدة عام قبل تعميم التجربة."),
    ]),
    ("ar-06", "ar", [  # trafilatura, opinion piece
        ("", C, "مقال رأي: متى نخرج من اقتصاد الريع؟"),
        ("\n\n", C, "بقلم: د. سامر الخطيب"),
        ("\n\n", C, "تعيش معظم دول المنطقة منذ عقود على ريع النفط والمساعدات، ولم تنجح خطط التنويع "
                    "الاقتصادي المتعاقبة في تغيير هذه المعادلة إلا بقدر محدود."),
        ("\n\n", "ad_placeholder", "إعلان"),
        ("\n\n", C, "إن إعلان الحكومات عن خطط جديدة كل بضع سنوات لا يكفي، فالمطلوب مؤسسات قادرة على "
                    "التنفيذ والمساءلة."),
        ("\n\n", "site_trailer", "الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي "
                                 "الموقع."),
    ]),
    ("ar-07", "ar", [  # trafilatura, negative
        ("", C, "وزارة التربية تحدد موعد إعلان نتائج الثانوية العامة"),
        ("\n\n", C, "أعلنت وزارة التربية والتعليم أن إعلان نتائج امتحان شهادة الدراسة الثانوية العامة "
                    "سيكون يوم الخميس المقبل عند الساعة العاشرة صباحاً."),
        ("\n\n", C, "وقال الناطق باسم الوزارة إن أكثر من 180 ألف طالب وطالبة شاركوا في الامتحانات هذا "
                    "العام، وإن الوزارة تابعت سير الامتحانات عبر غرفة عمليات مركزية."),
        ("\n\n", C, "ويمكن للطلبة الاطلاع على النتائج عبر الموقع الإلكتروني للوزارة أو من خلال رسالة "
                    "نصية."),
    ]),
    ("ar-08", "ar", [  # newspaper3k, glued ad slot with RLM, caption in the text
        ("", C, "العقبة تستقبل أكبر سفينة سياحية هذا الموسم"),
        ("\n\n", C, "استقبل ميناء العقبة، صباح اليوم الثلاثاء، السفينة السياحية \"أورورا\" وعلى متنها "
                    "نحو 3 آلاف سائح من جنسيات مختلفة، في أكبر زيارة من نوعها هذا الموسم."),
        ("", "ad_placeholder", RLM + "اضافة اعلان"),
        ("\n\n", "photo_credit", "سياح يتجولون في ميناء العقبة (صورة: وكالة الأنباء الأردنية)"),
        ("\n\n", C, "وقالت سلطة منطقة العقبة الاقتصادية الخاصة إن الميناء يتوقع استقبال 60 سفينة سياحية "
                    "حتى نهاية الموسم في أيار المقبل."),
        ("\n\n", C, "ويشارك في استقبال السياح فريق من الأدلاء السياحيين وفرق فنية تقدم عروضاً من التراث "
                    "الشعبي."),
    ]),
    ("ar-09", "ar", [  # newspaper3k, Egyptian template, diacritics
        ("", C, "الحكومة المصرية: بدء تشغيل المرحلة الثانية من المونوريل الشهر المقبل (صور)"),
        ("\n\n", C, "أعلن وزير النقل المصري بدء التشغيل التجريبي للمرحلة الثانية من مونوريل شرق النيل "
                    "خلال الشهر المقبل، على أن يبدأ التشغيل الكامل قبل نهاية العام."),
        ("\n\n", "read_more", "اقْرَأْ أيْضًا: وزير النقل يتفقد محطات القطار الكهربائي السريع"),
        ("\n\n", C, "وأوضح الوزير، في تصريحات صحفية، أن المرحلة الثانية تضم 10 محطات تربط العاصمة "
                    "الإدارية بمدينة نصر."),
        ("\n\n", "related_links", "مواضيع متعلقة\nرئيس الوزراء يتابع معدلات تنفيذ مشروعات النقل\n"
                                  "تعرف على أسعار تذاكر المونوريل"),
    ]),
    ("ar-10", "ar", [  # newspaper3k, negative
        ("", C, "مؤتمر في الدوحة يناقش حقوق الملكية الفكرية في عصر الذكاء الاصطناعي"),
        ("\n\n", C, "انطلقت في الدوحة، اليوم الأحد، أعمال مؤتمر دولي حول حقوق الملكية الفكرية في عصر "
                    "الذكاء الاصطناعي، بمشاركة خبراء ومحامين من 30 دولة."),
        ("\n\n", C, "وقال رئيس اللجنة المنظمة إن المؤتمر سيناقش من يملك حقوق النصوص والصور التي تولدها "
                    "البرامج، وهل يحق لشركات التقنية تدريب نماذجها على أعمال محمية دون إذن أصحابها."),
        ("\n\n", C, "وشارك في الجلسة الافتتاحية عدد من الكتّاب الذين طالبوا بوضع عبارة «جميع الحقوق "
                    "محفوظة» بوضوح على كل عمل منشور رقمياً."),
    ]),
    ("ar-11", "ar", [  # browser "copy all"
        ("", C, "الرئيسية > أخبار العرب > العراق\nالبرلمان العراقي يصوت على قانون العطل الرسمية\n"
                "كتب: أحمد حسن\nنشر في: الأربعاء 12 مارس 2025 - 02:20 م | آخر تحديث: 04:05 م\n"
                "وقت القراءة: 3 دقائق\n٤ تعليقات"),
        ("\n", "share_follow", "مشاركة\nفيسبوك\nإكس\nواتساب\nنسخ الرابط"),
        ("\n", C, "صوت مجلس النواب العراقي، اليوم الأربعاء، على قانون العطل الرسمية الذي يحدد 12 عطلة "
                  "رسمية سنوياً، بعد خلافات استمرت أكثر من عامين."),
        ("\n", C, "وقال رئيس اللجنة القانونية إن القانون يمنح المحافظات حق إعلان عطلة محلية لا تتجاوز "
                  "ثلاثة أيام في السنة."),
        ("\n", "site_trailer", "اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار "
                               "إليها بـ *\nالتعليق *\nالاسم *\nالبريد الإلكتروني *\nإرسال التعليق"),
    ]),
    ("ar-12", "ar", [  # browser "copy all"
        ("", C, "الرئيسية » الخليج » البحرين\nالبحرين تطلق منصة موحدة لتجديد السجلات التجارية\n"
                "فريق التحرير · دقيقتان للقراءة\nآخر تحديث: 11 أبريل 2025 - 9:15 ص"),
        ("\n", C, "أطلقت وزارة الصناعة والتجارة البحرينية منصة إلكترونية موحدة تتيح تجديد السجلات "
                  "التجارية ودفع الرسوم في خطوة واحدة، بدلاً من مراجعة ثلاث جهات حكومية."),
        ("\n", C, "وقالت الوزارة إن المنصة ستخفض مدة التجديد من خمسة أيام إلى أقل من ساعة، وإنها ستتابع "
                  "ملاحظات المستخدمين خلال الأشهر الثلاثة الأولى."),
        ("\n", "share_follow", "اشترك في نشرتنا البريدية ليصلك أهم الأخبار يومياً\nاشترك"),
        ("\n", "related_links", "قد يعجبك أيضا\nالكويت تطلق البطاقة المدنية الرقمية الجديدة\n"
                                "عُمان تخفف شروط التأشيرة السياحية"),
        ("\n", "site_trailer", "العودة للأعلى"),
    ]),
    ("ar-13", "ar", [  # browser "copy all", negative
        ("", C, "الرئيسية / تعليم\nتعليق الدوام المدرسي في الإمارات الشمالية غداً بسبب الأحوال الجوية\n"
                "كتبت: مريم الشامسي\nالثلاثاء 18 فبراير 2025 - 08:30 م\nقراءة 2 دقيقة\nتعليقات (0)"),
        ("\n", C, "قررت وزارة التربية والتعليم تعليق الدوام الحضوري في مدارس رأس الخيمة والفجيرة وأم "
                  "القيوين يوم غد الأربعاء، والتحول إلى التعلم عن بعد، بسبب توقعات بهطول أمطار غزيرة."),
        ("\n", C, "ودعا المركز الوطني للأرصاد أولياء الأمور إلى متابعة التحديثات عبر قنواته الرسمية، "
                  "فيما أكدت الوزارة أن حقوق الطلبة في التقييم لن تتأثر."),
    ]),
    ("ar-14", "ar", [  # RSS, Arabic WordPress
        ("", C, "مهرجان جرش يعلن برنامج دورته الأربعين"),
        ("\n\n", C, "أعلنت إدارة مهرجان جرش للثقافة والفنون برنامج دورته الأربعين التي تنطلق في 24 تموز "
                    "المقبل، بمشاركة فنانين من 18 دولة عربية وأجنبية، وتتضمن 60 أمسية فنية وشعرية على "
                    "مسارح المدينة […]"),
        (" ", "read_more", "أكمل القراءة »"),
        ("\n\n", "site_trailer", "ظهرت المقالة مهرجان جرش يعلن برنامج دورته الأربعين أولاً على صحيفة "
                                 "المرصد اليومي."),
    ]),
    ("ar-15", "ar", [  # RSS, English WordPress strings on an Arabic feed
        ("", C, "المغرب: افتتاح أطول جسر معلق في إفريقيا بالرباط"),
        ("\n\n", C, "افتتح في العاصمة المغربية الرباط، يوم الجمعة، جسر معلق بطول 950 متراً فوق وادي أبي "
                    "رقراق، يربط بين الرباط وسلا..."),
        (" ", "read_more", "اقرأ المزيد"),
        ("\n\n", "site_trailer", "The post المغرب: افتتاح أطول جسر معلق في إفريقيا بالرباط appeared "
                                 "first on بوابة المغرب الكبير."),
    ]),
    ("ar-16", "ar", [  # RSS, negative: «اقرأ أيضاً» in a quote
        ("", C, "وزارة الثقافة تعلن الفائزين بجائزة القراءة الوطنية"),
        ("\n\n", C, "أعلنت وزارة الثقافة، مساء أمس، أسماء الفائزين بجائزة «اقرأ» الوطنية للقراءة في "
                    "دورتها السابعة، التي شارك فيها أكثر من 40 ألف طالب من مختلف المحافظات."),
        ("\n\n", C, "وقال الوزير في كلمته خلال الحفل: «اقرأ أيضاً ما لا يعجبك، فالقراءة حوار مع الآخر»."),
        ("\n\n", C, "وتابع الحفل حشد من أولياء الأمور والمعلمين."),
    ]),
    ("ar-17", "ar", [  # AMP, Egyptian site
        ("", C, "القائمة\nبوابة النيل نيوز\nالبنك المركزي المصري يثبت أسعار الفائدة للمرة الرابعة"),
        ("\n", C, "قررت لجنة السياسة النقدية بالبنك المركزي المصري، مساء الخميس، الإبقاء على أسعار "
                  "الفائدة دون تغيير للمرة الرابعة على التوالي، عند 27.25% للإيداع و28.25% للإقراض."),
        ("\n", "ad_placeholder", "تابع القراءة بعد الإعلان"),
        ("\n", C, "وقالت اللجنة في بيان إنها ستواصل متابعة تطورات التضخم، الذي تراجع إلى 24% في فبراير."),
        ("\n", "related_links", "مقالات ذات صلة\nأسعار الذهب اليوم في مصر\nالدولار يستقر أمام الجنيه "
                                "في البنوك"),
        ("\n", "share_follow", "شارك هذا المقال\nفيسبوك\nإكس\nواتساب"),
        ("\n", "site_trailer", "الخروج من نسخة الهاتف المحمول"),
    ]),
    ("ar-18", "ar", [  # AMP, tatweel, Egyptian dialect cue
        ("", C, "مصر: ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء"),
        ("\n\n", C, "ضبطت مباحث التموين بمحافظة الجيزة 3 أطنان من الدقيق المدعم قبل بيعها في السوق "
                    "السوداء، وتم تحرير محضر بالواقعة وإحالته إلى النيابة العامة."),
        ("\n\n", "ad_placeholder", "إعـــلان"),
        ("\n\n", "read_more", "اقرا كمان: ارتفاع أسعار الخبز السياحي في الأسواق"),
        ("\n\n", C, "وأكدت مديرية التموين أن الحملات ستستمر على المخابز ومستودعات الدقيق طوال شهر "
                    "رمضان."),
    ]),
    ("ar-19", "ar", [  # AMP, negative
        ("", C, "القائمة\nبحث\nالخليج اليوم\nهيئة الإعلام تحظر الإعلانات غير المرخصة على منصات التواصل"),
        ("\n", C, "أصدرت هيئة تنظيم الإعلام قراراً يحظر نشر أي إعلان تجاري على منصات التواصل الاجتماعي "
                  "من دون ترخيص مسبق، تحت طائلة غرامة تصل إلى 10 آلاف درهم."),
        ("\n", C, "إعلان تجاري مدفوع أو ترويج لمنتج: كلاهما يتطلب تصريحاً بحسب القرار الجديد."),
        ("\n", C, "وقالت الهيئة إنها ستتابع الحسابات المخالفة بالتعاون مع المنصات."),
    ]),
    ("ar-20", "ar", [  # Telegram
        ("", C, "الخليج الآن | عاجل"),
        ("\n", C, "🔴 عاجل | السعودية والكويت تتفقان على تشغيل قطار ركاب بين الرياض والكويت بحلول 2030"),
        ("\n\n", C, "🔸 الخط بطول 650 كيلومتراً ويمر بمدينة حفر الباطن\n"
                    "🔸 الاتفاق جاء خلال اجتماع وزاري في الرياض"),
        ("\n\n", "read_more", "🔗 التفاصيل: https://alkhaleejnow.example/news/48213"),
        ("\n\n", "share_follow", "📲 تابعونا على تلغرام: t.me/alkhaleejnow"),
    ]),
    ("ar-21", "ar", [  # Telegram, channel sign-off
        ("", C, "شبكة الرافدين الإخبارية"),
        ("\n", C, "انهيار جزئي لمبنى قديم في شارع الرشيد وسط بغداد دون إصابات"),
        ("\n\n", C, "أعلن الدفاع المدني أن فرقه أخلت المبنى والمباني المجاورة قبل الانهيار، بعد تلقي "
                    "بلاغ من السكان عن تشققات في الجدران."),
        ("\n\n", "photo_credit", "📸 عدسة: مصطفى الربيعي"),
        ("\n\n", "share_follow", "قناة الرافدين الإخبارية\n🔻اشترك بالقناة: t.me/alrafidain_news"),
    ]),
    ("ar-22", "ar", [  # Telegram, negative
        ("", C, "أخبار الشام 🇸🇾"),
        ("\n", C, "⚡️ وزير الكهرباء: زيادة ساعات التغذية في دمشق إلى 8 ساعات يومياً اعتباراً من الأسبوع "
                  "المقبل"),
        ("\n\n", C, "▫️ الوزير تابع أعمال صيانة محطة دير علي\n▫️ شارك في الجولة محافظ ريف دمشق\n"
                    "▫️ «شاركونا صبركم أياماً قليلة»، قال الوزير للأهالي"),
    ]),
    ("ar-23", "ar", [  # WhatsApp-forwarded
        ("", C, "*عاجل* 🚨"),
        ("\n", C, "المرور: إغلاق طريق الملك فهد باتجاه الجنوب من الساعة 12 ليلاً حتى 6 صباحاً يوم "
                  "الجمعة لأعمال الصيانة، ويرجى استخدام الطرق البديلة."),
        ("\n", "share_follow", "انشرها تؤجر 🌹\nرابط الانضمام لمجموعة الأخبار: "
                               "https://chat.whatsapp.com/Hk2example"),
    ]),
    ("ar-24", "ar", [  # WhatsApp-forwarded, negative
        ("", C, "*تنبيه من الأرصاد* ⚠️"),
        ("\n", C, "يتوقع المركز الوطني للأرصاد هطول أمطار رعدية على مناطق الرياض والقصيم وحائل من مساء "
                  "الخميس حتى صباح السبت، مصحوبة برياح نشطة وتدنٍ في مدى الرؤية."),
        ("\n", C, "ويدعو الدفاع المدني إلى الابتعاد عن الأودية وأماكن تجمع السيول."),
        ("\n", C, "المصدر: المركز الوطني للأرصاد\nمنقول"),
    ]),
    ("ar-25", "ar", [  # naive dump, Algerian site
        ("", C, "الجزائر اليوم\nالرئيسية\nوطني\nدولي\nرياضة"),
        ("\n", C, "الحكومة تعلن رفع منحة البطالة إلى 18 ألف دينار\nالأحد 2 مارس 2025"),
        ("\n", C, "أعلنت الحكومة الجزائرية رفع منحة البطالة من 15 ألفاً إلى 18 ألف دينار شهرياً ابتداءً "
                  "من أبريل المقبل، وفق بيان لمصالح الوزير الأول."),
        ("\n", "ad_placeholder", "إشهار"),
        ("\n", C, "وأوضح البيان أن أكثر من مليوني شاب يستفيدون حالياً من المنحة."),
        ("\n", "read_more", "إقرأ كذلك » الجزائر: تسهيلات جديدة لإنشاء المؤسسات الناشئة"),
        ("\n", "share_follow", "شاركها:\nفيسبوك\nتويتر"),
    ]),
    ("ar-26", "ar", [  # get_text(" | ") per block, Tunisian site
        ("", C, "الرئيسية | سياسة | اقتصاد | ثقافة | رأي"),
        ("\n", C, "تونس: ارتفاع عائدات السياحة بنسبة 9% خلال الثلاثي الأول\nبوابة تونس الرقمية | 15 أفريل 2025"),
        ("\n", C, "سجلت عائدات القطاع السياحي في تونس ارتفاعاً بنسبة 9 بالمائة خلال الثلاثي الأول من "
                  "السنة الحالية، وفق معطيات البنك المركزي."),
        ("\n", "read_more", "طالع أيضاً | تونس تستقبل مليون سائح جزائري خلال الصيف"),
        ("\n", C, "وأرجع مهنيو القطاع هذا الارتفاع إلى تعافي السوق الأوروبية وعودة الرحلات البحرية."),
        ("\n", "photo_credit", "سياح في المدينة العتيقة بتونس | صورة: أرشيف"),
        ("\n", "site_trailer", "جميع الحقوق محفوظة © 2025 | بوابة تونس الرقمية | سياسة الخصوصية"),
    ]),
    ("ar-27", "ar", [  # trafilatura, inline ad slot
        ("", C, "الأردن: 1.2 مليون زائر لموقع المغطس في 2024"),
        ("\n\n", C, "قالت هيئة موقع المغطس إن عدد زوار الموقع بلغ 1.2 مليون زائر خلال العام الماضي، "
                    "بزيادة 15 بالمئة عن العام الذي سبقه."),
        (" ", "ad_placeholder", "اضافة اعلان"),
        (" ", C, "وأضافت الهيئة أن الزوار قدموا من 90 دولة، وأن الحجاج المسيحيين شكلوا النسبة الأكبر "
                 "منهم."),
        ("\n\n", C, "وبينت أنها تعمل على تطوير مركز الزوار وإضافة مسارات جديدة للمشي."),
        ("\n\n", "related_links", "الأكثر قراءة\nالحكومة ترفع أسعار المحروقات للشهر المقبل\n"
                                  "الأرصاد: منخفض جوي يؤثر على المملكة الأحد"),
    ]),
    ("ar-28", "ar", [  # newspaper3k, Libyan site
        ("", C, "ليبيا: استئناف إنتاج حقل الشرارة النفطي بعد توقف أسبوعين"),
        ("\n\n", C, "أعلنت المؤسسة الوطنية للنفط الليبية استئناف الإنتاج في حقل الشرارة، أكبر الحقول "
                    "النفطية في البلاد، بعد توقف دام أسبوعين بسبب احتجاجات."),
        ("\n\n", "photo_credit", "منشآت نفطية في حقل الشرارة جنوب غربي ليبيا © أرشيف المؤسسة الوطنية "
                                 "للنفط"),
        ("\n\n", C, "وقالت المؤسسة إن الإنتاج سيعود إلى مستواه الطبيعي البالغ 300 ألف برميل يومياً خلال "
                    "48 ساعة."),
        ("\n\n", "site_trailer", "جميع الحقوق محفوظة لـ ليبيا برس ©️ 2025"),
    ]),
    ("ar-29", "ar", [  # browser "copy all", Moroccan sports page, (فيديو) headline
        ("", C, "الصفحة الرئيسية / رياضة / كرة قدم\nالوداد يتأهل إلى نصف نهائي دوري أبطال إفريقيا "
                "(فيديو)\nبقلم: يوسف بنعلي\nالسبت 5 أبريل 2025 على الساعة 23:40"),
        ("\n", "photo_credit", "لاعبو الوداد يحتفلون بالتأهل - تصوير: ياسين التازي"),
        ("\n", C, "تأهل فريق الوداد الرياضي إلى نصف نهائي دوري أبطال إفريقيا بعد فوزه على ضيفه بهدفين "
                  "دون رد، مساء السبت، في ملعب محمد الخامس بالدار البيضاء."),
        ("\n", C, "وسجل الهدفين المهاجم الشاب أنس الزموري في الشوط الثاني، وسط حضور جماهيري تجاوز 40 ألف "
                  "متفرج."),
        ("\n", "share_follow", "تابعونا علي فيسبوك وإنستغرام ليصلكم جديد الأخبار الرياضية"),
        ("\n", "site_trailer", "التعليقات مغلقة."),
    ]),
    ("ar-30", "ar", [  # RSS summary, Omani site
        ("", C, "سلطنة عمان تطلق تأشيرة العمل عن بعد"),
        ("\n\n", C, "مسقط – أطلقت وزارة العمل العُمانية تأشيرة جديدة للعمل عن بعد تتيح للمهنيين الأجانب "
                    "الإقامة في السلطنة لمدة عام قابل للتجديد."),
        ("\n\n", C, "وتشترط التأشيرة ألا يقل دخل المتقدم الشهري عن 1500 ريال عماني."),
        ("\n\n", "read_more", "تابع القراءة على موقع عُمان اليوم ←"),
        ("\n\n", "share_follow", "تابعونا على أخبار جوجل"),
    ]),
    ("ar-31", "ar", [  # AMP, negative
        ("", C, "القائمة\nإغلاق\nموقع المصدر\nبنك المغرب: الاحتياطي الأجنبي يرتفع إلى 370 مليار درهم"),
        ("\n", C, "أفاد بنك المغرب بأن الأصول الاحتياطية الرسمية بلغت 370 مليار درهم في نهاية مارس، "
                  "بارتفاع 6.1 بالمائة على أساس سنوي."),
        ("\n", C, "المصدر: النشرة الأسبوعية لبنك المغرب."),
        ("\n", C, "وتغطي هذه الاحتياطيات نحو 5 أشهر و20 يوماً من واردات السلع والخدمات."),
    ]),
    ("ar-32", "ar", [  # Telegram, Yemeni channel
        ("", C, "قناة اليمن الآن"),
        ("\n", C, "📌 البنك المركزي في عدن يعلن مزاداً جديداً لبيع 30 مليون دولار للبنوك التجارية يوم "
                  "الأربعاء."),
        ("\n\n", C, "وقال البنك في بيان إن المزاد يأتي في إطار جهوده للحد من تدهور سعر صرف الريال."),
        ("\n\n", "photo_credit", "الصورة: مقر البنك المركزي في عدن - أرشيف"),
        ("\n\n", "read_more", "للمزيد 👇\nhttps://yemennow.example/n/99120"),
        ("\n\n", "share_follow", "✅ للاشتراك في القناة: t.me/yemennow"),
    ]),
    ("ar-33", "ar", [  # WhatsApp digest, Levantine wording
        ("", C, "📰 *موجز أخبار لبنان – صباح الاثنين*\n▪️ مجلس الوزراء يقر خطة الكهرباء الجديدة\n"
                "▪️ سعر صفيحة البنزين يرتفع 20 ألف ليرة\n▪️ الجيش: توقيف 12 شخصاً في عمليات دهم في البقاع"),
        ("\n", "read_more", "التفاصيل عالرابط 👈 https://lebanon-brief.example/today"),
        ("\n", "share_follow", "شاركوا الموجز مع أصحابكم 🔁"),
    ]),
    ("ar-34", "ar", [  # newspaper3k, negative: (فيديو) headline, editor's note
        ("", C, "شاهد عيان يروي لحظات إنقاذ عائلة من حريق في الزرقاء (فيديو)"),
        ("\n\n", C, "روى شاهد عيان تفاصيل إنقاذ عائلة مكونة من ستة أفراد من حريق شب في منزلها بمدينة "
                    "الزرقاء فجر اليوم السبت."),
        ("\n\n", C, "وقال الشاهد إنه رأى الدخان يتصاعد من نوافذ الطابق الثاني، فاتصل بالدفاع المدني "
                    "وشارك مع الجيران في إخراج الأطفال قبل وصول فرق الإطفاء."),
        ("\n\n", C, "ملاحظة المحرر: تم تحديث هذا الخبر بإضافة تصريحات مديرية الدفاع المدني."),
        ("\n\n", C, "وقالت المديرية إن الحريق نتج عن تماس كهربائي، وإن جميع أفراد العائلة بحالة جيدة."),
    ]),
    ("ar-35", "ar", [  # trafilatura, negative: quoted campaign slogan
        ("", C, "حملة «اقرأ.. شارك.. تابع» تصل إلى 500 مدرسة في المغرب"),
        ("\n\n", C, "وصلت الحملة الوطنية لتشجيع القراءة «اقرأ.. شارك.. تابع» إلى 500 مدرسة في مختلف جهات "
                    "المملكة، وفق ما أعلنته وزارة التربية الوطنية."),
        ("\n\n", C, "وتدعو الحملة التلاميذ إلى قراءة كتاب كل شهر، ومشاركة ملخصه مع زملائهم، ومتابعة "
                    "قراءة سلسلة كاملة للكاتب نفسه."),
        ("\n\n", C, "وقالت منسقة الحملة: «نريد أن يتحول شعار اقرأ المزيد إلى عادة يومية لا إلى واجب "
                    "مدرسي»."),
    ]),
]
