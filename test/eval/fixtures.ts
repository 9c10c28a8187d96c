import type { ActorRecord } from "../../src/model/records.js";
import type { GoldArticle, Prediction, ScoredEvent } from "../../src/eval/types.js";

/** A completed in-person meeting between two governments; tests override what they vary. */
export function event(overrides: Partial<ScoredEvent> = {}): ScoredEvent {
  return {
    type: "CONSULT",
    mode: "in-person",
    status: "occurred",
    source: ["USA"],
    target: ["JPN"],
    participants: ["Lloyd J. Austin III", "Nobuo Kishi"],
    location: { name: "Tokyo", country: "JPN" },
    date: { text: "on Tuesday", start: "2021-03-16", end: "2021-03-16" },
    topics: [],
    evidence: "The defense chiefs of the two allies met in Tokyo on Tuesday to review their joint posture.",
    ...overrides,
  };
}

export function actor(name: string, role: string | null = null, country: string | null = null): ActorRecord {
  return { name, role, country, organization: null };
}

export function gold(parts: Partial<Omit<GoldArticle, "id" | "published">> = {}): GoldArticle {
  return { id: "sample", published: "2021-03-18", outlet: null, events: [], actors: [], quotes: [], ...parts };
}

export function prediction(parts: Partial<Prediction> = {}): Prediction {
  return { events: [], actors: [], quotes: [], ...parts };
}
