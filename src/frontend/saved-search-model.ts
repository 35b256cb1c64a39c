/** Pure rules of saved searches on the page: the applied draft → what is saved, a saved search → a draft, menu labels. */
import type { SavedQuery, SavedSearch } from '../contract/saved-search-results';
import { dayOfInstant, endOfDay, startOfDay } from '../domain/date-range';
import type { Draft } from './search-model';

export interface SearchToSave {
  readonly search: SavedQuery;
  readonly range?: Draft['quickRange'];
}

/**
 * What the applied draft saves: its text and filters, picked days as the instants that bound them in `zone`, a quick
 * range as itself (it moves with the clock). An open To stays open, so the saved search reaches newer records.
 */
export const searchToSave = (draft: Draft, zone: string): SearchToSave => {
  const text = draft.text.trim();
  // An empty list narrows nothing, as an absent one.
  const listed = (name: 'authors' | 'categories' | 'objectTypes') => {
    const values = draft[name];
    return values === undefined || values.length === 0 ? {} : { [name]: [...values] };
  };
  const search: SavedQuery = {
    ...(text === '' ? {} : { text }),
    ...listed('authors'),
    ...listed('categories'),
    ...listed('objectTypes'),
    ...(draft.object === undefined ? {} : { object: { ...draft.object } }),
    ...(draft.ip === undefined || draft.ip.trim() === '' ? {} : { ip: draft.ip.trim() }),
    ...(draft.quickRange === undefined && draft.fromDay !== undefined
      ? { from: startOfDay(draft.fromDay, zone) }
      : {}),
    ...(draft.quickRange === undefined && draft.toDay !== undefined
      ? { to: endOfDay(draft.toDay, zone) }
      : {}),
  };
  return draft.quickRange === undefined ? { search } : { search, range: draft.quickRange };
};

/** The draft a saved search opens as: its days read in the admin's zone. */
export const draftOf = ({ search, range }: SavedSearch, zone: string): Draft => {
  const { text, from, to, authors, categories, objectTypes, object, ip } = search;
  return {
    text: text ?? '',
    ...(authors === undefined ? {} : { authors }),
    ...(categories === undefined ? {} : { categories }),
    ...(objectTypes === undefined ? {} : { objectTypes }),
    ...(object === undefined ? {} : { object }),
    ...(ip === undefined ? {} : { ip }),
    ...(range !== undefined
      ? { quickRange: range }
      : {
          ...(from === undefined ? {} : { fromDay: dayOfInstant(Date.parse(from), zone) }),
          ...(to === undefined ? {} : { toDay: dayOfInstant(Date.parse(to), zone) }),
        }),
  };
};

/** The menu's label: the name, and whether it is shared (by the admin or by another one). */
export const savedSearchLabel = ({ name, shared, mine }: SavedSearch): string =>
  !shared ? name : mine ? `${name} · shared` : `${name} · shared with you`;
