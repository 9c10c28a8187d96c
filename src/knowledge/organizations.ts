import { join } from "node:path";
import { lexiconError, readJsonl, type Schema } from "./data-files.js";
import type { SideKind } from "./types.js";

interface OrganizationLine {
  code: string;
  name: string;
  aliases: string[];
  caseSensitive?: boolean;
  note?: string;
}

const ORGANIZATION_SCHEMA: Schema = {
  code: { type: "string" },
  name: { type: "string" },
  aliases: { type: "strings" },
  caseSensitive: { type: "boolean", optional: true },
  note: { type: "string", optional: true },
};

/** A body that acts as a side: its side code, canonical name and every name it goes by. */
export interface Organization {
  kind: Extract<SideKind, "igo" | "agency" | "group">;
  code: string;
  name: string;
  phrases: string[];
  caseSensitive: boolean;
}

/** Short codes of international organisations: capitals and digits ("UN", "G7", "COMMONWEALTH"). */
const ORGANIZATION_CODE = /^[A-Z][A-Z0-9]{1,15}$/;

const FILES: readonly { file: string; kind: Organization["kind"] }[] = [
  { file: "international.jsonl", kind: "igo" },
  { file: "government.jsonl", kind: "agency" },
  { file: "groups.jsonl", kind: "group" },
];

/**
 * `data/organizations/`: international organisations (their own short codes),
 * government bodies and non-state groups (both coded with the alpha-3 code of
 * the country they belong to or act in).
 */
export function readOrganizations(dataDir: string, countryCodes: ReadonlySet<string>): Organization[] {
  const organizations: Organization[] = [];
  for (const { file, kind } of FILES) {
    for (const { value, where } of readJsonl<OrganizationLine>(join(dataDir, "organizations", file), ORGANIZATION_SCHEMA)) {
      if (kind === "igo") {
        if (!ORGANIZATION_CODE.test(value.code)) throw lexiconError(where, `organisation code "${value.code}" must be capital letters and digits`);
        if (countryCodes.has(value.code)) throw lexiconError(where, `organisation code "${value.code}" is also a country code`);
      } else if (!countryCodes.has(value.code)) {
        throw lexiconError(where, `unknown country code "${value.code}"`);
      }
      organizations.push({
        kind,
        code: value.code,
        name: value.name,
        phrases: [value.name, ...value.aliases],
        caseSensitive: value.caseSensitive ?? true,
      });
    }
  }
  return organizations;
}
