/** Records per day by category for the current search, and a way to narrow the table to one busy day. */
import React from 'react';
import {
  Button,
  Heading,
  Inline,
  SectionMessage,
  Select,
  Spinner,
  Stack,
  StackBarChart,
  Text,
} from '@forge/react';
import { activityBars, activityCaption, busiestDays } from './activity-chart-data';
import { categoryPalette } from './category-colours';
import { plainMessage } from './error-text';
import { formatDay } from './format';
import { optionText } from './select-choice';
import type { ActivitySummarySuccess } from '../contract';
import type { ActivityState } from './use-activity-summary';

export interface ActivityChartProps {
  readonly state: ActivityState;
  readonly locale: string;
  /** The page knows the log cannot be read (no permission, signed out): nothing to chart. */
  readonly isDisabled: boolean;
  readonly onShow: () => void;
  readonly onHide: () => void;
  /** Narrows the table to one day (UI Kit charts take no clicks, so a day is picked from a list). */
  readonly onShowDay: (day: string) => void;
}

const plural = (count: number) =>
  `${count.toLocaleString('en-US')} record${count === 1 ? '' : 's'}`;

export const ActivityChart = ({
  state,
  locale,
  isDisabled,
  onShow,
  onHide,
  onShowDay,
}: ActivityChartProps) => {
  if (state.status === 'hidden' || isDisabled) {
    return (
      <Inline>
        <Button
          testId="activity-show"
          iconBefore="graph-bar"
          isDisabled={isDisabled}
          onClick={onShow}
        >
          Show activity per day
        </Button>
      </Inline>
    );
  }
  return (
    <Stack space="space.150">
      <Inline spread="space-between" alignBlock="center">
        <Heading as="h2" size="small">
          Activity per day
        </Heading>
        <Button testId="activity-hide" appearance="subtle" onClick={onHide}>
          Hide activity
        </Button>
      </Inline>
      {state.status === 'loading' && <Spinner label="Counting records per day" />}
      {state.status === 'failed' && (
        <SectionMessage appearance="warning" title="The activity chart could not be loaded">
          <Text testId="activity-error">{plainMessage(state.error.message)}</Text>
        </SectionMessage>
      )}
      {state.status === 'loaded' && (
        <LoadedActivity summary={state.summary} locale={locale} onShowDay={onShowDay} />
      )}
    </Stack>
  );
};

const LoadedActivity = ({
  summary,
  locale,
  onShowDay,
}: {
  readonly summary: ActivitySummarySuccess;
  readonly locale: string;
  readonly onShowDay: (day: string) => void;
}) => {
  const bars = activityBars(summary.days, locale);
  const busiest = busiestDays(summary.days);
  return (
    <Stack space="space.100">
      {summary.scanned > 0 && (
        <StackBarChart
          data={bars}
          xAccessor="label"
          yAccessor="count"
          colorAccessor="category"
          colorPalette={categoryPalette([...new Set(bars.map((bar) => bar.category))])}
          height={260}
        />
      )}
      <Text testId="activity-caption">
        {summary.scanned === 0 ? 'No records match this search.' : activityCaption(summary, locale)}
      </Text>
      {busiest.length > 0 && (
        <Select
          testId="activity-day"
          inputId="activity-day"
          placeholder={`Show one of the ${busiest.length} busiest days in the table`}
          options={busiest.map(({ day, total }) => ({
            label: `${formatDay(day, locale, { year: true })} (${plural(total)})`,
            value: day,
          }))}
          onChange={(choice: unknown) => {
            const day = optionText(choice);
            if (day !== undefined) onShowDay(day);
          }}
        />
      )}
    </Stack>
  );
};
