import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { MAX_INPUT_BYTES } from "../article/limits.js";
import { ParleyError } from "../errors.js";
import { decodeDocument } from "./decode.js";
import { readSidecar } from "./sidecar.js";
import type { RawDocument, ReadOptions } from "./types.js";

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);
const TEXT_EXTENSIONS = new Set([".txt", ".text"]);

export function contentTypeOfPath(path: string): RawDocument["contentType"] {
  const extension = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return "html";
  if (TEXT_EXTENSIONS.has(extension)) return "text";
  return "unknown";
}

function fileError(error: unknown, path: string): ParleyError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new ParleyError("INPUT_NOT_FOUND", path, "no such file");
  if (code === "EACCES" || code === "EPERM") return new ParleyError("INPUT_UNREADABLE", path, "permission denied");
  return new ParleyError("INPUT_UNREADABLE", path, (error as Error).message);
}

/**
 * Reads a file as a raw document. A text file's publication metadata comes
 * from its sidecar (<name>.json beside it), when there is one.
 */
export async function readFileDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  if (info.isDirectory()) throw new ParleyError("INPUT_UNREADABLE", path, "is a folder, not a file");
  if (info.size > maxBytes) {
    throw new ParleyError("INPUT_TOO_LARGE", path, `${info.size} bytes, more than the limit of ${maxBytes}`);
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  // A NUL byte never occurs in text or HTML; this is a binary file (a PDF, an image, an archive).
  if (bytes.includes(0)) throw new ParleyError("INPUT_UNREADABLE", path, "not a text or HTML file (binary content)");

  const contentType = contentTypeOfPath(path);
  const metadata = contentType === "html" ? null : await readSidecar(path);
  return {
    origin: path,
    content: decodeDocument(bytes, null, contentType !== "text"),
    contentType,
    url: null,
    metadata: metadata ?? {},
  };
}
