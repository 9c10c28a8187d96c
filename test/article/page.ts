/** A small HTML page around the given head and body markup. */
export function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** An article body long enough for Readability to treat as the main content. */
export const BODY = `<article>
<p>Foreign ministers from the two countries met in Vienna on Monday to resume talks on a new trade agreement, officials said.</p>
<p>The delegations spent most of the day on customs rules and agreed to meet again in the spring, according to a statement released after the session.</p>
<p>Neither side gave details of the remaining differences, but diplomats said farm tariffs were still the hardest question on the table.</p>
</article>`;

export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}
