/**
 * Remote addresses as 16 bytes (IPv4 as IPv4-mapped IPv6), written as 32 lowercase hex digits: equal addresses get
 * equal keys whatever their spelling, and a CIDR prefix is the range of keys between its first and last address.
 */
import ipaddr from 'ipaddr.js';

export interface AddressRange {
  /** Inclusive bounds, 32 hex digits each; comparing them as strings compares the addresses. */
  readonly low: string;
  readonly high: string;
}

// Strict forms only: ipaddr.parse would also read "127.1" or "0x7f.0.0.1", which no log writes.
const toBytes = (address: string): { bytes: number[]; ipv4: boolean } | undefined => {
  if (ipaddr.IPv4.isValidFourPartDecimal(address))
    return { bytes: ipaddr.IPv4.parse(address).toIPv4MappedAddress().toByteArray(), ipv4: true };
  if (!ipaddr.IPv6.isValid(address)) return undefined;
  const parsed = ipaddr.IPv6.parse(address);
  return parsed.zoneId ? undefined : { bytes: parsed.toByteArray(), ipv4: false };
};

const hex = (bytes: readonly number[]): string =>
  bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The key of an address, or undefined when it is not one (Jira sends what the client sent). */
export const addressKey = (address: string): string | undefined => {
  const parsed = toBytes(address);
  return parsed && hex(parsed.bytes);
};

/** The keys an address or CIDR prefix (`10.0.0.0/8`, `2001:db8::/32`) covers, or undefined when it is neither. */
export const addressRange = (filter: string): AddressRange | undefined => {
  const slash = filter.lastIndexOf('/');
  const parsed = toBytes(slash === -1 ? filter : filter.slice(0, slash));
  if (!parsed) return undefined;
  if (slash === -1) return { low: hex(parsed.bytes), high: hex(parsed.bytes) };
  const prefixText = filter.slice(slash + 1);
  const maxPrefix = parsed.ipv4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > maxPrefix) return undefined;
  const prefix = Number(prefixText) + (parsed.ipv4 ? 96 : 0);
  const low = parsed.bytes.map((byte, index) => {
    const kept = Math.min(8, Math.max(0, prefix - index * 8));
    return byte & (0xff << (8 - kept)) & 0xff;
  });
  const high = low.map((byte, index) => {
    const kept = Math.min(8, Math.max(0, prefix - index * 8));
    return byte | (0xff >> kept);
  });
  return { low: hex(low), high: hex(high) };
};
