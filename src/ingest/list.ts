import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { ParleyError } from "../errors.js";
import { isHttpUrl } from "./fetch.js";

/** Extensions of the documents a folder is expanded to (sidecar .json files are not documents). */
const DOCUMENT_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

async function folderDocuments(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())).sort();
  const paths: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if ((await stat(path)).isFile()) paths.push(path);
  }
  return paths;
}

/**
 * The documents named by a list of inputs: a folder becomes the .txt, .html
 * and .htm files directly inside it, in name order; files and URLs stay as
 * given. A path that does not exist is an error naming it.
 */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const inputs: string[] = [];
  for (const path of paths) {
    if (isHttpUrl(path)) {
      inputs.push(path);
      continue;
    }
    const info = await stat(path).catch(() => {
      throw new ParleyError("INPUT_NOT_FOUND", path, "no such file or folder");
    });
    if (info.isDirectory()) inputs.push(...(await folderDocuments(path)));
    else inputs.push(path);
  }
  return inputs;
}
