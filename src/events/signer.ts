import type { Doc } from "../model/doc.js";
import type { EventCandidate } from "./candidate.js";

/** How long a signature line may be: a name and a title ("Antony J. Blinken, Secretary of State"). */
const SIGNATURE_MAX_TOKENS = 14;
/** How many paragraphs from the top a statement's signature may sit. */
const SIGNATURE_REACH = 3;

/**
 * The official who signs a statement: a paragraph of its own, near the top or at the
 * end, that is only a person's name and title, with no verb ("Antony J. Blinken,
 * Secretary of State"). Returns the actor's index, if the article has such a line.
 */
export function statementSigner(doc: Readonly<Doc>): number | undefined {
  const last = doc.sentences.at(-1)?.paragraph ?? 0;
  for (const [index, sentence] of doc.sentences.entries()) {
    if (sentence.role !== "body" || (sentence.paragraph > SIGNATURE_REACH && sentence.paragraph !== last)) continue;
    const alone = doc.sentences.filter((s) => s.paragraph === sentence.paragraph).length === 1;
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    if (!alone || tokens.length > SIGNATURE_MAX_TOKENS || tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) continue;
    const person = doc.mentions.find((m) => m.sentence === index && m.kind === "person" && m.tokenStart === sentence.tokenStart);
    if (person?.actor !== undefined && doc.actors[person.actor]?.country) return person.actor;
  }
  return undefined;
}

/** GUIDE.md: the official who signs a statement takes part in the acts it announces, those of the signer's government. */
export function withSigner(doc: Readonly<Doc>, candidates: EventCandidate[]): EventCandidate[] {
  const signer = statementSigner(doc);
  const country = signer === undefined ? null : doc.actors[signer]?.country;
  if (signer === undefined || !country) return candidates;
  for (const candidate of candidates) {
    if (candidate.source.includes(country) && !candidate.participants.includes(signer)) candidate.participants = [signer, ...candidate.participants];
  }
  return candidates;
}
