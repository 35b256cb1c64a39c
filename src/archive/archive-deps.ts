/** What the archive's entries need besides Jira, built once per function instance and passed in (tests swap parts). */
import { migrationRunner } from '@forge/sql';
import { createArchiveDb, type ArchiveDb, type SqlClient } from './archive-db';
import { createArchiveSchema, type ArchiveSchema, type MigrationRunner } from './archive-schema';
import { DEFAULT_ARCHIVE_SETTINGS, type ArchiveSettings } from './archive-settings';
import { pushContinuation } from './sync/continue-sync';
import { createRefCache, type RefCache } from './value-refs';
import { createAccessProofs, type AccessProofs } from '../jira/prove-audit-access';

export interface ArchiveDeps {
  readonly db: ArchiveDb;
  /** Migrations, run before an entry's first query and remembered for the instance. */
  readonly schema: ArchiveSchema;
  readonly settings: ArchiveSettings;
  /** Dictionary numbers already known to this instance. */
  readonly refs: RefCache;
  /** Callers Jira recently let read the audit log, per account. */
  readonly proofs: AccessProofs;
  /** Asks for another sync call at once (an async event); the scheduled trigger finishes the job if it is lost. */
  readonly continueSync: () => Promise<void>;
}

export interface ArchiveDepsOptions {
  readonly client?: SqlClient;
  readonly runner?: MigrationRunner;
  readonly settings?: Partial<ArchiveSettings>;
  readonly continueSync?: () => Promise<void>;
}

export const createArchiveDeps = ({
  client,
  runner = migrationRunner,
  settings = {},
  continueSync = pushContinuation,
}: ArchiveDepsOptions = {}): ArchiveDeps => {
  const db = createArchiveDb(client);
  const merged = { ...DEFAULT_ARCHIVE_SETTINGS, ...settings };
  return {
    db,
    schema: createArchiveSchema(runner, db),
    settings: merged,
    refs: createRefCache(),
    proofs: createAccessProofs(merged.proofTtlMs),
    continueSync: () => continueSync(),
  };
};
