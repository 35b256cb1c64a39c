/** One record in full: changed values, associated items, facts, and the raw JSON to copy. */
import React from 'react';
import {
  Button,
  CodeBlock,
  DynamicTable,
  Heading,
  Inline,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
  Stack,
  Text,
  User,
} from '@forge/react';
import type { AuditRecord } from '../contract';
import { describeItem, formatInZone, formatUtc } from './format';
import { strings } from './strings';

export interface RecordDetailsProps {
  readonly record?: AuditRecord;
  readonly zone: string;
  readonly locale: string;
  readonly onClose: () => void;
}

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Inline space="space.100" alignBlock="start">
    <Text weight="semibold">{label}:</Text>
    {children}
  </Inline>
);

const text = (value: string | undefined) => <Text>{value || strings.table.none}</Text>;
const changed = (value: string | undefined) =>
  value === undefined || value === '' ? strings.details.emptyValue : value;

const Author = ({ record }: { record: AuditRecord }) =>
  record.authorAccountId ? (
    <Inline space="space.100" alignBlock="center">
      <User accountId={record.authorAccountId} />
      <Text>
        {record.author ? `${record.author.displayName} · ` : ''}
        {record.authorAccountId}
      </Text>
    </Inline>
  ) : (
    <Text>{strings.table.system}</Text>
  );

const ChangedValues = ({ record }: { record: AuditRecord }) =>
  record.changedValues.length === 0 ? (
    <Text>{strings.details.noChanges}</Text>
  ) : (
    <DynamicTable
      testId="changed-values"
      head={{
        cells: [
          { key: 'field', content: strings.details.field },
          { key: 'from', content: strings.details.from },
          { key: 'to', content: strings.details.to },
        ],
      }}
      rows={record.changedValues.map((value, index) => ({
        key: `${index}-${value.fieldName}`,
        cells: [
          { key: 'field', content: value.fieldName },
          { key: 'from', content: changed(value.changedFrom) },
          { key: 'to', content: `→ ${changed(value.changedTo)}` },
        ],
      }))}
    />
  );

const Details = ({
  record,
  zone,
  locale,
}: {
  record: AuditRecord;
  zone: string;
  locale: string;
}) => (
  <Stack space="space.200">
    <Stack space="space.075">
      <Fact label={strings.details.created}>
        <Text>{`${formatInZone(record.created, zone, locale)} (${formatUtc(record.created)})`}</Text>
      </Fact>
      <Fact label={strings.details.author}>
        <Author record={record} />
      </Fact>
      <Fact label={strings.table.category}>{text(record.category)}</Fact>
      <Fact label={strings.details.object}>
        {text(record.objectItem ? describeItem(record.objectItem) : undefined)}
      </Fact>
      <Fact label={strings.details.description}>{text(record.description)}</Fact>
      <Fact label={strings.details.eventSource}>{text(record.eventSource)}</Fact>
      <Fact label={strings.details.ipAddress}>{text(record.remoteAddress)}</Fact>
      <Fact label={strings.details.id}>{text(String(record.id))}</Fact>
    </Stack>
    <Heading as="h3" size="small">
      {strings.details.changedValues}
    </Heading>
    <ChangedValues record={record} />
    <Heading as="h3" size="small">
      {strings.details.associatedItems}
    </Heading>
    {record.associatedItems.length === 0 ? (
      <Text>{strings.details.noAssociatedItems}</Text>
    ) : (
      <Stack space="space.050" testId="associated-items">
        {record.associatedItems.map((item, index) => (
          <Text key={`${index}-${item.typeName}-${item.name}`}>{describeItem(item)}</Text>
        ))}
      </Stack>
    )}
    <Heading as="h3" size="small">
      {strings.details.rawRecord}
    </Heading>
    <CodeBlock testId="raw-record" language="json" text={JSON.stringify(record, null, 2)} />
  </Stack>
);

export const RecordDetails = ({ record, zone, locale, onClose }: RecordDetailsProps) => (
  <ModalTransition>
    {record && (
      <Modal testId="record-details" width="x-large" onClose={onClose}>
        <ModalHeader>
          <ModalTitle>{strings.details.title(record.summary)}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Details record={record} zone={zone} locale={locale} />
        </ModalBody>
        <ModalFooter>
          <Button testId="close-details" appearance="primary" onClick={onClose}>
            {strings.details.close}
          </Button>
        </ModalFooter>
      </Modal>
    )}
  </ModalTransition>
);
