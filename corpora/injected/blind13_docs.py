r"""Documents of the thirteenth blind set (``blind13.jsonl``, ids ``b13-en-*`` / ``b13-ar-*``).

The angle: hard cases for precision. 70 documents (35 ``ar``, 35 ``en``), 35 of them negatives.
The documents are articles ABOUT the things page furniture is made of: advertising and its
disclosure law, social media, photography and photo agencies, newsletters, subscriptions,
copyright law, comment moderation, app stores, reading campaigns, wire services, plus recipes
with steps, Q&A interviews, press releases, "top 5" lists and legal notices. In the negatives
the furniture words are the topic or the grammar ("a law on advertisement disclosure",
حملة «اقرأ» الوطنية, «شارك في الماراثون», "Follow the money", "Related parties",
"Subscribe-and-save pricing", «اشترك في النشرة حتى الآن طلاب…», «حمّل التطبيق أكثر من…»,
«شاهد أيضاً نحو ثلاثة آلاف متفرج…», «اترك تعليقاً مهذباً…», «الأكثر قراءة بين اليافعين…»,
«حقوق النشر محفوظة للمؤلف وحده…», «إعلان النتائج…», a bare «إعلان» line opening a court
notice). The positives carry real furniture inside the same topics, so a detector must judge
context, not words. All the news is invented; names of people, sites and products are made up
(real agencies and platforms are named only as agencies and platforms).

Every document is a list of parts ``(sep, label, text)`` (see :mod:`parts_builder`): ``label``
``None`` is content. No breadcrumbs, menus, date widgets or site stamps appear anywhere, so
``ui_chrome`` and ``site_tag`` never come into play.

Labelling choices (the annotator's calls):

- Content, never a span: headlines and captions-in-prose ending in a bracket (``(video)``,
  ``(photos)``, ``(analysis)``, ``(editor's note)``, ``(1 of 3)``, ``(تحديث)``, ``(صور)``,
  ``(فيديو وصور)``, ``(بالصور)``); datelines with an agency (``GAZA CITY (AP) —``,
  ``BEIRUT (AFP) –``, ``DUBAI (Reuters) —``, ``الرياض (واس) -``, ``عمّان (بترا) -``,
  ``العقبة (بترا) -``, ``عمّان (أ ف ب) -``); ``(Reporting by …; Editing by …)``;
  ``Associated Press writer … contributed to this report.``; an attribution line
  ``المصدر: واس`` / ``المصدر: أ ف ب``; a byline ``By … | Photos by …`` (a byline names the
  people who made the article, like the bylines of the earlier sets); picture-desk credits
  quoted inside sentences (``the credit "SG photo by …"``, ``as in "Photo: … / MEPA"``);
  slogans and button texts in quotes (``"Follow us, not the crowd"``, ``"Sign up here"``,
  «تابعونا», «التعليقات مغلقة»); an editor's note ``This interview has been edited for length
  and clarity.``; a press release's own ``About …`` section, ``Media contact`` block and
  ``SOURCE …`` line (in a press release these are the release's content, not site furniture;
  the same for the Arabic ``نبذة عن …`` / ``للتواصل الإعلامي:``); numbered lists of titles
  that are the article itself (a "top 5"); the recipe's ``Step n:`` / ``الخطوة …:`` lines and
  its closing ``بالهناء والشفاء.``; the Q&A's ``Q:`` / ``A:`` and ``س:`` / ``ج:`` lines.
- ``ad_placeholder``: own-line ``ADVERTISEMENT``, ``إعلان`` and tatweeled ``إعـــلان``; the
  mobile double ``Advertisement\n\nAdvertisement`` (one span, blocks of one label separated by
  a blank line); ``Advertisement`` glued after a full stop; ``Advertisement`` inline between two
  sentences; ``اضافة اعلان`` glued after a full stop, glued after an RLM that follows a full
  stop (the RLM belongs to the span: it is part of the widget, and removing the widget without
  it would leave an invisible mark behind), and inline between two Arabic sentences.
- ``read_more``: the cue with its one-headline payload (``READ MORE: …``, ``Read more – …``,
  ``RELATED: …`` glued to a full stop, ``Also Read`` + headline line, ``Continue reading the
  main story``, ``اقرأ أيضاً: …``, ``إقرأ ايضاً .. …``, ``اقـرأ أيضـاً: …`` after an RLM (RLM
  in the span), ``اقرأ المزيد: …``, ``طالع أيضا - …`` glued to a full stop).
- ``related_links``: a heading plus two to four headline lines (``Related Articles``,
  ``Most Read``, ``RELATED COVERAGE`` glued after a full stop, ``أخبار متعلقه`` with a heh for
  the teh marbuta, ``مواضيع ذات صلة:``, ``مقالات ذات صلة`` at the top of a page,
  ``قَدْ يَهُمُّكَ أَيْضًا`` with diacritics).
- ``photo_credit``: a caption line with its credit on the next line (``(Photo: …)``,
  ``(تصوير: …)``, ``(Photo: Envato Elements)`` under an Arabic caption), a caption line ending
  in its credit (``(AP Photo/…)``, ``[File: …/Reuters]``, ``(Photo: …/The Amman Star)``,
  ``| Photo: Courtesy of …``, ``| تصوير: …``). The caption and credit are one span.
- ``share_follow``: share rows (``Share`` / platforms / ``Copy link`` one per line; ``Share this
  article`` + ``Facebook | X | LinkedIn | Email``; ``شارك الخبر`` + platforms; ``شارك:
  فيسبوك | إكس | واتساب``; lowercase ``facebook twitter whatsapp telegram``), follow prompts
  (``Follow us on …``, ``Follow … on Google News``, ``تابعونا علي …`` with the Egyptian ي for
  ى, ``📲 تابعونا على تيليجرام``, ``تابع آخر الأخبار عبر تطبيق جوجل نيوز``), newsletter
  sign-up prompts (``Sign up for …``, ``اشترك في نشرتنا البريدية …``) and an app-download
  prompt (``Download the … app on the App Store and Google Play``): the site asking the reader
  to share, follow, subscribe or install, like the earlier sets' newsletter prompts.
- ``site_trailer``: ``Read more Local`` / ``Read more Business`` + the site's name (the seed's
  trailer), ``© 2026 … All rights reserved.``, the AP copyright notice, the WordPress comment
  form in English and Arabic (with ``زر الذهاب إلى الأعلى`` after the Arabic one, merged into one
  span because only a blank line separates them), ``جميع الحقوق محفوظة © 2026 …``,
  ``زر الذهاب إلى الأعلى``, ``ظهرت المقالة … أولاً على …``.
"""

from __future__ import annotations

P = "\n\n"
N = "\n"
RLM = "\u200f"

AD = "ad_placeholder"
RM = "read_more"
RL = "related_links"
PC = "photo_credit"
SF = "share_follow"
ST = "site_trailer"


def c(text: str, sep: str = P) -> tuple[str, None, str]:
    """A content part."""
    return (sep, None, text)


def f(label: str, text: str, sep: str = P) -> tuple[str, str, str]:
    """A fragment part."""
    return (sep, label, text)


# --------------------------------------------------------------------------------------------
# English negatives (en-01 … en-17)
# --------------------------------------------------------------------------------------------

