/** What the archive stores of one record besides its body: the searched columns and its object keys. */
import { parseInstant, type AuditItem, type AuditRecord } from '../contract';
import { addressKey } from '../domain/ip-address';
import { searchText } from '../domain/search-text';
import { ArchiveDbError } from './archive-db';
import { objectKeyHash } from './hashes';

/** Epoch ms of a record's `created` (Jira writes `2022-01-24T08:48:05.645+0000`). */
export const createdMs = (record: Pick<AuditRecord, 'created'>): number => {
  const ms = parseInstant(record.created);
  // Without a time a record has no place in the archive's order; Jira always sends one.
  if (ms === undefined) throw new ArchiveDbError(false, 'a record without a readable created time');
  return ms;
};

/**
 * The object keys of a record (its objectItem and associated items), concatenated: the object filter looks for its
 * key in them with INSTR. Hex here, bytes in the table.
 */
export const objectKeys = (record: AuditRecord): string => {
  const keys = new Set<string>();
  const items: AuditItem[] = record.objectItem
    ? [record.objectItem, ...record.associatedItems]
    : [...record.associatedItems];
  for (const { id, name, typeName } of items) {
    if (id !== undefined && id === name) keys.add(objectKeyHash('both', typeName, id));
    else {
      if (id !== undefined) keys.add(objectKeyHash('id', typeName, id));
      keys.add(objectKeyHash('name', typeName, name));
    }
  }
  return [...keys].join('');
};

/** The keys that match a filter `{ typeName, id?, name? }`: by id when given, else by name. */
export const objectFilterKeys = ({
  typeName,
  id,
  name,
}: {
  readonly typeName: string;
  readonly id?: string;
  readonly name?: string;
}): [string, string] =>
  id !== undefined
    ? [objectKeyHash('id', typeName, id), objectKeyHash('both', typeName, id)]
    : [objectKeyHash('name', typeName, name ?? ''), objectKeyHash('both', typeName, name ?? '')];

export interface RecordColumns {
  readonly created: number;
  readonly id: number;
  readonly address: string | null;
  readonly objectKeys: string;
  readonly text: string;
}

export const recordColumns = (record: AuditRecord): RecordColumns => ({
  created: createdMs(record),
  id: record.id,
  address: record.remoteAddress === undefined ? null : (addressKey(record.remoteAddress) ?? null),
  objectKeys: objectKeys(record),
  text: searchText(record),
});
