/**
 * The check that keeps members from making the bot fetch internal addresses: on an address
 * written in the URL, and on every address a host name resolves to, at connection time.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FetchRefusedError } from './fetch-refused.js';

/** True for addresses on the public internet (ipaddr.js's "unicast" range), after unmapping IPv4-in-IPv6. */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

/** The refusal of a host on a private or local address. */
export const privateRefusal = (host: string, address: string): FetchRefusedError =>
  new FetchRefusedError(
    'url-private',
    `${host} is on a private or local network address (${address}); only public web pages can be added here.`,
  );

/** DNS lookup that refuses non-public addresses, so the check holds for the address actually connected to. */
export function publicLookup(host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(privateRefusal(host, refused.address), '', 0);
      if (options.all)
        return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      return first
        ? callback(null, first.address, first.family)
        : callback(new Error(`no address for ${hostname}`), '', 0);
    });
  };
}
