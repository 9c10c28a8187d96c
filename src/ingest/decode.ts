import { TextDecoder } from "node:util";

/** How far into an HTML document a <meta charset> is looked for (the HTML standard's prescan limit). */
const CHARSET_PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset parameter of a Content-Type header, if any. */
export function headerCharset(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a document's bytes: with the charset its transport declared, else
 * the one an HTML page declares in its first kilobyte, else UTF-8. Invalid
 * bytes become U+FFFD rather than failing the whole document.
 */
export function decodeDocument(bytes: Uint8Array, declaredCharset: string | null, isHtml: boolean): string {
  const sniffed = isHtml
    ? (META_CHARSET.exec(new TextDecoder("latin1").decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES)))?.[1] ?? null)
    : null;
  const decoder = decoderFor(declaredCharset) ?? decoderFor(sniffed) ?? new TextDecoder("utf-8");
  return decoder.decode(bytes);
}
