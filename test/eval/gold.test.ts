import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ParleyError } from "../../src/errors.js";
import { loadGoldFolder, parseGold } from "../../src/eval/gold.js";

const valid = {
  id: "talks",
  source: { published: "2021-03-18", outlet: "Example Wire" },
  events: [
    {
      type: "CONSULT",
      mode: "virtual",
      status: "occurred",
      source: ["IND"],
      target: ["AUS"],
      participants: ["Scott Morrison"],
      location: null,
      date: { text: "on Thursday", start: "2021-03-18", end: "2021-03-18" },
      topics: ["trade"],
      evidence: "The two prime ministers held a virtual summit on Thursday.",
    },
  ],
  actors: [{ name: "Scott Morrison", role: "Prime Minister", country: "AUS", organization: null }],
  quotes: [{ speaker: "Scott Morrison", text: "a partnership for the decade" }],
};

function invalidBecause(json: unknown): string {
  try {
    parseGold(JSON.stringify(json), "/gold/talks.json");
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as ParleyError).code).toBe("GOLD_INVALID");
    return (error as Error).message;
  }
  throw new Error("expected the gold file to be rejected");
}

describe("parseGold", () => {
  it("reads a valid gold file, its id taken from the file name", () => {
    const article = parseGold(JSON.stringify(valid), "/gold/talks.json");
    expect(article.id).toBe("talks");
    expect(article.published).toBe("2021-03-18");
    expect(article.outlet).toBe("Example Wire");
    expect(article.events[0]?.mode).toBe("virtual");
    expect(article.actors[0]?.role).toBe("Prime Minister");
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseGold("{ not json", "/gold/talks.json")).toThrow(/not valid JSON/);
  });

  it("rejects missing arrays and a missing publication date, naming where", () => {
    expect(invalidBecause({ ...valid, events: undefined })).toMatch(/events: expected an array/);
    expect(invalidBecause({ ...valid, quotes: {} })).toMatch(/quotes: expected an array/);
    expect(invalidBecause({ ...valid, source: {} })).toMatch(/source\.published: expected a string/);
    expect(invalidBecause({ ...valid, source: { published: "March 18" } })).toMatch(/not an ISO day/);
  });

  it("rejects malformed records inside the arrays", () => {
    const event = valid.events[0];
    expect(invalidBecause({ ...valid, events: [{ ...event, type: "MEET" }] })).toMatch(/events\[0\]\.type: "MEET" is not a PLOVER type/);
    expect(invalidBecause({ ...valid, events: [{ ...event, source: "IND" }] })).toMatch(/events\[0\]\.source/);
    const backwards = { text: null, start: "2021-03-19", end: "2021-03-18" };
    expect(invalidBecause({ ...valid, events: [{ ...event, date: backwards }] })).toMatch(/end 2021-03-18 is before start/);
    expect(invalidBecause({ ...valid, actors: [{ role: "Envoy" }] })).toMatch(/actors\[0\]\.name/);
  });

  it("rejects an id that differs from the file name", () => {
    expect(invalidBecause({ ...valid, id: "other" })).toMatch(/differs from the file name/);
  });
});

describe("loadGoldFolder", () => {
  let folder = "";
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("loads each gold file with its text, in name order", async () => {
    folder = await mkdtemp(join(tmpdir(), "parley-gold-"));
    await writeFile(join(folder, "talks.json"), JSON.stringify(valid));
    await writeFile(join(folder, "talks.txt"), "The two prime ministers held a virtual summit on Thursday.\n");
    await writeFile(join(folder, "calls.json"), JSON.stringify({ ...valid, id: "calls" }));
    await writeFile(join(folder, "calls.txt"), "No events here.\n");
    const entries = await loadGoldFolder(folder);
    expect(entries.map((e) => e.gold.id)).toEqual(["calls", "talks"]);
    expect(entries[1]?.text).toContain("virtual summit");
  });

  it("fails when an article text is missing", async () => {
    folder = await mkdtemp(join(tmpdir(), "parley-gold-"));
    await writeFile(join(folder, "talks.json"), JSON.stringify(valid));
    await expect(loadGoldFolder(folder)).rejects.toThrow(/talks\.txt: the article text/);
  });
});
