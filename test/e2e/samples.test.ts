import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createExtractor, type Extractor } from "../../src/extract.js";
import { UNORDERED_TYPES, type EventMode, type EventStatus, type PloverType } from "../../src/model/plover.js";
import type { EventRecord } from "../../src/model/records.js";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

/** The gold fields of a sample's sidecar that these tests read. */
interface SampleKey {
  source: { published: string };
  events: { type: string; status: string; source: string[]; target: string[] }[];
}

/** A key record of a sample: type, sides and status always; the rest only where the engine gets it right. */
interface Expected {
  type: PloverType;
  source: string[];
  target: string[];
  status: EventStatus;
  mode?: EventMode;
  /** The gold date range; the record's range must lie inside it. */
  within?: [string, string];
  country?: string;
  /** People who must be among the record's participants. */
  people?: string[];
}

let extractor: Extractor;

beforeAll(() => {
  extractor = createExtractor();
});

function readSample(id: string): { key: SampleKey; events: EventRecord[] } {
  const key = JSON.parse(readFileSync(`${SAMPLES}${id}.json`, "utf8")) as SampleKey;
  const text = readFileSync(`${SAMPLES}${id}.txt`, "utf8");
  const { events } = extractor.analyze(text, { format: "text", published: key.source.published });
  return { key, events };
}

const sorted = (codes: readonly string[]) => [...new Set(codes)].sort();

/** Same sides as the gold: as one set for meetings and joint action, as source and target sets otherwise. */
function sameSides(type: PloverType, a: { source: string[]; target: string[] }, b: { source: string[]; target: string[] }): boolean {
  const eq = (x: string[], y: string[]) => JSON.stringify(sorted(x)) === JSON.stringify(sorted(y));
  if (UNORDERED_TYPES.has(type)) return eq([...a.source, ...a.target], [...b.source, ...b.target]);
  return eq(a.source, b.source) && eq(a.target, b.target);
}

function describeRecord(e: { type: string; status: string; source: string[]; target: string[] }): string {
  return `${e.type} ${e.status} ${e.source.join(",")}->${e.target.join(",")}`;
}

/**
 * Asserts that the sample's answer key holds the expected record (so the test cannot drift
 * from the key) and that the engine finds it with every argument the test names.
 */
function expectKeyRecord(id: string, expected: Expected): void {
  const { key, events } = readSample(id);
  const gold = key.events.find((g) => g.type === expected.type && g.status === expected.status && sameSides(expected.type, g, expected));
  expect(gold, `answer key of ${id} holds ${describeRecord(expected)}`).toBeDefined();

  const candidates = events.filter((e) => e.type === expected.type && e.status === expected.status && sameSides(expected.type, e, expected));
  const found = candidates.find(
    (e) =>
      (expected.mode === undefined || e.mode === expected.mode) &&
      (expected.within === undefined || (e.date !== null && e.date.start >= expected.within[0] && e.date.end <= expected.within[1])) &&
      (expected.country === undefined || e.location?.country === expected.country) &&
      (expected.people ?? []).every((p) => e.participants.includes(p)),
  );
  if (!found) {
    const got = events.map((e) => `${describeRecord(e)} ${e.mode ?? "-"} ${e.date?.start ?? ""}..${e.date?.end ?? ""} @${e.location?.country ?? "-"} [${e.participants.join("; ")}]`);
    expect.fail(`${id}: no ${describeRecord(expected)} with the expected arguments; found:\n  ${got.join("\n  ")}`);
  }
}

