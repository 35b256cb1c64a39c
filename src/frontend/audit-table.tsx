/** The current page of audit records, one line each: when, what, who, on which object, from where. */
import React from 'react';
import { DynamicTable, Pressable, Text } from '@forge/react';
import type { AuditRecord } from '../contract';
import { describeInstant, formatShortTime } from './format';
import {
  addressControl,
  authorControl,
  categoryControl,
  objectControl,
  oneLine,
  unseen,
  type OnFilter,
} from './record-cells';
import { strings } from './strings';

export interface AuditTableProps {
  readonly records: readonly AuditRecord[];
  readonly isLoading: boolean;
  readonly zone: string;
  readonly locale: string;
  /** Now (epoch ms): a time shows its year only when it is not this year's. */
  readonly now: number;
  readonly sortOrder: 'DESC' | 'ASC';
  /** On the archive the server orders the records: the When header asks it for the other order. */
  readonly onSortByTime?: (order: 'desc' | 'asc') => void;
  readonly canFilterAuthors: boolean;
  readonly onDetails: (record: AuditRecord) => void;
  readonly onFilter: OnFilter;
}

// Widths (percent of a fixed-layout table) keep a typical record on one line at 1440 px.

// On the archive a page is one of many in the server's order: sorting it on the page would mislead, so the header
// asks the server for the other order instead (UI Kit's DynamicTable tells the app of no sort).
const whenHead = ({ zone, sortOrder, onSortByTime }: AuditTableProps) => {
  if (!onSortByTime)
    return { key: 'when', content: strings.table.when(zone), isSortable: true, width: 11 };
  const shown = sortOrder === 'ASC' ? strings.table.oldestFirst : strings.table.newestFirst;
  return {
    key: 'when',
    width: 11,
    content: (
      <Pressable
        testId="sort-when"
        backgroundColor="color.background.neutral.subtle"
        onClick={() => onSortByTime(sortOrder === 'ASC' ? 'desc' : 'asc')}
      >
        <Text>{`${strings.table.when(zone)} ${shown}`}</Text>
        {unseen(strings.table.sortedBy(sortOrder === 'ASC' ? 'asc' : 'desc'))}
      </Pressable>
    ),
  };
};

const head = (props: AuditTableProps) => ({
  cells: [
    whenHead(props),
    { key: 'summary', content: strings.table.summary, width: 19 },
    { key: 'category', content: strings.table.category, width: 13 },
    { key: 'author', content: strings.table.author, width: 16 },
    { key: 'object', content: strings.table.object, width: 16 },
    { key: 'ip', content: strings.table.ipAddress, width: 17 },
    { key: 'details', content: strings.table.details, width: 8 },
  ],
});

const row = (record: AuditRecord, props: AuditTableProps) => {
  const { zone, locale, now, onDetails, onFilter } = props;
  const time = formatShortTime(record.created, zone, locale, now);
  return {
    key: String(record.id),
    cells: [
      {
        // DynamicTable sorts a column by its cells' keys: the instant, so both orders are exact.
        key: Date.parse(record.created),
        content: oneLine(time, describeInstant(record.created, zone, locale)),
      },
      { key: 'summary', content: oneLine(record.summary) },
      { key: 'category', content: categoryControl(record, onFilter) },
      { key: 'author', content: authorControl(record, onFilter, props.canFilterAuthors) },
      {
        key: 'object',
        content: record.objectItem ? (
          objectControl(record.objectItem, `filter-object-${record.id}`, onFilter)
        ) : (
          <Text>{strings.table.none}</Text>
        ),
      },
      {
        key: 'ip',
        content: record.remoteAddress ? (
          addressControl(record.remoteAddress, `filter-ip-${record.id}`, onFilter)
        ) : (
          <Text>{strings.table.none}</Text>
        ),
      },
      {
        key: 'details',
        content: (
          <Pressable
            testId={`record-details-${record.id}`}
            paddingInline="space.100"
            backgroundColor="color.background.neutral"
            onClick={() => onDetails(record)}
          >
            <Text>{strings.table.detailsButton}</Text>
            {unseen(strings.table.detailsOf(record.summary, time))}
          </Pressable>
        ),
      },
    ],
  };
};

export const AuditTable = (props: AuditTableProps) => (
  <DynamicTable
    testId="audit-table"
    label={strings.table.caption}
    head={head(props)}
    rows={props.records.map((record) => row(record, props))}
    isLoading={props.isLoading}
    // Fixed layout: the column widths hold, so one long name cannot push the Details column off the page.
    isFixedSize
    sortKey="when"
    sortOrder={props.sortOrder}
  />
);
