/** The current page of audit records: when, what, who, on which object, from where. */
import React from 'react';
import { Button, DynamicTable, Lozenge, Stack, Text, Tooltip, User } from '@forge/react';
import type { AuditRecord } from '../contract';
import { formatInZone, formatUtc } from './format';
import { strings } from './strings';

export interface AuditTableProps {
  readonly records: readonly AuditRecord[];
  readonly isLoading: boolean;
  readonly zone: string;
  readonly locale: string;
  readonly onDetails: (record: AuditRecord) => void;
}

const head = (zone: string) => ({
  cells: [
    { key: 'when', content: strings.table.when(zone) },
    { key: 'summary', content: strings.table.summary },
    { key: 'category', content: strings.table.category },
    { key: 'author', content: strings.table.author },
    { key: 'object', content: strings.table.object },
    { key: 'ip', content: strings.table.ipAddress },
    { key: 'details', content: strings.table.details },
  ],
});

// Cells hold host elements only: DynamicTable calls function components as plain functions.
const row = (record: AuditRecord, { zone, locale, onDetails }: AuditTableProps) => ({
  key: String(record.id),
  cells: [
    {
      key: 'when',
      content: (
        <Tooltip content={strings.table.utcTooltip(formatUtc(record.created))}>
          <Text>{formatInZone(record.created, zone, locale)}</Text>
        </Tooltip>
      ),
    },
    { key: 'summary', content: <Text>{record.summary}</Text> },
    { key: 'category', content: <Lozenge>{record.category}</Lozenge> },
    {
      key: 'author',
      content: record.authorAccountId ? (
        <User accountId={record.authorAccountId} />
      ) : (
        <Text>{strings.table.system}</Text>
      ),
    },
    {
      key: 'object',
      content: record.objectItem ? (
        <Stack>
          <Text>{record.objectItem.name}</Text>
          <Text size="small" color="color.text.subtle">
            {record.objectItem.typeName}
          </Text>
        </Stack>
      ) : (
        <Text>{strings.table.none}</Text>
      ),
    },
    { key: 'ip', content: <Text>{record.remoteAddress ?? strings.table.none}</Text> },
    {
      key: 'details',
      content: (
        <Button
          testId={`record-details-${record.id}`}
          spacing="compact"
          onClick={() => onDetails(record)}
        >
          {strings.table.detailsButton}
        </Button>
      ),
    },
  ],
});

export const AuditTable = (props: AuditTableProps) => (
  <DynamicTable
    testId="audit-table"
    label={strings.table.caption}
    head={head(props.zone)}
    rows={props.records.map((record) => row(record, props))}
    isLoading={props.isLoading}
  />
);