EN_NEG = [
    ("en-01", "en", [
        c("Lower house passes advertisement disclosure law (video)"),
        c("AMMAN — Lawmakers on Sunday approved a law requiring influencers to label paid posts, "
          "ending a two-year debate over what counts as an advertisement online."),
        c("Under the new rules, any sponsored post must carry the word \"Advertisement\" or "
          "\"Paid partnership\" in its first line, in Arabic or English, and accounts that break "
          "the rule three times face fines of up to JD5,000."),
        c("Advertisement regulators at the Media Commission will publish a guide within 60 days, "
          "the commission's director told the chamber. \"A label at the bottom of a long caption "
          "is not a label,\" she said."),
        c("Several deputies asked whether a post that thanks a restaurant for a free meal is an "
          "ad. The law says it is if the meal was offered in exchange for the post."),
        c("The video of the session, streamed on the parliament's channel, drew 40,000 views by "
          "evening."),
    ]),
    ("en-02", "en", [
        c("Follow the money: how a Dubai ad agency tripled its billings"),
        c("DUBAI (Reuters) — Three years ago, Sahel Media was a five-person shop buying billboard "
          "space for car dealers. Today it handles the regional accounts of two airlines and a "
          "telecom operator."),
        c("Follow the money, its founder likes to say, and you will find the audience. In Sahel's "
          "case the money went from print to the phone: 70% of its billings are now mobile."),
        c("Related parties hold a 30% stake in two of the agency's suppliers, according to its "
          "prospectus, a fact that analysts said buyers would want explained before the listing "
          "in March."),
        c("\"We share everything with our clients, including the bad numbers,\" the founder said."),
        c("(Reporting by Omar Khalil; Editing by Sarah Mills)"),
    ]),
    ("en-03", "en", [
        c("Subscribe-and-save pricing spreads to Gulf groceries"),
        c("Subscribe-and-save pricing, long a fixture of online pharmacies, has reached the "
          "grocery aisle. Three of the region's largest delivery apps now offer a 10% discount "
          "on staples ordered on a schedule."),
        c("Shoppers who subscribe to a weekly basket of rice, oil and milk pay less but commit to "
          "at least eight deliveries, a condition consumer groups say is buried in the terms."),
        c("Subscribe, forget, pay: that is the model, said a retail analyst in Riyadh. \"The "
          "saving is real, but so is the inertia.\""),
        c("Follow-up surveys by a Kuwaiti consumer association found that one in four subscribers "
          "had forgotten they were enrolled."),
        c("Share of online grocery sales in the Gulf rose to 14% last year, from 9% in 2023."),
    ]),
    ("en-04", "en", [
        c("Top 5: the books Amman borrowed most in 2026"),
        c("The city's public libraries lent 212,000 books this year, up 18%. These five titles "
          "were borrowed most:"),
        c("1. The Salt Road, by Hala Mansour"),
        c("2. A Short History of Water, by Yousef Darwish", N),
        c("3. Ten Recipes from Grandmother's Kitchen, by Nour Haddad", N),
        c("4. The Last Tram to Jaffa, by Samir Khoury", N),
        c("5. Learning to Code in 30 Days, by Dana Issa", N),
        c("Read more, the libraries' director said, is no longer a slogan in Amman but a habit: "
          "borrowing by readers under 18 doubled."),
    ]),
    ("en-05", "en", [
        c("Nahr Analytics launches Arabic sentiment index for advertisers"),
        c("AMMAN, Jordan, March 3, 2026 — Nahr Analytics, a Jordanian data company, today "
          "launched the Nahr Sentiment Index, a weekly measure of how Arabic-speaking social media "
          "users talk about 400 consumer brands."),
        c("\"Advertisers have been flying blind in Arabic,\" said Rami Saadeh, chief executive of "
          "Nahr Analytics. \"The index gives them a number they can follow every week.\""),
        c("The index is free for newsrooms and universities."),
        c("About Nahr Analytics"),
        c("Nahr Analytics was founded in 2019 in Amman. It employs 85 people and serves clients "
          "in nine countries.", N),
        c("Media contact"),
        c("Layla Odeh, press@nahr-analytics.example, +962 6 555 0199", N),
        c("SOURCE Nahr Analytics"),
    ]),
    ("en-06", "en", [
        c("Mansaf for a crowd, step by step (photos)"),
        c("By Rana Khoury | Photos by Omar Saleh"),
        c("Mansaf is the dish Jordanians cook when the whole family comes. This version serves "
          "twelve and takes about three hours."),
        c("Ingredients: 2 kg lamb shoulder, 1 kg jameed, 1 kg short-grain rice, 6 loaves of shrak "
          "bread, 100 g toasted almonds, salt."),
        c("Step 1: Soak the jameed overnight, then blend it with its water until smooth."),
        c("Step 2: Boil the lamb, skim the foam, and add the jameed to the pot for the last hour.",
          N),
        c("Step 3: Cook the rice with a little ghee and turmeric.", N),
        c("Step 4: Lay the bread on a large tray, cover it with rice and meat, pour the sauce over "
          "and scatter the almonds.", N),
        c("Share the tray from the middle outwards, as tradition asks, and keep extra sauce in a "
          "jug."),
    ]),
    ("en-07", "en", [
        c("Inside the photo agency's archive (1 of 3)"),
        c("For forty years, the Middle East Photo Agency kept its negatives in a basement in "
          "Beirut. Its archivist, Maya Sleiman, is now scanning all 1.2 million of them. We asked "
          "her how."),
        c("Q: What is in the archive?"),
        c("A: Everything the agency's photographers sent back: wars, weddings, football. The "
          "oldest roll is from 1962.", N),
        c("Q: How do you decide what to scan first?"),
        c("A: Whatever a client asks for. A museum in Lyon asked for the 1975 port pictures, so "
          "those went first.", N),
        c("Q: Who owns the pictures?"),
        c("A: The agency holds the copyright, but we credit the photographer on every scan, as in "
          "\"Photo: Georges Azar / MEPA\". Some of them never saw their names printed.", N),
        c("This interview has been edited for length and clarity."),
    ]),
    ("en-08", "en", [
        c("Gaza bakeries reopen as flour arrives (photos)"),
        c("GAZA CITY (AP) — Lines formed before dawn on Tuesday outside three bakeries in Gaza "
          "City that reopened after a shipment of flour reached the north, residents said."),
        c("\"I waited four hours, but there is bread,\" said Umm Khaled, 54, holding two bags. An "
          "Associated Press photographer saw several hundred people outside one bakery in the "
          "Rimal neighbourhood."),
        c("The World Food Programme said 40 trucks of flour crossed on Monday, the largest "
          "delivery in weeks."),
        c("Associated Press writer Samy Nasr in Cairo contributed to this report."),
    ]),
    ("en-09", "en", [
        c("Court rules 'All rights reserved' notice does not protect news headlines"),
        c("ABU DHABI — A federal court ruled on Wednesday that a news site could not stop rivals "
          "from reusing its headlines, even though every page carried the line \"© 2025 All "
          "rights reserved\"."),
        c("The judges said copyright protects the article, not a short headline of ten words. "
          "\"A notice is not a right,\" the ruling says."),
        c("The site had argued that aggregators copied 3,400 of its headlines in a year, with "
          "links back to the original page under the heading \"Read more\"."),
        c("Copyright lawyers said the case would be watched across the Gulf, where aggregation "
          "apps are popular."),
        c("The site said it would appeal."),
    ]),
    ("en-10", "en", [
        c("Why we closed comments on this story (editor's note)"),
        c("Readers who tried to leave a reply under our report on the Zarqa floods last week found "
          "the message \"Comments are closed.\" This note explains why."),
        c("In 48 hours the story drew 3,100 comments. Our two moderators removed 900 of them for "
          "insults, rumours about named victims, and links to fake donation pages."),
        c("Comment sections are a service, not an obligation. When we cannot moderate them, we "
          "close them, as our policy says."),
        c("We will reopen comments on flood coverage on Monday, with a rule: no names of victims "
          "unless their families have made them public."),
        c("Leave your views with our readers' editor at readers@example-daily.jo."),
    ]),
    ("en-11", "en", [
        c("Jordanian quiz app tops Saudi App Store charts (video)"),
        c("RIYADH — A trivia app built by three students in Irbid has reached the top of the "
          "Saudi App Store's free games chart, two weeks after its launch."),
        c("The app, Sawal, asks players ten questions a day about Arab history, football and "
          "food. Players can share their score as an image, which helped it spread on Snapchat."),
        c("\"We had no budget for ads. Our marketing was the share button,\" said co-founder "
          "Tariq Obeidat, 21."),
        c("Download numbers passed 600,000 on Sunday, according to the store's data, and Google "
          "Play rankings show a similar climb."),
        c("Follow-up versions in English and French are planned for the summer."),
    ]),
    ("en-12", "en", [
        c("Telecom ad pulled over 'Follow us, not the crowd' slogan"),
        c("MUSCAT — A mobile operator withdrew a billboard campaign on Thursday after the consumer "
          "authority said its slogan, \"Follow us, not the crowd\", implied rivals' networks "
          "were unsafe."),
        c("The campaign had run for three weeks on 120 billboards. It also told customers to "
          "\"Share this with someone who still pays too much\", a line the authority did not "
          "object to."),
        c("The operator said it would replace the slogan with \"Connect with us\" from Sunday."),
        c("Advertising executives said the ruling was the authority's first against a slogan "
          "since the 2024 rules."),
    ]),
    ("en-13", "en", [
        c("Photographer's 'Share the Light' show opens in Jeddah (photos)"),
        c("JEDDAH — A retrospective of Saudi photographer Huda Al-Ghamdi opened on Saturday at a "
          "gallery in Al-Balad, with 80 prints from four decades."),
        c("The best known, a 1991 picture of fishermen at dawn, ran on the front page of a Jeddah "
          "daily with the credit \"SG photo by Huda Al-Ghamdi\", the first time the paper had "
          "credited a woman photographer by name."),
        c("Her picture desk editor at the time, Khalid Nasser, said he had fought for the credit "
          "line. \"Photo by staff was the rule,\" he said. \"She was not staff, she was Huda.\""),
        c("The exhibition runs until May 30."),
    ]),
    ("en-14", "en", [
        c("'Read More, Scroll Less' campaign reaches 300 schools (video)"),
        c("RAS AL KHAIMAH — A reading campaign called \"Read More, Scroll Less\" has signed up 300 "
          "schools in its first month, the emirate's education council said on Monday."),
        c("Read more than 20 books this year, the campaign asks pupils, and they receive a "
          "certificate and a library card for the family."),
        c("Teachers say the hardest part is the phones. \"The campaign is not against screens,\" "
          "said organiser Mariam Al Shehhi. \"It is for books.\""),
        c("Related events include a book swap on the Al Qawasim Corniche on Friday."),
    ]),
    ("en-15", "en", [
        c("Newsletters are the new front page for Gulf readers (analysis)"),
        c("DOHA — When a Doha-based news site lost half its search traffic last year, it did not "
          "buy ads. It started a newsletter."),
        c("Today the site's morning email reaches 85,000 subscribers, and 30% of them open it. Its "
          "editor says readers who sign up are six times more likely to pay for a subscription."),
        c("The model has limits. Newsletters are hard to discover, and most readers subscribe to "
          "only two or three."),
        c("\"Sign up here\" buttons are everywhere now, the editor said. \"The hard part is "
          "writing something worth opening.\""),
        c("Subscribers to the site's weekly sports letter, launched in January, number 12,000."),
    ]),
    ("en-16", "en", [
        c("Wire services cut Gulf bureaus as clients pay less"),
        c("BEIRUT (AFP) – Two international news agencies will close bureaus in the Gulf this "
          "year, their staff unions said, as newspapers that once paid for full wire services "
          "switch to cheaper photo-only packages."),
        c("Agence France-Presse, Reuters and The Associated Press still sell text, photos and "
          "video to most regional outlets, but the price of a full service has fallen by a third "
          "since 2020."),
        c("\"Clients now want pictures, not words,\" said a photo editor at one agency. \"A single "
          "AFP photo of a match can run on 200 sites.\""),
        c("Getty Images and the European Pressphoto Agency have also trimmed regional staff."),
    ]),
    ("en-17", "en", [
        c("Ministry's TikTok account gains 1 million followers in a month"),
        c("KUWAIT CITY — The health ministry's TikTok account passed one million followers on "
          "Tuesday, a month after it began posting short videos of nurses explaining vaccines."),
        c("Follow counts are not the goal, the ministry's media director said, but they help. "
          "\"When a nurse explains a jab, people share it. When a minister does, they scroll.\""),
        c("Share rates — how often viewers send a clip to someone else — are three times the "
          "platform's average, according to figures the ministry published."),
        c("Critics say the account blurs information and promotion."),
    ]),
]

