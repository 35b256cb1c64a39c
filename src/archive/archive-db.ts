/**
 * The archive's one door to Forge SQL: parameterised statements through @forge/sql, rows validated with a schema at
 * the edge, and every failure turned into an ArchiveDbError that says only whether trying again can help.
 */
import { ForgeSQLAPIError, sql as forgeSql } from '@forge/sql';
import type { z } from 'zod';

/** What the archive uses of @forge/sql's client (its `sql`, or a test's). */
export type SqlClient = Pick<typeof forgeSql, 'prepare' | 'executeDDL'>;

export type SqlParam = string | number | null;

/** A statement failed. Never carries the query, its parameters or the database's message (they can hold record text). */
export class ArchiveDbError extends Error {
  constructor(
    readonly retryable: boolean,
    /** Forge SQL's error code, or what went wrong before an answer came. */
    readonly reason: string,
  ) {
    super(`Archive database error: ${reason}`);
    this.name = 'ArchiveDbError';
  }
}

// Timeouts, rate limits and 5xx can pass; a statement Forge SQL refused as wrong will be refused again.
const FINAL_CODES = new Set(['SQL_EXECUTION_ERROR', 'INVALID_SQL_QUERY']);

/** The ArchiveDbError for anything a statement threw. */
export const toArchiveDbError = (error: unknown): ArchiveDbError => {
  if (error instanceof ArchiveDbError) return error;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (!(error instanceof ForgeSQLAPIError) && cause instanceof ForgeSQLAPIError)
    return toArchiveDbError(cause);
  if (error instanceof ForgeSQLAPIError) {
    const { status } = error.responseDetails;
    const retryable = !FINAL_CODES.has(error.code) && (status === 429 || status >= 500);
    return new ArchiveDbError(retryable, `${error.code} (HTTP ${status})`);
  }
  return new ArchiveDbError(true, 'no answer from Forge SQL');
};

export interface ArchiveDb {
  /** A SELECT: its rows, each checked against `row`. */
  rows<S extends z.ZodType>(
    query: string,
    params: readonly SqlParam[],
    row: S,
  ): Promise<z.output<S>[]>;
  /** An INSERT, UPDATE or DELETE: the rows it changed. */
  run(query: string, params: readonly SqlParam[]): Promise<number>;
  /** A DDL statement (migrations only). */
  ddl(query: string): Promise<void>;
}

export const createArchiveDb = (client: SqlClient = forgeSql): ArchiveDb => {
  const attempt = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toArchiveDbError(error);
    }
  };
  return {
    rows: async (query, params, row) => {
      const result = await attempt(() =>
        client
          .prepare<unknown>(query)
          .bindParams(...params)
          .execute(),
      );
      const parsed = row.array().safeParse(result.rows);
      if (!parsed.success) throw new ArchiveDbError(false, 'an answer of an unexpected shape');
      return parsed.data;
    },
    run: async (query, params) => {
      const result = await attempt(() =>
        client
          .prepare<unknown>(query)
          .bindParams(...params)
          .execute(),
      );
      const { affectedRows } = (result.rows ?? {}) as { affectedRows?: unknown };
      if (typeof affectedRows !== 'number')
        throw new ArchiveDbError(false, 'an answer of an unexpected shape');
      return affectedRows;
    },
    ddl: async (query) => {
      await attempt(() => client.executeDDL(query));
    },
  };
};
