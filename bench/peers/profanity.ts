import { profanity } from "@2toad/profanity";
import leoProfanity from "leo-profanity";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";

/** Word-list profanity filters, as a council might wire them up: flagged or not. */
export interface PeerFilter {
  name: string;
  flags(text: string): boolean;
}

const obscenityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export const profanityPeers: PeerFilter[] = [
  { name: "obscenity", flags: (text) => obscenityMatcher.hasMatch(text) },
  { name: "leo-profanity", flags: (text) => leoProfanity.check(text) },
  { name: "@2toad/profanity", flags: (text) => profanity.exists(text) },
];
