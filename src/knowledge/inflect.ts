/**
 * Regular English inflection for lexicon entries, so data files list a base form
 * once ("meet", "sanction") and match every form news text uses.
 */

const SIBILANT_END = /(s|x|z|ch|sh)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

export function pluralOf(noun: string): string {
  if (SIBILANT_END.test(noun)) return `${noun}es`;
  if (CONSONANT_Y_END.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function thirdPersonOf(verb: string): string {
  return pluralOf(verb);
}

function regularPastOf(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (CONSONANT_Y_END.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

function gerundOf(verb: string): string {
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith("e") && !verb.endsWith("ee")) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

/**
 * Every form of a verb: base, third person, past and participle (irregular ones
 * from `irregular`, base → forms), and the -ing form. Verbs whose final consonant
 * doubles ("ban" → "banned") list their forms in the data instead.
 */
export function verbForms(base: string, irregular: ReadonlyMap<string, readonly string[]>): string[] {
  const past = irregular.get(base) ?? [regularPastOf(base)];
  return [...new Set([base, thirdPersonOf(base), ...past, gerundOf(base)])];
}
