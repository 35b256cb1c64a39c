/** A validated Jira record as the contract's AuditRecord: Jira's names and values, lists always present, no `authorKey`. */
import type { AuditAuthor, AuditItem, AuditRecord, ChangedValue } from '../contract';
import type { JiraAuditRecord } from '../jira/schemas';

type Item = JiraAuditRecord['associatedItems'][number];
type Change = JiraAuditRecord['changedValues'][number];

const normaliseItem = ({ id, name, typeName, parentId, parentName }: Item): AuditItem => ({
  ...(id !== undefined ? { id } : {}),
  name,
  typeName,
  ...(parentId !== undefined ? { parentId } : {}),
  ...(parentName !== undefined ? { parentName } : {}),
});

const normaliseChange = ({ fieldName, changedFrom, changedTo }: Change): ChangedValue => ({
  fieldName,
  ...(changedFrom !== undefined ? { changedFrom } : {}),
  ...(changedTo !== undefined ? { changedTo } : {}),
});

export const normaliseRecord = (record: JiraAuditRecord, author?: AuditAuthor): AuditRecord => ({
  id: record.id,
  summary: record.summary,
  created: record.created,
  category: record.category,
  eventSource: record.eventSource,
  ...(record.description !== undefined ? { description: record.description } : {}),
  ...(record.remoteAddress !== undefined ? { remoteAddress: record.remoteAddress } : {}),
  ...(record.authorAccountId !== undefined ? { authorAccountId: record.authorAccountId } : {}),
  ...(record.objectItem !== undefined ? { objectItem: normaliseItem(record.objectItem) } : {}),
  changedValues: record.changedValues.map(normaliseChange),
  associatedItems: record.associatedItems.map(normaliseItem),
  ...(author !== undefined ? { author } : {}),
});
