import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../src/article/index.js";
import { ParleyError } from "../../src/errors.js";
import { documentToArticle, readInput } from "../../src/ingest/index.js";

const PAGE = `<!DOCTYPE html><html><head><title>Talks</title></head><body><article>
<p>Ministers met in Vienna on Monday to resume talks on a trade agreement.</p>
<p>They agreed to meet again in the spring.</p></article></body></html>`;

let server: Server;
let base: string;
let port: number;
/** Paths the server was asked for, to show that refused fetches never reach it. */
let requested: string[];

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? "/";
  requested.push(path);
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) {
    const left = Number(chain[1]);
    response.writeHead(302, { location: left > 0 ? `/chain/${left - 1}` : "/article.html" }).end();
    return;
  }
  switch (path) {
    case "/article.html":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      return;
    case "/plain":
      response.writeHead(200, { "content-type": "text/plain" }).end("Ministers met in Vienna.\r\n\r\n\r\nNo deal was reached.");
      return;
    case "/latin1":
      response.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" }).end(Buffer.from("<p>Caf\xe9 talks</p>", "latin1"));
      return;
    case "/redirect":
      response.writeHead(301, { location: "/article.html" }).end();
      return;
    case "/to-private":
      response.writeHead(302, { location: `http://127.0.0.1:${port}/private-target` }).end();
      return;
    case "/to-file":
      response.writeHead(302, { location: "file:///etc/passwd" }).end();
      return;
    case "/no-location":
      response.writeHead(302).end();
      return;
    case "/missing":
      response.writeHead(404, { "content-type": "text/plain" }).end("not here");
      return;
    case "/declared-big":
      response.writeHead(200, { "content-type": "text/html", "content-length": String(MAX_INPUT_BYTES + 1) });
      response.write("<p>");
      return; // the socket is closed when the client gives up
    case "/streamed-big": {
      // No Content-Length: only counting the streamed bytes can catch it.
      response.writeHead(200, { "content-type": "text/html" });
      // An endless body: the test only ends if the client stops reading.
      const chunk = Buffer.alloc(64 * 1024, "a");
      const send = (): void => {
        while (!response.destroyed && response.write(chunk));
      };
      response.on("drain", send);
      send();
      return;
    }
    case "/stalls-body":
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<p>The first part of the page arrives and then nothing more");
      return;
    case "/stalls-headers":
      return; // never answers
    default:
      response.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requested = [];
});

async function errorOf(promise: Promise<unknown>): Promise<ParleyError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    return error as ParleyError;
  }
  throw new Error("expected a ParleyError");
}

describe("readInput on URLs", () => {
  it("fetches an HTML page from an allowed private address", async () => {
    const document = await readInput(`${base}/article.html`, { allowPrivate: true });
    expect(document).toMatchObject({ origin: `${base}/article.html`, contentType: "html", url: `${base}/article.html`, metadata: {} });
    const article = documentToArticle(document);
    expect(article.text).toBe("Ministers met in Vienna on Monday to resume talks on a trade agreement.\n\nThey agreed to meet again in the spring.");
    expect(article.url).toBe(`${base}/article.html`);
  });

  it("reads text/plain as text", async () => {
    const document = await readInput(`${base}/plain`, { allowPrivate: true });
    expect(document.contentType).toBe("text");
    expect(documentToArticle(document).text).toBe("Ministers met in Vienna.\n\nNo deal was reached.");
  });

  it("decodes the body in the charset of the Content-Type header", async () => {
    expect((await readInput(`${base}/latin1`, { allowPrivate: true })).content).toBe("<p>Caf\u00e9 talks</p>");
  });

  it("refuses the same URL when private addresses are not allowed, without contacting it", async () => {
    const error = await errorOf(readInput(`${base}/article.html`));
    expect(error.code).toBe("FETCH_BLOCKED");
    expect(error.input).toBe(`${base}/article.html`);
    expect(requested).toEqual([]);
  });

  it("refuses a host name that resolves to a loopback address", async () => {
    expect((await errorOf(readInput(`http://localhost:${port}/article.html`))).code).toBe("FETCH_BLOCKED");
    expect(requested).toEqual([]);
  });

  it("follows a relative redirect and reports the final URL", async () => {
    const document = await readInput(`${base}/redirect`, { allowPrivate: true });
    expect(document.url).toBe(`${base}/article.html`);
    expect(requested).toEqual(["/redirect", "/article.html"]);
  });

  it("follows five redirects but not six", async () => {
    expect((await readInput(`${base}/chain/4`, { allowPrivate: true })).url).toBe(`${base}/article.html`);
    const error = await errorOf(readInput(`${base}/chain/5`, { allowPrivate: true }));
    expect(error.code).toBe("FETCH_FAILED");
    expect(error.message).toMatch(/redirects/);
  });

  it("checks every hop: a redirect from an allowed host to a private address is refused", async () => {
    // Only the host "localhost" may be private here; the redirect goes to 127.0.0.1 by address.
    const error = await errorOf(readInput(`http://localhost:${port}/to-private`, { allowPrivateHosts: ["localhost"] }));
    expect(error.code).toBe("FETCH_BLOCKED");
    expect(error.message).toMatch(/127\.0\.0\.1/);
    expect(requested).toEqual(["/to-private"]);
  });

  it("refuses a redirect to a scheme other than http and https", async () => {
    expect((await errorOf(readInput(`${base}/to-file`, { allowPrivate: true }))).code).toBe("FETCH_BLOCKED");
  });

  it("reports a redirect without a Location and an HTTP error status", async () => {
    expect((await errorOf(readInput(`${base}/no-location`, { allowPrivate: true }))).code).toBe("FETCH_FAILED");
    const error = await errorOf(readInput(`${base}/missing`, { allowPrivate: true }));
    expect(error.code).toBe("FETCH_FAILED");
    expect(error.message).toMatch(/HTTP 404/);
  });

  it("reports a server that cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await errorOf(readInput(`http://127.0.0.1:${closedPort}/`, { allowPrivate: true }))).code).toBe("FETCH_FAILED");
  });

  it("refuses a body whose declared length is over the 5 MB cap", async () => {
    expect((await errorOf(readInput(`${base}/declared-big`, { allowPrivate: true }))).code).toBe("INPUT_TOO_LARGE");
  });

  it("stops reading a streamed body as soon as it passes the cap", async () => {
    expect((await errorOf(readInput(`${base}/streamed-big`, { allowPrivate: true }))).code).toBe("INPUT_TOO_LARGE");
    expect((await errorOf(readInput(`${base}/article.html`, { allowPrivate: true, maxBytes: 100 }))).code).toBe("INPUT_TOO_LARGE");
  });

  it.each(["/stalls-headers", "/stalls-body"])("gives up on a server that stalls (%s)", async (path) => {
    const error = await errorOf(readInput(`${base}${path}`, { allowPrivate: true, timeoutMs: 200 }));
    expect(error.code).toBe("FETCH_TIMEOUT");
    expect(error.input).toBe(`${base}${path}`);
  });
});
