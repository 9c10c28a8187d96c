import type { Actor, Doc, Mention, Token } from "../model/doc.js";
import type { Knowledge, Referent } from "../knowledge/types.js";
import { defineAnnotator } from "./annotator.js";
import { byPosition } from "./mentions/index.js";
import { referencesName } from "./mentions/actors.js";
import { nameWords, startsWithLowerCaseLetter, startsWithUpperCaseLetter } from "./mentions/names.js";
import { findQuoteSpans } from "./quotes.js";
import { PeopleInOrder } from "./coreference/people-in-order.js";

const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "his", "her"]);
/** How many paragraphs back a pronoun or a title may reach for its person. */
const PARAGRAPH_REACH = 1;

function personMention(token: Token, index: number, actor: number, actors: readonly Actor[], rule: string, end = index + 1, endOffset = token.end, text = token.text): Mention {
  return {
    start: token.start,
    end: endOffset,
    text,
    kind: "person",
    code: actors[actor]?.country ?? null,
    sentence: token.sentence,
    tokenStart: index,
    tokenEnd: end,
    actor,
    rule,
  };
}

/** The last person mentioned before `before`, preferring one in subject position (first in its sentence). */
function recentPerson(doc: Readonly<Doc>, people: PeopleInOrder, before: number, firstParagraph: number): Mention | undefined {
  let fallback: Mention | undefined;
  for (let m = people.countBefore(before) - 1; m >= 0; m--) {
    const mention = people.mentions[m];
    if (!mention) continue;
    const paragraph = doc.sentences[mention.sentence]?.paragraph ?? -1;
    if (paragraph < firstParagraph) break;
    if (!people.hasEarlierInSentence(m)) return mention;
    fallback ??= mention;
  }
  return fallback;
}

/**
 * "Scholz met Xi ..., urging him to ...": an object "him" is not the subject of its own
 * clause, so it is the latest other person of the sentence. Not across a speech verb:
 * in "Biden said Putin had called him", "him" is the speaker.
 */
function objectAntecedent(doc: Readonly<Doc>, kb: Knowledge, people: PeopleInOrder, at: number): Mention | undefined {
  const sentence = doc.tokens[at]?.sentence;
  // The sentence's people before `at` are the last of those before it.
  const end = people.countBefore(at);
  let first = end;
  while (first > 0 && people.mentions[first - 1]?.sentence === sentence) first--;
  const subject = people.mentions[first];
  if (first === end || !subject) return undefined;
  for (let t = subject.tokenEnd; t < at; t++) if (kb.language.speechVerbs.has(doc.tokens[t]?.lower ?? "")) return undefined;
  for (let k = end - 1; k > first; k--) {
    const mention = people.mentions[k] as Mention;
    if (mention.actor !== undefined && mention.actor !== subject.actor) return mention;
  }
  return undefined;
}

/** How many describing words may come between "the" and a referring noun ("the military junta"). */
const REFERENCE_MODIFIER_REACH = 2;

/** Whether a mention is a side of the kind a referring noun stands for. */
function isReferent(mention: Mention, referent: Referent): boolean {
  if (referent === "group") return mention.rule === "mentions/side-group";
  if (referent === "organization") return mention.kind === "organization" && mention.international === true;
  return mention.kind === "country" && mention.rule !== "mentions/side-group";
}

/** How many words may come between a side and the noun it is named with ("Taiwan's | defence | ministry"). */
const NAMED_WITH_REACH = 3;

/** The side a noun was last named with before `before`: "Taiwan's defence ministry", "the Sudanese army". */
function sideNamedWith(doc: Readonly<Doc>, noun: string, before: number): Mention | undefined {
  for (let i = before - 1; i >= 0; i--) {
    if (doc.tokens[i]?.lower !== noun) continue;
    const side = doc.mentions.findLast((m) => m.kind !== "person" && m.tokenEnd <= i && i - m.tokenEnd <= NAMED_WITH_REACH && m.sentence === doc.tokens[i]?.sentence);
    if (side) return side;
  }
  return undefined;
}

/**
 * "the group launched ...", "the junta said ...", "join the alliance": a referring noun
 * after "the" stands for the last side of its kind named before it. Not when the noun
 * names its side itself ("the regime in Belarus", "the group of ...").
 */
