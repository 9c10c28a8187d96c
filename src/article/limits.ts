import { ParleyError } from "../errors.js";

/** The largest document (in UTF-8 bytes) read, fetched or extracted. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Refuses input that is too large to be an article, or has no content at all. */
export function checkInputSize(input: string, inputName: string): void {
  if (input.length > MAX_INPUT_BYTES || Buffer.byteLength(input, "utf8") > MAX_INPUT_BYTES) {
    throw new ParleyError("INPUT_TOO_LARGE", inputName, `larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MB`);
  }
  if (input.trim() === "") throw new ParleyError("INPUT_EMPTY", inputName, "the input is empty");
}
