/** Mock Jira Cloud for tests and the local preview: `createMockJira(...).install()` and the real @forge/api talks to it. */
export type {
  MockFault,
  MockJira,
  MockJiraOptions,
  MockJiraPermissions,
  MockRequest,
  MockUser,
  RawAuditRecord,
} from './types';
export { createMockJira } from './create-mock-jira';
export { generateAuditLog, type GenerateOptions } from './generate-audit-log';
export { formatJiraDate } from './jira-date';
export { mockUser, rawRecord, rawRecords } from './record-factory';
