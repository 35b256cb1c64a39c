/** The bridge refuses what Forge SQL refuses (https://developer.atlassian.com/platform/forge/limits-sql) and answers as it does. */
import { errorCodes, migrationRunner, sql, type ForgeSQLAPIError } from '@forge/sql';
import { createScratchDatabase, type ScratchDatabase } from '../mariadb/scratch-database';
import { routeForgeFetch } from './forge-fetch';
import { forgeFetchSlot, type ForgeFetchSlot } from './forge-fetch-slot';
import { createSqlBackend, type SqlBackend } from './sql-backend';
import { FORGE_SQL_LIMITS } from './sql-limits';

let database: ScratchDatabase;
let backend: SqlBackend;
let slot: ForgeFetchSlot;
let clock = 0;

beforeAll(async () => {
  database = await createScratchDatabase();
  backend = createSqlBackend({ url: database.url, now: () => clock });
  slot = forgeFetchSlot(routeForgeFetch({ sql: backend.fetch }));
  slot.install();
  await sql.executeDDL(
    'CREATE TABLE t (id BIGINT PRIMARY KEY, name VARCHAR(50), at TIMESTAMP(3) NULL, raw VARBINARY(8)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin',
  );
});

afterAll(async () => {
  slot.uninstall();
  await backend.close();
  await database.drop();
});

beforeEach(async () => {
  backend.setFault(undefined);
  await sql.prepare('DELETE FROM t').execute();
  clock += 60_000; // a fresh minute: rate windows start empty
});

const refusal = async (work: Promise<unknown>): Promise<{ code: string; status: number }> => {
  const error = (await work.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as ForgeSQLAPIError | undefined;
  if (!error) throw new Error('expected Forge SQL to refuse the request');
  return { code: error.code, status: error.responseDetails.status };
};

describe('answers as Forge SQL does', () => {
  it('SELECT: rows as an array, BIGINT as a number, TIMESTAMP as a UTC string with milliseconds', async () => {
    await sql
      .prepare("INSERT INTO t (id, name, at) VALUES (?, ?, TIMESTAMP'2026-11-25 17:42:13.512')")
      .bindParams(9_007_199_254_740_991, 'Zoë')
      .execute();
    const result = await sql
      .prepare<{ id: number; name: string; at: string }>('SELECT id, name, at FROM t')
      .execute();
    expect(result.rows).toEqual([
      { id: 9_007_199_254_740_991, name: 'Zoë', at: '2026-11-25 17:42:13.512' },
    ]);
    const zone = await sql
      .prepare<{ zone: string }>('SELECT @@session.time_zone AS zone')
      .execute();
    expect(zone.rows).toEqual([{ zone: '+00:00' }]);
  });

  it('DML: affectedRows and insertId', async () => {
    const result = await sql
      .prepare('INSERT IGNORE INTO t (id, name) VALUES (?, ?), (?, ?), (?, ?)')
      .bindParams(1, 'a', 2, 'b', 1, 'again')
      .execute();
    expect(result.rows).toMatchObject({ affectedRows: 2, insertId: 0 });
  });

  it('runs migrationRunner: DDL through /execute/ddl, applied once', async () => {
    const runner = migrationRunner.enqueue('bridge-test-1', 'CREATE TABLE m (a INT PRIMARY KEY)');
    expect(await runner.run()).toEqual(['bridge-test-1']);
    expect(await runner.run()).toEqual([]);
    const listed = await runner.list();
    expect(listed.map((migration) => migration.name)).toEqual(['bridge-test-1']);
  });

  it('answers a SQL error with SQL_EXECUTION_ERROR and a 4xx status', async () => {
    expect(await refusal(sql.prepare('SELECT nope FROM t').execute())).toEqual({
      code: errorCodes.SQL_EXECUTION_ERROR,
      status: 400,
    });
  });

  it('is as strict as TiDB about GROUP BY (ONLY_FULL_GROUP_BY)', async () => {
    expect(
      (await refusal(sql.prepare('SELECT id, name FROM t GROUP BY name').execute())).code,
    ).toBe(errorCodes.SQL_EXECUTION_ERROR);
  });
});

describe("refuses what Forge SQL's limits refuse", () => {
  it('uses the documented limits', () => {
    expect(FORGE_SQL_LIMITS).toEqual({
      requestBytes: 1_048_576,
      responseBytes: 4_194_304,
      selectSeconds: 5,
      dmlSeconds: 10,
      dmlPerSecond: 150,
      ddlPerMinute: 25,
      queryMsPerMinute: 62_500,
    });
  });

  it('one statement per query ("Each SQL statement can only contain a single query")', async () => {
    expect(await refusal(sql.prepare('SELECT 1; SELECT 2').execute())).toEqual({
      code: errorCodes.INVALID_SQL_QUERY,
      status: 400,
    });
    expect((await refusal(sql.prepare("SELECT ';'; DELETE FROM t").execute())).code).toBe(
      errorCodes.INVALID_SQL_QUERY,
    );
    // A `;` inside a literal or comment, or one at the end, is still one statement.
    await sql.prepare("SELECT ';' AS a /* ; */ -- ;\n;").execute();
  });

  it('requests of at most 1 MiB', async () => {
    const insert = (text: string) =>
      sql.prepare('INSERT INTO t (id, name) VALUES (1, LEFT(?, 1))').bindParams(text).execute();
    const overhead = JSON.stringify({
      query: 'INSERT INTO t (id, name) VALUES (1, LEFT(?, 1))',
      params: [''],
      method: 'all',
    }).length;
    await insert('x'.repeat(1_048_576 - overhead));
    expect((await refusal(insert('x'.repeat(1_048_576 - overhead + 1)))).status).toBe(413);
  });

  it('responses of at most 4 MiB', async () => {
    expect(
      await refusal(sql.prepare("SELECT REPEAT('x', 4 * 1024 * 1024) AS big").execute()),
    ).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
    });
  });

  it('SELECTs end after 5 s and INSERT/UPDATE/DELETE after 10 s with QUERY_TIMED_OUT', async () => {
    const [select, dml] = await Promise.all([
      refusal(sql.prepare('SELECT SLEEP(5.5) AS slept').execute()),
      refusal(sql.prepare('INSERT INTO t (id, name) SELECT 1, SLEEP(10.5)').execute()),
      // …while a DML statement may run past the SELECT limit.
      sql.prepare('INSERT INTO t (id, name) SELECT 2, SLEEP(5.2)').execute(),
    ]);
    expect(select.code).toBe(errorCodes.QUERY_TIMED_OUT);
    expect(dml.code).toBe(errorCodes.QUERY_TIMED_OUT);
  }, 40_000);

  it('at most 150 DML requests per second', async () => {
    for (let index = 0; index < 150; index += 1)
      await sql.prepare('INSERT INTO t (id) VALUES (?)').bindParams(index).execute();
    expect(await refusal(sql.prepare('INSERT INTO t (id) VALUES (1000)').execute())).toEqual({
      code: 'RATE_LIMIT_EXCEEDED',
      status: 429,
    });
    await sql.prepare('SELECT COUNT(*) AS n FROM t').execute(); // reads are not DML
    clock += 1_000;
    await sql.prepare('INSERT INTO t (id) VALUES (1000)').execute();
  });

  it('at most 25 DDL requests per minute', async () => {
    for (let index = 0; index < 25; index += 1)
      await sql.executeDDL(`CREATE TABLE IF NOT EXISTS d${index % 3} (a INT)`);
    expect((await refusal(sql.executeDDL('CREATE TABLE IF NOT EXISTS d0 (a INT)'))).status).toBe(
      429,
    );
    clock += 60_000;
    await sql.executeDDL('DROP TABLE d0');
  });

  it('no binary cells in answers (their form over Forge’s HTTP API is not documented)', async () => {
    await sql.prepare('INSERT INTO t (id, raw) VALUES (1, UNHEX(?))').bindParams('00ff').execute();
    expect((await refusal(sql.prepare('SELECT raw FROM t').execute())).status).toBe(500);
    expect(
      (await sql.prepare<{ raw: string }>('SELECT HEX(raw) AS raw FROM t').execute()).rows,
    ).toEqual([{ raw: '00FF' }]);
  });
});

