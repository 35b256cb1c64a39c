/** Previous / Next over the pinned search, which records are shown, and (below the table) the page size. */
import React from 'react';
import { Button, Inline, Label, Select, Text } from '@forge/react';
import { isPageSize, PAGE_SIZES, shownRange, type PageSize } from './search-model';
import { optionValue } from './select-choice';
import { strings } from './strings';

export type PagingDirection = 'previous' | 'next';

export interface PagingControlsProps {
  /** Above the table the ids get a `-top` suffix and the page size stays below; the contract's ids are below. */
  readonly placement: 'top' | 'bottom';
  readonly offset: number;
  readonly count: number;
  readonly hasMore: boolean;
  readonly isLoading: boolean;
  readonly pageSize: PageSize;
  /** Focus this button when mounted: after paging from below, focus (and the view) returns to the table's top. */
  readonly focus?: PagingDirection;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onPageSize: (pageSize: PageSize) => void;
}

const option = (size: PageSize) => ({ label: String(size), value: size });

export const PagingControls = (props: PagingControlsProps) => {
  const range = shownRange(props.offset, props.count);
  const id = (name: string) => (props.placement === 'top' ? `${name}-top` : name);
  return (
    <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
      <Inline space="space.150" alignBlock="center">
        <Button
          testId={id('prev-page')}
          iconBefore="chevron-left"
          spacing="compact"
          autoFocus={props.focus === 'previous'}
          isDisabled={props.offset === 0 || props.isLoading}
          onClick={props.onPrevious}
        >
          {strings.paging.previous}
        </Button>
        <Text testId={id('shown-range')}>
          {props.isLoading
            ? strings.paging.loading
            : range
              ? strings.paging.range(range.first, range.last)
              : strings.paging.emptyPage(props.offset)}
        </Text>
        <Button
          testId={id('next-page')}
          iconAfter="chevron-right"
          spacing="compact"
          autoFocus={props.focus === 'next'}
          isDisabled={!props.hasMore || props.isLoading}
          onClick={props.onNext}
        >
          {strings.paging.next}
        </Button>
      </Inline>
      {props.placement === 'bottom' && (
        <Inline space="space.100" alignBlock="center">
          <Label labelFor="page-size">{strings.paging.pageSizeLabel}</Label>
          <Select
            inputId="page-size"
            testId="page-size"
            spacing="compact"
            options={PAGE_SIZES.map(option)}
            value={option(props.pageSize)}
            onChange={(choice: unknown) => {
              const size = optionValue(choice);
              if (isPageSize(size)) props.onPageSize(size);
            }}
          />
        </Inline>
      )}
    </Inline>
  );
};
