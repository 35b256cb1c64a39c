/**
 * A record's stored JSON: the record as getAuditPage returns it (Jira's fields and values, without `author`),
 * deflated with a preset dictionary of the words every audit record repeats. Version 1 is written and read here;
 * the dictionary of a version never changes (stored bodies depend on it).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { auditRecordSchema, type AuditRecord } from '../contract';

const VERSION_1 = 1;

// Jira's keys and the values its docs list (docs/jira-audit-api.md); deflate finds the latest copies cheapest, so
// the most frequent come last.
const DICTIONARY_1 = Buffer.from(
  [
    'Issue Security scheme deleted","Field Configuration scheme updated","Notification scheme deleted"',
    '"Workflow scheme added to project","Permission scheme added to project","Request type deleted"',
    '"Project role deleted","Custom field created","Workflow created","Workflow deleted","Workflow updated"',
    '"category":"notifications","category":"issue types","category":"screens","category":"permissions"',
    '"category":"fields","category":"workflows","category":"system","category":"projects"',
    '"typeName":"CUSTOM_FIELD"},"typeName":"PROJECT_COMPONENT"},"typeName":"PROJECT_ROLE"},"typeName":"WORKFLOW"}',
    '"typeName":"SCHEME"},"typeName":"PROJECT"},"Project created","Project deleted","Group created"',
    '"description":"","changedValues":[],"associatedItems":[]}',
    '"parentName":"com.atlassian.crowd.directory.IdentityPlatformRemoteDirectory"},"parentName":"IDP Directory"}',
    '"category":"group management","summary":"User added to group","typeName":"GROUP",',
    '"summary":"User\'s password changed","summary":"User created","summary":"User updated",',
    '"category":"user management","typeName":"USER","parentId":"10000","parentName":"Jira Internal Directory"}',
    '"changedValues":[{"fieldName":"Active / Inactive","changedFrom":"Active","changedTo":"Inactive"}]',
    '"associatedItems":[{"id":"ug:","name":"ug:","typeName":"USER","objectItem":{"id":"',
    '"remoteAddress":"10.0.0.1","authorAccountId":"557058:","eventSource":"",',
    '{"id":10000,"summary":"","created":"2026-01-01T00:00:00.000+0000","category":"","eventSource":"",',
  ].join(''),
  'utf8',
);

/** Base64 of the stored bytes (Forge SQL takes parameters as JSON; the statement writes FROM_BASE64(?)). */
export const encodeBody = (record: AuditRecord): string => {
  const { author: _author, ...stored } = record;
  const deflated = deflateRawSync(JSON.stringify(stored), { level: 9, dictionary: DICTIONARY_1 });
  return Buffer.concat([Buffer.of(VERSION_1), deflated]).toString('base64');
};

/** The record from its stored bytes (TO_BASE64(body); MariaDB breaks its base64 into lines, which Buffer skips). */
export const decodeBody = (base64: string): AuditRecord => {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes[0] !== VERSION_1) throw new Error('record body of an unknown version');
  const json = inflateRawSync(bytes.subarray(1), { dictionary: DICTIONARY_1 }).toString('utf8');
  return auditRecordSchema.parse(JSON.parse(json));
};
