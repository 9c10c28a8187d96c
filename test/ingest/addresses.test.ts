import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../src/ingest/index.js";

describe("isPrivateAddress", () => {
  it.each([
    ["IPv4 loopback", "127.0.0.1"],
    ["another IPv4 loopback", "127.255.0.9"],
    ["private 10/8", "10.1.2.3"],
    ["private 172.16/12", "172.31.255.255"],
    ["private 192.168/16", "192.168.0.1"],
    ["link-local (cloud metadata)", "169.254.169.254"],
    ["carrier-grade NAT", "100.64.0.1"],
    ["unspecified", "0.0.0.0"],
    ["multicast", "224.0.0.251"],
    ["broadcast", "255.255.255.255"],
    ["documentation", "192.0.2.10"],
    ["IPv6 loopback", "::1"],
    ["IPv6 unspecified", "::"],
    ["unique local", "fd12:3456:789a::1"],
    ["link-local with a zone", "fe80::1%eth0"],
    ["IPv6 multicast", "ff02::1"],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
    ["IPv4-mapped private in hex", "::ffff:c0a8:0101"],
    ["NAT64 of a private address", "64:ff9b::10.0.0.1"],
    ["6to4 of a loopback address", "2002:7f00:0001::1"],
    ["IPv6 documentation", "2001:db8::1"],
    ["not an address", "localhost"],
  ])("refuses %s (%s)", (_, address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    ["public IPv4", "93.184.216.34"],
    ["public IPv4 next to a private range", "172.32.0.1"],
    ["public IPv4 next to carrier-grade NAT", "100.128.0.1"],
    ["public IPv6", "2606:4700:4700::1111"],
    ["IPv4-mapped public", "::ffff:8.8.8.8"],
    ["NAT64 of a public address", "64:ff9b::8.8.8.8"],
  ])("allows %s (%s)", (_, address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
