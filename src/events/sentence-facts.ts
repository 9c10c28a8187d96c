import type { Doc } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { TriggerMention } from "./candidate.js";
import { sentenceDates, type SentenceDates } from "./sentence-dates.js";
import { sentenceMentions, type SentenceMentions } from "./sides.js";

/**
 * What every trigger of a sentence asks about the sentence: its mentions, its date
 * phrases and its acts. Worked out once per sentence and shared by its triggers,
 * instead of each trigger scanning the whole article again.
 */
export interface SentenceFacts {
  mentions: SentenceMentions;
  dates: SentenceDates;
  /** The sentence's triggers that may be acts (not nouns naming an aim), in text order. */
  acts: readonly TriggerMention[];
}

/** The facts of sentence `sentence`, whose acts are `acts`. */
export function sentenceFacts(doc: Readonly<Doc>, kb: Knowledge, sentence: number, acts: readonly TriggerMention[]): SentenceFacts {
  return { mentions: sentenceMentions(doc, sentence, kb), dates: sentenceDates(doc, kb, sentence, acts), acts };
}
