/** Brings the archive's schema up to date before an entry's first query, once per function instance. */
import type { migrationRunner } from '@forge/sql';
import type { ArchiveDb } from './archive-db';
import { ARCHIVE_MIGRATIONS, type Migration } from './migrations';

/** @forge/sql's migration runner (its `migrationRunner`, or a fresh one in tests). */
export type MigrationRunner = Pick<typeof migrationRunner, 'enqueue' | 'run'>;

export interface ArchiveSchema {
  /** Resolves when every migration has run; a failure is not remembered, so the next entry tries again. */
  ready(): Promise<void>;
}

export const migrateArchive = async (
  runner: MigrationRunner,
  db: ArchiveDb,
  migrations: readonly Migration[] = ARCHIVE_MIGRATIONS,
): Promise<string[]> => {
  for (const { name, statement } of migrations) runner.enqueue(name, statement);
  const applied = await runner.run();
  // The state row exists from the start, so every later statement can UPDATE it.
  await db.run('INSERT IGNORE INTO archive_state (id) VALUES (1)', []);
  return applied;
};

export const createArchiveSchema = (runner: MigrationRunner, db: ArchiveDb): ArchiveSchema => {
  let migrated: Promise<void> | undefined;
  return {
    ready() {
      migrated ??= migrateArchive(runner, db).then(
        () => undefined,
        (error: unknown) => {
          migrated = undefined;
          throw error;
        },
      );
      return migrated;
    },
  };
};
