/**
 * The Forge SQL service behind `__forge_fetch__` for tests, the preview and benchmarks: @forge/sql's real requests
 * (`POST /api/v1/execute[/ddl]`, `{ query, params, method }`) run on a real MySQL-compatible server through mysql2,
 * answered as Forge answers (`{ rows }`, or `{ code, message }` with a non-2xx status), within Forge's limits.
 */
import mysql, { type Pool, type PoolConnection } from 'mysql2/promise';
import type { ForgeFetch } from './forge-fetch';
import { FORGE_SQL_LIMITS, slidingWindow, type SqlLimits } from './sql-limits';
import { countStatements, statementKind, type StatementKind } from './sql-statement';
import { answer, parseRequest, refusalResponse, SqlRefusal, toRows } from './sql-wire';

export interface SqlBackendOptions {
  /** mysql://… with the install's database selected. */
  readonly url: string;
  readonly limits?: Partial<SqlLimits>;
  /** Clock for the rate windows (tests pin it). */
  readonly now?: () => number;
  /** Sees each statement with its parameters before it runs (the EXPLAIN test replays them). */
  readonly onStatement?: (query: string, params: readonly unknown[]) => void;
}

/** A fault for one coming request: refused before it runs, or run and then answered with an error (lost answer). */
export interface SqlFault {
  /** 1 = the next request. */
  readonly nth: number;
  readonly phase: 'before' | 'after';
}

export interface SqlBackend {
  readonly fetch: ForgeFetch;
  /** Every query received, in order (parameters are not kept). */
  readonly queries: readonly string[];
  /** Milliseconds the database spent running statements so far (Forge SQL allows 62.5 s a minute). */
  readonly queryMs: () => number;
  setFault(fault: SqlFault | undefined): void;
  close(): Promise<void>;
}

// Forge's session defaults (TiDB): UTC and ONLY_FULL_GROUP_BY, stricter than MariaDB's own defaults.
const SESSION_SETUP =
  "SET time_zone = '+00:00', sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'";
const ENDPOINTS = new Set(['/api/v1/execute', '/api/v1/execute/ddl']);
// MariaDB's "max_statement_time exceeded" and MySQL's "maximum statement execution time exceeded".
const TIMEOUT_ERRNOS = new Set([1969, 3024]);

export const createSqlBackend = ({
  url,
  limits = {},
  now = Date.now,
  onStatement,
}: SqlBackendOptions): SqlBackend => {
  const limit = { ...FORGE_SQL_LIMITS, ...limits };
  const pool: Pool = mysql.createPool({
    uri: url,
    dateStrings: true,
    multipleStatements: false,
    charset: 'UTF8MB4_BIN',
    connectionLimit: 8,
  });
  const dml = slidingWindow(1_000);
  const ddl = slidingWindow(60_000);
  const queryTime = slidingWindow(60_000);
  const queries: string[] = [];
  let fault: SqlFault | undefined;
  let received = 0;
  let queryMs = 0;

  const admit = (kind: StatementKind, at: number): void => {
    if (kind === 'dml' && dml.count(at) >= limit.dmlPerSecond)
      throw new SqlRefusal(
        429,
        'RATE_LIMIT_EXCEEDED',
        `More than ${limit.dmlPerSecond} DML requests per second.`,
      );
    if (kind === 'ddl' && ddl.count(at) >= limit.ddlPerMinute)
      throw new SqlRefusal(
        429,
        'RATE_LIMIT_EXCEEDED',
        `More than ${limit.ddlPerMinute} DDL requests per minute.`,
      );
    if (queryTime.total(at) >= limit.queryMsPerMinute)
      throw new SqlRefusal(
        429,
        'RATE_LIMIT_EXCEEDED',
        'More than 62.5 s of query time in the last minute.',
      );
    if (kind === 'dml') dml.add(at);
    if (kind === 'ddl') ddl.add(at);
  };

  const execute = async (
    connection: PoolConnection,
    query: string,
    params: unknown[],
    kind: StatementKind,
  ) => {
    const seconds = kind === 'select' ? limit.selectSeconds : kind === 'dml' ? limit.dmlSeconds : 0;
    await connection.query(`${SESSION_SETUP}, max_statement_time = ${seconds}`);
    try {
      const [result] =
        params.length > 0
          ? await connection.execute(query, params as never[])
          : await connection.query(query);
      return result;
    } catch (error) {
      const { errno, code, sqlState, sqlMessage } = error as Record<string, unknown>;
      if (typeof errno === 'number' && TIMEOUT_ERRNOS.has(errno))
        throw new SqlRefusal(504, 'QUERY_TIMED_OUT', `The query ran longer than ${seconds} s.`);
      if (typeof errno === 'number')
        throw new SqlRefusal(400, 'SQL_EXECUTION_ERROR', String(sqlMessage), {
          code,
          errno,
          sqlState,
        });
      throw error;
    }
  };

  const serve = async (path: string, init?: RequestInit): Promise<Response> => {
    if (!ENDPOINTS.has(path) || (init?.method ?? 'GET').toUpperCase() !== 'POST')
      throw new SqlRefusal(
        404,
        'NOT_FOUND',
        `No Forge SQL endpoint at ${init?.method ?? 'GET'} ${path}.`,
      );
    const body = typeof init?.body === 'string' ? init.body : '';
    if (Buffer.byteLength(body) > limit.requestBytes)
      throw new SqlRefusal(
        413,
        'REQUEST_TOO_LARGE',
        `The request is larger than ${limit.requestBytes} bytes.`,
      );
    const { query, params } = parseRequest(body);
    queries.push(query);
    // "Each SQL statement can only contain a single query."
    if (countStatements(query) !== 1)
      throw new SqlRefusal(400, 'INVALID_SQL_QUERY', 'A request may hold only one SQL statement.');
    onStatement?.(query, params);
    const kind = statementKind(query);
    const started = now();
    admit(kind, started);
    received += 1;
    const failing = fault && received === fault.nth ? fault : undefined;
    if (failing?.phase === 'before')
      throw new SqlRefusal(
        503,
        'UNKNOWN_ERROR',
        'Injected fault: the request failed before it ran.',
      );
    const connection = await pool.getConnection();
    const timer = performance.now();
    let result: unknown;
    try {
      result = await execute(connection, query, params, kind);
    } finally {
      connection.release();
      const spent = performance.now() - timer;
      queryTime.add(now(), spent);
      queryMs += spent;
    }
    if (failing?.phase === 'after')
      throw new SqlRefusal(
        503,
        'UNKNOWN_ERROR',
        'Injected fault: the answer was lost after the query ran.',
      );
    const text = JSON.stringify({ rows: toRows(result) });
    if (Buffer.byteLength(text) > limit.responseBytes)
      throw new SqlRefusal(
        500,
        'RESPONSE_TOO_LARGE',
        `The response is larger than ${limit.responseBytes} bytes.`,
      );
    return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };

  return {
    fetch: async (_target, path, init) => {
      try {
        return await serve(path, init);
      } catch (error) {
        if (error instanceof SqlRefusal) return refusalResponse(error);
        return answer(500, {
          code: 'UNKNOWN_ERROR',
          message: 'The SQL service could not run the query.',
        });
      }
    },
    queries,
    queryMs: () => queryMs,
    setFault(next) {
      fault = next;
      received = 0;
    },
    close: () => pool.end(),
  };
};
