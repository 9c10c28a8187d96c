import { readFileSync } from "node:fs";
import { ParleyError } from "../errors.js";

/**
 * Reading and validating the lexicon files under `data/`. Every problem is a
 * LEXICON_INVALID error that names the file and line, so a bad edit to a data
 * file fails loudly at load time instead of silently changing results.
 */

export interface FieldSpec {
  type: "string" | "number" | "boolean" | "strings" | "objects";
  /** The field may be absent. */
  optional?: boolean;
  /** The field may be null. */
  nullable?: boolean;
  /** Strings (and each item of `strings`) must match. */
  pattern?: RegExp;
  /** Strings must be one of these. */
  oneOf?: readonly string[];
  /** Numbers must be whole. */
  integer?: boolean;
  /** The schema of each item of `objects`. */
  fields?: Schema;
}

export type Schema = Readonly<Record<string, FieldSpec>>;

/** A validated value and where it came from ("<file>:<line>"), for later cross-checks. */
export interface DataLine<T> {
  value: T;
  where: string;
}

export function lexiconError(where: string, message: string): ParleyError {
  return new ParleyError("LEXICON_INVALID", where, message);
}

/** Non-empty lines that do not start with "#", trimmed, with their "<file>:<line>". */
export function readLines(path: string): DataLine<string>[] {
  const lines: DataLine<string>[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((raw, index) => {
      const text = raw.trim();
      if (text.length > 0 && !text.startsWith("#")) lines.push({ value: text, where: `${path}:${index + 1}` });
    });
  return lines;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function checkString(value: unknown, spec: FieldSpec, name: string): string | null {
  if (typeof value !== "string") return `'${name}' must be a string, not ${describe(value)}`;
  if (value.trim().length === 0) return `'${name}' must not be empty`;
  if (value !== value.trim()) return `'${name}' has leading or trailing spaces`;
  if (spec.pattern && !spec.pattern.test(value)) return `'${name}' value "${value}" does not match ${spec.pattern}`;
  if (spec.oneOf && !spec.oneOf.includes(value)) return `'${name}' must be one of ${spec.oneOf.join(", ")}, not "${value}"`;
  return null;
}

function checkField(value: unknown, spec: FieldSpec, name: string): string | null {
  if (value === null) return spec.nullable ? null : `'${name}' must not be null`;
  switch (spec.type) {
    case "string":
      return checkString(value, spec, name);
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return `'${name}' must be a number, not ${describe(value)}`;
      if (spec.integer && !Number.isInteger(value)) return `'${name}' must be a whole number`;
      return null;
    case "boolean":
      return typeof value === "boolean" ? null : `'${name}' must be true or false, not ${describe(value)}`;
    case "strings":
      if (!Array.isArray(value)) return `'${name}' must be an array of strings, not ${describe(value)}`;
      for (const item of value) {
        const problem = checkString(item, spec, `${name}[]`);
        if (problem) return problem;
      }
      return null;
    case "objects":
      if (!Array.isArray(value) || value.length === 0) return `'${name}' must be a non-empty array of objects`;
      for (const item of value) {
        const problem = checkObject(item, spec.fields ?? {}, `${name}[].`);
        if (problem) return problem;
      }
      return null;
  }
}

function checkObject(value: unknown, schema: Schema, prefix = ""): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `${prefix ? `'${prefix.slice(0, -1)}'` : "the line"} must be a JSON object, not ${describe(value)}`;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in schema)) return `unknown field '${prefix}${key}' (expected ${Object.keys(schema).join(", ")})`;
  }
  for (const [key, spec] of Object.entries(schema)) {
    if (!(key in record)) {
      if (spec.optional) continue;
      return `missing field '${prefix}${key}'`;
    }
    const problem = checkField(record[key], spec, `${prefix}${key}`);
    if (problem) return problem;
  }
  return null;
}

/**
 * One JSON object per line (blank lines and "#" comment lines are skipped),
 * each checked against the schema: no unknown or missing fields, right types.
 * The caller's type T must describe what the schema checks.
 */
export function readJsonl<T>(path: string, schema: Schema): DataLine<T>[] {
  return readLines(path).map(({ value: text, where }) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw lexiconError(where, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const problem = checkObject(parsed, schema);
    if (problem) throw lexiconError(where, problem);
    return { value: parsed as T, where };
  });
}

/** A JSON file shipped by a package: parsed, with a check that it has the shape the loader relies on. */
export function readPackageJson<T>(path: string, isValid: (value: unknown) => value is T): T {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isValid(parsed)) throw lexiconError(path, "the package file does not have the expected shape");
  return parsed;
}
