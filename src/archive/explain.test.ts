/**
 * Every statement the archive sends, replayed under EXPLAIN on MariaDB with 20,000 archived records: each reads the
 * index docs/archive.md says it does, and only text and object searches scan rows without a key.
 */
import mysql from 'mysql2/promise';
import { sql } from '@forge/sql';
import { MigrationRunner } from '@forge/sql/out/migration';
import { normaliseRecord } from '../jira/normalise-record';
import { createJiraDeps } from '../jira/jira-deps';
import { routeForgeFetch } from '../testing/forge-host/forge-fetch';
import { forgeFetchSlot, type ForgeFetchSlot } from '../testing/forge-host/forge-fetch-slot';
import {
  invokeResolverFunction,
  runScheduledFunction,
} from '../testing/forge-host/invoke-function';
import { createSqlBackend, type SqlBackend } from '../testing/forge-host/sql-backend';
import { createScratchDatabase, type ScratchDatabase } from '../testing/mariadb/scratch-database';
import { createMockJira, generateAuditLog } from '../testing/mock-jira';
import { createResolverHandler } from '../resolvers';
import { createArchiveDeps, type ArchiveDeps } from './archive-deps';
import { storeRecords } from './store-records';
import { createSyncArchive } from './sync/sync-archive';

const END = Date.now();
const { records, users } = generateAuditLog({
  count: 20_000,
  seed: 12,
  end: new Date(END),
  spanDays: 365,
  authorCount: 40,
});
const DAY = 86_400_000;

let database: ScratchDatabase;
let backend: SqlBackend;
let slot: ForgeFetchSlot;
let archive: ArchiveDeps;
let statements: { query: string; params: readonly unknown[] }[] = [];
let connection: mysql.Connection;

beforeAll(async () => {
  database = await createScratchDatabase();
  backend = createSqlBackend({
    url: database.url,
    onStatement: (query, params) => statements.push({ query, params }),
  });
  slot = forgeFetchSlot(
    routeForgeFetch({
      jira: createMockJira({ records: records.slice(0, 10), users }).fetch,
      sql: backend.fetch,
    }),
  );
  slot.install();
  archive = createArchiveDeps({
    runner: new MigrationRunner(sql),
    settings: { freshMs: Number.POSITIVE_INFINITY },
  });
  await archive.schema.ready();
  for (let start = 0; start < records.length; start += 1_000)
    await storeRecords(
      archive,
      records.slice(start, start + 1_000).map((record) => normaliseRecord(record)),
    );
  connection = await mysql.createConnection({ uri: database.url, dateStrings: true });
  await connection.query(
    'UPDATE archive_state SET synced_through = ?, backfill_to = ?, backfill_done = 1',
    [END, END],
  );
  for (const table of ['archive_record', 'archive_record_body', 'archive_author', 'archive_value'])
    await connection.query(`ANALYZE TABLE ${table}`);
}, 120_000);

afterAll(async () => {
  await connection.end();
  slot.uninstall();
  await backend.close();
  await database.drop();
});

interface Plan {
  readonly table: string | null;
  readonly type: string | null;
  readonly key: string | null;
  readonly rows: number | null;
  readonly Extra: string | null;
}

