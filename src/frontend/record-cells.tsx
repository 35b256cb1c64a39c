/**
 * What one value of a record shows: people by name, opaque ids shortened with the full id on hover, and each value a
 * control that narrows the search to it. Plain functions returning host elements: DynamicTable cells call
 * components as functions, so these hold no hooks.
 */
import React from 'react';
import { Box, Lozenge, Pressable, Text, Tooltip, User, xcss } from '@forge/react';
import type { AuditItem, AuditRecord } from '../contract';
import type { FilterRequest } from './filter-request';
import { itemName } from './item-names';
import { strings } from './strings';

// Read by screen readers, not shown: UI Kit's Button has no aria-label, so a control's name is its whole text.
const hidden = xcss({ display: 'inline-block', width: '1px', height: '1px', overflow: 'hidden' });
const control = xcss({
  borderRadius: 'radius.small',
  width: 'max-content',
  maxWidth: '100%',
  textAlign: 'start',
});

export const unseen = (text: string) => (
  <Box xcss={hidden} testId="screen-reader-only">
    <Text>{text}</Text>
  </Box>
);

/** A value that narrows the search when pressed; `isDisabled` where the current source cannot filter by it. */
export const filterControl = (
  testId: string,
  label: string,
  content: React.ReactNode,
  onPress: (() => void) | undefined,
) => (
  <Pressable
    testId={testId}
    xcss={control}
    backgroundColor="color.background.neutral.subtle"
    isDisabled={onPress === undefined}
    onClick={onPress}
  >
    {unseen(label)}
    {content}
  </Pressable>
);

/** One line that never wraps inside a word; the whole value on hover. */
export const oneLine = (text: string, hover = text) => (
  <Tooltip content={hover}>
    <Text maxLines={1}>{text}</Text>
  </Tooltip>
);

/** A person by name and avatar, an opaque id shortened, or the name; the type (and whole id) on hover. */
export const itemLabel = (item: Pick<AuditItem, 'name' | 'typeName'>) => {
  const name = itemName(item);
  if (name.kind === 'person') return <User accountId={name.accountId} />;
  if (name.kind === 'id') return oneLine(name.short, `${item.typeName} ${name.full}`);
  return oneLine(name.text, `${item.typeName} ${name.text}`);
};

export type OnFilter = ((request: FilterRequest) => void) | undefined;

const press = (onFilter: OnFilter, request: FilterRequest, enabled = true) =>
  onFilter && enabled ? () => onFilter(request) : undefined;

export const authorControl = (record: AuditRecord, onFilter: OnFilter, canFilterAuthors: boolean) =>
  filterControl(
    `filter-author-${record.id}`,
    strings.table.filterBy.author,
    record.authorAccountId ? (
      <User accountId={record.authorAccountId} />
    ) : (
      <Text>{strings.table.system}</Text>
    ),
    press(
      onFilter,
      { kind: 'author', accountId: record.authorAccountId ?? 'system' },
      canFilterAuthors,
    ),
  );

export const categoryControl = (record: AuditRecord, onFilter: OnFilter) =>
  filterControl(
    `filter-category-${record.id}`,
    strings.table.filterBy.category,
    <Lozenge>{record.category}</Lozenge>,
    press(onFilter, { kind: 'category', value: record.category }),
  );

export const objectControl = (item: AuditItem, testId: string, onFilter: OnFilter) =>
  filterControl(
    testId,
    strings.table.filterBy.object(item.typeName),
    itemLabel(item),
    press(onFilter, { kind: 'object', item }),
  );

export const addressControl = (address: string, testId: string, onFilter: OnFilter) =>
  filterControl(
    testId,
    strings.table.filterBy.address,
    oneLine(address),
    press(onFilter, { kind: 'ip', address }),
  );
