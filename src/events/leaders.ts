import type { Doc } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { PloverType } from "../model/plover.js";
import type { EventCandidate } from "./candidate.js";

/** Words in a sentence that say its sides act through their leaders ("the leaders of Russia, Ukraine ..."). */
const LEADER_WORDS = new Set(["leader", "leaders"]);

/** Acts leaders do together, face to face or by their signatures. */
const LEADERS_ACTS: ReadonlySet<PloverType> = new Set(["CONSULT", "AGREE", "COOPERATE"]);

/**
 * "The leaders of Russia, Ukraine, Germany and France agreed ...": a meeting or agreement
 * that took place and that its sentence says the leaders of the countries made, takes as
 * people the heads of state or government of those countries that the article names
 * elsewhere, the first one named for each country.
 */
export function withNamedLeaders(doc: Readonly<Doc>, kb: Knowledge, candidates: EventCandidate[]): EventCandidate[] {
  for (const candidate of candidates) {
    // Who will attend a meeting still to come is not known from who leads the countries today.
    if (candidate.participants.length > 0 || !LEADERS_ACTS.has(candidate.type) || candidate.status !== "occurred") continue;
    const sentence = doc.sentences[candidate.mention.sentence];
    if (!sentence || !doc.tokens.slice(sentence.tokenStart, candidate.mention.tokenStart).some((t) => LEADER_WORDS.has(t.lower))) continue;
    const leaders = new Map<string, number>();
    doc.actors.forEach((actor, index) => {
      const country = actor.country;
      if (!country || leaders.has(country) || !kb.language.leaderTitles.has(actor.role?.toLowerCase() ?? "")) return;
      if (candidate.source.includes(country) || candidate.target.includes(country)) leaders.set(country, index);
    });
    candidate.participants = [...leaders.values()];
  }
  return candidates;
}