/** The plans of every statement `work` sent, by the statement's first words. */
const plansOf = async (work: () => Promise<unknown>) => {
  statements = [];
  await work();
  const plans: { query: string; plan: Plan[] }[] = [];
  for (const { query, params } of statements) {
    if (!/^\s*(\(?SELECT|DELETE|UPDATE)/i.test(query) || /__migrations/.test(query)) continue;
    const [rows] = await connection.execute(`EXPLAIN ${query}`, params as never[]);
    plans.push({ query, plan: rows as Plan[] });
  }
  return plans;
};
const handler = () => createResolverHandler(createJiraDeps(), archive);
const search = (payload: object) => () =>
  invokeResolverFunction(handler(), { functionKey: 'searchAudit', payload });
const find = (plans: { query: string; plan: Plan[] }[], pattern: RegExp) => {
  const found = plans.find(({ query }) => pattern.test(query));
  if (!found) throw new Error(`no statement matching ${pattern}`);
  return found.plan;
};
const access = (plan: Plan[], table: string) => plan.find((step) => step.table === table);
const PAGE = /TO_BASE64\(b\.body\)/;
const FACETS = /GROUP BY r\.author_ref, r\.category_ref/;
const window30 = { from: new Date(END - 30 * DAY).toISOString(), to: new Date(END).toISOString() };

describe('EXPLAIN of the archive’s statements', () => {
  it.each<[string, object, string]>([
    ['no filter', {}, 'archive_record_facets'],
    ['a 30-day window', window30, 'archive_record_facets'],
    ['an author, over all time', { authors: [users[1]!.accountId] }, 'archive_record_facets'],
  ])(
    'a page (%s) walks %s backwards from the cursor, no sort; body and author by their keys',
    async (_name, payload, key) => {
      {
        const plan = find(await plansOf(search(payload)), PAGE);
        expect(access(plan, 'r')).toMatchObject({ key });
        expect(access(plan, 'r')?.Extra ?? '').not.toMatch(/filesort/);
        expect(access(plan, 'b')).toMatchObject({ type: 'eq_ref', key: 'PRIMARY' });
        expect(access(plan, 'a')).toMatchObject({ type: 'eq_ref', key: 'PRIMARY' });
      }
    },
  );

  it.each<[string, object]>([
    ['no filter', {}],
    ['a 30-day window', window30],
    ['an author, over all time', { authors: [users[1]!.accountId] }],
  ])('oldest first (%s), a page walks the same index forwards, no sort', async (_name, payload) => {
    const desc = access(find(await plansOf(search(payload)), PAGE), 'r');
    const plans = await plansOf(search({ ...payload, order: 'asc' }));
    const page = plans.find(
      ({ query }) => PAGE.test(query) && /ORDER BY r\.created ASC/.test(query),
    );
    expect(page).toBeDefined();
    const asc = access(page!.plan, 'r');
    expect(asc?.key).toBe(desc?.key);
    expect(asc?.key).toBe('archive_record_facets');
    expect(asc?.Extra ?? '').not.toMatch(/filesort/);
    expect(access(page!.plan, 'b')).toMatchObject({ type: 'eq_ref', key: 'PRIMARY' });
  });

  it('counts and facets of a 30-day window read only the facets index, and only its range', async () => {
    for (const payload of [
      window30,
      { ...window30, ip: '10.0.0.0/8' },
      { ...window30, authors: [users[0]!.accountId, 'system'], categories: ['projects'] },
    ]) {
      const plans = await plansOf(search(payload));
      const facets = access(find(plans, FACETS), 'r')!;
      expect(facets).toMatchObject({ type: 'range', key: 'archive_record_facets' });
      expect(facets.Extra).toMatch(/Using index/);
      expect(Number(facets.rows)).toBeLessThan(records.length * 0.2);
      // List filters: their dictionary numbers by the unique hash keys, before the search's queries.
      for (const [pattern, key] of [
        [/FROM archive_author WHERE account_hash IN/, 'archive_author_account'],
        [/FROM archive_value WHERE value_hash IN/, 'archive_value_hash'],
      ] as const)
        if (plans.some(({ query }) => pattern.test(query)))
          expect(find(plans, pattern)[0]).toMatchObject({ key });
    }
  });

  it('a search without text over the whole archive reads the facets index, not the rows', async () => {
    const plans = await plansOf(search({ ip: '2001:db8::/32' }));
    const facets = access(find(plans, FACETS), 'r')!;
    expect(facets).toMatchObject({ key: 'archive_record_facets' });
    expect(facets.Extra).toMatch(/Using index/);
  });

  it('text and object searches scan the record rows once (primary key), then read the page by primary key', async () => {
    for (const payload of [
      { text: 'admins' },
      { object: { typeName: 'PROJECT', name: 'Mobile App' } },
    ]) {
      const plans = await plansOf(search(payload));
      const matches = find(plans, /SELECT r\.created, r\.id, r\.author_ref AS a/);
      expect(matches).toEqual([expect.objectContaining({ table: 'r', key: 'PRIMARY' })]);
      const page = find(plans, /FROM archive_record_body b/);
      for (const table of ['b', 'r'])
        expect(access(page, table)).toMatchObject({
          type: expect.stringMatching(/^(range|eq_ref)$/),
          // both keys begin (created, id)
          key: expect.stringMatching(/^(PRIMARY|archive_record_facets)$/),
        });
    }
  });

  it('a common term stops its scan early and reads the page and the facets on their own', async () => {
    const plans = await plansOf(search({ text: 'e' }));
    expect(access(find(plans, PAGE), 'r')).toMatchObject({ key: 'PRIMARY' });
    expect(access(find(plans, FACETS), 'r')).toMatchObject({ key: 'PRIMARY' });
  });

  it('activity per day counts from the facets index alone, or scans the rows once for text', async () => {
    const activity = (payload: object) => async () => {
      const answer = await invokeResolverFunction(handler(), {
        functionKey: 'getActivitySummary',
        payload,
      });
      expect(answer).toMatchObject({ ok: true, source: 'archive' });
    };
    const narrow = access(
      find(await plansOf(activity({ timezone: 'Europe/Berlin' })), /DIV 86400000/),
      'r',
    )!;
    expect(narrow).toMatchObject({ key: 'archive_record_facets' });
    expect(narrow.Extra).toMatch(/Using index/);
    const text = find(await plansOf(activity({ filter: 'admins', ...window30 })), /DIV 86400000/);
    expect(access(text, 'r')).toMatchObject({ type: 'range', key: 'PRIMARY' });
  });

  it('status: the count reads the facets index, the oldest and newest come from the key ends', async () => {
    const plans = await plansOf(() =>
      invokeResolverFunction(handler(), { functionKey: 'getArchiveStatus' }),
    );
    const extent = find(plans, /MIN\(created\)/);
    expect(
      extent.filter((step) => step.table === 'archive_record').map((step) => step.key),
    ).toContain('archive_record_facets');
    expect(extent.map((step) => step.Extra ?? '').join(' ')).toMatch(
      /Select tables optimized away/,
    );
  });

  it('a sync touches the state row, the dictionaries and the records only by their keys', async () => {
    const sync = createSyncArchive(createJiraDeps(), archive);
    const plans = await plansOf(() => runScheduledFunction(sync, { moduleKey: 'archive-sync' }));
    expect(plans.length).toBeGreaterThan(5);
    for (const { query, plan } of plans) {
      if (/COUNT\(\*\)/.test(query)) continue; // counting the archive reads the narrowest index whole, by design
      for (const step of plan.filter((s) => s.table !== null))
        expect([query.slice(0, 60), step.key]).toEqual([query.slice(0, 60), expect.any(String)]);
    }
  });
});
