import { lookup } from "node:dns/promises";
import { MAX_INPUT_BYTES } from "../article/limits.js";
import { ParleyError } from "../errors.js";
import { isPrivateAddress } from "./addresses.js";
import { decodeDocument, headerCharset } from "./decode.js";
import type { RawDocument, ReadOptions } from "./types.js";

export const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  "user-agent": "Parley/0.1 (news event extraction)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
};

export function isHttpUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

function contentTypeOfHeader(header: string | null): RawDocument["contentType"] {
  const type = (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  return "unknown";
}

/** Rejects once the signal aborts, so a step that takes no signal (DNS) still obeys the timeout. */
function abortion(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/** Refuses a URL that is not http(s) or whose host resolves to a non-public address. */
async function checkDestination(url: URL, origin: string, options: ReadOptions, signal: AbortSignal): Promise<void> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ParleyError("FETCH_BLOCKED", origin, `only http and https URLs are fetched, not ${url.href}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (options.allowPrivate || options.allowPrivateHosts?.some((allowed) => allowed.toLowerCase() === host)) return;
  let addresses: { address: string }[];
  try {
    addresses = await Promise.race([lookup(host, { all: true, verbatim: true }), abortion(signal)]);
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ParleyError("FETCH_FAILED", origin, `cannot resolve ${host} (${code})`);
  }
  const blocked = addresses.find(({ address }) => isPrivateAddress(address));
  if (blocked) {
    throw new ParleyError(
      "FETCH_BLOCKED",
      origin,
      `${host} resolves to the non-public address ${blocked.address}; private addresses are only fetched when allowed`,
    );
  }
}

/** The body, read as a stream and abandoned as soon as it passes the size limit. */
async function readCapped(response: Response, maxBytes: number, origin: string): Promise<Uint8Array> {
  const tooLarge = () => new ParleyError("INPUT_TOO_LARGE", origin, `the response is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

async function fetchFollowingRedirects(origin: string, options: ReadOptions, signal: AbortSignal): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let url = new URL(origin);
  for (let redirects = 0; ; redirects++) {
    // Every hop is checked: a public page may redirect to a private address.
    await checkDestination(url, origin, options, signal);
    const response = await fetch(url, { redirect: "manual", signal, headers: REQUEST_HEADERS });
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (!location) throw new ParleyError("FETCH_FAILED", origin, `HTTP ${response.status} redirect without a Location`);
      if (redirects >= MAX_REDIRECTS) throw new ParleyError("FETCH_FAILED", origin, `more than ${MAX_REDIRECTS} redirects`);
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ParleyError("FETCH_FAILED", origin, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    const header = response.headers.get("content-type");
    const contentType = contentTypeOfHeader(header);
    const bytes = await readCapped(response, maxBytes, origin);
    return {
      origin,
      content: decodeDocument(bytes, headerCharset(header), contentType !== "text"),
      contentType,
      url: url.href,
      metadata: {},
    };
  }
}

/**
 * Fetches an http(s) URL with Node's fetch: redirects followed by hand (at
 * most five, each hop checked), private addresses refused unless allowed,
 * the body capped in size, and the whole exchange bounded in time.
 */
export async function fetchDocument(origin: string, options: ReadOptions = {}): Promise<RawDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await fetchFollowingRedirects(origin, options, signal);
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    if (signal.aborted) throw new ParleyError("FETCH_TIMEOUT", origin, `no complete response within ${timeoutMs} ms`);
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new ParleyError("FETCH_FAILED", origin, `the request failed (${reason})`);
  }
}
