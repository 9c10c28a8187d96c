import { parseArgs } from "node:util";
import { describeError, ParleyError } from "../errors.js";
import { BATCH_SIZE, createExtractor, type Analysis } from "../extract.js";
import { documentToArticle, listInputs, readInput } from "../ingest/index.js";
import type { Article, ArticleMetadata } from "../model/article.js";
import { formatExplanation } from "./explain.js";
import { formatSummary } from "./summary.js";
import type { Command } from "./io.js";

const USAGE = `usage: parley extract <file | folder | url | -> ... [options]

Reads each article (HTML or plain text) and prints its event records, actors and quotes.
  --json              one JSON object {article, events, actors, quotes}; with several
                      inputs, JSON Lines with an "input" field per line
  --explain           why each record exists and where each argument came from,
                      with the language layers (sentences, mentions, dates, quotes)
  --published DATE    publication day (YYYY-MM-DD): overrides the page, anchors relative dates
  --url URL           the article's address, when reading a file or standard input
  --allow-private     allow fetching URLs on private or loopback addresses
A folder stands for the .txt/.html files inside it. A text file may carry its
metadata in a sidecar <name>.json ({"source": {"published", "url", "outlet"}}).
Exit codes: 0 all inputs read, 1 some input failed (reported on stderr), 2 bad arguments.
`;

interface ExtractArgs {
  inputs: string[];
  json: boolean;
  explain: boolean;
  published: string | null;
  url: string | null;
  allowPrivate: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseExtractArgs(args: string[]): ExtractArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        published: { type: "string" },
        url: { type: "string" },
        "allow-private": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) return "no input given";
  const published = values.published ?? null;
  if (published !== null && (!ISO_DAY.test(published) || Number.isNaN(Date.parse(published)))) {
    return `--published must be a day as YYYY-MM-DD, got "${published}"`;
  }
  return {
    inputs: positionals,
    json: values.json ?? false,
    explain: values.explain ?? false,
    published,
    url: values.url ?? null,
    allowPrivate: values["allow-private"] ?? false,
  };
}

/** Reads one input (a file, a URL or standard input) as an article. */
async function readArticle(spec: string, args: ExtractArgs, readStdin: () => Promise<string>): Promise<Article> {
  const overrides: ArticleMetadata = {};
  if (args.published) overrides.published = args.published;
  if (args.url) overrides.url = args.url;
  if (spec === "-") {
    const content = await readStdin();
    return documentToArticle({ origin: "standard input", content, contentType: "unknown", url: null, metadata: overrides });
  }
  const raw = await readInput(spec, { allowPrivate: args.allowPrivate });
  return documentToArticle({ ...raw, metadata: { ...raw.metadata, ...overrides } });
}

function printResult(io: Parameters<Command>[1], analysis: Analysis, input: string, args: ExtractArgs, several: boolean): void {
  const { doc, ...result } = analysis;
  if (args.json) {
    io.stdout(`${JSON.stringify(several ? { input, ...result } : result, null, several ? undefined : 2)}\n`);
    return;
  }
  io.stdout(formatSummary(input, result));
  if (args.explain) io.stdout(formatExplanation(doc, result));
}

/**
 * `parley extract`: one article gives one JSON object (or a summary); several give
 * JSON Lines. A failing input is reported on stderr and the others still run.
 */
export const extractCommand: Command = async (args, io) => {
  const parsed = parseExtractArgs(args);
  if (parsed === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === "string") {
    io.stderr(`parley extract: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  // Each argument expands on its own, so one missing file does not stop the others; "-" is standard input.
  let failures = 0;
  const inputs: string[] = [];
  for (const spec of parsed.inputs) {
    if (spec === "-") {
      inputs.push(spec);
      continue;
    }
    try {
      const found = await listInputs([spec]);
      if (found.length === 0) throw new ParleyError("INPUT_NOT_FOUND", spec, "no .txt or .html article files in this folder");
      inputs.push(...found);
    } catch (error) {
      failures++;
      io.stderr(`parley extract: ${describeError(error)}\n`);
    }
  }
  const extractor = createExtractor();
  const several = inputs.length + failures > 1;
  const fail = (input: string, error: unknown) => {
    failures++;
    const message = describeError(error);
    // Reading errors name their input; an error inside the analysis is named here.
    io.stderr(`parley extract: ${error instanceof ParleyError ? message : `${input}: ${message}`}\n`);
  };
  for (let first = 0; first < inputs.length; first += BATCH_SIZE) {
    const read: { input: string; article: Article }[] = [];
    for (const input of inputs.slice(first, first + BATCH_SIZE)) {
      try {
        read.push({ input, article: await readArticle(input, parsed, io.readStdin) });
      } catch (error) {
        fail(input, error);
      }
    }
    extractor.analyzeArticles(read.map((r) => r.article)).forEach((result, k) => {
      const input = read[k]?.input ?? "";
      if (result instanceof Error) fail(input, result);
      else printResult(io, result, input, parsed, several);
    });
  }
  if (failures > 0 && several) io.stderr(`parley extract: ${failures} of ${inputs.length + failures} inputs failed\n`);
  return failures > 0 ? 1 : 0;
};
