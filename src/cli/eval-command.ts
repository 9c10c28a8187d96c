import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeError, ParleyError } from "../errors.js";
import { checkFloors, parseFloors, type Floors } from "../eval/gate.js";
import { loadGoldFolder, type GoldEntry } from "../eval/gold.js";
import { formatMisses, formatReport } from "../eval/report.js";
import { scoreCorpus } from "../eval/score.js";
import type { Prediction } from "../eval/types.js";
import type { Command } from "./io.js";

/** The extractor the command scores: plain text in, records out. */
export type ExtractFn = (
  input: string,
  options: { published: string; outlet: string | null; format: "text" },
) => Prediction | Promise<Prediction>;

const USAGE = `usage: parley eval <gold-dir> [--json] [--show-misses] [--floors <file.json>]

Runs the extractor over every <id>.txt of <gold-dir> and scores it against <id>.json.
  --json          print the report as one JSON object (stdout then holds nothing else)
  --show-misses   list missed and spurious records and wrong arguments, per article
  --floors FILE   JSON object of minimum values, e.g. { "events.f1": 0.75 };
                  exit code 1 when any metric falls below its floor
Exit codes: 0 scored (and floors met), 1 a floor not met, 2 bad arguments or gold.
`;

interface EvalOptions {
  goldDir: string;
  json: boolean;
  showMisses: boolean;
  floorsFile: string | null;
}

/** `parley eval` over the given extractor (tests pass a double; the binary passes `extract`). */
export function createEvalCommand(extractFn: ExtractFn): Command {
  return async (args, io) => {
    const options = parseOptions(args);
    if (options === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (typeof options === "string") {
      io.stderr(`parley eval: ${options}\n\n${USAGE}`);
      return 2;
    }
    // With --json, stdout carries only the JSON object; every other message goes to stderr.
    const info = options.json ? io.stderr : io.stdout;

    let floors: Floors | null = null;
    let entries: GoldEntry[];
    try {
      if (options.floorsFile !== null) {
        floors = parseFloors(await readFloorsFile(options.floorsFile), options.floorsFile);
      }
      entries = await loadGoldFolder(options.goldDir);
    } catch (error) {
      io.stderr(`parley eval: ${describeError(error)}\n`);
      return 2;
    }

    const scored: { gold: GoldEntry["gold"]; predicted: Prediction }[] = [];
    for (const { gold, text } of entries) {
      scored.push({ gold, predicted: await predict(extractFn, gold.id, text, { published: gold.published, outlet: gold.outlet }, io.stderr) });
    }
    const { report, articles } = scoreCorpus(scored);

    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    if (options.showMisses) info(`\n${formatMisses(articles)}`);

    if (floors === null) return 0;
    let failures: string[];
    try {
      failures = checkFloors(report, floors);
    } catch (error) {
      io.stderr(`parley eval: ${describeError(error)}\n`);
      return 2;
    }
    for (const failure of failures) io.stderr(`eval gate: ${failure}\n`);
    if (failures.length > 0) return 1;
    info("eval gate: all floors met\n");
    return 0;
  };
}

/**
 * `parley eval` over the real extractor, imported on first use so that loading the
 * CLI (or `--help`) does not load the language models.
 */
export const evalCommand: Command = async (args, io) => {
  const { extract } = await import("../extract.js");
  return createEvalCommand(extract)(args, io);
};

/** An article whose extraction throws is reported and scored as predicting nothing. */
async function predict(
  extractFn: ExtractFn,
  id: string,
  text: string,
  source: { published: string; outlet: string | null },
  stderr: (text: string) => void,
): Promise<Prediction> {
  try {
    return await extractFn(text, { ...source, format: "text" });
  } catch (error) {
    stderr(`parley eval: ${id}: extraction failed, scored as all missed: ${describeError(error)}\n`);
    return { events: [], actors: [], quotes: [] };
  }
}

/** The options, "help", or a message saying what is wrong with the arguments. */
function parseOptions(args: string[]): EvalOptions | "help" | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        "show-misses": { type: "boolean", default: false },
        floors: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  if (parsed.values.help) return "help";
  const [goldDir, ...extra] = parsed.positionals;
  if (goldDir === undefined) return "missing <gold-dir>";
  if (extra.length > 0) return `unexpected argument ${extra.join(" ")}`;
  return {
    goldDir,
    json: parsed.values.json,
    showMisses: parsed.values["show-misses"],
    floorsFile: parsed.values.floors ?? null,
  };
}

async function readFloorsFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new ParleyError("INPUT_NOT_FOUND", path, "floors file not found or not readable");
  }
}
