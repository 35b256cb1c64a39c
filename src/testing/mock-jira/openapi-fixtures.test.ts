import { createMockJira } from './create-mock-jira';
import { generateAuditLog } from './generate-audit-log';
import { jiraSchemas, schemaErrors } from './openapi-validator';
import { rawRecord } from './record-factory';

const log = generateAuditLog({
  count: 1500,
  seed: 9,
  end: new Date('2026-11-24T12:00:00Z'),
  spanDays: 30,
  authorCount: 80,
});
const jira = createMockJira(log);

const body = async (path: string): Promise<unknown> =>
  (await jira.fetch({ provider: 'user' }, path)).json();

describe("mock responses match Jira's OpenAPI description", () => {
  it.each([
    ['a whole page of generated records', '/rest/api/3/auditing/record?limit=1000'],
    ['the rest of them', '/rest/api/3/auditing/record?offset=1000&limit=1000'],
    ['a filtered search', '/rest/api/3/auditing/record?filter=group&limit=100'],
    ['an empty result', '/rest/api/3/auditing/record?filter=nothing-matches-this'],
  ])('audit records: %s', async (_name, path) => {
    expect(schemaErrors(jiraSchemas().auditRecords, await body(path))).toBeUndefined();
  });

  it('user/bulk pages', async () => {
    const params = new URLSearchParams(
      log.users.slice(0, 50).map((user) => ['accountId', user.accountId]),
    );
    params.set('maxResults', '50');
    expect(
      schemaErrors(jiraSchemas().usersPage, await body(`/rest/api/3/user/bulk?${params}`)),
    ).toBeUndefined();
  });

  it('the validator catches a field Jira does not send', () => {
    const drifted = {
      offset: 0,
      limit: 1,
      total: 1,
      records: [{ ...rawRecord(), author: { displayName: 'x' } }],
    };
    expect(schemaErrors(jiraSchemas().auditRecords, drifted)).toContain('additionalProperty');
  });

  it('the validator accepts authorAccountId although the description omits it', () => {
    const real = {
      offset: 0,
      limit: 1,
      total: 1,
      records: [rawRecord({ authorAccountId: '5b10ac8d82e05b22cc7d4ef5' })],
    };
    expect(schemaErrors(jiraSchemas().auditRecords, real)).toBeUndefined();
  });
});