# --------------------------------------------------------------------------------------------
# English positives (en-18 … en-35)
# --------------------------------------------------------------------------------------------

EN_POS = [
    ("en-18", "en", [
        c("Influencers given 60 days to label paid posts"),
        c("AMMAN — The Media Commission on Monday gave influencers 60 days to start labelling paid "
          "posts, under the advertisement disclosure law passed last month."),
        f(AD, "ADVERTISEMENT"),
        c("The guide says the label must read \"Advertisement\" or \"Paid partnership\" and appear "
          "before the first line of the caption, not after it."),
        c("Accounts with more than 10,000 followers must also keep a record of every deal for two "
          "years, the guide says."),
        f(ST, "Read more Local\nThe Amman Star"),
    ]),
    ("en-19", "en", [
        c("Kuwait weighs age limit for social media accounts"),
        f(SF, "Share\nFacebook\nX\nWhatsApp\nTelegram\nCopy link"),
        c("KUWAIT CITY — The National Assembly's education committee will study a proposal to bar "
          "children under 15 from opening social media accounts, its chair said on Sunday."),
        c("The proposal would require platforms to verify ages with the civil ID. \"Follow the "
          "example of Australia,\" one MP told the committee."),
        f(AD, "Advertisement", ""),
        c("Parents' groups welcomed the idea, but digital rights advocates said age checks would "
          "force every user to share identity data with foreign companies."),
    ]),
    ("en-20", "en", [
        c("Amman photo festival opens with 400 prints from 30 countries (photos)"),
        f(PC, "Visitors look at prints at the opening of the Amman Image Festival in Jabal "
              "Al-Weibdeh on Thursday.\n(Photo: Jordan News/Omar Haddad)"),
        c("AMMAN — The Amman Image Festival opened on Thursday with 400 prints by photographers "
          "from 30 countries, its largest edition since it began in 2012."),
        c("The festival's theme is water. Half of the prints are by photographers under 30, and a "
          "third of them were shot on phones."),
        f(RM, "READ MORE: Photographers sue agency over unpaid archive sales"),
        c("Entries were judged blind, without the photographer's name, said festival director "
          "Lina Zureikat. The festival runs until April 12."),
    ]),
    ("en-21", "en", [
        c("Gulf Ledger launches paid newsletter on energy markets"),
        c("DUBAI — Gulf Ledger will start charging $8 a month for its energy newsletter from May, "
          "the first paid product of the three-year-old business site."),
        c("The newsletter has 22,000 free subscribers. Its editor said she expected one in ten to "
          "pay, a rate other newsletter publishers in the region have reached."),
        c("Readers who subscribe before April will pay half price for the first year."),
        f(SF, "Sign up for The Morning Ledger, our free daily newsletter, and get the Gulf's "
              "business news in your inbox before 7am."),
        f(ST, "© 2026 Gulf Ledger. All rights reserved."),
    ]),
    ("en-22", "en", [
        c("Authors' group sues AI firm over Arabic novels"),
        c("CAIRO — An association of Egyptian novelists filed a lawsuit on Tuesday against an AI "
          "company it accuses of training a chatbot on 2,000 Arabic novels without permission."),
        c("The association says the books carried the line \"All rights reserved\" and that no "
          "author was asked or paid. The company says it used only excerpts published online."),
        c("Copyright lawyers said the case could be the first in the region to test whether "
          "training a model counts as copying."),
        f(RL, "Related Articles\nCourt rules 'All rights reserved' notice does not protect "
              "headlines\nPublishers ask for a copyright register for e-books\nWhat the new data "
              "law means for newsrooms"),
    ]),
    ("en-23", "en", [
        c("News site hands comment moderation to software"),
        c("BEIRUT — A Lebanese news site said on Monday that software would screen every reader "
          "comment before a human moderator sees it, after a year in which it closed comments on "
          "one story in five."),
        c("The software flags insults, threats and the names of minors. Flagged comments wait for "
          "a moderator; the rest appear at once."),
        c("\"We want readers to leave a reply without waiting a day for it to appear,\" the "
          "site's managing editor said."),
        f(ST, "Leave a Reply\nYour email address will not be published. Required fields are marked "
              "*\nComment *\nName *\nEmail *\nWebsite\nSave my name, email, and website in this "
              "browser for the next time I comment.\nPost Comment"),
    ]),
    ("en-24", "en", [
        c("App Store fee cut reaches Arab developers"),
        c("DUBAI — Small developers in the Arab world will pay a 15% commission on App Store sales "
          "from June, down from 30%, after the store extended its small-business programme to "
          "the region."),
        c("Developers in Jordan and Egypt said the cut would matter most for subscription apps, "
          "where the store takes its share every month."),
        f(RM, "Read more – Jordanian quiz app tops Saudi App Store charts"),
        c("Download figures for Arabic-language apps grew 25% last year, according to an industry "
          "tracker."),
        f(SF, "Download the Amman Star app on the App Store and Google Play"),
    ]),
    ("en-25", "en", [
        c("'Read More' campaign to add audiobooks"),
        c("SHARJAH — The emirate's \"Read More\" campaign will add 500 Arabic audiobooks to its "
          "free library app next month, organisers said on Sunday."),
        c("The campaign lent 80,000 e-books in 2025."),
        f(AD, "Advertisement", " "),
        c("Organisers said listening counts: pupils who finish an audiobook will get the same "
          "certificate as those who read the printed book.", " "),
        c("Read more about the campaign's rules on its website, the organisers said."),
    ]),
    ("en-26", "en", [
        c("Gaza fishermen return to sea after two-month ban"),
        f(PC, "Palestinian fishermen pull a net onto their boat off Gaza City's port, Tuesday, "
              "March 10, 2026. (AP Photo/Karim Abu Salem)"),
        c("GAZA CITY (AP) — Dozens of fishing boats left Gaza City's port at dawn on Tuesday, "
          "the first time in two months that fishermen were allowed past the breakwater."),
        c("\"The sea is all we have,\" said Mahmoud Bakr, 47, who sold his first catch of sardines "
          "on the quay within an hour."),
        c("Associated Press writer Samy Nasr in Cairo contributed to this report."),
        f(ST, "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
              "published, broadcast, rewritten or redistributed without permission."),
    ]),
    ("en-27", "en", [
        c("Streaming subscriptions: Gulf regulator targets auto-renewal"),
        c("RIYADH — Streaming platforms must warn subscribers seven days before an annual plan "
          "renews, under rules published on Wednesday, the communications regulator said."),
        c("Subscribe-and-save offers, which lock users into a year in exchange for a discount, "
          "will have to show the full price next to the monthly one, the regulator said."),
        f(RM, "RELATED: Streaming platforms raise Gulf prices for second time", ""),
        c("Consumer groups welcomed the rules but said cancelling should be as easy as "
          "subscribing."),
        f(SF, "Follow us on X and Instagram for the latest business news."),
    ]),
    ("en-28", "en", [
        c("Top 5 Arabic podcasts of the year"),
        c("Listeners in the region streamed Arabic podcasts 40% more this year. These five led "
          "the charts:"),
        c("1. Coffee with Grandfather, a history show from Amman"),
        c("2. The Third Half, on football and money", N),
        c("3. Small Kitchen, a cooking show from Beirut", N),
        c("4. Startups in Arabic, interviews with founders", N),
        c("5. Night Stories, children's tales read by actors", N),
        f(RL, "Most Read\nFuel prices to rise by 2% in April\nSchools close early for Eid "
              "holiday\nJordan beat Iraq 2-0 in friendly"),
    ]),
    ("en-29", "en", [
        c("Aqaba startup launches ad-free maps app for hikers"),
        f(SF, "Share this article\nFacebook | X | LinkedIn | Email"),
        c("AQABA, Jordan, April 2, 2026 — Wadi Labs, an Aqaba-based startup, today launched "
          "Trailmark, a maps app for hikers that works offline and carries no advertising."),
        c("\"Hikers told us they hated ads on a screen they need to save battery,\" said founder "
          "Sana Qudah."),
        f(AD, "Advertisement", ""),
        c("The app costs $3 a month after a free trial."),
        c("About Wadi Labs"),
        c("Wadi Labs was founded in 2022 and employs 14 people.", N),
        c("Media contact"),
        c("Omar Tal, media@wadilabs.example", N),
    ]),
    ("en-30", "en", [
        c("Maqluba, the upside-down dish, made easy"),
        f(PC, "Maqluba is flipped onto a tray at a family lunch in Irbid. (Photo: Lina "
              "Haddad/The Amman Star)"),
        c("This maqluba serves six and takes 90 minutes."),
        c("Step 1: Fry the aubergine and cauliflower until golden."),
        c("Step 2: Boil the chicken with onion and spices, and keep the broth.", N),
        c("Step 3: Layer vegetables, chicken and rice in a pot, add the broth and cook for 40 "
          "minutes.", N),
        c("Step 4: Turn the pot over onto a tray and scatter toasted almonds.", N),
        c("Share it hot, with yoghurt on the side."),
        f(SF, "Follow us on Instagram @ammanstarfood for more recipes 🍲"),
    ]),
    ("en-31", "en", [
        c("'I photograph the quiet after the news': a Q&A with Dana Nasser (photos)"),
        f(PC, "Dana Nasser in her studio in Jabal Amman, February 2026. | Photo: Courtesy of Dana "
              "Nasser"),
        c("Dana Nasser spent twelve years on a picture desk before going freelance. Her new book "
          "collects 90 photographs of places the day after the news left."),
        c("Q: Why the day after?"),
        c("A: Because the agencies have gone. The photo that ran everywhere was taken the day "
          "before; nobody comes back.", N),
        f(RM, "Continue reading the main story"),
        c("Q: Do you still sell to agencies?"),
        c("A: Sometimes. An agency credit pays the rent, but the book is mine.", N),
    ]),
    ("en-32", "en", [
        c("Lebanon's newspapers turn to readers for money as ads dry up"),
        f(PC, "A man reads a newspaper at a kiosk in Beirut's Hamra Street. [File: Rami "
              "Haddad/Reuters]"),
        c("BEIRUT (AFP) – Lebanon's remaining daily newspapers are asking readers for donations "
          "as advertising revenue, once half their income, has fallen by 80% since 2019."),
        c("Two dailies have launched membership schemes, and a third sells subscriptions bundled "
          "with a mobile data plan."),
        f(RM, "Also Read\nBeirut daily Al-Masaa goes online-only after 70 years"),
        c("\"Advertising will not come back the way it was,\" said the publisher of one daily. "
          "\"Readers are the only business model left.\""),
    ]),
    ("en-33", "en", [
        c("Oman fines agency for selling fake followers"),
        c("MUSCAT — A digital marketing agency was fined 20,000 rials on Monday for selling fake "
          "followers to businesses, the first such case under Oman's e-commerce law."),
        c("Investigators found the agency had sold 3 million followers from inactive "
          "accounts.", P),
        f(RL, "RELATED COVERAGE\nTelecom ad pulled over 'Follow us, not the crowd' slogan\nMinistry's "
              "TikTok account gains 1 million followers in a month", ""),
        c("The agency's owner said he would appeal. \"Follow counts are a market like any "
          "other,\" he told the court."),
        f(SF, "Follow Gulf Wire on Google News\nfacebook twitter whatsapp telegram"),
    ]),
    ("en-34", "en", [
        c("Ad spending in Saudi Arabia to top $4 billion, agency forecasts"),
        c("RIYADH — Advertising spending in Saudi Arabia will pass $4 billion this year, a media "
          "buying agency forecast on Tuesday, as digital ads take more than half of the market "
          "for the first time."),
        f(AD, "Advertisement\n\nAdvertisement"),
        c("Television's share will fall to 22%, the agency said, while outdoor advertising is "
          "expected to grow with new billboards along Riyadh's metro lines."),
        c("The forecast does not include advertising by government entities."),
        f(ST, "Read more Business\nArab Daily"),
    ]),
    ("en-35", "en", [
        c("Newsletter boom: Jordanian writers find paying readers"),
        f(PC, "A woman reads a newsletter on her phone.\n(Photo: Envato Elements)"),
        c("AMMAN — Lina Saleh writes one long email a week about Amman's food. The Amman-based "
          "writer now has 3,000 paying subscribers, Al-Ghad reported."),
        f(AD, RLM + "اضافة اعلان", ""),
        c("She is one of a dozen Jordanian writers earning a living from newsletters, which "
          "readers pay for directly, without advertising."),
        c("\"Nobody has to read an ad to read me,\" she said."),
    ]),
]

