r"""The ninth blind set: 40 English pages about the Middle East, as scraped (see ``blind9_build.py``).

Written without reading the detector, its lexicon, its tests or the earlier sets' documents.
Sources imitated (never pasted): Gulf and Levant English papers, wire copy syndicated on regional
sites (Arabic CMS furniture glued into English text), NYT / Washington Post / CNN / Reuters / FT /
Economist / Axios / Politico / NPR / Bloomberg templates, tech and business blogs, government
press releases, think-tank pages, PR Newswire / Business Wire releases, Substack and Beehiiv
newsletters.

Labelling choices:
- bylines, author bios, "X contributed to this report", "Reporting by …; Editing by …",
  editor's notes and correction notes ("This article was updated …"), "About <company>" and
  "Media contact" blocks of a press release, datelines and agency tags are content;
- a site-wide disclaimer ("The views expressed …"), a print-edition note, a copyright line,
  the PR-wire ``SOURCE …`` / ``View original content …`` lines, a newsletter footer and a
  comment-system line are ``site_trailer``;
- newsletter, sign-up, "Follow us" and share/social rows (also with emoji) are ``share_follow``;
- "Story continues below advertisement", "Sponsor Message", "- Advertisement -" are
  ``ad_placeholder``; "Story continues" / "Continue reading" expanders and "Related:" /
  "READ:" / "Go deeper:" lines with one headline are ``read_more``; headed lists of several
  headlines ("Most Read from …", "Recommended", "More from …") are ``related_links``;
- a caption with its credit (same line or next line, NPR's "hide caption / toggle caption",
  "View this post on Instagram / A post shared by …") is one ``photo_credit``.
"""

from __future__ import annotations

NB = "\u00a0"


def c(text: str, sep: str = "\n\n") -> tuple[str, None, str]:
    """A content part."""
    return (sep, None, text)


def f(label: str, text: str, sep: str = "\n\n") -> tuple[str, str, str]:
    """A fragment part."""
    return (sep, label, text)


AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")

