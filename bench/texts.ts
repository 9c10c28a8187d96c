import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { articleFromText } from "../src/article/index.js";

/** An article text as the benchmarks feed it: its file, its normalized text and its publication day. */
export interface BenchText {
  name: string;
  text: string;
  published: string | null;
}

/** Every NAME.txt in a folder with the publication day from its NAME.json sidecar (the gold format). */
export function loadBenchTexts(dir: string): BenchText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const sidecar = join(dir, f.replace(/\.txt$/, ".json"));
      const published = (JSON.parse(readFileSync(sidecar, "utf8")) as { source?: { published?: string } }).source?.published ?? null;
      return { name: join(dir, f), text: articleFromText(readFileSync(join(dir, f), "utf8")).text, published };
    });
}
