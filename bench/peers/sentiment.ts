import Sentiment from "sentiment";
import type { PeerFilter } from "./profanity.ts";

const analyser = new Sentiment();

/** AFINN word scores: a negative total stands in for disparagement. */
export const sentimentPeer: PeerFilter = {
  name: "sentiment (AFINN < 0)",
  flags: (text) => analyser.analyze(text).score < 0,
};
