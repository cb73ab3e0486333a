/** Word lists the name finder reads around candidate names. All lower case. */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Titles written before a name; the name follows, the title is not part of it. */
export const TITLES =
  words(`mr mrs ms miss mx dr doctor prof professor sir dame lord lady rev reverend revd fr father sister brother
  cllr councillor mayor mayoress alderman judge justice hon sgt sergeant pc inspector supt superintendent det officer
  capt captain col colonel maj major lt lieutenant gen general cpl corporal nurse uncle aunt auntie grandma grandpa nan madam
  herr frau sr sra senor senora signor signora mme mlle monsieur madame dott`);

/** Titles of public office: people named with them are named in that public role. */
export const OFFICE_TITLES =
  words(`cllr councillor mayor mayoress alderman mp mep msp judge justice minister secretary clerk chairman chair
  president governor senator commissioner chief`);

/** Small words inside names: "Ludwig van Beethoven", "Maria da Silva", "Omar bin Laden". */
export const NAME_PARTICLES = words(
  `van von der den de del della di da das dos du le la al el bin ibn ben ter ten zu af`,
);

/** Capitalised words that start organisation and place names, or follow them. */
export const NOT_A_PERSON =
  words(`council borough county city town parish village street road lane avenue close drive way park hall church
  chapel school college university academy hospital surgery clinic centre center library museum theatre theater station airport
  bank group company corporation corp inc ltd limited llc plc co partners associates agency trust foundation society association
  club team fc united rovers city institute ministry department office service services authority commission committee board
  police fire ambulance nhs government parliament house court square bridge river lake mount hills valley north south east west
  northern southern eastern western upper lower great little new old saint st mr mrs ms dr capital technologies technology
  solutions systems analytics media news times post guardian telegraph express herald journal weekly daily radio tv bbc itv
  hotel restaurant cafe bar pub inn shop store market mall garden gardens festival project programme campaign fund week day
  republic kingdom states union island islands coast region province district act global capital international national
  cathedral abbey priory gallery orchestra band quartet choir records studios pictures films games software labs digital
  network networks consulting holdings industries enterprises ventures capital finance insurance energy health care pharma
  street streets strasse avenue extensions pleasures awards award prize cup league investments website statement info
  royal transit
  reservoir beck dike dyke burn brook weir lode ings marsh moor fen fens estuary harbour harbor port bay beach sands water waters
  waste flood floods flooding warning warnings alert alerts risk scheme schemes management initiative review report reports
  assessment permit permits crime unit officers officer enforcement campsite pumping barrier barriers training level levels
  strategy plan plans policy programme program partnership forum network annual conference summit
  reserve nature wildlife trail canal lock locks dam channel basin catchment aquifer spring springs well wells wood woods forest
  terrace crescent mews grove place row walk rise parade esplanade quay wharf promenade embankment sites site interest regulation`);

/** Words of an address that end a name without making it something else: "Barbara Yudina Apt. 675". */
export const ADDRESS_UNITS = words(`apt apartment suite flat unit box po`);

/** Cues before a name. Strong ones all but say a name follows. */
export const STRONG_CUES_BEFORE = [
  "my name is",
  "name is",
  "last name",
  "surname",
  "first name",
  "full name",
  "maiden name",
  "name",
  "i'm",
  "i am",
  "call me",
  "called",
  "named",
  "calls me",
  "signed",
  "regards",
  "yours sincerely",
  "dear",
  "hi",
  "hello",
  "hey",
  "says",
  "said",
  "thanks",
  "thank you",
  "congratulations to",
  "welcome",
  "my son",
  "my daughter",
  "my wife",
  "my husband",
  "my partner",
  "my brother",
  "my sister",
  "my mum",
  "my mom",
  "my dad",
  "my father",
  "my mother",
  "my friend",
  "my kid",
  "my colleague",
  "my neighbour",
  "my neighbor",
  "my boss",
  "my manager",
];
/** Words directly before a name that make one likelier, but also precede places and things. */
export const WEAK_CUES_BEFORE = [
  "by",
  "with",
  "ask",
  "tell",
  "meet",
  "from",
  "to",
  "and",
  "cc",
  "met",
  "told",
  "love",
  "miss",
  "remember me",
  "founders",
  "tribute to",
  "beneficiary",
  "given",
  "had",
  "spoke to",
  "speak to",
  "talked to",
  "visited",
];
/** Verbs that follow a person far more often than anything else. */
export const PERSON_VERBS_AFTER =
  words(`said says told explained added asked wrote writes replied insisted admitted recalled lives lived
  shouted whispered smiled laughed cried spent began married died flew grew joined retired resigned thanked`);
