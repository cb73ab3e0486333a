/** Hearsay and unverified claims: the post cannot stand behind them. */
export const HEARSAY = [
  "apparently", "allegedly", "reportedly", "supposedly", "rumour has it", "rumor has it", "rumours",
  "rumors", "rumour is", "i heard", "i've heard", "i have heard", "we heard", "we've heard",
  "i'm told", "i am told", "we're told", "we are told", "word is", "word has it", "sources say",
  "sources tell", "sources told", "a source said", "everyone knows", "everybody knows", "it is said",
  "unconfirmed reports", "on the grapevine", "people are saying", "so they say", "i've been told",
  "i have been told", "it's been said",
];

/** Arguing with, talking down to or mocking the reader. */
export const ARGUMENT = [
  "you clearly didn't read", "you clearly haven't read", "you obviously didn't read", "as we already told you",
  "as we have already told you", "as we've already told you", "as we already said", "as we have already said",
  "as we've already said", "as previously stated", "as we said before", "get your facts right",
  "get your facts straight", "with respect you are wrong", "with respect you're wrong", "you are wrong",
  "you're wrong", "you are mistaken", "you're mistaken", "yeah right", "well done genius", "nice try",
  "learn to read", "read the post", "read the post again", "try reading", "do your research",
  "do your homework", "educate yourself", "if you had bothered", "if you'd bothered", "calm down",
  "not our problem", "stop moaning", "stop complaining", "you people", "how many times",
  "for the last time", "what part of", "not rocket science", "good luck with that", "if you'd read",
  "if you had read", "are you serious", "get a life", "grow up", "congratulations genius",
];

/** Words that talk down when aimed at one reader; a nudge, not a stop. */
export const CONDESCENDING = ["obviously", "clearly", "of course", "actually", "lol", "lmao", "smh"];