DOCS = [
    # --- positives -------------------------------------------------------------------------
    ("en-01", "en", [
        c("Jordan to extend cash support for 120,000 families through winter"),
        c("AMMAN — The National Aid Fund will extend monthly cash transfers to about 120,000 "
          "families until March, the fund’s director told reporters on Sunday (Petra)."),
        f(AD, "اضافة اعلان", ""),
        c("The programme, which costs JD9 million a month, was launched in 2020 and has since "
          "been folded into the government’s social protection strategy."),
        c("“We are adding 8,000 households this round,” he said."),
    ]),
    ("en-02", "en", [
        c("Iraq’s Oil Exports Hit a Record, but Baghdad’s Budget Is Still Short"),
        c("The country pumped more crude in October than at any point since 2019, officials said, "
          "yet salaries for four million state workers were paid late again."),
        f(AD, "Advertisement\n\nSKIP ADVERTISEMENT"),
        c("“We are living on oil and nothing else,” said Ali Kareem, an economist in Baghdad."),
        c("Alissa J. Rubin contributed reporting from Baghdad."),
        f(ST, "A version of this article appears in print on Nov. 24, 2026, Section B, Page 3 of "
              "the New York edition with the headline: Iraq Pumps More Oil but Pays Less. "
              "Order Reprints | Today’s Paper | Subscribe"),
    ]),
    ("en-03", "en", [
        c("In Gaza, a fragile calm brings aid trucks — and long lines"),
        f(PC, "Palestinians queue for flour at a distribution point in Deir al-Balah on Nov. 22. "
              "(Eyad Baba/AFP/Getty Images)"),
        c("DEIR AL-BALAH, Gaza Strip — By dawn, the line stretched past the ruined bakery and "
          "around the block."),
        f(AD, "Story continues below advertisement"),
        c("Aid groups say roughly 600 trucks a day are needed. On Saturday, fewer than 200 "
          "crossed, according to U.N. figures."),
    ]),
    ("en-04", "en", [
        c("Lebanon’s parliament fails for the 13th time to elect a president"),
        f(PC, "Lebanese lawmakers attend a session at the parliament in Beirut.\nMohamed Azakir/Reuters"),
        c("Beirut CNN — Lebanese lawmakers again failed to choose a head of state on Thursday, "
          "extending a vacancy that has lasted more than two years."),
        f(RM, "Related article\nLebanon’s central bank names new governor as crisis drags on"),
        c("Under Lebanon’s power-sharing system, the presidency is reserved for a Maronite "
          "Christian."),
    ]),
    ("en-05", "en", [
        c("Saudi Aramco raises December OSP to Asia"),
        c("DUBAI, Nov 24 (Reuters) - Saudi Aramco raised the official selling price for its "
          "flagship Arab Light crude to Asia by 30 cents a barrel for December, a pricing "
          "document showed on Monday."),
        f(SF, "The Reuters Power Up newsletter provides everything you need to know about the "
              "global energy industry. Sign up here."),
        c("The increase was in line with a Reuters survey of refiners."),
        c("(Reporting by Maha El Dahan; Editing by Louise Heavens)"),
        f(ST, "Our Standards: The Thomson Reuters Trust Principles., opens new tab"),
    ]),
    ("en-06", "en", [
        c("Gulf sovereign funds pull back from US private equity"),
        c("Abu Dhabi and Riyadh state investors committed 18 per cent less to buyout funds in the "
          "first nine months of the year, according to data compiled by Global SWF."),
        f(RL, "Recommended\nSaudi Arabia’s PIF cuts giga-project budgets\nQatar Investment "
              "Authority opens Miami office"),
        c("“The cheques are still there, but the questions are harder,” said one Gulf-based "
          "adviser."),
        f(ST, "Copyright The Financial Times Limited 2026. All rights reserved."),
    ]),
    ("en-07", "en", [
        c("Egypt’s pound: Floating, sort of"),
        c("Since the devaluation in March the pound has drifted rather than plunged. The "
          "parallel market has all but vanished."),
        c("Yet importers still complain of queues for dollars at state banks."),
        f(ST, "This article appeared in the Middle East & Africa section of the print edition "
              "under the headline “Floating, sort of”"),
        f(SF, "Explore more\nMiddle East & Africa\nShare\nReuse this content"),
    ]),
    ("en-08", "en", [
        c("Scoop: White House weighs new Syria sanctions waiver"),
        c("Why it matters: A waiver would let Gulf money flow into Syria’s power grid for the "
          "first time since 2011."),
        c("Driving the news: Two U.S. officials told Axios the proposal is under review."),
        f(RM, "Go deeper: Gulf states race to rebuild Syria’s electricity"),
    ]),
    ("en-09", "en", [
        c("House Republicans split over Iraq troop drawdown"),
        c("A bloc of defense hawks is pushing to slow the withdrawal, while others want the "
          "timetable kept."),
        f(RM, "Related: Pentagon quietly moves Patriot batteries out of the Gulf"),
        c("The vote is expected next week, aides said."),
        f(SF, "Subscribe to POLITICO Pro for the latest on national security. Click here."),
    ]),
    ("en-10", "en", [
        c("In Beirut, a bakery reopens after the ceasefire"),
        f(PC, "A worker arranges manakeesh at a bakery in Beirut's Dahieh on Nov. 20.\n"
              "Anwar Amro/AFP via Getty Images\nhide caption\ntoggle caption"),
        c("The oven had been cold for two months. On Wednesday it was lit again before sunrise."),
        f(AD, "Sponsor Message"),
        c("“People came just to smell the bread,” the owner said."),
    ]),
    ("en-11", "en", [
        c("Emirates Global Aluminium signs supply deal with German automaker"),
        c(f"DUBAI, UAE, Nov. 24, 2026 /PRNewswire/ -- Emirates Global Aluminium (EGA) today "
          f"announced a five-year agreement to supply low-carbon aluminium.{NB}The metal will "
          "be produced using solar power."),
        c("About EGA\nEmirates Global Aluminium is the largest industrial company in the UAE "
          "outside oil and gas."),
        f(ST, "SOURCE Emirates Global Aluminium"),
        f(ST, "View original content to download multimedia:"
              "https://www.prnewswire.com/news-releases/ega-signs-supply-deal-302311245.html"),
    ]),
    ("en-12", "en", [
        c("The Levant Letter"),
        c("Why Syria’s currency rally won’t last"),
        f(SF, "Share"),
        c("Three weeks ago the Syrian pound was trading at 14,500 to the dollar. This week it "
          "touched 9,800."),
        f(SF, "Thanks for reading The Levant Letter! Subscribe for free to receive new posts "
              "and support my work."),
        c("My bet is that the rally fades by spring, for three reasons."),
        f(SF, "Leave a comment\nShare"),
    ]),
    ("en-13", "en", [
        f(SF, "Was this email forwarded to you? Sign up here"),
        c("Gulf Pulse ☀️ Tuesday briefing"),
        c("• Qatar Airways orders 20 more 777X jets.\n• Oman’s budget deficit narrows to 1.2% "
          "of GDP."),
        f(ST, "Update your email preferences or unsubscribe here\n© 2026 Gulf Pulse\n"
              "228 Park Ave S, #29976, New York, New York 10003, United States\nPowered by beehiiv"),
    ]),
    ("en-14", "en", [
        c("Kuwait approves long-awaited debt law"),
        c("The cabinet on Sunday approved a draft law allowing the state to borrow up to KD20 "
          "billion over 50 years, the minister said.”"),
        f(AD, "اضافة اعلان", " "),
        c("Opposition MPs said the law lacked spending controls and vowed to challenge it "
          "when the National Assembly reconvenes."),
        c("In a related statement, the finance minister said that no new taxes were "
          "planned."),
    ]),
    ("en-15", "en", [
        f(SF, "🔗 Copy link\n𝕏\nFacebook\nWhatsApp\nLinkedIn"),
        c("Saudi Arabia opens first cinema in Tabuk"),
        c("RIYADH: The General Entertainment Authority on Monday inaugurated an eight-screen "
          "cinema in Tabuk, the first in the Kingdom’s northwest."),
        c("The venue will show Arabic, Hindi and Hollywood films."),
    ]),
    ("en-16", "en", [
        c("Dubai to add two Salik toll gates in 2027"),
        f(PC, "Traffic on Sheikh Zayed Road in Dubai. Antonie Robertson / The National"),
        c("Dubai’s Roads and Transport Authority said the new gates would ease congestion on "
          "Al Khail Road."),
        f(RL, "More from The National\nAbu Dhabi to launch driverless taxis on Yas Island\n"
              "UAE petrol prices for December announced"),
    ]),
    ("en-17", "en", [
        c("Iran’s Gas Shortfall and the Gulf"),
        c("By Dina Haddad"),
        c("Iran is now importing gas from Turkmenistan again to cover a winter deficit that its "
          "own fields cannot meet."),
        c("Editor’s note: This article was updated on Nov. 24 to correct the volume of the swap "
          "deal."),
        c("Dina Haddad is a nonresident fellow at the institute’s energy program."),
        f(ST, "The views expressed in this article are the author’s own and do not necessarily "
              "reflect those of the institute."),
    ]),
    ("en-18", "en", [
        c("Israel’s central bank holds rate at 4.5%"),
        c("The Bank of Israel kept its benchmark rate unchanged for the eighth meeting in a row, "
          "citing sticky inflation."),
        f(AD, "- Advertisement -"),
        c("Governor Amir Yaron said the war’s costs were still feeding into prices."),
    ]),
    ("en-19", "en", [
        c("Cairo fintech raises $18m Series A"),
        f(PC, "The founders at the company’s office in Smart Village.\nImage: Supplied"),
        c("The startup, which offers buy-now-pay-later to small retailers, said it would "
          "expand into Saudi Arabia next year."),
        f(SF, "Click here to subscribe to our weekly startup newsletter."),
    ]),
    ("en-20", "en", [
        c("Ministry of Foreign Affairs welcomes outcome of Doha talks"),
        c("Abu Dhabi, 24 November 2026 — The UAE Ministry of Foreign Affairs welcomed the "
          "agreement reached in Doha."),
        c("The Ministry reiterated its support for all efforts aimed at de-escalation."),
        f(SF, "Follow us on\nX @MoFAUAE\nInstagram @mofauae\nYouTube"),
    ]),
    ("en-21", "en", [
        c("Aqaba port handles record container volume"),
        c("The Aqaba Container Terminal handled 1.1 million containers this year, a 9 per cent "
          "rise.\u200f"),
        f(AD, "\u200fاعلان", ""),
        c("Officials credited new cranes and shipping lines diverted from the Red Sea."),
        f(ST, "Read more Business\nJordan Times"),
    ]),
    ("en-22", "en", [
        c("Turkey and Iraq sign Development Road memorandum"),
        f(PC, "Turkish and Iraqi officials at the signing ceremony in Baghdad. AHMAD AL-RUBAYE/AFP "
              "via Getty Images"),
        c("Ankara and Baghdad agreed to start feasibility work on a 1,200-km road and rail link."),
        f(RM, "Story continues"),
        c("The project is meant to link the port of Faw with the Turkish border."),
    ]),
    ("en-23", "en", [
        c("Qatar says truce talks ‘at a sensitive stage’"),
        c("Qatar’s foreign ministry spokesman said on Tuesday that negotiations had reached a "
          "sensitive stage."),
        f(RM, "READ: Egypt hosts security delegations ahead of new round"),
        c("He declined to give a timeline."),
    ]),
    ("en-24", "en", [
        f(RL, "Most Read from Bloomberg\nAbu Dhabi Fund Bets on AI Chips\nOil Falls as OPEC+ "
              "Weighs Output Hike"),
        c("(Bloomberg) -- Saudi Arabia sold $5 billion of bonds on Tuesday, its third trip to "
          "debt markets this year."),
        c("The kingdom has become the biggest emerging-market issuer of dollar debt."),
        f(ST, "©2026 Bloomberg L.P."),
    ]),
    ("en-25", "en", [
        c("Bahrain’s parliament debates expat fees"),
        c("MPs on Tuesday discussed a proposal to raise residency fees for foreign workers..."),
        f(RM, "Click here to read more", " "),
        c("The government has not yet taken a position, a spokesman said.", " "),
        f(ST, "comments powered by Disqus"),
    ]),
    ("en-26", "en", [
        c("Sheikh Mohammed opens Dubai Airshow"),
        f(PC, "View this post on Instagram\nA post shared by Dubai Media Office "
              "(@dubaimediaoffice)"),
        c("The biennial show opened on Monday with more than 1,400 exhibitors."),
        c("Emirates is expected to announce new orders."),
    ]),
    # --- negatives -------------------------------------------------------------------------
    ("en-27", "en", [
        c("Saudi regulator tightens rules on influencer ads"),
        c("Advertisement on social media without a licence will carry fines of up to SR500,000, "
          "the General Commission for Audiovisual Media said."),
        c("Posts must carry the label “Advertisement” or «إعلان» in the first line, the rules "
          "say."),
        c("The agency said 1,200 licences had been issued this year."),
    ]),
    ("en-28", "en", [
        c("Al Rajhi Bank results: profit up 14%"),
        c("Share Buyback Approved"),
        c("The board approved the repurchase of up to 10 million shares. Share prices rose 2.1% "
          "on Tadawul after the announcement."),
        c("Share of non-interest income climbed to 21%."),
    ]),
    ("en-29", "en", [
        c("Follow the money, says new anti-corruption chief"),
        c("“Follow the money and you will find the ministries that leak,” the head of Iraq’s "
          "Integrity Commission told parliament."),
        c("Follow-up hearings are scheduled for January."),
        c("Lawmakers said they would follow his recommendations closely."),
    ]),
    ("en-30", "en", [
        c("Aramex annual report: key disclosures"),
        c("Related Party Transactions"),
        c("The company bought logistics services worth AED 12 million from an affiliate. "
          "Related charges were disclosed to the Dubai Financial Market."),
        c("The auditor raised no qualifications."),
    ]),
    ("en-31", "en", [
        c("Photo Beirut returns with a show on the 2020 blast"),
        c("Photo by photo, the exhibition rebuilds the port’s skyline from 300 amateur pictures."),
        c("One image, credited simply “(Photo by a neighbour)”, shows the silos seconds before "
          "the explosion."),
        c("The show runs until January at the Sursock Museum."),
    ]),
    ("en-32", "en", [
        c("Gulf viewers cancel streaming plans as prices rise"),
        c("“Subscribe now, pay later” offers lured thousands of customers in Saudi Arabia and "
          "the UAE last year."),
        c("Subscribe and cancel: that is the new habit, said an analyst at a Dubai consultancy. "
          "Subscribers now keep a service for four months on average."),
    ]),
    ("en-33", "en", [
        c("Egyptian court rules in logo copyright dispute"),
        c("The poster carried the line “© 2024 Cairo Design House. All rights reserved.”, which "
          "the judge said did not prove ownership."),
        c("All rights reserved notices have no legal force on their own in Egypt, lawyers say."),
        c("The designer plans to appeal."),
    ]),
    ("en-34", "en", [
        c("Abu Dhabi launches ‘Read More’ campaign for schoolchildren"),
        c("Read more, scroll less: that is the slogan of a drive launched by the Abu Dhabi Arabic "
          "Language Centre on Sunday."),
        c("Parents can read more about the campaign on the centre’s website, officials said."),
    ]),
    ("en-35", "en", [
        c("Houthi drone hits cargo ship in Red Sea, U.S. says"),
        c("WASHINGTON (AP) — A drone launched by Yemen’s Houthi rebels struck a Liberian-flagged "
          "ship on Sunday, the U.S. military said."),
        c("Editor’s note: An earlier version of this story misstated the ship’s flag."),
        c("Associated Press writer Jon Gambrell contributed to this report from Dubai."),
    ]),
    ("en-36", "en", [
        c("Phishing texts impersonate Emirates Post"),
        c("The messages say “Click here to pay the customs fee” and link to a fake site, police "
          "warned."),
        c("Continue reading the fine print, the police added: real agencies never ask for card "
          f"numbers by SMS.{NB}Residents should report such texts on 8002626."),
    ]),
    ("en-37", "en", [
        c("Dubai airport’s busiest routes of 2026"),
        c("Most popular routes from DXB this year:"),
        c("• Dubai – London Heathrow\n• Dubai – Mumbai\n• Dubai – Riyadh"),
        c("Recommended check-in times were extended to three hours during peak weeks."),
    ]),
    ("en-38", "en", [
        c("Emirates NBD reports record nine-month profit"),
        c("DUBAI, UAE, Oct. 16, 2026 /PRNewswire/ -- Emirates NBD reported net profit of AED 19 "
          "billion for the first nine months."),
        c("About Emirates NBD\nEmirates NBD is a leading banking group in the region."),
        c("Media contact:\nInvestor Relations, Emirates NBD\nSource: Emirates NBD financial "
          "statements"),
    ]),
    ("en-39", "en", [
        c("Getty Images signs Gulf archive deal"),
        c("Getty Images said on Monday it would digitise 40 years of photographs from a Kuwaiti "
          "newspaper archive."),
        c("Credit growth in the region’s media sector has been slow. Image rights are the main "
          "asset, analysts say."),
        c("Reuters/Ipsos polling shows readers value archival photographs."),
    ]),
    ("en-40", "en", [
        c("Why ‘اضافة اعلان’ keeps appearing in Jordanian news articles"),
        c("Readers of several Amman news sites have noticed the Arabic words “اضافة اعلان” "
          "(add advertisement) stuck to the end of English paragraphs."),
        c("The phrase is a label from the content management system, a developer said. Related "
          "glitches have shown “Advertisement” twice."),
        c("Share your screenshots with us, the site’s editor wrote."),
    ]),
]
