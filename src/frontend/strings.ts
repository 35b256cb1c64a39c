/**
 * Every admin-facing text of the page, in one place so it can move to Forge i18n
 * (`translations` in the manifest + `useTranslation`) key by key.
 */
import type { ErrorCode } from '../contract';
import type { DayRangeProblem, QuickRange } from '../domain/date-range';

export type PageErrorCode = ErrorCode | 'UNREACHABLE';

export const strings = {
  pageIntro:
    "Changes to this Jira site's configuration, users, groups, projects and permissions, newest first.",

  filters: {
    textLabel: 'Search text',
    textPlaceholder: 'e.g. group admin',
    textHint:
      'Jira matches every space-separated term, ignoring case, against part of the summary, category, event source, object, changed values or IP address.',
    fromLabel: 'From',
    toLabel: 'To',
    datePlaceholder: 'Any day',
    zoneHint: (zone: string) => `Days run from midnight to midnight in your time zone (${zone}).`,
    apply: 'Apply',
    reset: 'Reset',
    quickRangesLabel: 'Quick ranges',
    filterTooLong: (max: number) => `Search text can hold at most ${max} characters.`,
    windowUpTo: (to: string) =>
      `Showing records up to ${to}. Records written since then appear when you apply the search again.`,
    windowBetween: (from: string, to: string) => `Showing records from ${from} to ${to}.`,
  },

  exportDialog: {
    open: 'Export',
    title: 'Export audit log',
    close: 'Close',
    stopTitle: 'Stop the export?',
    stopBody: 'Closing the dialog stops the export and discards the records read so far.',
    keep: 'Keep exporting',
    stop: 'Stop export',
  },

  quickRanges: {
    'last-24-hours': 'Last 24 hours',
    'last-7-days': 'Last 7 days',
    'last-30-days': 'Last 30 days',
    'last-90-days': 'Last 90 days',
  } satisfies Record<QuickRange, string>,

  rangeProblems: {
    'invalid-from': 'The From date is not a valid day. Pick it from the calendar.',
    'invalid-to': 'The To date is not a valid day. Pick it from the calendar.',
    'from-in-future':
      'The From date lies in the future, so nothing could match. Pick today or earlier.',
    'to-in-future':
      'The To date lies in the future. Pick today or earlier, or leave To empty to search up to now.',
    'to-before-from': 'The To date is before the From date. Swap them or pick a later To date.',
  } satisfies Record<DayRangeProblem, string>,
  notSearched: 'Nothing was searched. Correct the range and choose Apply.',

  table: {
    caption: 'Audit records',
    when: (zone: string) => `When (${zone})`,
    newestFirst: '↓',
    oldestFirst: '↑',
    sortedBy: (order: 'desc' | 'asc') =>
      `, sorted ${order === 'asc' ? 'oldest' : 'newest'} first; select to reverse`,
    filterBy: {
      author: 'Show only records by ',
      category: 'Show only the category ',
      object: (typeName: string) => `Show only records of the ${typeName} `,
      address: 'Show only records from the address ',
    },
    detailsOf: (summary: string, time: string) => ` of ‘${summary}’, ${time}`,
    summary: 'Summary',
    category: 'Category',
    author: 'Author',
    object: 'Object',
    ipAddress: 'IP address',
    details: 'Details',
    system: 'System',
    none: '—',
    detailsButton: 'Details',
  },

  archive: {
    authors: 'Author',
    categories: 'Category',
    objectTypes: 'Object type',
    ip: 'IP address or CIDR',
    remove: (what: string) => `Remove ${what}`,
    matches: (total: number) =>
      `${total.toLocaleString('en-US')} record${total === 1 ? '' : 's'} match`,
    covering: (from: string, to: string) => `, from ${from} to ${to}`,
    filling: (oldest: string) =>
      `The archive is still filling from Jira: results may be incomplete and reach back to ${oldest} so far.`,
    complete: (oldest: string) => `The archive holds the whole log back to ${oldest}.`,
  },

  saved: {
    menu: 'Saved searches',
    menuPlaceholder: 'Open a saved search',
    sharedBy: 'Shared by',
    name: 'Save this search as',
    namePlaceholder: 'e.g. Scheme changes this week',
    share: 'Share with admins',
    save: 'Save',
    remove: 'Delete',
    saved: (name: string) => `Saved “${name}”.`,
    removed: (name: string) => `Deleted “${name}”.`,
    nameMissing: 'Give the search a name to save it.',
    failed: (message: string) => `Not saved: ${message}`,
    removeFailed: (message: string) => `Not deleted: ${message}`,
    unreachable: 'The app could not be reached. Try again in a moment.',
  },

  paging: {
    previous: 'Previous',
    next: 'Next',
    range: (first: number, last: number) => `Records ${first}–${last}`,
    emptyPage: (offset: number) => `No records after record ${offset}`,
    pageSizeLabel: 'Records per page',
    loading: 'Loading records…',
  },

  details: {
    title: (summary: string) => summary,
    changedValues: 'Changed values',
    field: 'Field',
    from: 'From',
    to: 'To',
    noChanges: 'No changed values recorded.',
    associatedItems: 'Associated items',
    noAssociatedItems: 'No associated items.',
    description: 'Description',
    eventSource: 'Event source',
    ipAddress: 'IP address',
    author: 'Author',
    created: 'Created',
    object: 'Object',
    id: 'Record ID',
    rawRecord: 'Raw record (JSON)',
    close: 'Close',
    emptyValue: '(empty)',
    inParent: (parent: string) => `in ${parent}`,
    objectHistory: 'All changes to this object',
  },

  errors: {
    retry: 'Retry',
    fromApp: (message: string) => `Details: ${message}`,
    titles: {
      BAD_REQUEST: 'The search was not accepted',
      UNAUTHORIZED: 'Jira did not accept your sign-in',
      FORBIDDEN: 'You cannot read the audit log',
      RATE_LIMITED: 'Jira is limiting requests',
      JIRA_ERROR: 'Jira could not return the audit log',
      UNREACHABLE: 'The app could not be reached',
    } satisfies Record<PageErrorCode, string>,
    advice: {
      BAD_REQUEST:
        'Check the search text and the dates, then apply the search again. Reset returns to the newest records.',
      UNAUTHORIZED:
        'Reload the page and sign in again. If the app asks for access, allow it and retry.',
      FORBIDDEN:
        'Reading the audit log needs the Administer Jira global permission, and audit logging is only available when at least one Jira product on this site is on a paid plan. Ask a Jira administrator to grant the permission, then retry.',
      RATE_LIMITED: 'Too many requests reached Jira in a short time. Wait a minute, then retry.',
      JIRA_ERROR:
        'Jira had a problem or answered too slowly. Retry in a moment; if it keeps failing, narrow the date range.',
      UNREACHABLE:
        'The request did not reach the app or no answer came back. Check your connection and retry.',
    } satisfies Record<PageErrorCode, string>,
    unreachableMessage: 'No usable answer from the app backend.',
  },
} as const;
