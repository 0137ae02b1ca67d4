"""Word lists: the cheap evidence of the language view (written for normtext; lowercase).

Each list holds frequent words that mark one language. A word may sit in several lists (``me``
is English and Spanish): it then counts for each. Lists are plain data; extend them freely.

>>> "idea" in ENGLISH and "3ala" in ARABIZI and "از" in PERSIAN
True
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Frequent English words (function words first, then common verbs, nouns, adjectives).
ENGLISH = _words("""
a an the and or but nor so yet if then than that this these those there here of to in on at by
for from with without about above below over under into onto out up down off through during
before after since until while as because although though unless whether i me my mine myself
you your yours yourself we us our ours they them their theirs he him his she her hers it its
itself who whom whose which what when where why how all any both each every few many much more
most other some such no not only own same very can could may might must shall should will
would do does did done doing be is am are was were been being have has had having get gets got
getting go goes went gone going make makes made making take takes took taken say says said
see sees saw seen know knew known think thought come came give gave given find found tell told
ask asked work worked working call called try tried need needed feel felt become became leave
left put mean meant keep kept let begin began seem seemed help helped show showed hear heard
play played run ran move moved like liked live lived believe bring brought happen happened
write wrote written sit stand lose lost pay paid meet met include included continue set learn
learned change changed lead led understand watch follow followed stop stopped create speak
spoke read spend spent grow grew open opened walk walked win won offer offered remember love
loved consider appear buy bought wait waited serve die send sent expect build built stay fall
fell cut reach kill remain suggest raise pass sell sold require report reported decide pull
finished finish completed complete announced announce added add says love want wants wanted
use used using look looked looking start started started thank thanks thank-you please sorry
yes yeah ok okay hello hi hey bye goodbye welcome bro dude guys man guy lol omg
time year years people way day days man woman women men child children world life hand part
place case week weeks company system program question government number night point home
water room mother father area money story fact month months lot right study book eye job word
business issue side kind head house service friend friends power hour game line end member law
car city community name president team minute idea kid body information back parent face
others level office door health person art war history party result morning reason research
girl guy moment air teacher force education foot boy age policy music market sense nation plan
college interest death experience effect class control care field development role effort rate
heart drug show leader light voice wife police mind price report decision son daughter view
relationship town road arm difference value building action model season society tax director
position player record paper space ground form event official matter center couple site project
activity star table need court oil situation cost industry figure street image phone data
picture practice piece land product doctor wall patient worker news test movie north south east
west love support technology step baby computer type attention film tree source organization
hair window evidence population truth bank door card
today tomorrow tonight yesterday now later soon again still
already always never often sometimes ever also just even really well too quite almost maybe
perhaps probably actually especially together away around across against along among behind
beside between beyond inside outside near next last first second third new old good great
big small large little long short high low young early late important public bad same able
best better free full sure clear true whole hard easy strong real major certain human local
social national international political economic recent available possible likely special
different single final main happy nice beautiful open closed ready
one two three four five six seven eight nine ten hundred thousand million billion percent
said says told asked according official officials minister ministry state states country
countries report reports reported week weekend morning evening afternoon everyone everybody
someone something nothing anything everything everywhere nobody food coffee tea
friday monday tuesday wednesday thursday saturday sunday january february march april june
july august september october november december english arabic language languages word words
read more share print related articles article subscribe newsletter photo video click page
home contact privacy terms copyright rights reserved search menu login register download
free online new latest top breaking live update updates via source credit credits courtesy
agreed agree done fine cool great awesome amazing nice wow miss missed call meeting
don't doesn't didn't isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't i'm
you're we're they're he's she's it's that's there's i've you've we've i'll you'll we'll i'd
let's what's
""")

#: Frequent French words and elided forms.
FRENCH = _words("""
le la les un une des du de et est sont être avoir avons avez ont ai je tu il elle nous vous
ils elles on ce cette ces cet mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
qui que quoi dont où pour par avec sans dans sur sous chez entre vers mais ou donc ni car ne
pas plus moins très trop bien aussi encore déjà toujours jamais rien tout tous toute toutes
fait faire été suis es était sera allons aller va vais vont peut peux pouvons veux voulons
merci bonjour bonsoir salut oui au aux hier soir matin demain aujourd'hui ici là beaucoup
comme quand comment pourquoi parce ville pays monde année jour
temps homme femme enfant nouveau nouvelle grand petit belle beau bon bonne ça voilà alors
avant après depuis pendant c'est j'ai l'on qu'il n'est d'un d'une s'il qu'on chose choses
vraiment peu quelque quelques même autre autres deux trois premier première dernier dernière
ensemble contre selon notamment cependant ainsi entre avoir eu fois lui leur y
""")

#: Frequent Spanish words.
SPANISH = _words("""
el la los las un una unos unas de del al y o pero que qué es son está están estoy esta este
estos estas ese esa eso muy más mas me te se lo le les mi mis tu su sus nuestro nuestra por
para con sin en sobre entre como cuando donde dónde porque hola gracias bueno buena buenos
buenas sí no también todo todos nada mucho muchos poco hay ser estar tengo tiene tenemos
quiero gusta casa año años día hoy mañana ayer aquí allí ahora siempre nunca
vamos vez bien mal amigo amigos cosa gente mundo país hacer hace puede pueden sido fue era
usted ustedes nosotros ellos ellas yo él qué cómo cuál quién
""")

#: Frequent Turkish words.
TURKISH = _words("""
ve bir bu şu da de ile için çok ne var yok değil ama gibi daha ben sen biz siz onlar mı mi mu
mü evet hayır teşekkür teşekkürler merhaba güzel iyi nasıl neden çünkü şimdi bugün yarın dün
her hiç kadar sonra önce olarak olan oldu olduğu ise bile diye sadece abi abla hocam tabii
lütfen günaydın hoşgeldiniz türkiye istanbul
""")

#: Arabizi (Arabic in Latin letters): frequent words of Egyptian, Levantine and Gulf chat.
ARABIZI = _words("""
ana enta enti inta inti howa huwa heya hiya ehna e7na ento homa mesh mish msh mush fady
fen feen wein wen eh eih esh shu shou leh leish lesh ezay izzay ezzay keef kif kaif 3amel
3amla delwa2ti dlwa2ty dilwa2ti delwa2ty halla2 hala2 bokra bukra embare7 imbare7 naharda
elnaharda ennaharda el il ya yalla yallah khalas 5alas khalaas wallah wallahi walla wallahy
inshallah inshalla insha2allah inshaallah mashallah masha2allah mashaallah alhamdulillah
alhamdulilah el7amdulillah hamdella hamdulillah 7amdulillah habibi 7abibi habibti 7abibti
habeebi shukran shokran afwan 3afwan tamam tamaam kteer kteir ktir keteer ketir awi 2awi
aawi gedan giddan geddan ba3den ba3dein ba3d 3ala 3la kol kul koll 7al 3asal ma3andi ma3ndi
3andi 3ndk 3andak 3andek akhbar akhbarak akhbarek ezayak ezayek keefak kifak kifik shlonak
shlonik mabrook mabrouk salamat marhaba mar7aba ahlan sabah el5eir elkheir kheir 5eir 7elw
7elwa helw helwa gamil gameel gamila zay bas la2 aywa aiwa na3am mafeesh mafish mfish fih
feeh mafi netkalam atkalam aroo7 ro7 ra7 rayeh rayha ageelak mesta3gel
yani ya3ni sa7 tayeb tayyeb ma3lesh maalesh ma3lish akhoya okhti kamaan kaman kman lessa
lesa lissa kida keda kda hena hina hnak henak eshta ishta sho shoo shway shwaya shwayya
mnee7 mni7 yeslamo yislamo tislam teslam ma3 ma3ak ma3aki m3ak bta3 beta3 btaa3 fel fil bel
bil ely elli illi eli lel 3ayez 3ayza 3awez 3awza 3ayz bade baddi biddi bedi ma3rafsh
mafhemtesh fahem fahma hamdoulah hamdullah hamdulilah 7amdellah
salamu alaikum alaykum aleikum 3alaykum 3aleikum izayak izzayak izayek mashy mashi wesh
rak khouya khoya sahbi sa7bi 7ayati ya3tik ya3tek 3afak barcha behi bzaf chwiya kifash
laish shlon shlonak wayed wayid yalla yella 7aga 7agat 7ayati 3omri omri 2alb alby albi 2albi nfsi nafsi
""")

#: Frequent Persian words (function words, light verbs), as Persian spells them.
PERSIAN = _words("""
از را که این آن است بود شد کرد می نمی های ها یک برای با در تا ولی اگر چه چرا خود شده شود
کند کنند هست هستند هستیم هستم نیست بودند دارد دارند باید خواهد خواهند گفت آنها اینکه چون
زیرا پس روی دیگر همه بسیار خیلی نیز وی تو او شما ایشان ایران تهران
کشور امروز دیروز فردا میخواهم میکنم میشود کرده کردند
بین بر هم
""")

#: Frequent Urdu words, as Urdu spells them.
URDU = _words("""
ہے ہیں میں کے کی کا اور سے کو نے یہ وہ تھا تھی تھے گیا گئی بہت کر کرتے ہوں ہو نہیں کیا
آج ہم آپ لیے ساتھ بھی اب پر شکریہ پاکستان اردو
""")

#: Frequent Arabic function words, in standard spelling and as typed on a Persian keyboard.
ARABIC = _words("""
في فی من على علی إلى الى الی إلي عن مع هذا هذه ذلك ذلک تلك تلک التي التی الذي الذی الذين
الذین أن إن ان كان کان كانت کانت قد لقد لا لم لن هو هي هی نحن أنا انا أنت انت كل کل بعد
قبل حتى حتی ثم أو بين بین عند عندما کما كما أي لكن لکن وقد وكان وکان فقد ليس لیس منذ
خلال حول ضد عبر أمام امام دون غير غیر ايضا أيضا ایضا قال قالت يوم یوم اليوم الیوم
مساء صباح شكرا شکرا مرحبا نعم هل كيف کیف متى لماذا وين شو ليش ماذا عليه علیه عليها
إلیه اليه الیه إليه وهو وهي وهی ولا وفي وفی ومن بس لسه عشان كده کده ده دي دی
""")

#: Words in both Arabic and Persian (count for both): ``ما من هم به و یا``.
ARABIC_PERSIAN_SHARED = _words("ما من هم به و یا يا او اما")