# --------------------------------------------------------------------------------------------
# Arabic negatives (ar-01 … ar-18)
# --------------------------------------------------------------------------------------------

AR_NEG = [
    ("ar-01", "ar", [
        c("انطلاق حملة «اقرأ» الوطنية في 500 مدرسة (فيديو وصور)"),
        c("عمّان (بترا) - أطلقت وزارة التربية والتعليم، اليوم الأحد، حملة «اقرأ» الوطنية للعام "
          "الثالث على التوالي، بمشاركة 500 مدرسة حكومية وخاصة في مختلف المحافظات."),
        c("وتهدف الحملة إلى تشجيع الطلبة على قراءة عشرين كتاباً على الأقل خلال العام الدراسي، إذ "
          "يحصل كل طالب يتم القراءة على شهادة تقدير واشتراك مجاني في المكتبة العامة."),
        c("اقرأ، ثم اقرأ، ثم اكتب: هذا هو شعار الحملة هذا العام، بحسب مديرة البرنامج رنا الخطيب، "
          "التي قالت إن الكتابة أُضيفت إلى الحملة لأول مرة."),
        c("وشارك في حفل الإطلاق عدد من الكتّاب والفنانين، وعُرض فيلم قصير عن مكتبات القرى."),
    ]),
    ("ar-02", "ar", [
        c("ماراثون البحر الميت الدولي.. أكثر من ألف عدّاء من 30 دولة (صور)"),
        c("شارك في الماراثون أكثر من ألف عداء وعداءة من ثلاثين دولة، صباح الجمعة، على مسافات 10 "
          "و21 و42 كيلومتراً على طريق البحر الميت."),
        c("وفاز بالسباق الكامل العداء الكيني دانيال كيبتوم بزمن ساعتين و14 دقيقة، فيما أحرزت "
          "الأردنية سلمى العبادي المركز الأول في فئة السيدات."),
        c("شاركت في التنظيم ثلاث جهات رسمية، ووزعت اللجنة المنظمة أربعة آلاف عبوة ماء على امتداد "
          "المسار."),
        c("وتابع الجمهور السباق على شاشات عملاقة عند خط النهاية، فيما نقلت قنوات رياضية السباق "
          "مباشرة."),
    ]),
    ("ar-03", "ar", [
        c("تدشين مشروع لزراعة مليون شجرة في ضواحي الرياض (تحديث)"),
        c("الرياض (واس) - دشّن وزير البيئة والمياه والزراعة، اليوم، مشروعاً لزراعة مليون شجرة في "
          "ضواحي الرياض، يُنفذ على ثلاث مراحل خلال عامين."),
        c("وأوضح الوزير في تصريح لوكالة الأنباء السعودية «واس» أن المشروع يشمل 12 موقعاً، وأن "
          "70% من الأشجار من الأنواع المحلية التي تتحمل الجفاف."),
        c("وأضاف أن المرحلة الأولى ستبدأ الشهر المقبل بمشاركة متطوعين من طلاب الجامعات."),
        c("المصدر: واس"),
    ]),
    ("ar-04", "ar", [
        c("إعلان"),
        c("صادر عن دائرة التنفيذ في محكمة بداية عمّان", N),
        c("تعلن دائرة التنفيذ عن بيع قطعة الأرض رقم 215 حوض 4 من أراضي ماركا بالمزاد العلني، "
          "وذلك في تمام الساعة العاشرة من صباح يوم الثلاثاء الموافق 14/4/2026 في مقر الدائرة."),
        c("فعلى من يرغب في الشراء مراجعة الدائرة خلال الدوام الرسمي مصطحباً تأميناً نقدياً قدره "
          "10% من القيمة المقدرة."),
        c("رئيس التنفيذ"),
    ]),
    ("ar-05", "ar", [
        c("«النواب» يقر قانون تنظيم الإعلانات الرقمية (تحديث)"),
        c("أقر مجلس النواب، مساء الأربعاء، مشروع قانون تنظيم الإعلانات الرقمية، الذي يُلزم صانعي "
          "المحتوى بإضافة إعلان واضح في بداية كل منشور مدفوع."),
        c("وينص القانون على أن تُكتب عبارة «إعلان» أو «محتوى مدفوع» بخط لا يقل حجمه عن حجم نص "
          "المنشور، وأن تُفرض غرامة تصل إلى خمسة آلاف دينار على المخالفين."),
        c("إعلان النتائج النهائية للتصويت جاء بعد نقاش استمر ست ساعات، إذ صوّت 78 نائباً لصالح "
          "القانون."),
        c("وقالت هيئة الإعلام إنها ستصدر دليلاً إرشادياً خلال ستين يوماً."),
    ]),
    ("ar-06", "ar", [
        c("«عدسة وطن».. معرض للتصوير الفوتوغرافي يوثق قرى الجنوب (صور)"),
        c("افتُتح في جاليري «دار الضوء» بعمّان معرض «عدسة وطن» للتصوير الفوتوغرافي، الذي يضم 60 "
          "صورة التقطها ثمانية مصورين شباب في قرى محافظتي الكرك والطفيلة."),
        c("تصوير الحياة اليومية في القرى كان التحدي الأكبر، بحسب المصور أحمد الحجايا، الذي قال إن "
          "الأهالي رفضوا في البداية الوقوف أمام الكاميرا."),
        c("وتحمل كل صورة في المعرض بطاقة صغيرة كُتب عليها اسم القرية واسم المصور وتاريخ الالتقاط، "
          "بدلاً من العناوين التقليدية."),
        c("ويستمر المعرض حتى نهاية الشهر الجاري."),
    ]),
    ("ar-07", "ar", [
        c("دراسة: 40% من الشباب يتابعون المؤثرين قبل شراء أي منتج"),
        c("كشفت دراسة أعدها مركز خليجي للأبحاث أن 40% من الشباب في الخليج يتابعون حسابات "
          "المؤثرين على مواقع التواصل الاجتماعي قبل اتخاذ قرار الشراء."),
        c("وقالت الباحثة نوف الحربي إن عبارة «تابعونا» التي يختم بها المؤثرون مقاطعهم «ليست بريئة "
          "دائماً»، لأن كثيراً منهم يتقاضون أجراً عن كل متابع جديد يجلبونه للعلامات التجارية."),
        c("تابعت الدراسة 1200 شاب وشابة على مدى ستة أشهر، وطلبت منهم تسجيل كل منتج اشتروه بعد "
          "مشاهدة إعلان أو منشور."),
        c("وأوصت الدراسة بإلزام المؤثرين بالإفصاح عن الإعلانات المدفوعة."),
    ]),
    ("ar-08", "ar", [
        c("المحكمة: عبارة «جميع الحقوق محفوظة» لا تكفي لحماية الصور"),
        c("قضت محكمة الاستئناف بأن وضع عبارة «جميع الحقوق محفوظة» أسفل الصور المنشورة على موقع "
          "إلكتروني لا يمنح صاحب الموقع حقوق الملكية إذا لم يثبت أنه مالك الصور الأصلي."),
        c("وكان موقع إخباري قد رفع دعوى على صحيفة ورقية نشرت 14 صورة من موقعه، لكن الصحيفة أثبتت "
          "أن الصور التقطها مصور مستقل باعها للطرفين."),
        c("حقوق النشر محفوظة للمؤلف وحده، حسب نص الحكم، ما لم يتنازل عنها كتابياً."),
        c("ويحق للموقع الطعن في الحكم خلال ثلاثين يوماً."),
    ]),
    ("ar-09", "ar", [
        c("لماذا أغلقنا التعليقات على هذا الخبر؟"),
        c("تلقى قراؤنا رسالة «التعليقات مغلقة» عند محاولتهم كتابة تعليق على خبر حادثة السير في "
          "طريق المطار أمس، ونوضح هنا الأسباب."),
        c("خلال يومين وصل إلى الموقع أكثر من ألفي تعليق، حذف فريق الإشراف 700 منها لاحتوائها على "
          "إساءات أو أسماء ضحايا لم تعلنها الجهات الرسمية."),
        c("اترك تعليقاً مهذباً وسننشره: هكذا كانت قاعدتنا منذ سنوات، لكن فريقاً من شخصين لا "
          "يستطيع مراجعة هذا العدد."),
        c("وسنعيد فتح التعليقات الأحد المقبل بعد تعيين مشرف ثالث."),
    ]),
    ("ar-10", "ar", [
        c("طريقة عمل المقلوبة الفلسطينية خطوة بخطوة (بالصور)"),
        c("المقلوبة من أشهر الأطباق في بلاد الشام، وتكفي هذه الكمية ستة أشخاص."),
        c("المكونات: كيلو دجاج، كوبان من الأرز المصري، حبتا باذنجان، رأس قرنبيط، بصلة، ملح "
          "وبهارات مشكلة."),
        c("الخطوة الأولى: اسلقي الدجاج مع البصل والبهارات، واحتفظي بالمرق."),
        c("الخطوة الثانية: اقلي الباذنجان والقرنبيط حتى يصبحا ذهبيين.", N),
        c("الخطوة الثالثة: رتبي الخضار في قدر، ثم الدجاج، ثم الأرز، واسكبي المرق واتركيه على نار "
          "هادئة 40 دقيقة.", N),
        c("الخطوة الرابعة: اقلبي القدر في صينية واسعة، وزيّنيها باللوز المحمص.", N),
        c("شاركي الطبق مع العائلة ساخناً، ويُقدّم مع اللبن أو السلطة."),
        c("بالهناء والشفاء."),
    ]),
    ("ar-11", "ar", [
        c("حوار | مصورة «فرانس برس» في غزة: الكاميرا لا تحمي أحداً"),
        c("أمضت المصورة الصحفية ريم أبو شمالة عشر سنوات في تغطية غزة لوكالة فرانس برس. "
          "التقيناها في القاهرة."),
        c("س: كيف بدأتِ العمل مع الوكالة؟"),
        c("ج: أرسلت صوراً من حي الشجاعية عام 2014، فنشرتها الوكالة بتوقيع «أ ف ب»، ثم طلبوا "
          "المزيد.", N),
        c("س: هل تشاهدين صورك بعد نشرها؟"),
        c("ج: نادراً. أرى صوري على شاشات المقاهي أحياناً، موقّعة باسم الوكالة وحدها، ولا يعرف أحد "
          "أنني التقطتها.", N),
        c("س: ما الصورة التي لا تنسينها؟"),
        c("ج: طفل يحمل رغيفاً أكبر من رأسه. التقطتها في دقيقة واحدة.", N),
    ]),
    ("ar-12", "ar", [
        c("أكثر 5 كتب مبيعاً في معرض الرياض للكتاب"),
        c("أعلنت هيئة الأدب والنشر والترجمة قائمة الكتب الخمسة الأكثر مبيعاً في معرض الرياض الدولي "
          "للكتاب، الذي اختُتم أمس بعد عشرة أيام."),
        c("وجاءت القائمة على النحو الآتي:"),
        c("1- «ملح الطريق» للروائي فهد العتيبي", N),
        c("2- «تاريخ قصير للماء» ليوسف درويش", N),
        c("3- «مطبخ جدتي» لنور حداد", N),
        c("4- «آخر قطار إلى يافا» لسمير خوري", N),
        c("5- «تعلّم البرمجة في 30 يوماً» لدانة عيسى", N),
        c("الأكثر قراءة بين اليافعين كانت روايات الخيال العلمي، بحسب استطلاع أجرته الهيئة بين زوار "
          "المعرض."),
    ]),
    ("ar-13", "ar", [
        c("«فرانس برس» تفتتح مركزاً إقليمياً للفيديو في عمّان"),
        c("عمّان (أ ف ب) - افتتحت وكالة فرانس برس، الاثنين، مركزاً إقليمياً لإنتاج الفيديو في "
          "عمّان يخدم عملاءها في الشرق الأوسط وشمال أفريقيا."),
        c("وقال مدير الأخبار في الوكالة إن العملاء في المنطقة «يطلبون الفيديو أكثر من النص»، وإن "
          "المركز سيوظف 40 صحفياً."),
        c("وتتنافس الوكالة مع رويترز وأسوشيتد برس على سوق الصور والفيديو في المنطقة، فيما تعتمد صحف "
          "عربية كثيرة على وكالات وطنية مثل (بترا) و(واس) و(وام)."),
        c("المصدر: أ ف ب"),
    ]),
    ("ar-14", "ar", [
        c("صحيفة خليجية تطلق نشرة بريدية صباحية بالعامية"),
        c("أطلقت صحيفة «الخليج اليوم» نشرة بريدية صباحية مكتوبة باللهجة الخليجية، تصل إلى "
          "المشتركين في السادسة صباحاً وتلخص أهم خمسة أخبار."),
        c("وقال رئيس التحرير: «نبي نكتب للناس مثل ما يتكلمون، والنشرة تجربة»، مضيفاً أن عدد "
          "المشتركين بلغ 20 ألفاً في أسبوعها الأول."),
        c("اشترك في النشرة حتى الآن طلاب جامعات وموظفون في القطاع الخاص أكثر من غيرهم، بحسب بيانات "
          "الصحيفة."),
        c("ولا تحمل النشرة أي إعلانات في الوقت الحالي."),
    ]),
    ("ar-15", "ar", [
        c("تطبيق أردني لتعليم الأطفال يتصدر متجر «آب ستور» في السعودية"),
        c("تصدّر تطبيق «حروف» الأردني لتعليم الأطفال القراءة قائمة التطبيقات التعليمية المجانية في "
          "متجر «آب ستور» السعودي، بعد شهر من إطلاقه."),
        c("وقال مؤسس التطبيق إن عدد مرات التحميل تجاوز 300 ألف، وإن 60% منها جاءت من السعودية "
          "والكويت."),
        c("حمّل التطبيق أكثر من مئة ألف مستخدم في أسبوعه الأول على متجر «غوغل بلاي» أيضاً، وفق "
          "بيانات الشركة."),
        c("ويخطط الفريق لإطلاق نسخة باللغة الإنجليزية قبل الصيف."),
    ]),
    ("ar-16", "ar", [
        c("«السينما في بيتك».. عرض أول لفيلم مصري على منصة رقمية (فيديو)"),
        c("القاهرة - عُرض، مساء الخميس، الفيلم المصري «شباك التذاكر» لأول مرة على منصة رقمية بدلاً "
          "من دور السينما، في تجربة هي الأولى من نوعها لشركة إنتاج كبيرة."),
        c("شاهد الفيلم في ساعته الأولى نحو 200 ألف مشترك، بحسب المنصة، فيما تعطلت الخدمة لدقائق "
          "بسبب الضغط."),
        c("وقال المخرج في تصريحات تلفزيونية: «الناس بقت تتفرج من البيت، وإحنا لازم نروح لهم»."),
        c("شاهد أيضاً نحو ثلاثة آلاف متفرج العرض في ساحة مفتوحة بوسط القاهرة، نظمتها الشركة للجمهور "
          "الذي لا يملك اشتراكاً."),
    ]),
    ("ar-17", "ar", [
        c("«نهر للتحليلات» تطلق مؤشراً لقياس آراء المستهلكين العرب"),
        c("عمّان، 3 آذار 2026 - أطلقت شركة نهر للتحليلات، اليوم، «مؤشر نهر»، وهو مقياس أسبوعي "
          "لكيفية حديث مستخدمي مواقع التواصل الناطقين بالعربية عن 400 علامة تجارية."),
        c("وقال الرئيس التنفيذي للشركة رامي السعدة: «المعلنون كانوا يعملون دون بوصلة، والمؤشر "
          "يعطيهم رقماً يمكنهم متابعته كل أسبوع»."),
        c("نبذة عن نهر للتحليلات"),
        c("تأسست الشركة في عمّان عام 2019، ويعمل فيها 85 موظفاً، وتخدم عملاء في تسع دول.", N),
        c("للتواصل الإعلامي:"),
        c("ليلى عودة - press@nahr-analytics.example", N),
    ]),
    ("ar-18", "ar", [
        c("توقيع اتفاقية لتوسعة ميناء العقبة (صور)"),
        c("العقبة (بترا) - وقّعت سلطة منطقة العقبة الاقتصادية الخاصة، اليوم الاثنين، اتفاقية بقيمة "
          "120 مليون دينار لتوسعة الرصيف الجنوبي لميناء العقبة."),
        c("وتظهر الصور التي وزعتها السلطة (من اليمين) رئيس السلطة وممثل الشركة المنفذة خلال "
          "التوقيع."),
        c("وقال رئيس السلطة إن المشروع سيرفع قدرة الميناء إلى مليون حاوية سنوياً."),
        c("في خطوة ذات صلة، تعمل السلطة على تأهيل الطريق الصحراوي المؤدي إلى الميناء."),
    ]),
]

