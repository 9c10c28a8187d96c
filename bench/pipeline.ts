/**
 * Times Parley's text pipeline (language layers + event coder) over the bundled
 * samples on one core, next to wink-nlp's own tokenize-and-tag pass over the same
 * texts in the same run (the two take turns, round by round), and writes the figures
 * to bench/results.json.
 *
 * Usage: npm run bench [-- --rounds N]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract.js";
import { articleFromText } from "../src/article/index.js";
import { wink } from "../src/language/wink.js";
import { packageRoot } from "../src/knowledge/load.js";

interface Sample {
  text: string;
  published: string | null;
}

function loadSamples(dir: string): Sample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const sidecar = join(dir, f.replace(/\.txt$/, ".json"));
      const published = (JSON.parse(readFileSync(sidecar, "utf8")) as { source?: { published?: string } }).source?.published ?? null;
      return { text: articleFromText(readFileSync(join(dir, f), "utf8")).text, published };
    });
}

/** The median of a list of timings. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Milliseconds per pass of each piece of work over all samples: one warm-up pass
 * each, then `rounds` rounds in which the two take turns, so that a busy machine
 * slows both alike. Returns the median pass of each.
 */
function timeTogether(rounds: number, first: () => void, second: () => void): [number, number] {
  first();
  second();
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let start = performance.now();
    first();
    a.push(performance.now() - start);
    start = performance.now();
    second();
    b.push(performance.now() - start);
  }
  return [median(a), median(b)];
}

const { values } = parseArgs({ options: { rounds: { type: "string", default: "30" } } });
const rounds = Number(values.rounds);
const root = packageRoot();
const samples = loadSamples(join(root, "samples"));
const characters = samples.reduce((sum, s) => sum + s.text.length, 0);

const loadStart = performance.now();
const extractor = createExtractor();
const loadMs = performance.now() - loadStart;

let tokens = 0;
let events = 0;
const [winkMs, pipelineMs] = timeTogether(
  rounds,
  () => {
    tokens = 0;
    for (const sample of samples) {
      const doc = wink.readDoc(sample.text);
      tokens += (doc.tokens().out(wink.its.pos) as string[]).length;
    }
  },
  () => {
    events = 0;
    for (const sample of samples) events += extractor.analyze(sample.text, { format: "text", published: sample.published }).events.length;
  },
);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  articles: samples.length,
  characters,
  tokens,
  events,
  rounds,
  knowledge_load_ms: Math.round(loadMs),
  wink_tokenize_tag_ms: Number(winkMs.toFixed(1)),
  parley_pipeline_ms: Number(pipelineMs.toFixed(1)),
  ratio: Number((pipelineMs / winkMs).toFixed(2)),
  parley_articles_per_second: Math.round((samples.length * 1000) / pipelineMs),
  wink_tokens_per_second: Math.round((tokens * 1000) / winkMs),
};
writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `${samples.length} sample articles, ${tokens} tokens, ${events} events\n` +
    `knowledge load:              ${result.knowledge_load_ms} ms (once per process)\n` +
    `wink-nlp tokenize + tag:     ${result.wink_tokenize_tag_ms} ms per pass\n` +
    `Parley text pipeline:        ${result.parley_pipeline_ms} ms per pass (${result.parley_articles_per_second} articles/s)\n` +
    `ratio pipeline / wink:       ${result.ratio}\n` +
    `written to bench/results.json\n`,
);
