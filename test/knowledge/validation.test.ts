import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ParleyError } from "../../src/errors.js";
import { buildKnowledge, dataDirectory } from "../../src/knowledge/load.js";

let copies: string[] = [];

/** A copy of the real data folder, to break one file of. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-data-"));
  cpSync(dataDirectory(), dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function loadError(dataDir: string): ParleyError {
  try {
    buildKnowledge(dataDir);
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
  throw new Error("the data loaded without an error");
}

function lineCount(path: string): number {
  return readFileSync(path, "utf8").split("\n").length;
}

afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

describe("data validation", () => {
  it("names the file and line of a line that is not JSON", () => {
    const dir = dataCopy();
    const file = join(dir, "countries", "aliases.jsonl");
    const line = lineCount(file);
    appendFileSync(file, '{"name": "Freedonia", "code": \n');
    const error = loadError(dir);
    expect(error.code).toBe("LEXICON_INVALID");
    expect(error.input).toBe(`${file}:${line}`);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it("rejects an unknown country code", () => {
    const dir = dataCopy();
    const file = join(dir, "organizations", "groups.jsonl");
    const line = lineCount(file);
    appendFileSync(file, '{"code": "XXQ", "name": "Example Front", "aliases": []}\n');
    const error = loadError(dir);
    expect(error.input).toBe(`${file}:${line}`);
    expect(error.message).toMatch(/unknown country code "XXQ"/);
  });

  it("rejects a misspelled field name", () => {
    const dir = dataCopy();
    const file = join(dir, "titles.jsonl");
    const line = lineCount(file);
    appendFileSync(file, '{"title": "Viceroy", "kind": "office", "country": null, "organisation": null}\n');
    const error = loadError(dir);
    expect(error.input).toBe(`${file}:${line}`);
    expect(error.message).toMatch(/unknown field 'organisation'/);
  });

  it("rejects a place alias that points at no place", () => {
    const dir = dataCopy();
    const file = join(dir, "places", "aliases.jsonl");
    writeFileSync(file, '{"alias": "Gotham", "name": "Nowhere City", "country": "USA", "kind": "city"}\n');
    const error = loadError(dir);
    expect(error.input).toBe(`${file}:1`);
    expect(error.message).toMatch(/no city named "Nowhere City" in USA/);
  });

  it("rejects an office held for a negative span of years", () => {
    const dir = dataCopy();
    const file = join(dir, "officeholders.jsonl");
    writeFileSync(
      file,
      '{"name": "Ann Example", "aliases": [], "role": "Minister", "country": "FRA", "organization": null, "from": 2020, "to": 2019}\n',
    );
    const error = loadError(dir);
    expect(error.input).toBe(`${file}:1`);
    expect(error.message).toMatch(/before 'from'/);
  });

  it("rejects a referring noun of an unknown kind, and a word table without its header", () => {
    const dir = dataCopy();
    const nouns = join(dir, "language", "referring-nouns.tsv");
    appendFileSync(nouns, "cabal\tconspiracy\n");
    const error = loadError(dir);
    expect(error.input).toBe(`${nouns}:${lineCount(nouns) - 1}`);
    expect(error.message).toMatch(/group, government, organization/);
    writeFileSync(nouns, "group\tgroup\n");
    expect(loadError(dir).message).toMatch(/expected the header 'noun<TAB>refers to'/);
  });
});
