/** Search text, From/To days in the admin's zone, quick ranges, Apply and Reset. */
import React from 'react';
import {
  Button,
  DatePicker,
  ErrorMessage,
  Form,
  HelperMessage,
  Inline,
  Label,
  Stack,
  Text,
  Textfield,
} from '@forge/react';
import { MAX_FILTER_LENGTH } from '../contract/limits';
import type { QuickRange } from '../domain/date-range';
import type { Draft, DraftProblem } from './search-model';
import { pickerDateFormat } from './format';
import { QuickRanges } from './quick-ranges';
import { strings } from './strings';

export interface FilterBarProps {
  readonly draft: Draft;
  readonly problems: readonly DraftProblem[];
  readonly zone: string;
  readonly locale: string;
  /** Latest day that can be picked: today in the admin's zone, as of the latest request. */
  readonly today?: string;
  /** How the running search reads, e.g. "Records up to …". */
  readonly searchWindow?: string;
  readonly onEdit: (patch: Partial<Draft>) => void;
  readonly onApply: () => void;
  readonly onQuickRange: (range: QuickRange) => void;
  readonly onReset: () => void;
}

const problemText = (problem: DraftProblem): string =>
  problem === 'filter-too-long'
    ? strings.filters.filterTooLong(MAX_FILTER_LENGTH)
    : strings.rangeProblems[problem];

interface DayFieldProps {
  readonly testId: 'from-date' | 'to-date';
  readonly label: string;
  readonly value: string | undefined;
  readonly locale: string;
  readonly today?: string;
  /** Earliest day that can be picked (To cannot be before From). */
  readonly earliest?: string;
  readonly isInvalid: boolean;
  readonly onChange: (day: string | undefined) => void;
}

/**
 * One labelled day picker; a cleared picker means an open bound. With its calendar button, keyboard focus no
 * longer opens the calendar (whose month buttons and day grid were extra tab stops): Tab passes the field and
 * its button only, and the calendar opens on the button or the down arrow.
 */
const DayField = (props: DayFieldProps) => (
  <Stack space="space.050">
    <Label labelFor={props.testId}>{props.label}</Label>
    <DatePicker
      id={props.testId}
      testId={props.testId}
      locale={props.locale}
      dateFormat={pickerDateFormat(props.locale)}
      shouldShowCalendarButton
      value={props.value ?? ''}
      minDate={props.earliest}
      maxDate={props.today}
      placeholder={strings.filters.datePlaceholder}
      isInvalid={props.isInvalid}
      onChange={(picked) => props.onChange(picked === '' ? undefined : picked)}
    />
  </Stack>
);

export const FilterBar = (props: FilterBarProps) => {
  const { draft, problems, zone, locale, today, searchWindow } = props;
  return (
    <Stack space="space.150">
      <Inline space="space.200" alignBlock="end" shouldWrap>
        {/* A form holding one text field and no submit button: Enter submits it (HTML implicit submission). */}
        <Form onSubmit={props.onApply}>
          <Stack space="space.050">
            <Label labelFor="filter-text">{strings.filters.textLabel}</Label>
            <Textfield
              id="filter-text"
              name="filter"
              testId="filter-text"
              width={320}
              value={draft.text}
              placeholder={strings.filters.textPlaceholder}
              isInvalid={problems.includes('filter-too-long')}
              onChange={(event) => props.onEdit({ text: String(event.target.value ?? '') })}
            />
          </Stack>
        </Form>
        <DayField
          testId="from-date"
          label={strings.filters.fromLabel}
          value={draft.fromDay}
          locale={locale}
          today={today}
          isInvalid={problems.some(
            (p) => p === 'invalid-from' || p === 'from-in-future' || p === 'to-before-from',
          )}
          onChange={(fromDay) => props.onEdit({ fromDay })}
        />
        <DayField
          testId="to-date"
          label={strings.filters.toLabel}
          value={draft.toDay}
          locale={locale}
          today={today}
          earliest={draft.fromDay}
          isInvalid={problems.some(
            (p) => p === 'invalid-to' || p === 'to-in-future' || p === 'to-before-from',
          )}
          onChange={(toDay) => props.onEdit({ toDay })}
        />
        <QuickRanges active={draft.quickRange} onChoose={props.onQuickRange} />
        <Button testId="apply-filters" appearance="primary" onClick={props.onApply}>
          {strings.filters.apply}
        </Button>
        <Button testId="reset-filters" onClick={props.onReset}>
          {strings.filters.reset}
        </Button>
      </Inline>
      <HelperMessage>{strings.filters.textHint}</HelperMessage>
      <HelperMessage>{strings.filters.zoneHint(zone)}</HelperMessage>
      {problems.length > 0 && (
        <Stack space="space.050" testId="search-problems">
          {problems.map((problem) => (
            <ErrorMessage key={problem}>{problemText(problem)}</ErrorMessage>
          ))}
          <ErrorMessage>{strings.notSearched}</ErrorMessage>
        </Stack>
      )}
      {searchWindow !== undefined && <Text testId="search-window">{searchWindow}</Text>}
    </Stack>
  );
};
