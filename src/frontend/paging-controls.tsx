/** Previous / Next over the pinned search, which records are shown, and the page size. */
import React from 'react';
import { Button, Inline, Label, Select, Text } from '@forge/react';
import { isPageSize, PAGE_SIZES, shownRange, type PageSize } from './search-model';
import { strings } from './strings';

export interface PagingControlsProps {
  readonly offset: number;
  readonly count: number;
  readonly hasMore: boolean;
  readonly isLoading: boolean;
  readonly pageSize: PageSize;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onPageSize: (pageSize: PageSize) => void;
}

const option = (size: PageSize) => ({ label: String(size), value: size });

const selectedSize = (choice: unknown): unknown =>
  typeof choice === 'object' && choice !== null && 'value' in choice ? choice.value : undefined;

export const PagingControls = (props: PagingControlsProps) => {
  const range = shownRange(props.offset, props.count);
  return (
    <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
      <Inline space="space.150" alignBlock="center">
        <Button
          testId="prev-page"
          iconBefore="chevron-left"
          isDisabled={props.offset === 0 || props.isLoading}
          onClick={props.onPrevious}
        >
          {strings.paging.previous}
        </Button>
        <Text testId="shown-range">
          {props.isLoading
            ? strings.paging.loading
            : range
              ? strings.paging.range(range.first, range.last)
              : strings.paging.emptyPage(props.offset)}
        </Text>
        <Button
          testId="next-page"
          iconAfter="chevron-right"
          isDisabled={!props.hasMore || props.isLoading}
          onClick={props.onNext}
        >
          {strings.paging.next}
        </Button>
      </Inline>
      <Inline space="space.100" alignBlock="center">
        <Label labelFor="page-size">{strings.paging.pageSizeLabel}</Label>
        <Select
          inputId="page-size"
          testId="page-size"
          options={PAGE_SIZES.map(option)}
          value={option(props.pageSize)}
          onChange={(choice: unknown) => {
            const size = selectedSize(choice);
            if (isPageSize(size)) props.onPageSize(size);
          }}
        />
      </Inline>
    </Inline>
  );
};
