/** Which names in a record are Atlassian account ids (shown as people) and which are opaque ids (shortened). */
import type { AuditItem } from '../contract';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// Cloud account ids: the old 24-hex form and `<hex prefix>:<uuid>` (e.g. 557058:…); `ug:`/`qm:` are not hex.
const ACCOUNT_ID = new RegExp(`^(?:[0-9a-f]{24}|[0-9a-f]{1,10}:${UUID})$`, 'i');
// Directory and group ids Jira writes where a name would be: `ug:<uuid>`, `qm:<uuid>:<uuid>`, a bare uuid.
const OPAQUE_ID = new RegExp(`^(?:[a-z]{2,3}:)?${UUID}(?::${UUID})?$`, 'i');

export const isAccountId = (value: string): boolean => ACCOUNT_ID.test(value);

const KEEP = 8;

/** `ug:576faf15-…` keeps the prefix and the first 8 characters of the id; short ids stay whole. */
export const shortenId = (id: string): string => {
  const colon = id.indexOf(':');
  const prefix = colon >= 0 && colon <= 3 ? id.slice(0, colon + 1) : '';
  const rest = id.slice(prefix.length);
  return rest.length <= KEEP + 1 ? id : `${prefix}${rest.slice(0, KEEP)}…`;
};

export type ItemName =
  | { readonly kind: 'person'; readonly accountId: string }
  | { readonly kind: 'id'; readonly short: string; readonly full: string }
  | { readonly kind: 'text'; readonly text: string };

/** A USER item named by an account id is a person; an opaque id is shortened; anything else is its name. */
export const itemName = (item: Pick<AuditItem, 'name' | 'typeName'>): ItemName => {
  if (item.typeName === 'USER' && isAccountId(item.name))
    return { kind: 'person', accountId: item.name };
  if (OPAQUE_ID.test(item.name))
    return { kind: 'id', short: shortenId(item.name), full: item.name };
  return { kind: 'text', text: item.name };
};