# --------------------------------------------------------------------------------------------
# Arabic positives (ar-19 … ar-35)
# --------------------------------------------------------------------------------------------

AR_POS = [
    ("ar-19", "ar", [
        c("هيئة الإعلام تمهل المؤثرين شهرين للإفصاح عن الإعلانات المدفوعة"),
        c("منحت هيئة الإعلام، الاثنين، صانعي المحتوى مهلة شهرين لإضافة إعلان واضح على كل منشور "
          "مدفوع، تطبيقاً لقانون تنظيم الإعلانات الرقمية."),
        f(AD, "اضافة اعلان", ""),
        c("وقال مدير الهيئة إن عبارة «إعلان» يجب أن تظهر في السطر الأول من المنشور، لا في آخره."),
        c("إعلان الدليل الإرشادي سيكون الأسبوع المقبل، بحسب الهيئة، بعد مشاورات مع نقابة "
          "الصحفيين."),
    ]),
    ("ar-20", "ar", [
        c("حملة «اقرأ» تصل إلى مدارس البادية الشمالية"),
        c("المفرق - وصلت حملة «اقرأ» الوطنية إلى 40 مدرسة في البادية الشمالية، بعد أن وفرت وزارة "
          "التربية مكتبات متنقلة تزور المدارس مرة كل أسبوعين."),
        c("وقالت مديرة البرنامج إن طلبة البادية قرأوا في الشهر الأول أكثر من ستة آلاف كتاب."),
        f(RM, "اقرأ أيضاً: 500 مدرسة تنضم إلى حملة القراءة الوطنية"),
        c("ويحصل الطالب الذي يقرأ عشرين كتاباً على شهادة تقدير واشتراك في المكتبة العامة."),
        f(ST, "جميع الحقوق محفوظة لموقع البادية نيوز © 2026"),
    ]),
    ("ar-21", "ar", [
        c("ماراثون عمّان.. 5 آلاف مشارك يركضون من أجل مرضى السرطان"),
        f(SF, "شارك الخبر\nفيسبوك\nتويتر\nواتساب\nنسخ الرابط"),
        c("شارك في ماراثون عمّان الخيري، صباح الجمعة، نحو خمسة آلاف عداء وعداءة، ذهب ريعه لعلاج "
          "مرضى السرطان من الأطفال."),
        c("وقالت اللجنة المنظمة إن التبرعات بلغت 300 ألف دينار، وإن عدد المشاركين تضاعف مقارنة "
          "بالعام الماضي."),
        c("وشاركت في السباق فرق من عشر شركات ونحو 60 مدرسة."),
    ]),
    ("ar-22", "ar", [
        c("تدشين أكبر محطة لتحلية المياه في الأحساء"),
        f(PC, "جانب من تدشين المحطة في الأحساء.\n(تصوير: فهد الدوسري)"),
        c("الأحساء (واس) - دُشّنت، اليوم، محطة لتحلية المياه بطاقة 200 ألف متر مكعب يومياً، تخدم "
          "نحو مليون نسمة في محافظة الأحساء."),
        c("وقال المتحدث باسم المؤسسة العامة للري في تصريح لوكالة الأنباء السعودية «واس» إن المحطة "
          "تعمل بالطاقة الشمسية بنسبة 30%."),
        f(RM, "إقرأ ايضاً .. تدشين مشروع لزراعة مليون شجرة في ضواحي الرياض"),
        c("ومن المتوقع أن تبدأ المحطة الضخ الكامل مطلع الصيف المقبل."),
    ]),
    ("ar-23", "ar", [
        c("جائزة للتصوير الفوتوغرافي تفتح باب المشاركة للهواة"),
        c("أعلنت جمعية التصوير الأردنية فتح باب المشاركة في جائزتها السنوية للتصوير الفوتوغرافي، "
          "وخصصت هذا العام فئة جديدة للصور الملتقطة بالهاتف."),
        c("وقال رئيس الجمعية إن «تصوير الحياة اليومية» هو موضوع الدورة، وإن الصور ستُحكَّم دون "
          "أسماء أصحابها."),
        c("ويستمر التسجيل حتى نهاية أيار المقبل."),
        f(RL, "أخبار متعلقه\nمعرض «عدسة وطن» يوثق قرى الجنوب\nمصورون شباب يوثقون البحر الميت "
              "بالهاتف\nمهرجان عمّان للصورة يفتتح بـ400 عمل"),
    ]),
    ("ar-24", "ar", [
        c("ناشرون يطالبون بسجل إلكتروني لحقوق النشر"),
        c("طالب اتحاد الناشرين العرب بإنشاء سجل إلكتروني موحد لحقوق النشر، بعد تزايد قضايا نسخ "
          "الكتب الإلكترونية وتوزيعها دون إذن."),
        c("وقال رئيس الاتحاد إن عبارة «جميع الحقوق محفوظة» المطبوعة على الكتب «لم تعد تحمي أحداً» "
          "ما لم تكن مسجلة في جهة رسمية."),
        c("حقوق النشر في المنطقة موزعة بين وزارات الثقافة والمكتبات الوطنية، بحسب الاتحاد."),
        f(ST, "جميع الحقوق محفوظة © 2026 - موقع المرصد الثقافي"),
    ]),
    ("ar-25", "ar", [
        c("موقع إخباري يستعين بالذكاء الاصطناعي لمراجعة التعليقات"),
        c("بيروت - أعلن موقع إخباري لبناني أنه سيستعين ببرنامج ذكاء اصطناعي لفرز تعليقات القراء قبل "
          "أن يراجعها المشرفون، بعد عام أغلق فيه التعليقات على خبر من كل خمسة."),
        c("وقال مدير التحرير: «نريد أن يترك القارئ تعليقاً ويراه منشوراً خلال دقائق، لا بعد يوم»."),
        f(ST, "اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ "
              "*\nالتعليق *\nالاسم *\nالبريد الإلكتروني *\nحفظ اسمي، بريدي الإلكتروني، والموقع "
              "الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي."),
        f(ST, "زر الذهاب إلى الأعلى"),
    ]),
    ("ar-26", "ar", [
        c("متجر التطبيقات يخفض عمولته على المطورين العرب"),
        f(RL, "مقالات ذات صلة\nتطبيق أردني لتعليم الأطفال يتصدر متجر «آب ستور» في السعودية\nكيف "
              "تحمي أطفالك من الشراء داخل التطبيقات؟"),
        c("دبي - قرر متجر التطبيقات خفض العمولة على المطورين الصغار في العالم العربي إلى 15% بدلاً "
          "من 30%، اعتباراً من حزيران المقبل."),
        c("وقال مطورون أردنيون إن القرار يهم تطبيقات الاشتراك أكثر من غيرها، لأن المتجر يقتطع حصته "
          "كل شهر."),
        c("حمّل المستخدمون في المنطقة التطبيقات العربية بزيادة 25% العام الماضي، وفق شركة أبحاث."),
        f(SF, "تابع آخر الأخبار عبر تطبيق جوجل نيوز"),
    ]),
    ("ar-27", "ar", [
        c("وكالات الأنباء تغلق مكاتب في الخليج مع تراجع الاشتراكات"),
        c("بيروت (أ ف ب) - تعتزم وكالتا أنباء دوليتان إغلاق مكاتب في الخليج هذا العام، مع تحول صحف "
          "كثيرة من الاشتراك الكامل في خدمات الوكالات إلى حزم الصور وحدها."),
        c("وقال محرر صور في إحدى الوكالتين: «العملاء يريدون الصور لا الكلمات»."),
        f(RM, RLM + "اقـرأ أيضـاً: وكالة أنباء خليجية تطلق خدمة فيديو بالعربية والإنجليزية"),
        c("وانخفض سعر الاشتراك الكامل في خدمات الوكالات بنحو الثلث منذ عام 2020، بحسب نقابات "
          "العاملين."),
    ]),
    ("ar-28", "ar", [
        c("«المرصد» تطلق نشرة بريدية أسبوعية عن الاقتصاد"),
        c("أطلق موقع المرصد نشرة بريدية أسبوعية تلخص أهم أخبار الاقتصاد العربي، تصل إلى المشتركين "
          "صباح كل أحد."),
        f(AD, "إعلان"),
        c("وقالت محررة النشرة إن إعلان إطلاقها جذب عشرة آلاف مشترك في يومين، وإن النشرة لن تحمل "
          "إعلانات في عامها الأول."),
        c("ويمكن للقراء الاشتراك مجاناً من صفحة الموقع."),
        f(SF, "اشترك في نشرتنا البريدية لتصلك أهم الأخبار يومياً"),
    ]),
    ("ar-29", "ar", [
        c("منصات البث تلتزم بتنبيه المشتركين قبل التجديد التلقائي"),
        c("الرياض - أصدرت هيئة الاتصالات قواعد تلزم منصات البث بتنبيه المشتركين قبل سبعة أيام من "
          "تجديد الاشتراك السنوي تلقائياً."),
        c("وقالت الهيئة إن عروض «اشترك ووفّر» يجب أن تعرض السعر الكامل إلى جانب السعر الشهري."),
        f(RL, "مواضيع ذات صلة:\nمنصات البث ترفع أسعارها في الخليج للمرة الثانية\nكيف تلغي "
              "اشتراكاً لا تستخدمه؟\nالمستهلكون يشكون من صعوبة إلغاء الاشتراكات"),
        f(ST, "زر الذهاب إلى الأعلى"),
    ]),
    ("ar-30", "ar", [
        c("طريقة عمل الكبسة باللحم في 4 خطوات"),
        f(PC, "كبسة اللحم بعد التقديم | تصوير: سارة العلي"),
        c("الكبسة طبق الخليج الأول، وتكفي هذه الكمية ستة أشخاص."),
        c("الخطوة الأولى: حمّري اللحم مع البصل والبهارات."),
        c("الخطوة الثانية: أضيفي الطماطم والماء واتركي اللحم ينضج ساعة.", N),
        c("الخطوة الثالثة: أضيفي الأرز المنقوع واتركيه على نار هادئة 30 دقيقة.", N),
        c("الخطوة الرابعة: قدّمي الكبسة مع اللوز والزبيب.", N),
        f(RM, "اقرأ المزيد: طريقة عمل المعمول بالتمر في خمس خطوات"),
        c("بالهناء والعافية."),
    ]),
    ("ar-31", "ar", [
        c("حوار | كاتبة النشرة البريدية الأشهر في عمّان: «القارئ يدفع لمن يحترم وقته»"),
        c("تكتب لينا صالح رسالة أسبوعية واحدة عن مطاعم عمّان، ويدفع لها ثلاثة آلاف مشترك. سألناها "
          "عن التجربة."),
        c("س: لماذا النشرة البريدية وليس إنستغرام؟"),
        c("ج: لأن القارئ يختار أن يشترك، ولا تختار الخوارزمية عنه.", N),
        c("س: هل تقبلين الإعلانات؟"),
        c("ج: لا. من يدفع الاشتراك لا يريد أن يقرأ إعلاناً.", N),
        f(RL, "قَدْ يَهُمُّكَ أَيْضًا\nكتّاب أردنيون يعيشون من النشرات البريدية\nصحيفة خليجية تطلق "
              "نشرة صباحية بالعامية"),
    ]),
    ("ar-32", "ar", [
        c("منصة «إكس» تختبر ميزة الاشتراك المدفوع في مصر"),
        c("القاهرة - بدأت منصة «إكس» اختبار ميزة اشتراك مدفوع لصناع المحتوى في مصر، تتيح للمتابعين "
          "دفع 50 جنيهاً شهرياً مقابل منشورات حصرية."),
        c("وقال صانع محتوى شارك في الاختبار: «الناس مش هتدفع غير لو المحتوى يستاهل»."),
        f(SF, "تابعونا علي فيسبوك وإكس وإنستجرام"),
        f(ST, "ظهرت المقالة منصة «إكس» تختبر ميزة الاشتراك المدفوع في مصر أولاً على المرصد "
              "الرقمي."),
    ]),
    ("ar-33", "ar", [
        c("المحاكم تنشر إعلانات المزاد العلني على موقعها الإلكتروني"),
        c("قررت وزارة العدل نشر إعلانات البيع بالمزاد العلني على موقعها الإلكتروني، بدلاً من "
          "الاكتفاء بنشرها في الصحف اليومية."),
        f(AD, "إعـــلان"),
        c("وقال الناطق باسم الوزارة إن كل إعلان سيبدأ بكلمة «إعلان» يليها اسم الدائرة ورقم القضية، "
          "كما في النسخة الورقية."),
        c("وتتوقع الوزارة أن يخفض القرار كلفة النشر على المتقاضين بنحو النصف."),
        f(SF, "شارك: فيسبوك | إكس | واتساب"),
    ]),
    ("ar-34", "ar", [
        c("إعلانات رمضان.. الأغاني القديمة ترجع تاني"),
        c("القاهرة - عادت الأغاني القديمة لتتصدر إعلانات رمضان هذا العام، بعد أن استخدمت عشرات "
          "الشركات ألحاناً من الثمانينيات في حملاتها."),
        c("وقال خبير تسويق: «الناس بتحب تفتكر، والإعلان اللي يفكرك بأمك وأبوك بيبيع»."),
        f(RM, "طالع أيضا - «شاهد على العصر».. حملة إعلانية تثير الجدل", ""),
        c("وقدّرت شركة أبحاث إنفاق المعلنين على التلفزيون في رمضان بنحو ثلاثة مليارات جنيه."),
    ]),
    ("ar-35", "ar", [
        c("مصور أردني يفوز بجائزة دولية للصورة الصحفية"),
        f(PC, "صورة تعبيرية لكاميرا على طاولة\n(Photo: Envato Elements)"),
        c("فاز المصور الأردني خالد الزعبي بالجائزة الأولى في مسابقة دولية للصورة الصحفية عن صورة "
          "لطفل يحمل رغيفاً في مخيم للاجئين، بحسب لجنة التحكيم."),
        f(AD, "اضافة اعلان", " "),
        c("وقال الزعبي إن الصورة التقطها في دقيقة واحدة، وإنه لم يتوقع أن تُنشر.", " "),
        c("وتضم المسابقة هذا العام أكثر من أربعة آلاف مشاركة من 90 دولة."),
        f(SF, "📲 تابعونا على تيليجرام"),
    ]),
]

DOCS = EN_NEG + EN_POS + AR_NEG + AR_POS
