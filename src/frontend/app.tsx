/** The admin page: filter bar, the current page of records, paging, details, and what went wrong. */
import React, { useState } from 'react';
import { Stack, Text, useProductContext } from '@forge/react';
import { resolveZone, todayInZone } from '../domain/date-range';
import { ActivityChart } from './activity-chart';
import { activityClient as defaultActivityClient, type ActivityClient } from './activity-client';
import { ArchiveFilters } from './archive-filters';
import { ArchiveSummary } from './archive-summary';
import { AuditTable } from './audit-table';
import { auditClient, type AuditClient } from './bridge-client';
import { emptyAdvice } from './empty-advice';
import { EmptyResult } from './empty-result';
import { SearchErrorMessage } from './error-message';
import { BLOCKS_READING } from './error-text';
import { ExportDialog } from './export-dialog';
import { FilterBar } from './filter-bar';
import { formatInZone, resolveLocale } from './format';
import { PagingControls, type PagingDirection } from './paging-controls';
import { RecordDetails } from './record-details';
import {
  savedSearchClient as defaultSavedClient,
  type SavedSearchClient,
} from './saved-search-client';
import { SavedSearchControls } from './saved-search-controls';
import type { PinnedSearch } from './search-model';
import { useSourceSwitch } from './use-search-source';
import { strings } from './strings';
import { useActivitySummary } from './use-activity-summary';
import { useAuditSearch } from './use-audit-search';
import { useSavedSearches } from './use-saved-searches';

export interface AppProps {
  readonly client?: AuditClient;
  readonly activityClient?: ActivityClient;
  readonly savedClient?: SavedSearchClient;
}

const describeWindow = (search: PinnedSearch | undefined, zone: string, locale: string) => {
  if (search === undefined) return undefined;
  const to = formatInZone(search.to, zone, locale);
  return search.from === undefined
    ? strings.filters.windowUpTo(to)
    : strings.filters.windowBetween(formatInZone(search.from, zone, locale), to);
};

export const App = ({
  client = auditClient,
  activityClient = defaultActivityClient,
  savedClient = defaultSavedClient,
}: AppProps) => {
  const context = useProductContext();
  // Days and times read in UTC until the context (with the admin's zone) has loaded.
  const zone = resolveZone(context?.timezone);
  const locale = resolveLocale(context?.locale);
  // The live log first, the archive once it holds records (use-search-source.ts).
  const sources = useSourceSwitch(client);
  const search = useAuditSearch({ sources, zone });
  const { state } = search;
  const activity = useActivitySummary({ client: activityClient, search: state.search, zone });
  const onArchive = state.page?.source === 'archive';
  const saved = useSavedSearches({
    client: savedClient,
    active: onArchive,
    zone,
    appliedDraft: search.appliedDraft,
    onOpen: search.runDraft,
  });
  // Paging moves focus, and with it the view, to the controls above the table once the new page is shown
  // (a disabled button cannot take focus while it loads); a later search of any other kind does not.
  const [paged, setPaged] = useState<{ direction: PagingDirection; requestId: number }>();
  const records = state.page?.records ?? [];
  const showsNothing = !state.loading && state.page !== undefined && records.length === 0;
  const cannotRead = state.error !== undefined && BLOCKS_READING.has(state.error.code);
  const now = state.requestedAt ?? 0;
  const focusTop =
    paged !== undefined && paged.requestId === state.requestId && !state.loading
      ? paged.direction
      : undefined;
  const page = (direction: PagingDirection, turn: () => void) => () => {
    setPaged({ direction, requestId: state.requestId + 1 }); // the request the turn is about to send
    turn();
  };
  const paging = (placement: 'top' | 'bottom') => (
    <PagingControls
      // A new key mounts the controls again, so autoFocus applies.
      key={placement === 'top' && focusTop ? `top-${state.requestId}` : placement}
      placement={placement}
      focus={placement === 'top' ? focusTop : undefined}
      offset={state.offset}
      count={records.length}
      hasMore={state.page?.hasMore ?? false}
      isLoading={state.loading}
      pageSize={state.pageSize}
      onPrevious={page('previous', search.previousPage)}
      onNext={page('next', search.nextPage)}
      onPageSize={search.changePageSize}
    />
  );

  return (
    <Stack space="space.200">
      {/* Jira shows the module's title as the page's one level-1 heading. */}
      <Text>{strings.pageIntro}</Text>
      <FilterBar
        draft={state.draft}
        problems={state.problems}
        zone={zone}
        locale={locale}
        today={state.requestedAt === undefined ? undefined : todayInZone(state.requestedAt, zone)}
        searchWindow={describeWindow(state.search, zone, locale)}
        onEdit={search.editDraft}
        onApply={search.apply}
        onQuickRange={search.chooseQuickRange}
        onReset={search.reset}
      />
      {onArchive && <SavedSearchControls saved={saved} />}
      {state.page?.source === 'archive' && (
        <ArchiveFilters
          applied={state.search ?? {}}
          ip={state.draft.ip ?? ''}
          facets={state.page.facets}
          onChange={search.changeFilters}
          onIpEdit={(ip) => search.editDraft({ ip: ip === '' ? undefined : ip })}
          onIpApply={search.apply}
          onRemove={search.removeFilter}
        />
      )}
      {state.page?.source === 'archive' && state.search && (
        <ArchiveSummary
          page={state.page}
          to={state.search.to}
          formatInstant={(instant) => formatInZone(instant, zone, locale)}
        />
      )}
      <ExportDialog search={cannotRead ? undefined : state.search} />
      <ActivityChart
        state={activity.state}
        locale={locale}
        isDisabled={cannotRead}
        onShow={activity.show}
        onHide={activity.hide}
        onShowDay={search.showDay}
      />
      {state.error ? (
        <SearchErrorMessage error={state.error} onRetry={search.retry} />
      ) : (
        <Stack space="space.150">
          {!(showsNothing && state.offset === 0) && paging('top')}
          <AuditTable
            records={records}
            isLoading={state.loading}
            zone={zone}
            locale={locale}
            now={now}
            sortOrder={state.search?.order === 'asc' ? 'ASC' : 'DESC'}
            onSortByTime={onArchive ? search.sortByTime : undefined}
            canFilterAuthors={search.canFilterAuthors}
            onDetails={search.openDetails}
            onFilter={search.addFilter}
          />
          {showsNothing && state.search && (
            <EmptyResult
              advice={emptyAdvice(state.search, (instant) => formatInZone(instant, zone, locale))}
            />
          )}
          {!(showsNothing && state.offset === 0) && paging('bottom')}
        </Stack>
      )}
      <RecordDetails
        record={state.selected}
        zone={zone}
        locale={locale}
        canFilterAuthors={search.canFilterAuthors}
        onClose={search.closeDetails}
        onFilter={search.addFilter}
      />
    </Stack>
  );
};
