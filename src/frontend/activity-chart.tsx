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
import { activityBars, activityCaption, busyDays } from './activity-chart-data';
import type { ActivityState } from './use-activity-summary';

export interface ActivityChartProps {
  readonly state: ActivityState;
  readonly onShow: () => void;
  readonly onHide: () => void;
  /** Narrows the table to one day (UI Kit charts take no clicks, so a day is picked from a list). */
  readonly onShowDay: (day: string) => void;
}

const chosenDay = (choice: unknown): string | undefined =>
  typeof choice === 'object' &&
  choice !== null &&
  'value' in choice &&
  typeof choice.value === 'string'
    ? choice.value
    : undefined;

export const ActivityChart = ({ state, onShow, onHide, onShowDay }: ActivityChartProps) => {
  if (state.status === 'hidden') {
    return (
      <Inline>
        <Button testId="activity-show" iconBefore="graph-bar" onClick={onShow}>
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
          <Text testId="activity-error">{state.error.message}</Text>
        </SectionMessage>
      )}
      {state.status === 'loaded' && (
        <Stack space="space.100">
          {state.summary.scanned > 0 && (
            <StackBarChart
              data={activityBars(state.summary.days)}
              xAccessor="label"
              yAccessor="count"
              colorAccessor="category"
              height={260}
            />
          )}
          <Text testId="activity-caption">
            {state.summary.scanned === 0
              ? 'No records match this search.'
              : activityCaption(state.summary)}
          </Text>
          {busyDays(state.summary.days).length > 0 && (
            <Select
              testId="activity-day"
              inputId="activity-day"
              placeholder="Show one day in the table"
              options={busyDays(state.summary.days).map(({ day, total }) => ({
                label: `${day} (${total.toLocaleString('en-US')} record${total === 1 ? '' : 's'})`,
                value: day,
              }))}
              onChange={(choice: unknown) => {
                const day = chosenDay(choice);
                if (day !== undefined) onShowDay(day);
              }}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
};
