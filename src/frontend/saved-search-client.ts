/** The page's saved-search calls, through the same typed, validated bridge client as the table. */
import type {
  DeleteSavedSearchResult,
  ListSavedSearchesResult,
  SaveSearchResult,
} from '../contract/saved-search-results';
import type { SaveSearchPayload } from '../contract/saved-searches';
import { invokeResolver } from './bridge-client';

export interface SavedSearchClient {
  list(): Promise<ListSavedSearchesResult>;
  save(payload: SaveSearchPayload): Promise<SaveSearchResult>;
  remove(id: string): Promise<DeleteSavedSearchResult>;
}

export const savedSearchClient: SavedSearchClient = {
  list: () => invokeResolver('listSavedSearches', {}),
  save: (payload) => invokeResolver('saveSearch', payload),
  remove: (id) => invokeResolver('deleteSavedSearch', { id }),
};
