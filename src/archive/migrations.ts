/**
 * The archive's schema, as @forge/sql migrations (applied in order, each once). Every statement runs on TiDB and on
 * MariaDB 10.11: utf8mb4 with utf8mb4_bin declared, no foreign keys, `IF NOT EXISTS` so a migration whose
 * checkpoint was lost runs again harmlessly. docs/archive.md says which query uses which index.
 */

export interface Migration {
  readonly name: string;
  readonly statement: string;
}

const TABLE_OPTIONS = 'DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin';
// TiDB clusters rows by this key when told so (a comment to MariaDB, whose InnoDB always clusters by the primary key).
const CLUSTERED = '/*T![clustered_index] CLUSTERED */';

export const ARCHIVE_MIGRATIONS: readonly Migration[] = [
  {
    // What every search scans, kept narrow: the searched columns, the lowercased search text and the object keys.
    name: 'archive-001-record',
    statement: `CREATE TABLE IF NOT EXISTS archive_record (
      created BIGINT NOT NULL,
      id BIGINT NOT NULL,
      author_ref INT UNSIGNED NOT NULL,
      category_ref INT UNSIGNED NOT NULL,
      object_type_ref INT UNSIGNED NOT NULL,
      address VARBINARY(16) NULL,
      object_keys MEDIUMBLOB NOT NULL,
      search_text MEDIUMTEXT NOT NULL,
      PRIMARY KEY (created, id) ${CLUSTERED}
    ) ${TABLE_OPTIONS}`,
  },
  {
    // The record as getAuditPage returns it (without author), deflated.
    name: 'archive-002-record-body',
    statement: `CREATE TABLE IF NOT EXISTS archive_record_body (
      created BIGINT NOT NULL,
      id BIGINT NOT NULL,
      body MEDIUMBLOB NOT NULL,
      PRIMARY KEY (created, id) ${CLUSTERED}
    ) ${TABLE_OPTIONS}`,
  },
  {
    // Authors by a number the record rows carry (0: no author), with the name Jira gave when last asked.
    name: 'archive-003-author',
    statement: `CREATE TABLE IF NOT EXISTS archive_author (
      ref INT UNSIGNED NOT NULL AUTO_INCREMENT,
      account_hash BINARY(16) NOT NULL,
      account_id TEXT NOT NULL,
      display_name TEXT NULL,
      avatar_url TEXT NULL,
      looked_up BIGINT NULL,
      PRIMARY KEY (ref),
      UNIQUE KEY archive_author_account (account_hash)
    ) ${TABLE_OPTIONS}`,
  },
  {
    // Categories and object type names by a number the record rows carry (0: none).
    name: 'archive-004-value',
    statement: `CREATE TABLE IF NOT EXISTS archive_value (
      ref INT UNSIGNED NOT NULL AUTO_INCREMENT,
      value_hash BINARY(16) NOT NULL,
      value MEDIUMTEXT NOT NULL,
      PRIMARY KEY (ref),
      UNIQUE KEY archive_value_hash (value_hash)
    ) ${TABLE_OPTIONS}`,
  },
  {
    // One row: how far the sync got, what the archive keeps, and who may sync now.
    name: 'archive-005-state',
    statement: `CREATE TABLE IF NOT EXISTS archive_state (
      id TINYINT UNSIGNED NOT NULL,
      synced_through BIGINT NULL,
      catchup_from BIGINT NULL,
      catchup_to BIGINT NULL,
      catchup_offset INT UNSIGNED NOT NULL DEFAULT 0,
      backfill_to BIGINT NULL,
      backfill_offset INT UNSIGNED NOT NULL DEFAULT 0,
      backfill_done TINYINT UNSIGNED NOT NULL DEFAULT 0,
      keep_from BIGINT NOT NULL DEFAULT 0,
      retention_days INT UNSIGNED NOT NULL DEFAULT 365,
      last_sync_at BIGINT NULL,
      lease_owner VARCHAR(64) NULL,
      lease_until BIGINT NOT NULL DEFAULT 0,
      PRIMARY KEY (id)
    ) ${TABLE_OPTIONS}`,
  },
  {
    // Every search without text: a time range (or all of it) read from this narrow copy instead of the wide rows,
    // in the primary key's order so pages need no sort.
    name: 'archive-006-record-facets',
    statement:
      'CREATE INDEX IF NOT EXISTS archive_record_facets ON archive_record (created, id, author_ref, category_ref, object_type_ref, address)',
  },
  {
    // Admins' saved searches: one name per owner (account ids are at most 128 characters), shared ones listed by id.
    name: 'archive-007-saved-search',
    statement: `CREATE TABLE IF NOT EXISTS saved_search (
      id BIGINT NOT NULL AUTO_INCREMENT,
      owner VARCHAR(128) NOT NULL,
      name VARCHAR(80) NOT NULL,
      shared TINYINT UNSIGNED NOT NULL DEFAULT 0,
      search MEDIUMTEXT NOT NULL,
      saved_at BIGINT NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY saved_search_owner_name (owner, name),
      KEY saved_search_shared (shared, id)
    ) ${TABLE_OPTIONS}`,
  },
];
