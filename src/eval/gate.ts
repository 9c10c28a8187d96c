import { ParleyError } from "../errors.js";
import type { EvalReport } from "./types.js";

/** Minimum values for report metrics, keyed by dotted path into the report JSON ("events.f1"). */
export type Floors = Record<string, number>;

/**
 * Parses a floors file: a flat JSON object of dotted paths to numbers.
 * Throws ParleyError BAD_OPTION naming `source` when it is anything else.
 */
export function parseFloors(json: string, source: string): Floors {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ParleyError("BAD_OPTION", source, `floors file is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ParleyError("BAD_OPTION", source, 'floors must be a JSON object such as { "events.f1": 0.75 }');
  }
  const floors: Floors = {};
  for (const [path, value] of Object.entries(data)) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new ParleyError("BAD_OPTION", source, `floor "${path}" must be a number`);
    }
    floors[path] = value;
  }
  return floors;
}

/**
 * The floors the report falls below, as messages ("events.f1 0.610 < floor 0.75").
 * A metric with no data (null) fails its floor. A path that does not name a metric
 * of the report throws ParleyError BAD_OPTION, so a typo cannot pass silently.
 */
export function checkFloors(report: EvalReport, floors: Floors): string[] {
  const failures: string[] = [];
  for (const [path, floor] of Object.entries(floors)) {
    const value = metricAt(report, path);
    if (value === null) failures.push(`${path} – (nothing to score) < floor ${floor}`);
    else if (value < floor) failures.push(`${path} ${value.toFixed(3)} < floor ${floor}`);
  }
  return failures;
}

function metricAt(report: EvalReport, path: string): number | null {
  let node: unknown = report;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) {
      throw new ParleyError("BAD_OPTION", path, "not a metric of the eval report");
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node !== "number") {
    throw new ParleyError("BAD_OPTION", path, "names a group of metrics, not one metric");
  }
  return node;
}
