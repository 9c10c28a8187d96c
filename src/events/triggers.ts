import type { Doc, Token } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { Trigger } from "../knowledge/triggers.js";
import type { TriggerMention } from "./candidate.js";
import type { NamedTokens } from "./names-and-dates.js";

/** How far after a trigger its required particle may sit ("spoke today with", "labeled ... abuses ... as genocide"). */
const NEEDS_NEXT_REACH = 10;
/** Words after which a noun-tagged word is used as a verb ("will visit", "to meet"). */
const VERB_CONTEXT = new Set(["to", "will", "would", "could", "should", "may", "might", "must", "shall", "can", "'ll", "also", "not"]);

/** The lexicon entries of a phrase that fit its head word as the tagger read it: verb entries for a verb, noun entries for a noun. */
function entriesForTag(entries: readonly Trigger[], head: Token, before: Token | undefined, after: Token | undefined, words: number): Trigger[] {
  // "after meeting Kim Yong Chol": an -ing form with its own object is a verb, whatever the tagger says.
  const gerundWithObject = head.lower.endsWith("ing") && after !== undefined && (after.pos === "PROPN" || after.pos === "DET");
  // "held exercises with ...": a plural right after a finite verb is its object, whatever the tagger says.
  const objectOfVerb = head.pos === "VERB" && before?.pos === "VERB" && head.lower.endsWith("s") && !before.lower.endsWith("ing");
  const usedAsVerb = ((head.pos === "VERB" || head.pos === "AUX") && !objectOfVerb) || gerundWithObject || (before !== undefined && VERB_CONTEXT.has(before.lower));
  const verbs = entries.filter((e) => e.pos === "verb");
  const nouns = entries.filter((e) => e.pos !== "verb");
  if (verbs.length > 0 && nouns.length > 0) return usedAsVerb ? verbs : nouns;
  if (verbs.length > 0) {
    // The tagger may call a verb a noun, but not after a determiner or adjective ("serving a 25-year sentence").
    const inNounPhrase = head.pos === "NOUN" && ["DET", "ADJ", "NUM"].includes(before?.pos ?? "");
    return usedAsVerb || ((head.pos === "NOUN" || head.pos === "PROPN") && !inNounPhrase) ? verbs : [];
  }
  // A compound noun is a noun whatever the tagger calls its first word ("fired tear gas").
  if ((head.pos === "VERB" || head.pos === "AUX") && !head.lower.endsWith("ing") && words === 1 && !objectOfVerb) return nouns.filter((e) => e.pos === "adj");
  return nouns;
}

/** Words that make a subject plural: "X and Y", "the two", "both", "they". */
const PLURAL_SUBJECT_WORDS = new Set(["and", "two", "both", "they", "leaders", "ministers", "sides", "men", "officials"]);
/** How far before a reciprocal verb its plural subject may start. */
const PLURAL_SUBJECT_REACH = 8;

function pluralSubjectBefore(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let i = at - 1; i >= Math.max(sentenceStart, at - PLURAL_SUBJECT_REACH); i--) {
    const token = tokens[i];
    if (!token || token.text === "," || token.text === ";") return false;
    if (PLURAL_SUBJECT_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** Punctuation that ends the stretch in which a trigger's particle may follow. */
const PARTICLE_STOPS = new Set([";", ".", "—", "–", ":"]);

function followedBy(tokens: readonly Token[], from: number, end: number, words: readonly string[], reach: number): boolean {
  for (let i = from; i < Math.min(end, from + reach); i++) {
    const token = tokens[i];
    if (!token || PARTICLE_STOPS.has(token.text)) return false;
    if (words.includes(token.lower) || words.includes(token.text)) return true;
  }
  return false;
}

/**
 * Trigger words and phrases in the running text (headlines and captions left out):
 * the longest lexicon phrase at each token, read as verb or noun by its tag, kept
 * only where its required particle follows and no excluding word does.
 */
export function findTriggers(doc: Readonly<Doc>, kb: Knowledge, named: NamedTokens): TriggerMention[] {
  const found: TriggerMention[] = [];
  const tokens = doc.tokens;
  doc.sentences.forEach((sentence, s) => {
    if (sentence.role !== "body") return;
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const match = kb.triggers.longestMatch(tokens, i, sentence.tokenEnd);
      const head = tokens[i];
      // "March 23" is a date and "Strike Group" part of a name, not a march or a strike.
      if (!match || !head || named.isCapitalisedIn(i)) {
        i++;
        continue;
      }
      const end = i + match.length;
      // "the detained soldiers", "a planned visit", "six detained Americans": a participle used as an adjective names no act.
      // A plural nationality after a number is described too ("six detained Americans"); "21-4 teamed U.S. Soldiers" is a verb.
      const next = tokens[end];
      const describedNoun = next?.pos === "NOUN" || (next?.pos === "PROPN" && tokens[i - 1]?.pos === "NUM" && /\p{Ll}s$/u.test(next.text));
      if (/ed$/.test(head.lower) && ["DET", "PRON", "NUM"].includes(tokens[i - 1]?.pos ?? "") && describedNoun && match.length === 1) {
        i++;
        continue;
      }
      const fitting = entriesForTag(match.entries, head, tokens[i - 1], tokens[end], match.length).filter(
        (entry) =>
          (!entry.needsNext ||
            followedBy(tokens, end, sentence.tokenEnd, entry.needsNext, NEEDS_NEXT_REACH) ||
            (entry.reciprocal && pluralSubjectBefore(tokens, i, sentence.tokenStart))) &&
          (!entry.unlessNext || !followedBy(tokens, end, sentence.tokenEnd, entry.unlessNext, 3)),
      );
      // An entry whose required next words are there is the more specific reading: "welcomed India's decision" is support, not a visit.
      const chosen = fitting.find((entry) => entry.needsNext) ?? fitting[0];
      // "missile warning data", "the truce village", "attack drones": an event noun that modifies a noun after it names no act,
      // unless that noun measures it ("an aid package"), is its papers ("accession documents"), is an event word itself
      // ("a ceasefire agreement") or a date ("measures today").
      const modifier =
        chosen?.pos === "noun" &&
        next?.pos === "NOUN" &&
        /^\p{Ll}/u.test(next.text) &&
        !named.has(end) &&
        !kb.language.measureNouns.has(next.lower) &&
        !kb.language.instrumentNouns.has(next.lower) &&
        kb.triggers.longestMatch(tokens, end, sentence.tokenEnd) === null;
      const trigger = modifier ? undefined : chosen;
      if (trigger) found.push({ trigger, sentence: s, tokenStart: i, tokenEnd: end });
      i = trigger ? end : i + 1;
    }
  });
  return found;
}
