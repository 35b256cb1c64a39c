/** A validated Jira record as the contract's AuditRecord: Jira's names and values, lists always present, no `authorKey`. */
import type { AuditAuthor, AuditItem, AuditRecord, ChangedValue } from '../contract';
import type { JiraWireAuditRecord } from './schemas';

// Nulls from Java serialisers count as absent (text that must be there becomes ""), as in the schema's output.
type Item = NonNullable<JiraWireAuditRecord['objectItem']>;
type Change = NonNullable<JiraWireAuditRecord['changedValues']>[number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Optional fields are assigned only when present (no `...(cond ? {x} : {})` spreads): this runs for every
// record of a 1000-record page and the spreads made it ten times slower.
const normaliseItem = ({ id, name, typeName, parentId, parentName }: Item): AuditItem => {
  const item: Mutable<AuditItem> =
    id != null
      ? { id, name: name ?? '', typeName: typeName ?? '' }
      : { name: name ?? '', typeName: typeName ?? '' };
  if (parentId != null) item.parentId = parentId;
  if (parentName != null) item.parentName = parentName;
  return item;
};

const normaliseChange = ({ fieldName, changedFrom, changedTo }: Change): ChangedValue => {
  const change: Mutable<ChangedValue> = { fieldName: fieldName ?? '' };
  if (changedFrom != null) change.changedFrom = changedFrom;
  if (changedTo != null) change.changedTo = changedTo;
  return change;
};

export const normaliseRecord = (record: JiraWireAuditRecord, author?: AuditAuthor): AuditRecord => {
  // The two lists are set below, after the optional fields, to keep Jira's key order.
  const result = {
    id: record.id,
    summary: record.summary ?? '',
    created: record.created,
    category: record.category ?? '',
    eventSource: record.eventSource ?? '',
  } as Mutable<AuditRecord>;
  if (record.description != null) result.description = record.description;
  if (record.remoteAddress != null) result.remoteAddress = record.remoteAddress;
  if (record.authorAccountId != null) result.authorAccountId = record.authorAccountId;
  if (record.objectItem != null) result.objectItem = normaliseItem(record.objectItem);
  result.changedValues = record.changedValues?.map(normaliseChange) ?? [];
  result.associatedItems = record.associatedItems?.map(normaliseItem) ?? [];
  if (author !== undefined) result.author = author;
  return result;
};
