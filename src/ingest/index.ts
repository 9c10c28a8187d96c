import { ParleyError } from "../errors.js";
import { fetchDocument, isHttpUrl } from "./fetch.js";
import { readFileDocument } from "./files.js";
import type { RawDocument, ReadOptions } from "./types.js";

export { isPrivateAddress } from "./addresses.js";
export { documentToArticle } from "./document.js";
export { listInputs } from "./list.js";
export type { RawDocument, ReadOptions } from "./types.js";

/** A URL with a scheme Parley does not fetch (file:, ftp:, data:...). */
const OTHER_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** Reads one input: an http(s) URL is fetched, anything else is a file path. */
export async function readInput(spec: string, options: ReadOptions = {}): Promise<RawDocument> {
  if (isHttpUrl(spec)) return fetchDocument(spec, options);
  if (OTHER_SCHEME.test(spec)) throw new ParleyError("FETCH_BLOCKED", spec, "only http and https URLs are fetched");
  return readFileDocument(spec, options);
}