function definiteReference(doc: Readonly<Doc>, kb: Knowledge, covered: Uint8Array, the: number, sentenceEnd: number): Mention | null {
  const tokens = doc.tokens;
  let i = the + 1;
  while (i < Math.min(sentenceEnd, the + 1 + REFERENCE_MODIFIER_REACH) && tokens[i]?.pos === "ADJ" && startsWithLowerCaseLetter(tokens[i]?.text ?? "")) i++;
  const noun = tokens[i];
  const referent = noun && covered[i] === 0 && startsWithLowerCaseLetter(noun.text) ? kb.language.referringNouns.get(noun.lower) : undefined;
  // "the group of ..." names its own side; "accused the bloc of interfering" does not.
  const after = tokens[i + 1]?.lower ?? "";
  const gerundAfterOf = after === "of" && tokens[i + 2]?.pos === "VERB" && tokens[i + 2]?.lower.endsWith("ing") === true;
  // "applied to join the alliance in May 2022": "in" before a date places nothing.
  const dateAfterIn = after === "in" && doc.dates.some((d) => d.start === tokens[i + 1]?.start || d.start === tokens[i + 2]?.start);
  if (!noun || !referent || ((after === "of" || after === "in") && !gerundAfterOf && !dateAfterIn)) return null;
  // "Washington would act if the junta did not ...": a country named earlier in the same sentence is seldom the one referred back to,
  // so an earlier sentence's is looked for first; an organisation is ("ECOWAS suspended Guinea from the bloc").
  const before = (m: Mention) => m.tokenEnd <= the && isReferent(m, referent);
  const antecedent =
    referent === "named-with"
      ? sideNamedWith(doc, noun.lower, the)
      : referent === "organization"
        ? doc.mentions.findLast(before)
        : (doc.mentions.findLast((m) => before(m) && m.sentence < noun.sentence) ?? doc.mentions.findLast(before));
  if (!antecedent) return null;
  return {
    start: noun.start,
    end: noun.end,
    text: noun.text,
    kind: antecedent.kind,
    code: antecedent.code,
    sentence: noun.sentence,
    tokenStart: i,
    tokenEnd: i + 1,
    ...(antecedent.organization !== undefined ? { organization: antecedent.organization, international: antecedent.international } : {}),
    rule: `coref/the-${referent}`,
  };
}

/**
 * Links later references to the people already found:
 * surnames the recognizer had no reason to call a name ("Reznikov thanked ..."),
 * titles without a name ("the secretary", "the Foreign Minister") to the last person
 * holding that title, and he/she to the last person in subject position nearby.
 */
export const coreferenceAnnotator = defineAnnotator({
  name: "coreference",
  requires: ["tokens", "sentences", "dates", "mentions", "actors"],
  adds: ["mentions", "actors"],
  annotate(doc, kb: Knowledge) {
    const tokens = doc.tokens;
    // Per token, 1 where a mention covers it.
    const covered = new Uint8Array(tokens.length);
    for (const mention of doc.mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
    const surnames = new Map<string, number>();
    doc.actors.forEach((actor, index) => {
      const words = nameWords(actor.name, kb.language);
      if (words.length < 2) return;
      for (const word of [words[0], words[words.length - 1]]) {
        if (word && referencesName(word, words, kb)) surnames.set(word.toLowerCase(), index);
      }
    });
    // A name inside a quotation is not what a "he" or "she" outside it refers to.
    const quoted = findQuoteSpans(doc.text);
    const people = PeopleInOrder.of(doc.mentions.filter((m) => m.kind === "person" && !quoted.some((q) => q.start < m.start && m.end < q.end)));
    const added: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || covered[i] === 1) continue;
      const sentence = doc.sentences[token.sentence];
      if (!sentence || sentence.role === "furniture") continue;
      // The capital test first: it settles most words from their first character code.
      const surnameActor = startsWithUpperCaseLetter(token.text) ? surnames.get(token.lower) : undefined;
      if (surnameActor !== undefined) {
        const mention = personMention(token, i, surnameActor, doc.actors, "coref/surname");
        added.push(mention);
        people.add(mention);
        continue;
      }
      const firstParagraph = sentence.paragraph - PARAGRAPH_REACH;
      if (PERSONAL_PRONOUNS.has(token.lower)) {
        const antecedent = (token.lower === "him" ? objectAntecedent(doc, kb, people, i) : undefined) ?? recentPerson(doc, people, i, firstParagraph);
        if (antecedent?.actor !== undefined) added.push(personMention(token, i, antecedent.actor, doc.actors, "coref/pronoun"));
        continue;
      }
      if (token.lower === "the") {
        const reference = definiteReference(doc, kb, covered, i, sentence.tokenEnd);
        if (reference) {
          added.push(reference);
          continue;
        }
        const title = kb.titles.longestMatch(tokens, i + 1, sentence.tokenEnd);
        const entry = title?.entries[0];
        if (!title || !entry || entry.kind !== "office" || covered[i + 1 + title.length] === 1) continue;
        const titleText = tokens.slice(i + 1, i + 1 + title.length).map((t) => t.text).join(" ").toLowerCase();
        const holder = people.latestBefore(i, (m) => m.actor !== undefined && (doc.actors[m.actor]?.role?.toLowerCase() ?? "").includes(titleText));
        if (holder?.actor !== undefined) {
          const last = tokens[i + title.length] as Token;
          added.push(personMention(token, i, holder.actor, doc.actors, "coref/title", i + 1 + title.length, last.end, doc.text.slice(token.start, last.end)));
        }
      }
    }
    const mentions = [...doc.mentions, ...added].sort(byPosition);
    const actors = doc.actors.map((actor) => ({ ...actor, mentions: [] as number[] }));
    mentions.forEach((mention, index) => {
      if (mention.actor !== undefined) actors[mention.actor]?.mentions.push(index);
    });
    return { mentions, actors };
  },
});
