import type { Doc, Token } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { Trigger } from "../knowledge/triggers.js";
import type { TriggerMention } from "./candidate.js";

/** How far after a trigger its required particle may sit ("spoke today with", "labeled ... abuses ... as genocide"). */
const NEEDS_NEXT_REACH = 10;
/** Words after which a noun-tagged word is used as a verb ("will visit", "to meet"). */
const VERB_CONTEXT = new Set(["to", "will", "would", "could", "should", "may", "might", "must", "shall", "can", "'ll", "also", "not"]);

/** Which of a phrase's lexicon entries fits the head word as the tagger read it. */
function entryForTag(entries: readonly Trigger[], head: Token, before: Token | undefined): Trigger | undefined {
  const usedAsVerb = head.pos === "VERB" || head.pos === "AUX" || (before !== undefined && VERB_CONTEXT.has(before.lower));
  const verb = entries.find((e) => e.pos === "verb");
  const noun = entries.find((e) => e.pos !== "verb");
  if (verb && noun) return usedAsVerb ? verb : noun;
  const only = verb ?? noun;
  if (!only) return undefined;
  if (only.pos === "verb" && !usedAsVerb && head.pos !== "NOUN" && head.pos !== "PROPN") return undefined;
  if (only.pos === "noun" && (head.pos === "VERB" || head.pos === "AUX") && !head.lower.endsWith("ing")) return undefined;
  return only;
}

/** Punctuation that ends the stretch in which a trigger's particle may follow. */
const PARTICLE_STOPS = new Set([";", ".", "—", "–", ":"]);

function followedBy(tokens: readonly Token[], from: number, end: number, words: readonly string[], reach: number): boolean {
  for (let i = from; i < Math.min(end, from + reach); i++) {
    const token = tokens[i];
    if (!token || PARTICLE_STOPS.has(token.text)) return false;
    if (words.includes(token.lower)) return true;
  }
  return false;
}

/**
 * Trigger words and phrases in the running text (headlines and captions left out):
 * the longest lexicon phrase at each token, read as verb or noun by its tag, kept
 * only where its required particle follows and no excluding word does.
 */
export function findTriggers(doc: Readonly<Doc>, kb: Knowledge): TriggerMention[] {
  const found: TriggerMention[] = [];
  const tokens = doc.tokens;
  doc.sentences.forEach((sentence, s) => {
    if (sentence.role !== "body") return;
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const match = kb.triggers.longestMatch(tokens, i, sentence.tokenEnd);
      const head = tokens[i];
      if (!match || !head) {
        i++;
        continue;
      }
      const trigger = entryForTag(match.entries, head, tokens[i - 1]);
      const end = i + match.length;
      const fits =
        trigger !== undefined &&
        (!trigger.needsNext || followedBy(tokens, end, sentence.tokenEnd, trigger.needsNext, NEEDS_NEXT_REACH)) &&
        (!trigger.unlessNext || !followedBy(tokens, end, sentence.tokenEnd, trigger.unlessNext, 3));
      if (trigger && fits) found.push({ trigger, sentence: s, tokenStart: i, tokenEnd: end });
      i = fits ? end : i + 1;
    }
  });
  return found;
}
