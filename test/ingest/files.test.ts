import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ParleyError } from "../../src/errors.js";
import { documentToArticle, listInputs, readInput } from "../../src/ingest/index.js";

let dir: string;
const TEXT = "Ministers met in Vienna on Monday.\n\nThey agreed to meet again in the spring.\n";
const HTML = "<!DOCTYPE html><html><head><title>Talks</title></head><body><article><p>Ministers met in Vienna on Monday.</p><p>They agreed to meet again in the spring.</p></article></body></html>";

async function errorOf(promise: Promise<unknown>): Promise<ParleyError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    return error as ParleyError;
  }
  throw new Error("expected a ParleyError");
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parley-ingest-"));
  await writeFile(join(dir, "talks.txt"), TEXT);
  await writeFile(
    join(dir, "talks.json"),
    JSON.stringify({ id: "talks", source: { url: "https://wire.example/talks", outlet: "Sample Wire", published: "2021-03-15" }, title: "Talks in Vienna" }),
  );
  await writeFile(join(dir, "page.html"), HTML);
  await writeFile(join(dir, "page.json"), "this sidecar is ignored: HTML pages carry their own metadata");
  await writeFile(join(dir, "bare.txt"), TEXT);
  await writeFile(join(dir, "broken.txt"), TEXT);
  await writeFile(join(dir, "broken.json"), '{ "source": { "published": "2021-03-15", } }');
  await writeFile(join(dir, "baddate.txt"), TEXT);
  await writeFile(join(dir, "baddate.json"), JSON.stringify({ source: { published: "15/03/2021" } }));
  await writeFile(join(dir, "notes.md"), "# not listed");
  await writeFile(join(dir, "Z-last.htm"), HTML);
  await writeFile(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  await writeFile(join(dir, "latin1.html"), Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 talks</p></body></html>', "latin1"));
  await mkdir(join(dir, "nested"));
  await writeFile(join(dir, "nested", "inner.txt"), TEXT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readInput on files", () => {
  it("reads a text file with the publication metadata of its sidecar", async () => {
    const document = await readInput(join(dir, "talks.txt"));
    expect(document).toEqual({
      origin: join(dir, "talks.txt"),
      content: TEXT,
      contentType: "text",
      url: null,
      metadata: { url: "https://wire.example/talks", outlet: "Sample Wire", published: "2021-03-15", title: "Talks in Vienna" },
    });
    const article = documentToArticle(document);
    expect(article).toMatchObject({ published: "2021-03-15", outlet: "Sample Wire", title: "Talks in Vienna", url: "https://wire.example/talks" });
  });

  it("reads a text file without a sidecar with empty metadata", async () => {
    const document = await readInput(join(dir, "bare.txt"));
    expect(document.metadata).toEqual({});
    expect(documentToArticle(document).published).toBeNull();
  });

  it("reads an HTML file as HTML and does not look for a sidecar", async () => {
    const document = await readInput(join(dir, "page.html"));
    expect(document.contentType).toBe("html");
    expect(documentToArticle(document).text).toBe("Ministers met in Vienna on Monday.\n\nThey agreed to meet again in the spring.");
  });

  it("decodes an HTML file in the charset it declares", async () => {
    const document = await readInput(join(dir, "latin1.html"));
    expect(document.content).toContain("Caf\u00e9 talks");
  });

  it("names the sidecar when it is not valid JSON", async () => {
    const error = await errorOf(readInput(join(dir, "broken.txt")));
    expect(error.code).toBe("INPUT_UNREADABLE");
    expect(error.input).toBe(join(dir, "broken.json"));
    expect(error.message).toMatch(/not valid JSON/);
  });

  it("names the sidecar when its date is not YYYY-MM-DD", async () => {
    const error = await errorOf(readInput(join(dir, "baddate.txt")));
    expect(error.input).toBe(join(dir, "baddate.json"));
    expect(error.message).toMatch(/source\.published/);
  });

  it.each([
    ["a missing file", "missing.txt", "INPUT_NOT_FOUND"],
    ["a folder", "nested", "INPUT_UNREADABLE"],
    ["a binary file", "image.txt", "INPUT_UNREADABLE"],
  ])("refuses %s, naming the path", async (_, name, code) => {
    const error = await errorOf(readInput(join(dir, name)));
    expect(error.code).toBe(code);
    expect(error.input).toBe(join(dir, name));
  });

  it("refuses a file over the size limit before reading it", async () => {
    const error = await errorOf(readInput(join(dir, "talks.txt"), { maxBytes: 10 }));
    expect(error.code).toBe("INPUT_TOO_LARGE");
    expect(error.input).toBe(join(dir, "talks.txt"));
  });

  it.skipIf(process.getuid?.() === 0)("refuses a file it may not read", async () => {
    // In a folder of its own, so the folder listings below stay the same whether or not this runs.
    await mkdir(join(dir, "locked"));
    const path = join(dir, "locked", "secret.txt");
    await writeFile(path, TEXT);
    await chmod(path, 0o000);
    expect((await errorOf(readInput(path))).code).toBe("INPUT_UNREADABLE");
  });

  it("refuses URLs with schemes other than http and https", async () => {
    expect((await errorOf(readInput("file:///etc/passwd"))).code).toBe("FETCH_BLOCKED");
    expect((await errorOf(readInput("ftp://files.example/a.txt"))).code).toBe("FETCH_BLOCKED");
  });
});

describe("listInputs", () => {
  it("expands a folder to its .txt, .html and .htm files in name order, not recursing", async () => {
    expect(await listInputs([dir])).toEqual(
      ["Z-last.htm", "bare.txt", "baddate.txt", "broken.txt", "image.txt", "latin1.html", "page.html", "talks.txt"]
        .sort()
        .map((name) => join(dir, name)),
    );
  });

  it("keeps files and URLs as given, in the order given", async () => {
    const file = join(dir, "notes.md");
    expect(await listInputs(["https://news.example/a", file, join(dir, "nested")])).toEqual([
      "https://news.example/a",
      file,
      join(dir, "nested", "inner.txt"),
    ]);
  });

  it("names a path that does not exist", async () => {
    const error = await errorOf(listInputs([join(dir, "nowhere")]));
    expect(error.code).toBe("INPUT_NOT_FOUND");
    expect(error.input).toBe(join(dir, "nowhere"));
  });
});
