/** The archive's migrations on MariaDB: from an empty database, from every earlier schema version, and re-run after a lost checkpoint. */
import { sql } from '@forge/sql';
import { MigrationRunner } from '@forge/sql/out/migration';
import { rawRecords } from '../testing/mock-jira';
import { normaliseRecord } from '../jira/normalise-record';
import { migrateArchive } from './archive-schema';
import { storeRecords } from './store-records';
import { ARCHIVE_MIGRATIONS } from './migrations';
import { ADMIN, useArchiveHost } from './testing/archive-host';

const host = useArchiveHost(() => ({ records: rawRecords(30) }));
const TABLES = [
  'archive_author',
  'archive_record',
  'archive_record_body',
  'archive_state',
  'archive_value',
  'saved_search',
];
// Every table the app created (the runner's own __migrations aside).
const APP_TABLES = "TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> '__migrations'";

const appliedNames = async () =>
  (await host.query<{ name: string }>('SELECT name FROM __migrations ORDER BY id')).map(
    (row) => row.name,
  );

/** A database at an earlier schema version (these migrations only), holding a finished archive of the mock's log. */
const archiveAt = async (migrations: typeof ARCHIVE_MIGRATIONS) => {
  const runner = new MigrationRunner(sql);
  for (const { name, statement } of migrations) runner.enqueue(name, statement);
  await runner.run();
  await host.query(
    'INSERT INTO archive_state (id, synced_through, backfill_to, backfill_done) VALUES (1, ?, ?, 1)',
    [Date.now(), Date.now()],
  );
  await storeRecords(
    host.archive,
    host.jira.allRecords().map((record) => normaliseRecord(record)),
  );
};

describe('archive migrations', () => {
  it('create every table from an empty database, in utf8mb4_bin, without foreign keys, triggers or routines', async () => {
    const applied = await migrateArchive(new MigrationRunner(sql), host.archive.db);
    expect(applied).toEqual(ARCHIVE_MIGRATIONS.map((migration) => migration.name));
    const tables = await host.query<{ name: string; collation: string }>(
      `SELECT TABLE_NAME AS name, TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE ${APP_TABLES} ORDER BY TABLE_NAME`,
    );
    expect(tables).toEqual(TABLES.map((name) => ({ name, collation: 'utf8mb4_bin' })));
    const textColumns = await host.query<{ collation: string }>(
      `SELECT DISTINCT COLLATION_NAME AS collation FROM information_schema.COLUMNS WHERE ${APP_TABLES} AND COLLATION_NAME IS NOT NULL`,
    );
    expect(textColumns).toEqual([{ collation: 'utf8mb4_bin' }]);
    for (const view of ['REFERENTIAL_CONSTRAINTS', 'TRIGGERS', 'ROUTINES']) {
      const schemaColumn =
        view === 'TRIGGERS'
          ? 'TRIGGER_SCHEMA'
          : view === 'ROUTINES'
            ? 'ROUTINE_SCHEMA'
            : 'CONSTRAINT_SCHEMA';
      expect(
        await host.query(
          `SELECT 1 FROM information_schema.${view} WHERE ${schemaColumn} = DATABASE()`,
        ),
      ).toEqual([]);
    }
  });

  it('apply nothing the second time, in the same or a new function instance', async () => {
    await host.archive.schema.ready();
    const queries = host.sql.queries.length;
    await host.archive.schema.ready();
    expect(host.sql.queries.length).toBe(queries); // remembered per instance: no query at all
    expect(await migrateArchive(new MigrationRunner(sql), host.archive.db)).toEqual([]);
    expect(await appliedNames()).toEqual(ARCHIVE_MIGRATIONS.map((migration) => migration.name));
  });

  it.each(ARCHIVE_MIGRATIONS.map((_, index) => index))(
    'upgrade a database at schema version %i to the current one',
    async (version) => {
      const runner = new MigrationRunner(sql);
      for (const { name, statement } of ARCHIVE_MIGRATIONS.slice(0, version))
        runner.enqueue(name, statement);
      await runner.run();
      host.restart({ runner: new MigrationRunner(sql) });
      await host.syncUntilDone();
      expect(await appliedNames()).toEqual(ARCHIVE_MIGRATIONS.map((migration) => migration.name));
      const answer = await host.searchAudit({ limit: 200 });
      expect(answer.ok && answer.total).toBe(30);
    },
  );

  it('add saved searches to a database at the previous version, keeping its archive', async () => {
    await archiveAt(ARCHIVE_MIGRATIONS.slice(0, -1));
    expect(await host.query("SHOW TABLES LIKE 'saved_search'")).toEqual([]);
    host.restart({ runner: new MigrationRunner(sql) });
    const saved = await host.invoke('saveSearch', {
      name: 'System only',
      search: { authors: ['system'] },
    });
    expect(saved).toMatchObject({ ok: true, saved: { name: 'System only', owner: ADMIN } });
    const answer = await host.searchAudit({ limit: 200 });
    expect(answer.ok && answer.total).toBe(30);
  });

  it('keep what the previous version archived (all tables, no facets index) and search it with the new index', async () => {
    await archiveAt(ARCHIVE_MIGRATIONS.filter(({ name }) => name !== 'archive-006-record-facets'));
    expect(
      await host.query("SHOW INDEX FROM archive_record WHERE Key_name = 'archive_record_facets'"),
    ).toEqual([]);
    host.restart({ runner: new MigrationRunner(sql) });
    const answer = await host.searchAudit({ limit: 200, authors: ['system'] });
    expect(answer.ok && answer.records.map((record) => record.id)).toEqual(
      host.jira.allRecords().map((record) => record.id),
    );
    expect(
      await host.query("SHOW INDEX FROM archive_record WHERE Key_name = 'archive_record_facets'"),
    ).toHaveLength(6);
  });

  it('run a migration again harmlessly when its checkpoint was lost', async () => {
    await host.archive.schema.ready();
    await host.query('DELETE FROM __migrations WHERE name = ?', [ARCHIVE_MIGRATIONS.at(-1)!.name]);
    host.restart({ runner: new MigrationRunner(sql) });
    await host.syncUntilDone();
    expect(await appliedNames()).toEqual(ARCHIVE_MIGRATIONS.map((migration) => migration.name));
  });
});
