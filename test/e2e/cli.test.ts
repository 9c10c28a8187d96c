import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The repository root: the CLI is run from there, as `npx parley` would be. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = "dist/src/cli/main.js";

/** The record fields the gold guide names. */
const GUIDE_FIELDS = ["type", "mode", "status", "source", "target", "participants", "location", "date", "topics", "evidence"];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function parley(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", input, timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MEETING = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.\n";
const SANCTIONS = "Canada imposed sanctions on Myanmar on Monday.\n";

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ruto hosts Abiy in Nairobi | The Lakeside Courier</title>
  <meta property="og:site_name" content="The Lakeside Courier">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Ruto hosts Abiy for talks on the Nile dam",
   "datePublished": "2024-03-13T09:30:00+03:00",
   "author": {"@type": "Person", "name": "Amina Odhiambo"}}
  </script>
</head>
<body>
  <div class="browser-banner"><p>IE 11 is not supported. For an optimal experience visit our site on another browser.</p></div>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/africa">Africa</a></nav>
  <article>
    <h1>Ruto hosts Abiy for talks on the Nile dam</h1>
    <p>NAIROBI — Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday to discuss the dispute over the Nile dam, the Kenyan presidency said.</p>
    <p>The two leaders agreed to set up a joint commission on border trade, according to a statement released after the talks.</p>
    <p>Abiy is expected to travel to Uganda later this month for a regional summit on the crisis in Sudan.</p>
  </article>
  <footer><p>© 2024 The Lakeside Courier. All rights reserved.</p></footer>
