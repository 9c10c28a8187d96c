import type { ArticleMetadata } from "../model/article.js";

/** A document as read from its source, before article extraction. */
export interface RawDocument {
  /** What the user named: the file path or URL as given. */
  origin: string;
  content: string;
  /** From the file extension or the HTTP Content-Type; "unknown" leaves it to sniffing. */
  contentType: "html" | "text" | "unknown";
  /** The URL the content came from, after redirects; null for files. */
  url: string | null;
  /** Metadata known from outside the content (a sidecar file); overrides what the page says. */
  metadata: ArticleMetadata;
}

export interface ReadOptions {
  /** Allow fetching from private, loopback and other non-public addresses. */
  allowPrivate?: boolean;
  /** Host names allowed to resolve to private addresses even without allowPrivate (an internal mirror). */
  allowPrivateHosts?: readonly string[];
  /** Largest document accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Time allowed for a whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
}
