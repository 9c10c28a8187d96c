/**
 * Errors a user can act on. Each has a code, names the input it is about,
 * and says what was wrong with it.
 */
export type ErrorCode =
  | "INPUT_NOT_FOUND"
  | "INPUT_UNREADABLE"
  | "INPUT_TOO_LARGE"
  | "INPUT_EMPTY"
  | "INPUT_NOT_ARTICLE"
  | "FETCH_FAILED"
  | "FETCH_BLOCKED"
  | "FETCH_TIMEOUT"
  | "BAD_OPTION"
  | "GOLD_INVALID"
  | "LEXICON_INVALID";

export class ParleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** The file, URL or option the error is about. */
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
    this.name = "ParleyError";
  }
}

export function describeError(error: unknown): string {
  if (error instanceof ParleyError) return `${error.message} [${error.code}]`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** What was thrown, as an Error: a batch keeps each article's failure as a value. */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}
