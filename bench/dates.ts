/**
 * Times the dates annotator alone over article texts: each text is tokenized
 * once, then only `datesAnnotator.annotate` is timed over all texts per pass.
 * With --dump, also writes every text's date mentions to a JSON file, so two
 * versions of the annotator can be compared for identical output.
 *
 * Usage: node dist/bench/dates.js [--rounds N] [--dir DIR ...] [--dump FILE]
 * (DIR defaults to the bundled samples; each DIR holds NAME.txt with a NAME.json sidecar.)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledge, packageRoot } from "../src/knowledge/load.js";
import { datesAnnotator } from "../src/language/dates.js";
import { tokensAnnotator } from "../src/language/tokens.js";
import { emptyDoc, type Doc } from "../src/model/doc.js";
import { loadBenchTexts } from "./texts.js";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "40" },
    dir: { type: "string", multiple: true },
    dump: { type: "string" },
  },
});
const rounds = Number(values.rounds);
const kb = loadKnowledge();
const texts = (values.dir ?? [join(packageRoot(), "samples")]).flatMap(loadBenchTexts);
const docs: Doc[] = texts.map(({ text, published }) => {
  const doc = emptyDoc(text, published);
  Object.assign(doc, tokensAnnotator.annotate(doc, kb));
  return doc;
});

if (values.dump) {
  const output = Object.fromEntries(texts.map((t, i) => [t.name, datesAnnotator.annotate(docs[i] as Doc, kb).dates]));
  writeFileSync(values.dump, `${JSON.stringify(output, null, 1)}\n`);
}

/** Untimed passes first, so the JIT has compiled the hot paths before the timed ones. */
const WARM_UP_PASSES = 10;

/**
 * Milliseconds per pass over all docs: the median of `rounds` passes after the warm-up.
 * `fresh` gives every pass new sentence objects, so nothing cached per sentence (the
 * clause boundaries that the event coder later reuses) carries over from the pass before.
 */
function timePasses(fresh: boolean): number {
  const runs: number[] = [];
  for (let r = 0; r < WARM_UP_PASSES + rounds; r++) {
    const pass = fresh ? docs.map((doc) => ({ ...doc, sentences: doc.sentences.map((s) => ({ ...s })) })) : docs;
    const start = performance.now();
    for (const doc of pass) datesAnnotator.annotate(doc, kb);
    if (r >= WARM_UP_PASSES) runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? 0;
}

const same = timePasses(false);
const fresh = timePasses(true);
process.stdout.write(
  `${texts.length} texts, dates annotator (median of ${rounds} passes): ` +
    `${same.toFixed(2)} ms per pass over the same docs, ${fresh.toFixed(2)} ms with fresh sentences\n`,
);
