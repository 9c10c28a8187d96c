import type { Actor, Mention } from "../../model/doc.js";
import type { Knowledge, Officeholder } from "../../knowledge/types.js";
import { phraseWords } from "../../knowledge/phrase-index.js";
import { nameWords } from "./names.js";
import { issuingSide } from "./issuer.js";
import type { PersonCandidate } from "./people.js";

/** Given names agree when equal, or when one is the other's initial ("J." and "James"). */
function givenNamesAgree(a: string, b: string): boolean {
  const x = withoutFinalStop(a).toLowerCase();
  const y = withoutFinalStop(b).toLowerCase();
  if (x === y) return true;
  return (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

function withoutFinalStop(word: string): string {
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

/** Two written names can be the same person: same surname, and no given name that contradicts. */
export function sameNamedPerson(a: string, b: string, kb: Knowledge): boolean {
  const wa = nameWords(a, kb.language);
  const wb = nameWords(b, kb.language);
  if (wa.length === 1 || wb.length === 1) {
    const [one, full] = wa.length === 1 ? [wa, wb] : [wb, wa];
    return referencesName(one[0] ?? "", full, kb);
  }
  // "Le Drian" for "Jean-Yves Le Drian", "von der Leyen" for "Ursula von der Leyen": a surname with its particles.
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (allParticles(shorter, shorter.length - 1, kb)) {
    const offset = longer.length - shorter.length;
    return shorter.every((w, k) => w.toLowerCase() === longer[offset + k]?.toLowerCase());
  }
  const lastA = wa[wa.length - 1]?.toLowerCase();
  const lastB = wb[wb.length - 1]?.toLowerCase();
  if (!lastA || lastA !== lastB) return false;
  return givenNamesAgree(wa[0] ?? "", wb[0] ?? "");
}

/** Whether the first `count` words are name particles ("von", "der"). */
function allParticles(words: readonly string[], count: number, kb: Knowledge): boolean {
  for (let k = 0; k < count; k++) if (!kb.language.nameParticles.has((words[k] as string).toLowerCase())) return false;
  return true;
}

/**
 * Whether one word can stand for a full name: its surname, or its first word when
 * that is not a given name or is a family name written first, as with East Asian
 * names ("Wei" for "Wei Fenghe", "Kim" for "Kim Jong Un", but not "Antony" for
 * "Antony Blinken"), or a word inside a long name that is no given name, as the name
 * a person goes by ("Lula" for "Luiz Inacio Lula da Silva").
 */
export function referencesName(word: string, full: readonly string[], kb: Knowledge): boolean {
  const lower = word.toLowerCase();
  if (full[full.length - 1]?.toLowerCase() === lower) return true;
  // Past the first two words, a word is no longer a given name however it is spelt.
  const at = full.findIndex((w, k) => k > 0 && k < full.length - 1 && w.toLowerCase() === lower);
  if (full.length >= 4 && at > 0 && (at >= 2 || !kb.givenNames.has(lower)) && !kb.language.nameParticles.has(lower)) return true;
  return full.length > 1 && full[0]?.toLowerCase() === lower && (!kb.givenNames.has(lower) || kb.language.leadingFamilyNames.has(lower));
}

function inOffice(holder: Officeholder, year: number | null): boolean {
  if (year === null) return true;
  return holder.from <= year && (holder.to === null || year <= holder.to);
}

/** The officeholder this name refers to in the article's year, if exactly one person fits. */
export function findOfficeholder(name: string, kb: Knowledge, year: number | null): Officeholder | null {
  let byYear = officeholderMemo.get(kb);
  if (!byYear) {
    byYear = new Map();
    officeholderMemo.set(kb, byYear);
  }
  let known = byYear.get(year);
  if (!known) {
    known = new Map();
    byYear.set(year, known);
  }
  let holder = known.get(name);
  if (holder === undefined) {
    holder = lookUpOfficeholder(name, kb, year);
    known.set(name, holder);
  }
  return holder;
}

/** The knowledge base never changes, so what a name resolves to in a year is remembered per knowledge base, by year and name. */
const officeholderMemo = new WeakMap<Knowledge, Map<number | null, Map<string, Officeholder | null>>>();

function lookUpOfficeholder(name: string, kb: Knowledge, year: number | null): Officeholder | null {
  const byName = kb.officeholders.get(name).filter((h) => inOffice(h, year));
  const candidates = byName.length > 0 ? byName : kb.officeholders.get(nameWords(name, kb.language).slice(-1)[0] ?? name);
  const fitting = candidates.filter((h) => inOffice(h, year) && [h.name, ...h.aliases].some((n) => sameNamedPerson(n, name, kb)));
  const unique = [...new Set(fitting)];
  if (unique.length === 1) return unique[0] ?? null;
  // One person who changed office that year (CIA Director, then Secretary of State): the later office.
  const first = unique[0];
  if (!first || unique.some((h) => h.name !== first.name)) return null;
  return unique.reduce((latest, h) => (h.from > latest.from ? h : latest));
}

/** The name with the most space-separated words, then the most characters; the earliest on a tie. */
function fullestName(members: readonly PersonCandidate[]): string {
  let best = "";
  let bestWords = 0;
  for (const { name } of members) {
    const words = spaceCount(name) + 1;
    if (words > bestWords || (words === bestWords && name.length > best.length)) {
      best = name;
      bestWords = words;
    }
  }
  return best;
}

function spaceCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) count++;
  return count;
}

function longest(values: (string | null)[]): string | null {
  let best: string | null = null;
  for (const value of values) if (value && (!best || value.length > best.length)) best = value;
  return best;
}

function firstOf(values: (string | null)[]): string | null {
  return values.find((v) => v !== null) ?? null;
}

/** The country an organisation name implies, when the lexicon knows it as a national body. */
function organisationCountry(organization: string | null, kb: Knowledge): string | null {
  if (!organization) return null;
  const entry = kb.sides.get(organization).find((e) => e.kind === "agency");
  return entry?.code ?? null;
}

/** Words before a person who is met rather than meeting ("met with Minister of Defense Iván Velásquez"): a counterpart, not the issuer's own official. */
const COUNTERPART_CUES = new Set(["with", "met", "meets", "meet", "welcomed", "hosted", "received", "visited", "thanked", "called", "phoned"]);

/** Whether an organisation name is an international organisation's, whose officials have no country. */
function isInternational(organization: string | null, kb: Knowledge): boolean {
  return organization !== null && kb.sides.get(organization).some((e) => e.kind === "igo");
}

/**
 * Groups person candidates into actors (one per person, under the fullest name the
 * article writes), fills role, country and organisation from the text first and from
 * the officeholders list only where the text is silent, and returns a person mention
 * per candidate.
 */
export function resolveActors(
  candidates: readonly PersonCandidate[],
  kb: Knowledge,
  published: string | null,
  doc: { tokens: readonly { start: number; end: number; lower: string }[]; outlet?: string | null },
): { actors: Actor[]; mentions: Mention[] } {
  const year = published ? Number(published.slice(0, 4)) : null;
  // An official of no stated country in a government's own release is one of that government's.
  const issuer = issuingSide(doc.outlet ?? null, kb);
  // A person is named the same way many times: each name is split once.
  const wordsInName = new Map<string, number>();
  for (const { name } of candidates) if (!wordsInName.has(name)) wordsInName.set(name, phraseWords(name).length);
  const order = candidates
    .map((candidate, index) => ({ candidate, index, words: wordsInName.get(candidate.name) ?? 0 }))
    .sort((a, b) => b.words - a.words || a.index - b.index);
  const groups: PersonCandidate[][] = [];
  /** Per group, the names its members go by, each once: whether a name joins a group depends on names alone. */
  const groupNames: string[][] = [];
  const groupOf = new Map<number, number>();
  for (const { candidate, index } of order) {
    let group = groupNames.findIndex((names) => names.some((name) => sameNamedPerson(name, candidate.name, kb)));
    if (group < 0) {
      group = groups.length;
      groups.push([]);
      groupNames.push([]);
    }
    groups[group]?.push(candidate);
    const names = groupNames[group];
    if (names && !names.includes(candidate.name)) names.push(candidate.name);
    groupOf.set(index, group);
  }
  const firstPosition = (members: PersonCandidate[]) => Math.min(...members.map((m) => m.tokenStart));
  const ranked = groups.map((members, group) => ({ members, group, first: firstPosition(members) })).sort((a, b) => a.first - b.first);
  const actorIndex = new Map<number, number>();
  const actors: Actor[] = ranked.map(({ members, group }, index) => {
    actorIndex.set(group, index);
    const name = fullestName(members);
    const holder = findOfficeholder(name, kb, year);
    // The role is what the text says; a known officeholder fills in only country and organisation.
    const role = longest(members.map((m) => m.role));
    const organization = firstOf(members.map((m) => m.organization)) ?? holder?.organization ?? null;
    const country =
      firstOf(members.map((m) => m.country)) ??
      organisationCountry(organization, kb) ??
      holder?.country ??
      (organization === null ? firstOf(members.map((m) => m.sentenceNationality ?? null)) : null) ??
      (role !== null && !isInternational(organization, kb) && !members.some((m) => COUNTERPART_CUES.has(doc.tokens[m.phraseStart - 1]?.lower ?? "")) ? issuer : null);
    return { name, role, country, organization, mentions: [] };
  });
  const mentions: Mention[] = candidates.map((candidate, index) => {
    const actor = actorIndex.get(groupOf.get(index) ?? -1) ?? 0;
    return {
      start: doc.tokens[candidate.tokenStart]?.start ?? 0,
      end: doc.tokens[candidate.tokenEnd - 1]?.end ?? 0,
      text: candidate.name,
      kind: "person",
      code: actors[actor]?.country ?? null,
      sentence: candidate.sentence,
      tokenStart: candidate.tokenStart,
      tokenEnd: candidate.tokenEnd,
      phraseStart: candidate.phraseStart,
      actor,
      rule: candidate.rule,
    };
  });
  return { actors, mentions };
}
