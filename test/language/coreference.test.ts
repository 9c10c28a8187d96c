import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../src/model/doc.js";
import type { Pipeline } from "../../src/language/pipeline.js";
import { languagePipeline } from "./helpers.js";

let run: Pipeline;

beforeAll(() => {
  run = languagePipeline();
});

function analyze(text: string): Doc {
  return run(text, "2021-03-10");
}

function actorIndex(doc: Doc, name: string): number {
  const index = doc.actors.findIndex((a) => a.name === name);
  expect(index, `no actor named ${name}`).toBeGreaterThanOrEqual(0);
  return index;
}

/** The actor linked to the n-th person mention written exactly `text` (case-sensitive). */
function linkedActor(doc: Doc, text: string, nth = 0): number | undefined {
  return doc.mentions.filter((m) => m.kind === "person" && m.text === text)[nth]?.actor;
}

describe("surnames", () => {
  it("a later surname links to the full name", () => {
    const doc = analyze("Prime Minister Ravi Menon arrived in Dhaka. Menon met students on Monday.");
    expect(linkedActor(doc, "Menon")).toBe(actorIndex(doc, "Ravi Menon"));
    expect(doc.actors).toHaveLength(1);
  });

  it("the actor lists every mention that links to it", () => {
    const doc = analyze("Prime Minister Ravi Menon arrived in Dhaka. Menon met students on Monday.");
    const actor = doc.actors[actorIndex(doc, "Ravi Menon")];
    expect(actor?.mentions.map((m) => doc.mentions[m]?.text)).toEqual(["Ravi Menon", "Menon"]);
  });

  it("a family-name-first name links through its first word", () => {
    const doc = analyze("Chinese Vice Premier Liu Weidong met Treasury Secretary Jane Roe in Zurich on Sunday. Liu later toured a watch factory.");
    expect(linkedActor(doc, "Liu")).toBe(actorIndex(doc, "Liu Weidong"));
  });

  it("a family-name-first speaker links through its first word", () => {
    const doc = analyze("Chinese Vice Premier Liu Weidong met Treasury Secretary Jane Roe in Zurich on Sunday. Liu said the talks were frank.");
    expect(linkedActor(doc, "Liu")).toBe(actorIndex(doc, "Liu Weidong"));
    expect(doc.actors).toHaveLength(2);
  });

  it("a leading family name that is also an English given name links to the full name", () => {
    const doc = analyze("South Korean Foreign Minister Park Min-jun met envoys in Busan on Sunday. Park said the talks were useful.");
    expect(linkedActor(doc, "Park")).toBe(actorIndex(doc, "Park Min-jun"));
    expect(doc.actors).toHaveLength(1);
  });

  it("a given name alone does not link to the full name", () => {
    const doc = analyze("Treasury Secretary Jane Roe met envoys in Zurich on Sunday. Jane later toured a watch factory.");
    expect(linkedActor(doc, "Jane")).toBeUndefined();
  });
});

describe("titles", () => {
  it("'the secretary' links to the last person with that title, not the last person", () => {
    const doc = analyze("Secretary of State Jane Roe met French Foreign Minister Claire Dubois in Paris. The secretary then flew to Rome.");
    expect(linkedActor(doc, "The secretary")).toBe(actorIndex(doc, "Jane Roe"));
  });

  it("'the Foreign Minister' links to the last foreign minister", () => {
    const doc = analyze("French Foreign Minister Claire Dubois met Secretary of State Jane Roe in Paris. The Foreign Minister praised the deal.");
    expect(linkedActor(doc, "The Foreign Minister")).toBe(actorIndex(doc, "Claire Dubois"));
  });

  it("a title no one in the article holds links to no one", () => {
    const doc = analyze("French Foreign Minister Claire Dubois met envoys in Paris. The prime minister stayed away.");
    expect(doc.mentions.filter((m) => m.text.toLowerCase() === "the prime minister")).toEqual([]);
  });
});

