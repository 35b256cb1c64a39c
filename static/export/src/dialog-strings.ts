/** Every text of the export dialog, in one place (as the page keeps its own in src/frontend/strings.ts). */
import type { ErrorCode } from '../../../src/contract';

/** The structured filters of an export, as the dialog names them (authors by count: the Frame knows no names). */
export interface ArchiveFilterFacts {
  readonly authors: number;
  readonly categories: readonly string[];
  readonly objectTypes: readonly string[];
  readonly object?: string;
  readonly ip?: string;
}

const count = (value: number, noun: string) =>
  `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;

export const dialogStrings = {
  waiting: 'Waiting for the search from the admin page…',
  refusedTitle: 'Nothing to export',
  filter: 'Filter',
  noFilter: 'none',
  narrowedBy: 'Narrowed by',
  archiveFilters: ({ authors, categories, objectTypes, object, ip }: ArchiveFilterFacts) =>
    [
      authors > 0 && count(authors, 'author'),
      categories.length > 0 && `category ${categories.join(', ')}`,
      objectTypes.length > 0 && `object type ${objectTypes.join(', ')}`,
      object && `object ${object}`,
      ip && `address ${ip}`,
    ]
      .filter(Boolean)
      .join(' · '),
  range: 'Range',
  oldest: 'oldest record',
  format: 'Format',
  csv: 'CSV, for Excel and other spreadsheets',
  json: 'JSON, the records as the app reads them',
  idle: 'The export reads every matching record, up to 999 a request.',
  progress: (records: number, pages: number) =>
    `${count(records, 'record')} · ${count(pages, 'page')}`,
  retrying: 'Jira is busy, retrying…',
  start: 'Start export',
  again: 'Export again',
  stop: 'Stop',
  resume: 'Resume',
  download: (format: 'csv' | 'json') => `Download ${format.toUpperCase()}`,
  cancelled: 'Export stopped. Nothing was saved.',
  /** The file is written while pages arrive, in the format chosen at the start. */
  otherFormat: (written: 'csv' | 'json') =>
    `The file was written as ${written.toUpperCase()}; export again for the format chosen now.`,
  pausedTitle: 'The export stopped',
  resumable: 'Resume continues where it stopped.',
  failedTitle: 'The export cannot continue',
  readPages: (pages: number) => `Read ${count(pages, 'page')}.`,
  /** Why Resume is not offered: sending the same request again gets the same answer. */
  noResume: {
    BAD_REQUEST:
      'Jira refused the search itself, so resuming would send it again. Change the search on the page and export again.',
    UNAUTHORIZED:
      'Jira did not accept your session. Reload the page and sign in again, then export again.',
    FORBIDDEN:
      'Jira refused the request: you need the Administer Jira global permission (and a paid plan). Resuming would get the same answer.',
    RATE_LIMITED: 'Jira keeps limiting requests. Wait a few minutes, then export again.',
    JIRA_ERROR:
      'Asking Jira again would get the same answer. Export again later or with another search.',
  } satisfies Record<ErrorCode, string>,
} as const;
