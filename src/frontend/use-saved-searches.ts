/** State and calls of the saved-search controls: the list (asked once the archive is the source), open, save, delete. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedSearch } from '../contract/saved-search-results';
import type { SavedSearchClient } from './saved-search-client';
import { draftOf, searchToSave } from './saved-search-model';
import type { Draft } from './search-model';
import { strings } from './strings';

export interface SavedSearchesOptions {
  readonly client: SavedSearchClient;
  /** Saved searches live beside the archive: listed once it is the page's source. */
  readonly active: boolean;
  readonly zone: string;
  /** The draft of the search on screen, as it was applied. */
  readonly appliedDraft: () => Draft;
  readonly onOpen: (draft: Draft) => void;
}

export interface SavedSearches {
  readonly searches: readonly SavedSearch[];
  readonly selected?: SavedSearch;
  readonly name: string;
  readonly shared: boolean;
  readonly busy: boolean;
  /** What the last save or delete did, or why it did not. */
  readonly message?: string;
  readonly editName: (name: string) => void;
  readonly setShared: (shared: boolean) => void;
  readonly open: (id: string | undefined) => void;
  readonly save: () => void;
  readonly remove: () => void;
}

export const useSavedSearches = ({
  client,
  active,
  zone,
  appliedDraft,
  onOpen,
}: SavedSearchesOptions): SavedSearches => {
  const [searches, setSearches] = useState<readonly SavedSearch[]>([]);
  const [selectedId, setSelectedId] = useState<string>();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const latest = useRef({ searches, selectedId, name, shared, zone, appliedDraft, onOpen });
  latest.current = { searches, selectedId, name, shared, zone, appliedDraft, onOpen };

  const load = useCallback(
    (select?: string) =>
      client.list().then(
        (answer) => {
          if (!answer.ok) return;
          setSearches(answer.searches);
          if (select !== undefined) setSelectedId(select);
        },
        () => undefined, // no list: the menu stays empty, saving still says what happened
      ),
    [client],
  );
  const listed = useRef(false);
  useEffect(() => {
    if (!active || listed.current) return;
    listed.current = true;
    void load();
  }, [active, load]);

  const run = useCallback((work: () => Promise<string | undefined>) => {
    setBusy(true);
    work().then(
      (said) => {
        setBusy(false);
        setMessage(said);
      },
      () => {
        setBusy(false);
        setMessage(strings.saved.unreachable);
      },
    );
  }, []);

  return {
    searches,
    selected: searches.find((search) => search.id === selectedId),
    name,
    shared,
    busy,
    message,
    editName: useCallback((next) => setName(next), []),
    setShared: useCallback((next) => setShared(next), []),
    open: useCallback((id) => {
      const chosen = latest.current.searches.find((search) => search.id === id);
      setSelectedId(chosen?.id);
      setMessage(undefined);
      if (!chosen) return;
      // Saving under the same name replaces the admin's own search.
      if (chosen.mine) {
        setName(chosen.name);
        setShared(chosen.shared);
      }
      latest.current.onOpen(draftOf(chosen, latest.current.zone));
    }, []),
    save: useCallback(() => {
      const { name: typed, shared: share, zone: currentZone, appliedDraft: draft } = latest.current;
      if (typed.trim() === '') {
        setMessage(strings.saved.nameMissing);
        return;
      }
      run(async () => {
        const answer = await client.save({
          name: typed,
          shared: share,
          ...searchToSave(draft(), currentZone),
        });
        if (!answer.ok) return strings.saved.failed(answer.error.message);
        await load(answer.saved.id);
        return strings.saved.saved(answer.saved.name);
      });
    }, [client, load, run]),
    remove: useCallback(() => {
      const chosen = latest.current.searches.find(
        (search) => search.id === latest.current.selectedId,
      );
      if (!chosen) return;
      run(async () => {
        const answer = await client.remove(chosen.id);
        if (!answer.ok) return strings.saved.removeFailed(answer.error.message);
        setSearches((kept) => kept.filter((search) => search.id !== chosen.id));
        setSelectedId(undefined);
        return strings.saved.removed(chosen.name);
      });
    }, [client, run]),
  };
};