describe("pronouns", () => {
  it("'he said' links to the person in subject position, not the last person named", () => {
    const doc = analyze("Defense Secretary Lloyd Austin met Gen. Ahmad Karimi in Kabul. He said the mission was over.");
    expect(linkedActor(doc, "He")).toBe(actorIndex(doc, "Lloyd Austin"));
  });

  it("'she' links to the only person nearby", () => {
    const doc = analyze("Foreign Minister Claire Dubois met envoys. She said the talks would continue.");
    expect(linkedActor(doc, "She")).toBe(actorIndex(doc, "Claire Dubois"));
  });

  it("an object 'him' is the other person of its sentence, not its subject", () => {
    const doc = analyze("President Lula da Silva met Argentine President Javier Milei in Brasilia, urging him to join the trade pact.");
    expect(linkedActor(doc, "him")).toBe(actorIndex(doc, "Javier Milei"));
  });

  it("an object 'him' after a speech verb may be the speaker", () => {
    const doc = analyze("President Lula da Silva said Javier Milei had called him on Monday.");
    expect(linkedActor(doc, "him")).toBe(actorIndex(doc, "Lula da Silva"));
  });

  it("a pronoun does not reach back past the previous paragraph", () => {
    const doc = analyze(
      "Defense Secretary Lloyd Austin met Gen. Ahmad Karimi in Kabul.\n\nThe weather was mild.\n\nThe convoy left at dawn. He said the mission was over.",
    );
    expect(linkedActor(doc, "He")).toBeUndefined();
  });

  it("a pronoun with no person before it links to no one", () => {
    const doc = analyze("He said the talks would continue. Foreign Minister Claire Dubois agreed.");
    expect(linkedActor(doc, "He")).toBeUndefined();
  });
});

describe("'the' + a referring noun", () => {
  /** The code a side mention written exactly `text` carries, or undefined when there is none. */
  const codeOf = (doc: Doc, text: string) => doc.mentions.find((m) => m.text === text && m.kind !== "person")?.code;

  it("'the group' is the last armed group named, 'the alliance' the last international organisation", () => {
    const doc = analyze("Houthi fighters fired missiles at a tanker. On Tuesday, the group launched its largest attack. NATO met in Brussels, and the alliance said it would respond.");
    expect(codeOf(doc, "group")).toBe(codeOf(doc, "Houthi"));
    expect(codeOf(doc, "alliance")).toBe("NATO");
  });

  it("'the military junta' is the last government named, past its describing word", () => {
    const doc = analyze("ECOWAS imposed sanctions on Niger on Sunday. The military junta rejected the demand.");
    expect(codeOf(doc, "junta")).toBe("NER");
  });

  it("a referring noun looks back to an earlier sentence before a side named earlier in its own ('Washington would act if the junta ...')", () => {
    const doc = analyze("The United States imposed sanctions on three Myanmar generals. Blinken said Washington would act if the junta did not free detained leaders.");
    expect(codeOf(doc, "junta")).toBe("MMR");
  });

  it("'in' + a date after the noun places nothing, so the noun still refers back ('join the alliance in May 2022')", () => {
    const doc = analyze("Finland joined NATO on Tuesday. Sweden applied to join the alliance in May 2022.");
    expect(codeOf(doc, "alliance")).toBe("NATO");
  });

  it("'of' + a gerund after the noun is the verb's, not the noun's ('accused the bloc of interfering')", () => {
    const doc = analyze("The European Union imposed sanctions on Belarus. Minsk accused the bloc of interfering in its affairs.");
    expect(codeOf(doc, "bloc")).toBe("EU");
  });

  it("'the ministry' is the side the ministry was named with, not the last country named", () => {
    const doc = analyze("Taiwan's defence ministry said it had detected 70 Chinese aircraft. The ministry condemned the drills.");
    expect(codeOf(doc, "ministry")).toBe("TWN");
  });

  it("a noun that names its side itself, or a capitalised name, refers to nothing before it", () => {
    const doc = analyze("The European Union condemned Minsk. The regime in Belarus did not reply. Leaders of the Group of Seven met.");
    expect(codeOf(doc, "regime")).toBeUndefined();
    expect(doc.mentions.some((m) => m.rule.startsWith("coref/the-"))).toBe(false);
  });
});
