/** The admin page: filter bar, the current page of records, paging, details, and what went wrong. */
import React from 'react';
import { Heading, Stack, Text, useProductContext } from '@forge/react';
import { resolveZone, todayInZone } from '../domain/date-range';
import { ActivityChart } from './activity-chart';
import { activityClient as defaultActivityClient, type ActivityClient } from './activity-client';
import { AuditTable } from './audit-table';
import { auditClient, type AuditClient } from './bridge-client';
import { EmptyResult } from './empty-result';
import { SearchErrorMessage } from './error-message';
import { ExportDialog } from './export-dialog';
import { FilterBar } from './filter-bar';
import { formatInZone, resolveLocale } from './format';
import { PagingControls } from './paging-controls';
import { RecordDetails } from './record-details';
import type { PinnedSearch } from './search-model';
import { strings } from './strings';
import { useActivitySummary } from './use-activity-summary';
import { useAuditSearch } from './use-audit-search';

export interface AppProps {
  readonly client?: AuditClient;
  readonly activityClient?: ActivityClient;
}

const describeWindow = (search: PinnedSearch | undefined, zone: string, locale: string) => {
  if (search === undefined) return undefined;
  const to = formatInZone(search.to, zone, locale);
  return search.from === undefined
    ? strings.filters.windowUpTo(to)
    : strings.filters.windowBetween(formatInZone(search.from, zone, locale), to);
};

export const App = ({ client = auditClient, activityClient = defaultActivityClient }: AppProps) => {
  const context = useProductContext();
  // Days and times read in UTC until the context (with the admin's zone) has loaded.
  const zone = resolveZone(context?.timezone);
  const locale = resolveLocale(context?.locale);
  const search = useAuditSearch({ client, zone });
  const { state } = search;
  const activity = useActivitySummary({ client: activityClient, search: state.search, zone });
  const records = state.page?.records ?? [];
  const showsNothing = !state.loading && state.page !== undefined && records.length === 0;

  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading as="h1" size="large">
          {strings.pageTitle}
        </Heading>
        <Text>{strings.pageIntro}</Text>
      </Stack>
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
      <ExportDialog search={state.search} />
      <ActivityChart
        state={activity.state}
        onShow={activity.show}
        onHide={activity.hide}
        onShowDay={search.showDay}
      />
      {state.error ? (
        <SearchErrorMessage error={state.error} onRetry={search.retry} />
      ) : (
        <Stack space="space.200">
          <AuditTable
            records={records}
            isLoading={state.loading}
            zone={zone}
            locale={locale}
            onDetails={search.openDetails}
          />
          {showsNothing && <EmptyResult />}
          {!(showsNothing && state.offset === 0) && (
            <PagingControls
              offset={state.offset}
              count={records.length}
              hasMore={state.page?.hasMore ?? false}
              isLoading={state.loading}
              pageSize={state.pageSize}
              onPrevious={search.previousPage}
              onNext={search.nextPage}
              onPageSize={search.changePageSize}
            />
          )}
        </Stack>
      )}
      <RecordDetails
        record={state.selected}
        zone={zone}
        locale={locale}
        onClose={search.closeDetails}
      />
    </Stack>
  );
};
