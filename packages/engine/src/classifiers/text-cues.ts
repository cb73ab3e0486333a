/**
 * Word classes the text models see besides the words themselves. A class feature is shared by
 * every member, so what the training data teaches about "republican" carries over to "tory",
 * and what it teaches about "useless" to "shambolic": the lists hold the general knowledge
 * that 5,000 US tweets cannot. Words are in normalised form (lower case, no accents,
 * apostrophes kept), so contractions are listed with and without theirs.
 */
export const CUE_PARTY = 1;
export const CUE_CAMPAIGN = 2;
export const CUE_POLICY = 4;
export const CUE_NEGATIVE = 8;
export const CUE_YOU = 16;
export const CUE_THIRD = 32;
export const CUE_NEGATOR = 64;

/** Parties, their members and ideologies, in the US (the training data) and the UK (the users). */
const PARTY = `democrat democrats democratic dems dem gop republican republicans rnc dnc tory tories
conservative conservatives labour libdem libdems liberal liberals snp ukip plaid reform greens
socialist socialists socialism communist communists marxist leftist leftists lefty lefties
progressive progressives rightwing leftwing maga trump trumps obama biden clinton hillary pelosi
mcconnell sanders bernie romney starmer sunak corbyn farage johnson truss badenoch davey
partisan bipartisan wingnut wingnuts libtard libtards snowflake snowflakes woke`;

/** Elections and campaigning. */
const CAMPAIGN = `vote votes voted voting voter voters elect elected election elections reelect reelection
campaign campaigning campaigns ballot ballots candidate candidates candidacy manifesto
primary primaries caucus polls polling canvassing canvass endorse endorsed endorsement
majority opposition incumbent midterm midterms hustings`;

/** Contested national policy. */
const POLICY = `obamacare aca healthcare tax taxes taxpayer taxpayers immigration immigrants amnesty border
abortion prolife prochoice guns gun nra brexit austerity deficit debt spending welfare
entitlements medicare medicaid regulation regulations repeal legislation bill bills veto
congress senate senator senators congressman congresswoman parliament mps minister ministers
government administration washington westminster whitehall`;

/**
 * Negative judgements of a person, group or thing. Words that are also everyday council words
 * ("rubbish" collection, "dangerous" roads, "failed" street lights, "worst" affected areas)
 * are left out: as cues they would make routine posts read as insults.
 */
const NEGATIVE = `idiot idiots idiotic stupid stupidity dumb moron morons moronic fool fools foolish clown
clowns pathetic useless incompetent incompetence inept disgrace disgraceful disgusting
shameful liar liars lying corrupt corruption crook crooks fraud frauds fake phony
hypocrite hypocrites hypocrisy loser losers lazy arrogant ignorant clueless worthless
terrible awful horrible horrendous dreadful appalling atrocious abysmal crap crappy sucks
disastrous shambles shambolic reckless evil vile nasty creepy scum scumbag traitor traitors
coward cowards cowardly spineless ridiculous absurd nonsense embarrassing embarrassment hate
hated hates hateful annoying overrated ugly greedy selfish arrogance dishonest lousy lame
racist sexist bigot bigots bigoted`;

const YOU = `you your youre you're you'll you've you'd yours yourself yourselves ya ur u`;
const THIRD = `he she him her his hers they them their theirs himself herself themselves he's she's
they're they've @user`;
const NEGATOR = `not no never nothing nobody none cannot cant can't dont don't doesnt doesn't didnt didn't
isnt isn't wasnt wasn't arent aren't werent weren't wont won't wouldnt wouldn't shouldnt shouldn't
couldnt couldn't aint ain't neither nor without`;

function table(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (list: string, flag: number) => {
    for (const w of list.split(/\s+/)) if (w) out.set(w, (out.get(w) ?? 0) | flag);
  };
  add(PARTY, CUE_PARTY);
  add(CAMPAIGN, CUE_CAMPAIGN);
  add(POLICY, CUE_POLICY);
  add(NEGATIVE, CUE_NEGATIVE);
  add(YOU, CUE_YOU);
  add(THIRD, CUE_THIRD);
  add(NEGATOR, CUE_NEGATOR);
  return out;
}

export const CUES: ReadonlyMap<string, number> = table();
