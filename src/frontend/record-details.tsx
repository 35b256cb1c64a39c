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
} from '@forge/react';
import type { AuditRecord } from '../contract';
import { formatInZone, formatUtc } from './format';
import {
  addressControl,
  authorControl,
  categoryControl,
  objectControl,
  type OnFilter,
} from './record-cells';
import { strings } from './strings';

export interface RecordDetailsProps {
  readonly record?: AuditRecord;
  readonly zone: string;
  readonly locale: string;
  readonly canFilterAuthors: boolean;
  readonly onClose: () => void;
  /** Narrows the search to a value of this record (and closes the details). */
  readonly onFilter: OnFilter;
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

const Author = ({ record, ...props }: { record: AuditRecord } & DetailsProps) => (
  <Inline space="space.100" alignBlock="center">
    {authorControl(record, props.onFilter, props.canFilterAuthors, 'details')}
    {record.authorAccountId && <Text>{record.authorAccountId}</Text>}
  </Inline>
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

type DetailsProps = Pick<RecordDetailsProps, 'zone' | 'locale' | 'canFilterAuthors' | 'onFilter'>;

const ObjectFact = ({ record, onFilter }: { record: AuditRecord; onFilter: OnFilter }) =>
  record.objectItem ? (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Text>{record.objectItem.typeName}</Text>
      {objectControl(record.objectItem, 'details-object', onFilter, 'details')}
      {record.objectItem.parentName && (
        <Text>{strings.details.inParent(record.objectItem.parentName)}</Text>
      )}
      <Button
        testId="object-history"
        spacing="compact"
        isDisabled={onFilter === undefined}
        onClick={() => record.objectItem && onFilter?.({ kind: 'object', item: record.objectItem })}
      >
        {strings.details.objectHistory}
      </Button>
    </Inline>
  ) : (
    text(undefined)
  );

const Details = ({ record, ...props }: { record: AuditRecord } & DetailsProps) => (
  <Stack space="space.200">
    <Stack space="space.075">
      <Fact label={strings.details.created}>
        <Text>{`${formatInZone(record.created, props.zone, props.locale)} (${props.zone}) · UTC ${formatUtc(record.created)}`}</Text>
      </Fact>
      <Fact label={strings.details.author}>
        <Author record={record} {...props} />
      </Fact>
      <Fact label={strings.table.category}>
        {categoryControl(record, props.onFilter, 'details')}
      </Fact>
      <Fact label={strings.details.object}>
        <ObjectFact record={record} onFilter={props.onFilter} />
      </Fact>
      <Fact label={strings.details.description}>{text(record.description)}</Fact>
      <Fact label={strings.details.eventSource}>{text(record.eventSource)}</Fact>
      <Fact label={strings.details.ipAddress}>
        {record.remoteAddress
          ? addressControl(record.remoteAddress, 'details-ip', props.onFilter, 'details')
          : text(undefined)}
      </Fact>
      <Fact label={strings.details.id}>{text(String(record.id))}</Fact>
    </Stack>
    <Heading as="h2" size="small">
      {strings.details.changedValues}
    </Heading>
    <ChangedValues record={record} />
    <Heading as="h2" size="small">
      {strings.details.associatedItems}
    </Heading>
    {record.associatedItems.length === 0 ? (
      <Text>{strings.details.noAssociatedItems}</Text>
    ) : (
      <Stack space="space.050" testId="associated-items">
        {record.associatedItems.map((item, index) => (
          <Inline
            key={`${index}-${item.typeName}-${item.name}`}
            space="space.100"
            alignBlock="center"
          >
            <Text>{item.typeName}</Text>
            {objectControl(item, `details-associated-${index}`, props.onFilter, 'details')}
            {item.parentName && <Text>{strings.details.inParent(item.parentName)}</Text>}
          </Inline>
        ))}
      </Stack>
    )}
    <Heading as="h2" size="small">
      {strings.details.rawRecord}
    </Heading>
    <CodeBlock testId="raw-record" language="json" text={JSON.stringify(record, null, 2)} />
  </Stack>
);

export const RecordDetails = ({ record, onClose, ...props }: RecordDetailsProps) => (
  <ModalTransition>
    {record && (
      <Modal testId="record-details" width="x-large" onClose={onClose}>
        <ModalHeader>
          <ModalTitle>{strings.details.title(record.summary)}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Details record={record} {...props} />
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