</body>
</html>
`;

let dir = "";
let meetingFile = "";
let sanctionsFile = "";
let htmlFile = "";
let goldDir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
  meetingFile = join(dir, "meeting.txt");
  sanctionsFile = join(dir, "sanctions.txt");
  htmlFile = join(dir, "page.html");
  writeFileSync(meetingFile, MEETING);
  writeFileSync(sanctionsFile, SANCTIONS);
  writeFileSync(htmlFile, HTML_PAGE);

  goldDir = join(dir, "gold");
  mkdirSync(goldDir);
  writeFileSync(join(goldDir, "ruto-abiy.txt"), MEETING);
  writeFileSync(
    join(goldDir, "ruto-abiy.json"),
    JSON.stringify({
      id: "ruto-abiy",
      source: { published: "2024-03-13" },
      events: [
        {
          type: "CONSULT", mode: "in-person", status: "occurred", source: ["KEN"], target: ["ETH"],
          participants: ["William Ruto", "Abiy Ahmed"], location: { name: "Nairobi", country: "KEN" },
          date: { text: "on Tuesday", start: "2024-03-12", end: "2024-03-12" }, topics: [],
          evidence: MEETING.trim(),
        },
      ],
      actors: [
        { name: "William Ruto", role: "President", country: "KEN", organization: null },
        { name: "Abiy Ahmed", role: "Prime Minister", country: "ETH", organization: null },
      ],
      quotes: [],
    }),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("parley extract", () => {
  it("one .txt with --json prints exactly one JSON object with the article, events, actors and quotes", () => {
    const run = parley(["extract", meetingFile, "--published", "2021-03-10", "--json"]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(["actors", "article", "events", "quotes"]);
    expect(result.article).toMatchObject({ published: "2021-03-10", text: MEETING.trim() });
    const events = result.events as Record<string, unknown>[];
    expect(events).toHaveLength(1);
    for (const field of GUIDE_FIELDS) expect(events[0]).toHaveProperty(field);
    // "on Tuesday" resolves against the --published day: the Tuesday before 2021-03-10.
    expect(events[0]).toMatchObject({ type: "CONSULT", status: "occurred", source: ["KEN"], target: ["ETH"] });
    expect(events[0]?.date).toMatchObject({ start: "2021-03-09", end: "2021-03-09" });
    expect((result.actors as { name: string }[]).map((a) => a.name)).toEqual(["William Ruto", "Abiy Ahmed"]);
  });

  it("several inputs print JSON Lines, one object per input in order, each with its input", () => {
    const run = parley(["extract", meetingFile, sanctionsFile, "--published", "2024-03-13", "--json"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const objects = lines.map((line) => JSON.parse(line) as { input: string; events: { type: string }[] });
    expect(objects.map((o) => o.input)).toEqual([meetingFile, sanctionsFile]);
    expect(objects.map((o) => o.events.map((e) => e.type))).toEqual([["CONSULT"], ["SANCTION"]]);
    for (const object of objects) expect(Object.keys(object)).toEqual(expect.arrayContaining(["input", "article", "events", "actors", "quotes"]));
  });

  it("a missing input is reported on stderr by its name, with exit code 1, and the other inputs are still printed", () => {
    const missing = join(dir, "no-such-article.txt");
    const run = parley(["extract", meetingFile, missing, sanctionsFile, "--published", "2024-03-13", "--json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(missing);
    const printed = run.stdout.trim().split("\n").map((line) => (JSON.parse(line) as { input: string }).input);
    expect(printed).toEqual([meetingFile, sanctionsFile]);
  });

  it("a folder of more articles than one batch prints every one, in order, with a bad one reported and skipped", () => {
    const folder = join(dir, "many");
    mkdirSync(folder);
    const names = Array.from({ length: 40 }, (_, i) => `article-${String(i).padStart(2, "0")}.txt`);
    names.forEach((name, i) => writeFileSync(join(folder, name), i === 33 ? "" : i % 2 === 0 ? MEETING : SANCTIONS));
    const run = parley(["extract", folder, "--published", "2024-03-13", "--json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("article-33.txt");
    const printed = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { input: string; events: { type: string }[] });
    const kept = names.map((name, i) => ({ name, i })).filter(({ i }) => i !== 33);
    expect(printed.map((o) => o.input)).toEqual(kept.map(({ name }) => join(folder, name)));
    expect(printed.map((o) => o.events.map((e) => e.type))).toEqual(kept.map(({ i }) => [i % 2 === 0 ? "CONSULT" : "SANCTION"]));
  });

  it("'-' reads the article from standard input", () => {
    const run = parley(["extract", "-", "--published", "2024-03-13", "--json"], SANCTIONS);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { article: { text: string }; events: { type: string; source: string[]; target: string[] }[] };
    expect(result.article.text).toBe(SANCTIONS.trim());
    expect(result.events).toEqual([expect.objectContaining({ type: "SANCTION", source: ["CAN"], target: ["MMR"] })]);
  });

  it.each([["2024-13-45"], ["yesterday"], ["13/03/2024"]])("a bad --published value (%s) exits 2 naming the option", (value) => {
    const run = parley(["extract", meetingFile, "--published", value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--published");
    expect(run.stdout).toBe("");
  });

  it("an unknown command exits 2 and names the command", () => {
    const run = parley(["summarize", meetingFile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("summarize");
  });

  it("--explain prints why each record exists, then the language layers", () => {
    const run = parley(["extract", meetingFile, "--published", "2024-03-13", "--explain"]);
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain("-- explain: records");
    expect(out).toMatch(/CONSULT KEN → ETH/);
    expect(out).toMatch(/evidence \[0, \d+\)/);
    expect(out).toMatch(/trigger=/);
    for (const layer of ["sentences", "mentions", "dates", "quotes"]) expect(out).toContain(`-- explain: ${layer}`);
    expect(out).toContain("“Nairobi”");
    expect(out).toMatch(/“Tuesday” → 2024-03-12\.\.2024-03-12/);
  });

  it("an HTML page takes its title and date from the page, and leaves the browser banner out of the text", () => {
    const run = parley(["extract", htmlFile, "--json"]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { article: { title: string; published: string; text: string }; events: { type: string; date: { start: string } | null }[] };
    expect(result.article.title).toBe("Ruto hosts Abiy for talks on the Nile dam");
    expect(result.article.published).toBe("2024-03-13");
    expect(result.article.text).toContain("met Ethiopian Prime Minister Abiy Ahmed in Nairobi");
    expect(result.article.text).not.toMatch(/IE 11|optimal experience|All rights reserved/);
    const meeting = result.events.find((e) => e.type === "CONSULT");
    expect(meeting?.date?.start).toBe("2024-03-12");
  });
});

describe("parley eval", () => {
  it("--json prints the report object for a gold folder", () => {
    const run = parley(["eval", goldDir, "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { articles: number; events: { f1: number }; arguments: Record<string, number>; per_type: Record<string, unknown> };
    expect(report.articles).toBe(1);
    expect(report.events.f1).toBe(1);
    expect(report.arguments).toMatchObject({ status: 1, date: 1, location: 1 });
    expect(Object.keys(report.per_type)).toEqual(["CONSULT"]);
  });

  it("--floors with a floor the report meets exits 0", () => {
    const floors = join(dir, "floors-met.json");
    writeFileSync(floors, JSON.stringify({ "events.f1": 0.5 }));
    expect(parley(["eval", goldDir, "--json", "--floors", floors]).status).toBe(0);
  });

  it("--floors with an unreachable floor exits 1 and names the metric", () => {
    const floors = join(dir, "floors-unreachable.json");
    writeFileSync(floors, JSON.stringify({ "events.f1": 1.01 }));
    const run = parley(["eval", goldDir, "--json", "--floors", floors]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("events.f1");
  });
});
