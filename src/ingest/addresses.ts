import { isIPv4, isIPv6 } from "node:net";

/*
 * Addresses a fetch must not reach unless the caller allows it: everything
 * that is not a public unicast address. A URL from an article or a feed can
 * otherwise make Parley probe the machine it runs on or its network.
 */

/** Non-public IPv4 ranges (RFC 6890 special-purpose registry, plus multicast and reserved). */
const PRIVATE_IPV4: readonly [string, number][] = [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (includes cloud metadata services)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

/** Non-public IPv6 ranges, as (first groups, prefix length). Embedded IPv4 forms are checked separately. */
const PRIVATE_IPV6: readonly [number[], number][] = [
  [[0x0064, 0xff9b, 0x0001], 48], // local-use NAT64
  [[0x0100, 0, 0, 0], 64], // discard
  [[0x2001, 0x0000], 32], // Teredo
  [[0x2001, 0x0db8], 32], // documentation
  [[0xfc00], 7], // unique local
  [[0xfe80], 10], // link-local
  [[0xfec0], 10], // site-local (deprecated)
  [[0xff00], 8], // multicast
];

function ipv4Number(address: string): number {
  return address.split(".").reduce((value, part) => value * 256 + Number(part), 0);
}

function isPrivateIpv4(address: string): boolean {
  const value = ipv4Number(address);
  return PRIVATE_IPV4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor(ipv4Number(base) / size);
  });
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, "::" and dotted tails expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = ipv4Number(dotted[1]);
    text = `${text.slice(0, dotted.index)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string): number[] => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function startsWith(groups: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 16) {
    const width = Math.min(16, bits - bit);
    const shift = 16 - width;
    if ((groups[bit / 16] ?? 0) >> shift !== (prefix[bit / 16] ?? 0) >> shift) return false;
  }
  return true;
}

function embeddedIpv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

function isPrivateIpv6(address: string): boolean {
  const g = ipv6Groups(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    // IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address; the rest of ::/96 (::, ::1,
    // deprecated IPv4-compatible forms) is unspecified, loopback or unroutable.
    return g5 === 0xffff ? isPrivateIpv4(embeddedIpv4(g6, g7)) : true;
  }
  // NAT64 (64:ff9b::a.b.c.d) reaches the IPv4 address it embeds.
  if (startsWith(g, [0x0064, 0xff9b, 0, 0, 0, 0], 96)) return isPrivateIpv4(embeddedIpv4(g6, g7));
  // 6to4 (2002:aabb:ccdd::) routes to the IPv4 address in its second and third groups.
  if (g0 === 0x2002) return isPrivateIpv4(embeddedIpv4(g1, g2));
  return PRIVATE_IPV6.some(([prefix, bits]) => startsWith(g, prefix, bits));
}

/** Whether an IP address is anything but a public unicast address. Non-addresses count as private. */
export function isPrivateAddress(address: string): boolean {
  if (isIPv4(address)) return isPrivateIpv4(address);
  if (isIPv6(address.replace(/%.*$/, ""))) return isPrivateIpv6(address);
  return true;
}
