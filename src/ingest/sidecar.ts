import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { isoDay } from "../article/dates.js";
import { ParleyError } from "../errors.js";
import type { ArticleMetadata } from "../model/article.js";

/** The sidecar of a text file: the same name with a .json extension, in the same folder. */
export function sidecarPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}.json`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(record: Record<string, unknown>, field: string, where: string, path: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new ParleyError("INPUT_UNREADABLE", path, `${where}${field} must be a string or null`);
  return value;
}

/**
 * Publication metadata for a text file, from a sidecar in the gold format
 * ({ "source": { "url", "outlet", "published" }, "title"? }); null when there
 * is no sidecar. A sidecar that is not valid JSON, or has fields of the wrong
 * type, is an error naming the sidecar.
 */
export async function readSidecar(textPath: string): Promise<ArticleMetadata | null> {
  const path = sidecarPath(textPath);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new ParleyError("INPUT_UNREADABLE", path, `cannot read the sidecar: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ParleyError("INPUT_UNREADABLE", path, `the sidecar is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(json)) throw new ParleyError("INPUT_UNREADABLE", path, "the sidecar must be a JSON object");
  const source = json["source"] ?? {};
  if (!isObject(source)) throw new ParleyError("INPUT_UNREADABLE", path, "source must be an object");

  const published = optionalString(source, "published", "source.", path);
  if (published !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || isoDay(published) === null)) {
    throw new ParleyError("INPUT_UNREADABLE", path, `source.published must be a date as YYYY-MM-DD, not "${published}"`);
  }
  const metadata: ArticleMetadata = {
    url: optionalString(source, "url", "source.", path),
    outlet: optionalString(source, "outlet", "source.", path),
    published,
  };
  const title = optionalString(json, "title", "", path);
  if (title !== null) metadata.title = title;
  return metadata;
}
