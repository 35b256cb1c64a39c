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

/**
 * A value that narrows the search when pressed; `isDisabled` where the current source cannot filter by it.
 * `label` (e.g. "Show only the category") is read before the value where there is room for it: in the details.
 * Table rows leave it out, 50 rows × 4 controls being a real part of the page's render time; there the column
 * header says what the value is.
 */
export const filterControl = (
  testId: string,
  label: string | undefined,
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
    {label !== undefined && unseen(label)}
    {content}
  </Pressable>
);

/** Where a control sits: the details name what it does; a table row is named by its column. */
export type Placement = 'row' | 'details';
const labelFor = (placement: Placement, label: string) =>
  placement === 'details' ? label : undefined;

/** One line that never wraps inside a word (fixed column widths fit typical values); `hover` shows more. */
export const oneLine = (text: string, hover?: string) =>
  hover === undefined ? (
    <Text maxLines={1}>{text}</Text>
  ) : (
    <Tooltip content={hover}>
      <Text maxLines={1}>{text}</Text>
    </Tooltip>
  );

/** A person by name and avatar, an opaque id shortened with the whole id on hover, or the name. */
export const itemLabel = (item: Pick<AuditItem, 'name' | 'typeName'>) => {
  const name = itemName(item);
  if (name.kind === 'person') return <User accountId={name.accountId} />;
  if (name.kind === 'id') return oneLine(name.short, name.full);
  return oneLine(name.text);
};

export type OnFilter = ((request: FilterRequest) => void) | undefined;

const press = (onFilter: OnFilter, request: FilterRequest, enabled = true) =>
  onFilter && enabled ? () => onFilter(request) : undefined;

export const authorControl = (
  record: AuditRecord,
  onFilter: OnFilter,
  canFilterAuthors: boolean,
  placement: Placement = 'row',
) =>
  filterControl(
    placement === 'row' ? `filter-author-${record.id}` : 'details-author',
    labelFor(placement, strings.table.filterBy.author),
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

export const categoryControl = (
  record: AuditRecord,
  onFilter: OnFilter,
  placement: Placement = 'row',
) =>
  filterControl(
    placement === 'row' ? `filter-category-${record.id}` : 'details-category',
    labelFor(placement, strings.table.filterBy.category),
    <Lozenge>{record.category}</Lozenge>,
    press(onFilter, { kind: 'category', value: record.category }),
  );

export const objectControl = (
  item: AuditItem,
  testId: string,
  onFilter: OnFilter,
  placement: Placement = 'row',
) =>
  filterControl(
    testId,
    labelFor(placement, strings.table.filterBy.object(item.typeName)),
    itemLabel(item),
    press(onFilter, { kind: 'object', item }),
  );

export const addressControl = (
  address: string,
  testId: string,
  onFilter: OnFilter,
  placement: Placement = 'row',
) =>
  filterControl(
    testId,
    labelFor(placement, strings.table.filterBy.address),
    oneLine(address),
    press(onFilter, { kind: 'ip', address }),
  );
