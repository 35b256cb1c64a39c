/** A validated archive search (what `searchAudit` asks for, in the archive's terms) and its identity for cursors. */
import type { AddressRange } from './ip-address';

/** `authors` value that stands for records without `authorAccountId` (contract). */
export const SYSTEM_AUTHOR = 'system';

export interface ObjectFilter {
  readonly typeName: string;
  /** Matched when given; otherwise `name` is. */
  readonly id?: string;
  readonly name?: string;
}

export interface ArchiveSearch {
  /** Inclusive bounds on `created`, epoch ms. */
  readonly from?: number;
  readonly to?: number;
  /** Lowercased, whitespace-free; every one must match. */
  readonly terms: readonly string[];
  readonly authors?: readonly string[];
  readonly categories?: readonly string[];
  readonly objectTypes?: readonly string[];
  readonly object?: ObjectFilter;
  readonly address?: AddressRange;
}

const sorted = (values: readonly string[] | undefined) => values && [...new Set(values)].sort();

// FNV-1a, 32 bits twice with different offsets: identifies a search, it does not protect anything.
const fnv1a = (text: string, offset: number): string => {
  let hash = offset;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/** 16 hex digits that differ between searches matching different records (order of list values aside). */
export const searchFingerprint = (search: ArchiveSearch): string => {
  const identity = JSON.stringify([
    search.from ?? null,
    search.to ?? null,
    [...search.terms].sort(),
    sorted(search.authors) ?? null,
    sorted(search.categories) ?? null,
    sorted(search.objectTypes) ?? null,
    search.object
      ? [
          search.object.typeName,
          search.object.id ?? null,
          search.object.id === undefined ? (search.object.name ?? null) : null,
        ]
      : null,
    search.address ?? null,
  ]);
  return fnv1a(identity, 0x811c9dc5) + fnv1a(identity, 0x050c5d1f);
};

/** What a cursor is bound to: the search and the order it walks (a newest-first cursor keeps its old spelling). */
export const pagingFingerprint = (search: ArchiveSearch, order: 'desc' | 'asc'): string => {
  const fingerprint = searchFingerprint(search);
  return order === 'desc'
    ? fingerprint
    : fnv1a(`asc:${fingerprint}`, 0x811c9dc5) + fnv1a(`asc:${fingerprint}`, 0x050c5d1f);
};
