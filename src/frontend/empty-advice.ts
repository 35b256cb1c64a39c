/** What an empty result means, from what the search narrowed: the advice names only what the admin chose. */
import type { PinnedSearch } from './search-model';

export interface EmptyAdvice {
  readonly header: string;
  readonly description: string;
}

const AUDIT_SETTINGS = 'Jira settings → System → Audit log';
const KEPT = 'Jira keeps audit records only for a limited time.';

/** `formatInstant` renders the pinned bounds as the page shows them. */
export const emptyAdvice = (
  search: Pick<PinnedSearch, 'filter' | 'from' | 'to'>,
  formatInstant: (instant: string) => string,
): EmptyAdvice => {
  const text = search.filter;
  const range =
    search.from === undefined
      ? `up to ${formatInstant(search.to)}`
      : `between ${formatInstant(search.from)} and ${formatInstant(search.to)}`;
  if (text === undefined && search.from === undefined) {
    return {
      header: 'No audit records yet',
      description: `Jira has recorded nothing on this site ${range}, or audit logging is off: an admin can turn it on in ${AUDIT_SETTINGS}. ${KEPT}`,
    };
  }
  if (search.from === undefined) {
    return {
      header: `No record matches “${text}”`,
      description: `Every term must appear in the summary, category, event source, object, a changed value or the IP address. Try fewer or shorter terms, or Reset to see the newest records.`,
    };
  }
  if (text === undefined) {
    return {
      header: 'No records in this range',
      description: `Nothing was recorded ${range}. Pick a wider range or Reset to see the newest records. ${KEPT}`,
    };
  }
  return {
    header: `No record matches “${text}” in this range`,
    description: `Searched ${range}. Try fewer or shorter terms or a wider range, or Reset to see the newest records.`,
  };
};
