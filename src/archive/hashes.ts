/** Fixed-width keys for values of any length: dictionary rows by a 16-byte hash, object keys by an 8-byte one. */
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** 32 hex digits: the archive_value / archive_author key of a value (BINARY(16) through UNHEX). */
export const valueHash = (value: string): string => sha256(value).slice(0, 32);

/**
 * 16 hex digits: an item of a record as the object filter matches it, by type and id or by type and name. An item
 * whose id is its name (users, workflows) gets one `both` key instead of two. A false match needs two of a site's
 * keys to agree in 64 random bits.
 */
export const objectKeyHash = (
  kind: 'id' | 'name' | 'both',
  typeName: string,
  value: string,
): string => sha256(`${kind}\u0000${typeName}\u0000${value}`).slice(0, 16);