describe('query time per minute', () => {
  it('refuses once 62.5 s of query time (scaled down here) were used in a minute', async () => {
    const database2 = await createScratchDatabase();
    const limited = createSqlBackend({ url: database2.url, limits: { queryMsPerMinute: 300 } });
    const run = (query: string) =>
      limited.fetch({ provider: 'app', remote: 'sql' }, '/api/v1/execute', {
        method: 'POST',
        body: JSON.stringify({ query, params: [], method: 'all' }),
      });
    try {
      expect((await run('SELECT SLEEP(0.35) AS s')).status).toBe(200);
      const refused = await run('SELECT 1 AS one');
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
    } finally {
      await limited.close();
      await database2.drop();
    }
  });
});

describe('injected faults', () => {
  it('"before": the nth request fails and does not run', async () => {
    backend.setFault({ nth: 2, phase: 'before' });
    await sql.prepare('INSERT INTO t (id) VALUES (1)').execute();
    expect((await refusal(sql.prepare('INSERT INTO t (id) VALUES (2)').execute())).status).toBe(
      503,
    );
    await sql.prepare('INSERT INTO t (id) VALUES (3)').execute();
    expect(
      (await sql.prepare<{ id: number }>('SELECT id FROM t ORDER BY id').execute()).rows,
    ).toEqual([{ id: 1 }, { id: 3 }]);
  });

  it('"after": the nth request runs, then its answer is lost', async () => {
    backend.setFault({ nth: 1, phase: 'after' });
    expect((await refusal(sql.prepare('INSERT INTO t (id) VALUES (7)').execute())).status).toBe(
      503,
    );
    expect((await sql.prepare<{ id: number }>('SELECT id FROM t').execute()).rows).toEqual([
      { id: 7 },
    ]);
  });
});
