/** UK political parties, unambiguous names: flagged wherever they appear. */
export const PARTIES = [
  "Conservative Party", "Conservative and Unionist Party", "Tory", "Tories", "Labour Party",
  "Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem", "LibDems", "LibDem",
  "Green Party", "Reform UK", "Reform Party", "SNP", "Scottish National Party", "Plaid Cymru",
  "DUP", "Democratic Unionist Party", "Sinn Féin", "Sinn Fein", "UKIP", "SDLP", "UUP",
  "Ulster Unionist Party", "Alliance Party", "Brexit Party", "Co-operative Party",
  "Women's Equality Party", "Official Monster Raving Loony Party", "Workers Party of Britain",
];

/**
 * Party names that are also ordinary words ("labour costs", "Village Green", "reform of
 * the system"); the party rule counts them only when written as names in a political place.
 */
export const AMBIGUOUS_PARTIES = ["Labour", "Conservative", "Conservatives", "Green", "Greens", "Reform"];

/** Current and recent UK party leaders and prominent frontbenchers. */
export const POLITICIANS = [
  "Keir Starmer", "Rishi Sunak", "Kemi Badenoch", "Boris Johnson", "Liz Truss", "Theresa May",
  "David Cameron", "Ed Davey", "Nigel Farage", "Richard Tice", "Carla Denyer", "Adrian Ramsay",
  "Zack Polanski", "John Swinney", "Humza Yousaf", "Nicola Sturgeon", "Stephen Flynn",
  "Rhun ap Iorwerth", "Adam Price", "Gavin Robinson", "Jeffrey Donaldson", "Mary Lou McDonald",
  "Michelle O'Neill", "Jeremy Corbyn", "Angela Rayner", "Rachel Reeves", "Anas Sarwar",
  "Douglas Ross", "Russell Findlay", "Vaughan Gething", "Eluned Morgan", "Mark Drakeford",
  "Andy Burnham", "Sadiq Khan", "Lee Anderson", "Jeremy Hunt", "Michael Gove",
  "Suella Braverman", "Robert Jenrick", "Priti Patel", "James Cleverly", "Tom Tugendhat",
  "Caroline Lucas", "Sian Berry", "Ed Miliband", "Jo Swinson", "Tim Farron", "Layla Moran",
  "Daisy Cooper", "Yvette Cooper", "David Lammy", "Wes Streeting",
  // Surnames distinctive enough to stand alone.
  "Starmer", "Sunak", "Badenoch", "Farage", "Corbyn", "Swinney", "Yousaf",
];

/** Campaigning: asking for votes or support for a side. "vote for" is judged by what follows. */
export const CAMPAIGN_PHRASES = [
  "re-elect", "reelect", "our candidate", "our candidates", "election campaign", "campaigning for",
  "campaign trail", "canvassing", "out canvassing", "vote them out", "vote him out", "vote her out",
  "vote tactically", "tactical voting", "tactical vote", "elect me", "vote for me", "vote for us",
  "support our candidate", "party manifesto", "manifesto pledge", "don't vote for",
  "vote Labour", "vote Conservative", "vote Tory", "vote Green", "vote Reform", "vote Lib Dem",
  "vote Liberal Democrat", "vote SNP", "vote Plaid", "vote UKIP", "vote DUP", "vote Sinn Fein",
  "vote Sinn Féin", "vote Independent",
];

export const VOTE_FOR = "vote for";
