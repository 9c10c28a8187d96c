/**
 * Times Parley's text pipeline (language layers + event coder) over the bundled
 * samples on one core, next to wink-nlp's own tokenize-and-tag pass over the same
 * texts in the same run (the two take turns, round by round), and writes the figures
 * to bench/results.json.
 *
 * Usage: npm run bench [-- --rounds N]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract.js";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { wink } from "../src/language/wink.js";
import { packageRoot } from "../src/knowledge/load.js";
import { loadBenchTexts } from "./texts.js";

/** The median of a list of timings. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Milliseconds per pass of each piece of work over all samples: one warm-up pass
 * each, then `rounds` rounds in which they take turns, so that a busy machine
 * slows all alike. Returns the median pass of each.
 */
function timeTogether(rounds: number, works: readonly (() => void)[]): number[] {
  for (const work of works) work();
  const times = works.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    works.forEach((work, w) => {
      const start = performance.now();
      work();
      times[w]?.push(performance.now() - start);
    });
  }
  return times.map(median);
}

const { values } = parseArgs({ options: { rounds: { type: "string", default: "30" } } });
const rounds = Number(values.rounds);
const root = packageRoot();
const samples = loadBenchTexts(join(root, "samples"));
const characters = samples.reduce((sum, s) => sum + s.text.length, 0);

const loadStart = performance.now();
const extractor = createExtractor();
const loadMs = performance.now() - loadStart;

/** wink-nlp with its whole default pipe (negation, sentiment, entities too), for context only. */
const winkDefault = winkNLP(model);
let tokens = 0;
let events = 0;
const countTokens = (nlp: typeof wink) => () => {
  tokens = 0;
  for (const sample of samples) tokens += (nlp.readDoc(sample.text).tokens().out(nlp.its.pos) as string[]).length;
};
const [winkMs = 0, pipelineMs = 0, winkDefaultMs = 0] = timeTogether(rounds, [
  countTokens(wink),
  () => {
    events = 0;
    for (const sample of samples) events += extractor.analyze(sample.text, { format: "text", published: sample.published }).events.length;
  },
  countTokens(winkDefault),
]);

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
  wink_default_pipe_ms: Number(winkDefaultMs.toFixed(1)),
  ratio_to_default_pipe: Number((pipelineMs / winkDefaultMs).toFixed(2)),
  parley_articles_per_second: Math.round((samples.length * 1000) / pipelineMs),
  wink_tokens_per_second: Math.round((tokens * 1000) / winkMs),
};
writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `${samples.length} sample articles, ${tokens} tokens, ${events} events\n` +
    `knowledge load:              ${result.knowledge_load_ms} ms (once per process)\n` +
    `wink-nlp tokenize + tag:     ${result.wink_tokenize_tag_ms} ms per pass (the sentence and tag pipe Parley uses)\n` +
    `Parley text pipeline:        ${result.parley_pipeline_ms} ms per pass (${result.parley_articles_per_second} articles/s)\n` +
    `ratio pipeline / wink:       ${result.ratio}\n` +
    `(context: wink's default pipe, with sentiment, negation and entities: ${result.wink_default_pipe_ms} ms, ratio ${result.ratio_to_default_pipe})\n` +
    `written to bench/results.json\n`,
);
