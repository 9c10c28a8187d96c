import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Imports the package by its own name, which resolves through package.json "exports" to the
 * built `dist/`, in a separate Node process started at the repository root.
 */
const SCRIPT = `
import { extract } from "parley";
const text = "Indonesia and Malaysia signed a memorandum of understanding on border security in Jakarta on Friday.";
const result = extract(text, { published: "2024-03-13", format: "text" });
process.stdout.write(JSON.stringify(result));
`;

describe("the package's library entry point", () => {
  it("import { extract } from 'parley' returns the article, events, actors and quotes of a short text", () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", SCRIPT], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(["actors", "article", "events", "quotes"]);
    expect(result.article).toMatchObject({ published: "2024-03-13" });
    expect(result.events).toEqual([
      expect.objectContaining({ type: "AGREE", status: "occurred", source: ["IDN"], target: ["MYS"], date: expect.objectContaining({ start: "2024-03-08" }) }),
    ]);
    expect(result.actors).toEqual([]);
    expect(result.quotes).toEqual([]);
  });
});
