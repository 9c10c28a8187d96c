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
import { BATCH_SIZE, createExtractor, type Analysis } from "../src/extract.js";
import { documentToArticle } from "../src/ingest/document.js";
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
/** Each sample read as an article, as the CLI reads a text file: reading is part of the pipeline's time. */
const articlesOfSamples = () =>
  samples.map((sample) => documentToArticle({ origin: sample.name, content: sample.text, contentType: "text", url: null, metadata: { published: sample.published } }));
const countEvents = (results: readonly (Analysis | Error)[]) => {
  events = 0;
  for (const result of results) {
    if (result instanceof Error) throw result;
    events += result.events.length;
  }
};
const [winkMs = 0, pipelineMs = 0, oneByOneMs = 0, winkDefaultMs = 0] = timeTogether(rounds, [
  countTokens(wink),
  // As `parley extract` runs: the articles in batches, stage by stage.
  () => {
    const articles = articlesOfSamples();
    const results: (Analysis | Error)[] = [];
    for (let first = 0; first < articles.length; first += BATCH_SIZE) results.push(...extractor.analyzeArticles(articles.slice(first, first + BATCH_SIZE)));
    countEvents(results);
  },
  // As a library caller analyzing one article at a time.
  () => countEvents(articlesOfSamples().map((article) => extractor.analyzeArticle(article))),
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
  parley_one_by_one_ms: Number(oneByOneMs.toFixed(1)),
  ratio_one_by_one: Number((oneByOneMs / winkMs).toFixed(2)),
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
    `Parley text pipeline:        ${result.parley_pipeline_ms} ms per pass (${result.parley_articles_per_second} articles/s, in batches of ${BATCH_SIZE} as parley extract runs)\n` +
    `ratio pipeline / wink:       ${result.ratio}\n` +
    `one article at a time:       ${result.parley_one_by_one_ms} ms per pass, ratio ${result.ratio_one_by_one}\n` +
    `(context: wink's default pipe, with sentiment, negation and entities: ${result.wink_default_pipe_ms} ms, ratio ${result.ratio_to_default_pipe})\n` +
    `written to bench/results.json\n`,
);
