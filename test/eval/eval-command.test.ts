import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvalCommand, type ExtractFn } from "../../src/cli/eval-command.js";
import type { CliIO } from "../../src/cli/io.js";
import type { Prediction } from "../../src/eval/types.js";
import { event } from "./fixtures.js";

const summitText = "The two leaders met in Canberra on Friday to discuss trade.\n";
const sanctionText = "Ottawa barred three officials from entering Canada on Monday.\n";

const summit = event({
  source: ["AUS"],
  target: ["IND"],
  participants: [],
  location: { name: "Canberra", country: "AUS" },
  date: { text: "on Friday", start: "2021-03-12", end: "2021-03-12" },
  evidence: "The two leaders met in Canberra on Friday to discuss trade.",
});
const sanction = event({
  type: "SANCTION",
  mode: null,
  source: ["CAN"],
  target: ["MMR"],
  participants: [],
  location: null,
  date: { text: "on Monday", start: "2021-03-15", end: "2021-03-15" },
  evidence: "Ottawa barred three officials from entering Canada on Monday.",
});

function goldFile(id: string, published: string, events: unknown[], outlet?: string): string {
  return JSON.stringify({ id, source: { published, outlet }, events, actors: [], quotes: [] });
}

/** Finds the summit and nothing else; records what it was called with. */
const calls: { input: string; published: string; outlet: string | null; format: string }[] = [];
const findsSummitOnly: ExtractFn = (input, options) => {
  calls.push({ input, ...options });
  const result: Prediction = { events: input.includes("Canberra") ? [summit] : [], actors: [], quotes: [] };
  return result;
};

function bufferIO() {
  const out = { stdout: "", stderr: "" };
  const io: CliIO = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readStdin: async () => "",
  };
  return { io, out };
}

let folder = "";
let floorsLow = "";
let floorsHigh = "";

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "parley-eval-"));
  const goldDir = join(folder, "gold");
  await mkdir(goldDir);
  await writeFile(join(goldDir, "summit.json"), goldFile("summit", "2021-03-13", [summit], "Department of Foreign Affairs and Trade"));
  await writeFile(join(goldDir, "summit.txt"), summitText);
  await writeFile(join(goldDir, "travel-ban.json"), goldFile("travel-ban", "2021-03-16", [sanction]));
  await writeFile(join(goldDir, "travel-ban.txt"), sanctionText);
  floorsLow = join(folder, "low.json");
  floorsHigh = join(folder, "high.json");
  await writeFile(floorsLow, JSON.stringify({ "events.precision": 1, "events.recall": 0.5 }));
  await writeFile(floorsHigh, JSON.stringify({ "events.f1": 0.9, "per_type.SANCTION.recall": 0.5 }));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("parley eval", () => {
  it("--json prints exactly one report object scored from the extractor's output", async () => {
    calls.length = 0;
    const { io, out } = bufferIO();
    const code = await createEvalCommand(findsSummitOnly)([join(folder, "gold"), "--json"], io);
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(Object.keys(report).sort()).toEqual(["actors", "arguments", "articles", "events", "per_type", "quotes"]);
    expect(report.events).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(Object.keys(report.arguments).sort()).toEqual(["date", "location", "mode", "participants", "sides", "status"]);
    expect(Object.keys(report.actors).sort()).toEqual(["country", "f1", "role"]);
    expect(report.quotes).toEqual({ f1: null });
    expect(report.per_type.SANCTION).toEqual({ precision: null, recall: 0, f1: 0, gold: 1, predicted: 0, matched: 0 });
    expect(report.articles).toBe(2);
    expect(calls).toEqual([
      { input: summitText, published: "2021-03-13", outlet: "Department of Foreign Affairs and Trade", format: "text" },
      { input: sanctionText, published: "2021-03-16", outlet: null, format: "text" },
    ]);
  });

  it("--floors exits 1 and names each floor not met", async () => {
    const { io, out } = bufferIO();
    const code = await createEvalCommand(findsSummitOnly)([join(folder, "gold"), "--floors", floorsHigh], io);
    expect(code).toBe(1);
    expect(out.stdout).toContain("Parley eval: 2 articles");
    expect(out.stderr).toContain("events.f1 0.667 < floor 0.9");
    expect(out.stderr).toContain("per_type.SANCTION.recall 0.000 < floor 0.5");
  });

  it("--floors exits 0 and says so when every floor is met", async () => {
    const { io, out } = bufferIO();
    const code = await createEvalCommand(findsSummitOnly)([join(folder, "gold"), "--floors", floorsLow], io);
    expect(code).toBe(0);
    expect(out.stdout).toContain("eval gate: all floors met");
  });

  it("reports an article whose extraction throws, scores it as all missed and goes on", async () => {
    const failsOnBan: ExtractFn = (input, options) => {
      if (input.includes("Ottawa")) throw new Error("tokenizer exploded");
      return findsSummitOnly(input, options);
    };
    const { io, out } = bufferIO();
    const code = await createEvalCommand(failsOnBan)([join(folder, "gold"), "--json", "--show-misses"], io);
    expect(code).toBe(0);
    expect(out.stderr).toContain("travel-ban: extraction failed, scored as all missed: tokenizer exploded");
    expect(JSON.parse(out.stdout).events.recall).toBe(0.5);
    expect(out.stderr).toMatch(/missed\s+SANCTION\s+CAN → MMR/);
  });

  it("exits 2 with a message on bad arguments", async () => {
    for (const args of [[], ["--json"], [join(folder, "gold"), "--verbose"], ["a", "b"], [join(folder, "missing")]]) {
      const { io, out } = bufferIO();
      expect(await createEvalCommand(findsSummitOnly)(args, io)).toBe(2);
      expect(out.stderr).not.toBe("");
    }
  });

  it("exits 2 on a floors file naming an unknown metric", async () => {
    const typo = join(folder, "typo.json");
    await writeFile(typo, JSON.stringify({ "event.f1": 0.5 }));
    const { io, out } = bufferIO();
    expect(await createEvalCommand(findsSummitOnly)([join(folder, "gold"), "--floors", typo], io)).toBe(2);
    expect(out.stderr).toContain("event.f1: not a metric of the eval report");
  });
});