/** Words that commonly follow a person's name. */
export const CUES_AFTER =
  words(`said says told explained added asked wrote writes replied noted warned who whose is was has had will would
  and spent began lives lived works worked just can could`);

/** Endings typical of family names across Europe and beyond. */
export const SURNAME_SUFFIXES = [
  "ova",
  "ová",
  "ski",
  "ska",
  "sky",
  "cki",
  "cka",
  "wicz",
  "icz",
  "son",
  "sen",
  "sson",
  "dottir",
  "dóttir",
  "ov",
  "ev",
  "eva",
  "enko",
  "escu",
  "akis",
  "opoulos",
  "poulos",
  "ić",
  "ic",
  "vic",
  "ich",
  "oglu",
  "yan",
  "ian",
  "ashvili",
  "shvili",
  "berg",
  "ström",
  "strom",
  "qvist",
  "lund",
  "mann",
  "stein",
  "inen",
  "nen",
  "ez",
  "es",
  "elli",
  "etti",
  "ini",
  "ucci",
  "ova",
  "aki",
  "ides",
  "idis",
  "zadeh",
  "ullah",
  "uddin",
  "wala",
  "ishi",
  "moto",
  "yama",
  "mura",
  "kawa",
  "hara",
  "saki",
  "ata",
];

/**
 * Common English words that are also names ("Will", "May", "Grace", "Hunter") or that open
 * sentences: on their own they are weak evidence of a person.
 */
export const COMMON_WORDS =
  words(`a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours out over own same she should so some such than that the their theirs them then there these they this those
  through to too under until up very was we were what when where which while who whom why will with would you your yours
  yes yeah ok okay please thanks thank hello hi hey dear welcome sorry well oh wow lol today tomorrow yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
  november december spring summer autumn winter christmas easter
  may will mark bill rose hope grace faith joy dawn summer autumn sky river june april august jack frank art pat sue hunter
  chase guy miles major earl king prince duke baron rich sterling amber ruby pearl crystal jade ivy holly hazel heather
  iris violet lily daisy poppy olive angel star sunny storm rain forest glen dale heath moss reed rush ash oak wood hill stone
  reminder update warning notice venue location tickets ticket price cost info when time date today tonight note nb ps fyi
  breaking alert closed website web site personal directed produced written starring mission statement profile bio about open opening closure closures roadworks sale offer deadline agenda minutes item items answer
  brook field lane grove park page ward long short young old white black brown green gray grey gold silver bell bird fox wolf hawk crane swift
  sharp noble lord bishop church chapel hall house castle bridge ford bond price law best rich power may day knight

  new more many much most less last next first second third own good great big small high low free full open public local
  national general general central main council mayor town city county village hospital school library police fire market
  news update updates info information event events meeting meetings service services road roads street works work job jobs
  community residents people family families children child kids parents staff team our we us all everyone anyone someone
  just still even also only never always ever every each both either neither here there where when why how what who which
  breaking watch read join find check help call contact visit apply register book follow share like love thanks thank
  happy merry congratulations well done good great amazing fantastic brilliant lovely beautiful wonderful fine nice best
  government minister parliament election vote votes voting party labour conservative liberal green reform independent
  north south east west northern southern eastern western upper lower great little saint st
  bbc itv nhs uk usa gb eu un us tv ceo cfo hr pr it ai pm am mp
  god lord jesus christ allah
  name phone tel mobile fax desk email e-mail address date time when where who what subject re fwd note notes user bot agent
  customer client patient q a answer question`);
