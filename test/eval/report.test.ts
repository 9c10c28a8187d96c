import { describe, expect, it } from "vitest";
import { formatMisses, formatReport } from "../../src/eval/report.js";
import { scoreCorpus } from "../../src/eval/score.js";
import { actor, event, gold, prediction } from "./fixtures.js";

const meeting = event({ evidence: "The defense chiefs met in Tokyo on Tuesday." });
const pledge = event({ type: "AGREE", mode: null, evidence: "Both governments pledged to expand joint drills." });
const aid = event({ type: "AID", mode: null, source: ["USA"], target: ["UKR"], evidence: "Washington shipped more artillery to Kyiv." });

const scored = scoreCorpus([
  {
    gold: gold({ events: [meeting, pledge, event({ ...meeting, evidence: "They met again in Osaka." })], actors: [actor("Nobuo Kishi")] }),
    predicted: prediction({ events: [{ ...meeting, status: "planned" }, aid], actors: [actor("Nobuo Kishi")] }),
  },
]);

describe("formatReport", () => {
  const table = formatReport(scored.report);

  it("shows overall events, arguments, actors and quotes, with – for nothing to score", () => {
    expect(table).toContain("Parley eval: 1 article");
    expect(table).toMatch(/all\s+0\.500\s+0\.333\s+0\.400/);
    expect(table).toMatch(/status\s+0\.000/);
    expect(table).toMatch(/Quotes\s+F1\n\s+–/);
  });

  it("lists types by gold count, most first", () => {
    const consult = table.indexOf("  CONSULT");
    const agree = table.indexOf("  AGREE");
    const aidRow = table.indexOf("  AID");
    expect(consult).toBeGreaterThan(0);
    expect(consult).toBeLessThan(agree);
    expect(agree).toBeLessThan(aidRow);
    expect(table).toMatch(/CONSULT\s+2\s+1\s+1\s+1\.000\s+0\.500\s+0\.667/);
  });
});

describe("formatMisses", () => {
  const text = formatMisses(scored.articles);

  it("lists missed gold and spurious predicted events with type, sides, status and evidence start", () => {
    expect(text).toContain("== sample");
    expect(text).toMatch(/missed\s+AGREE\s+USA → JPN\s+occurred\s+"Both governments pledged/);
    expect(text).toMatch(/missed\s+CONSULT\s+USA \+ JPN\s+occurred\s+"They met again in Osaka\."/);
    expect(text).toMatch(/spurious\s+AID\s+USA → UKR/);
  });

  it("shows the wrong arguments of matched pairs as predicted ≠ gold", () => {
    expect(text).toContain("status: planned ≠ occurred");
  });

  it("says so when nothing was missed", () => {
    const perfect = scoreCorpus([{ gold: gold({ events: [meeting] }), predicted: prediction({ events: [meeting] }) }]);
    expect(formatMisses(perfect.articles)).toBe("No misses.\n");
  });
});