describe("one end-to-end record per kind of sample article", () => {
  it("a summit back on schedule: planned in-person CONSULT at its venue and date", () => {
    expectKeyRecord("2018-06-01-trump-says-singapore-summit-back-on", {
      type: "CONSULT", source: ["USA"], target: ["PRK"], status: "planned", mode: "in-person",
      within: ["2018-06-12", "2018-06-12"], country: "SGP", people: ["Donald Trump", "Kim Jong Un"],
    });
  });

  it("a summit that ended early: occurred CONSULT and the walk-out as REJECT", () => {
    expectKeyRecord("2019-02-28-trump-kim-hanoi-summit-ends-early", {
      type: "CONSULT", source: ["USA"], target: ["PRK"], status: "occurred", mode: "in-person",
      within: ["2019-02-27", "2019-02-28"], people: ["Donald Trump", "Kim Jong Un"],
    });
    expectKeyRecord("2019-02-28-trump-kim-hanoi-summit-ends-early", {
      type: "REJECT", source: ["USA"], target: ["PRK"], status: "occurred", within: ["2019-02-28", "2019-02-28"],
    });
  });

  it("a multilateral summit announced for later: planned CONSULT of the G7 in The Hague", () => {
    expectKeyRecord("2014-03-18-putin-signs-treaty-absorbing-crimea", {
      type: "CONSULT", source: ["G7"], target: [], status: "planned", within: ["2014-03-24", "2014-03-30"], country: "NLD",
    });
  });

  it("ministers' talks scheduled for the publication day: planned CONSULT in Washington", () => {
    expectKeyRecord("2023-04-11-balikatan-drills-open-as-china-ends-taiwan-exercises", {
      type: "CONSULT", source: ["PHL"], target: ["USA"], status: "planned", mode: "in-person",
      within: ["2023-04-11", "2023-04-11"], country: "USA",
      people: ["Enrique Manalo", "Carlito Galvez", "Antony Blinken", "Lloyd Austin"],
    });
  });

  it("a leader's visit to a capital: occurred CONSULT placed there", () => {
    expectKeyRecord("2024-03-07-sweden-joins-nato", {
      type: "CONSULT", source: ["SWE"], target: ["HUN"], status: "occurred", mode: "in-person", country: "HUN", people: ["Viktor Orban"],
    });
  });

  it("a cancelled summit: cancelled CONSULT at the venue it was meant for", () => {
    expectKeyRecord("2025-10-22-trump-calls-off-budapest-summit-with-putin", {
      type: "CONSULT", source: ["USA"], target: ["RUS"], status: "cancelled", mode: "in-person", country: "HUN",
      people: ["Donald Trump", "Vladimir Putin"],
    });
  });

  it("a phone-call readout: the allies' call by phone with every leader, and a call scheduled for Thursday", () => {
    expectKeyRecord("2021-12-07-biden-putin-video-call", {
      type: "CONSULT", source: ["USA"], target: ["FRA", "DEU", "ITA", "GBR"], status: "occurred", mode: "phone",
      within: ["2021-12-06", "2021-12-06"],
      people: ["Joe Biden", "Emmanuel Macron", "Angela Merkel", "Mario Draghi", "Boris Johnson"],
    });
    expectKeyRecord("2021-12-07-biden-putin-video-call", {
      type: "CONSULT", source: ["USA"], target: ["UKR"], status: "planned", mode: "phone",
      within: ["2021-12-09", "2021-12-09"], people: ["Joe Biden", "Volodymyr Zelensky"],
    });
  });

  it("a warning between leaders: occurred THREATEN on the day of the call", () => {
    expectKeyRecord("2021-12-07-biden-putin-video-call", {
      type: "THREATEN", source: ["USA"], target: ["RUS"], status: "occurred", within: ["2021-12-07", "2021-12-07"],
      people: ["Joe Biden", "Vladimir Putin"],
    });
  });

  it("a sanctions announcement: occurred SANCTION dated the release day, with the condemnation beside it", () => {
    expectKeyRecord("2022-09-22-treasury-sanctions-iran-morality-police", {
      type: "SANCTION", source: ["USA"], target: ["IRN"], status: "occurred", within: ["2022-09-22", "2022-09-22"],
    });
    expectKeyRecord("2022-09-22-treasury-sanctions-iran-morality-police", {
      type: "ACCUSE", source: ["USA"], target: ["IRN"], status: "occurred", within: ["2022-09-22", "2022-09-22"], people: ["Janet L. Yellen"],
    });
  });

  it("ambassadors recalled in protest: SANCTION against both countries, dated the day before", () => {
    expectKeyRecord("2021-09-18-france-recalls-ambassadors-over-aukus", {
      type: "SANCTION", source: ["FRA"], target: ["USA", "AUS"], status: "occurred", within: ["2021-09-17", "2021-09-17"],
    });
  });

  it("an invasion: occurred ASSAULT on the publication day, ordered by the named leader", () => {
    expectKeyRecord("2022-02-24-russia-invades-ukraine", {
      type: "ASSAULT", source: ["RUS"], target: ["UKR"], status: "occurred", within: ["2022-02-24", "2022-02-24"], people: ["Vladimir Putin"],
    });
  });

  it("airstrikes by two allies: one ASSAULT from both against the country struck", () => {
    expectKeyRecord("2024-01-12-us-and-britain-strike-houthi-targets", {
      type: "ASSAULT", source: ["USA", "GBR"], target: ["YEM"], status: "occurred",
    });
  });

  it("an agreement signing: occurred AGREE with the signatories and the witness", () => {
    expectKeyRecord("2020-02-29-us-and-taliban-sign-doha-agreement", {
      type: "AGREE", source: ["USA"], target: ["AFG"], status: "occurred", within: ["2020-02-29", "2020-02-29"],
      people: ["Zalmay Khalilzad", "Abdul Ghani Baradar", "Mike Pompeo"],
    });
  });

  it("a mediated deal: the AGREE between the two rivals and the talks in the mediator's capital", () => {
    expectKeyRecord("2023-03-10-saudi-iran-restore-ties-in-beijing", {
      type: "AGREE", source: ["SAU"], target: ["IRN"], status: "occurred", within: ["2023-03-10", "2023-03-10"],
    });
    expectKeyRecord("2023-03-10-saudi-iran-restore-ties-in-beijing", {
      type: "CONSULT", source: ["SAU"], target: ["IRN", "CHN"], status: "occurred", mode: "in-person",
      within: ["2023-03-06", "2023-03-10"], country: "CHN",
    });
  });

  it("a multilateral agreement: AGREE between one country and all the other parties", () => {
    expectKeyRecord("2015-07-14-iran-nuclear-deal-vienna", {
      type: "AGREE", source: ["IRN"], target: ["USA", "GBR", "FRA", "DEU", "RUS", "CHN", "EU"], status: "occurred",
      within: ["2015-07-14", "2015-07-14"],
    });
  });

  it("a four-party summit that produced a deal: one CONSULT with every side", () => {
    expectKeyRecord("2015-02-12-minsk-ceasefire-deal", {
      type: "CONSULT", source: ["RUS"], target: ["UKR", "DEU", "FRA"], status: "occurred", within: ["2015-02-11", "2015-02-12"],
    });
  });

  it("a deal recalled from an earlier month: AGREE dated that whole month", () => {
    expectKeyRecord("2020-12-14-us-removes-sudan-from-terror-list", {
      type: "AGREE", source: ["SDN"], target: ["ISR"], status: "occurred", within: ["2020-10-01", "2020-10-31"],
    });
  });

  it("a troop pull-out: occurred RETREAT dated the day it ended", () => {
    expectKeyRecord("2021-08-31-last-us-troops-leave-afghanistan", {
      type: "RETREAT", source: ["USA"], target: ["AFG"], status: "occurred", within: ["2021-08-30", "2021-08-30"],
    });
  });

  it("a prisoner exchange: the thanks to every ally that helped is one SUPPORT", () => {
    expectKeyRecord("2024-08-01-prisoner-exchange-in-ankara", {
      type: "SUPPORT", source: ["USA"], target: ["DEU", "POL", "SVN", "NOR", "TUR"], status: "occurred",
      within: ["2024-08-01", "2024-08-01"], people: ["Joe Biden"],
    });
  });

  it("a ceasefire taking hold: occurred RETREAT on the day", () => {
    expectKeyRecord("2025-01-19-gaza-ceasefire-takes-hold", {
      type: "RETREAT", source: ["ISR"], target: ["PSE"], status: "occurred", within: ["2025-01-19", "2025-01-19"],
    });
  });

  it("an aid package: occurred AID from the giver to the recipient, and the recipient's appeal", () => {
    expectKeyRecord("2022-03-16-biden-sends-800-million-in-weapons-to-ukraine", {
      type: "AID", source: ["USA"], target: ["UKR"], status: "occurred", within: ["2022-03-16", "2022-03-16"], people: ["Joe Biden"],
    });
    expectKeyRecord("2022-03-16-biden-sends-800-million-in-weapons-to-ukraine", {
      type: "REQUEST", source: ["UKR"], target: ["USA"], status: "occurred", within: ["2022-03-16", "2022-03-16"], people: ["Volodymyr Zelensky"],
    });
  });

  it("a Security Council veto: REJECT with the UN as target", () => {
    expectKeyRecord("2022-02-25-russia-vetoes-security-council-resolution", {
      type: "REJECT", source: ["RUS"], target: ["UN"], status: "occurred", within: ["2022-02-25", "2022-02-25"],
    });
  });

  it("a leader heckled by workers: PROTEST inside one country, at its place and day, with the leader", () => {
    expectKeyRecord("2020-08-17-belarus-lukashenko-heckled-as-protests-grow", {
      type: "PROTEST", source: ["BLR"], target: ["BLR"], status: "occurred", within: ["2020-08-17", "2020-08-17"],
      country: "BLR", people: ["Alexander Lukashenko"],
    });
  });

  it("a protest at a foreign embassy: PROTEST from the host country against the embassy's country", () => {
    expectKeyRecord("2023-07-31-ecowas-gives-niger-junta-a-week", {
      type: "PROTEST", source: ["NER"], target: ["FRA"], status: "occurred", within: ["2023-07-30", "2023-07-30"], country: "NER",
    });
  });

  it("a crackdown on protesters at home: COERCE with one country on both sides, and foreign condemnation", () => {
    expectKeyRecord("2022-09-21-putin-orders-partial-mobilization", {
      type: "COERCE", source: ["RUS"], target: ["RUS"], status: "occurred", within: ["2022-09-21", "2022-09-21"],
    });
    expectKeyRecord("2022-09-21-putin-orders-partial-mobilization", {
      type: "ACCUSE", source: ["USA"], target: ["RUS"], status: "occurred", within: ["2022-09-21", "2022-09-21"],
      people: ["Joe Biden", "Vladimir Putin"],
    });
  });

  it("a leaders' meeting with a rebuke: ACCUSE voiced at the meeting takes its date and both leaders", () => {
    expectKeyRecord("2022-11-14-biden-xi-meet-in-bali", {
      type: "ACCUSE", source: ["USA"], target: ["CHN"], status: "occurred", within: ["2022-11-14", "2022-11-14"],
      people: ["Joe Biden", "Xi Jinping"],
    });
  });

  it("an expression of regret: CONCEDE from the side that regrets", () => {
    expectKeyRecord("2023-02-03-blinken-postpones-china-trip-over-balloon", {
      type: "CONCEDE", source: ["CHN"], target: ["USA"], status: "occurred", within: ["2023-02-03", "2023-02-03"],
    });
  });

  it("an appeal from the UN: REQUEST dated the day of the vote", () => {
    expectKeyRecord("2024-01-12-us-and-britain-strike-houthi-targets", {
      type: "REQUEST", source: ["UN"], target: ["YEM"], status: "occurred", within: ["2024-01-10", "2024-01-10"],
    });
  });
});
