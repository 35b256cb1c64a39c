/** Buttons that search the last day, week, month or quarter up to now. */
import React from 'react';
import { Button, ButtonGroup } from '@forge/react';
import { QUICK_RANGES, type QuickRange } from '../domain/date-range';
import { strings } from './strings';

export interface QuickRangesProps {
  readonly active?: QuickRange;
  readonly onChoose: (range: QuickRange) => void;
}

export const QuickRanges = ({ active, onChoose }: QuickRangesProps) => (
  <ButtonGroup label={strings.filters.quickRangesLabel}>
    {QUICK_RANGES.map((range) => (
      <Button
        key={range}
        testId={`quick-range-${range}`}
        spacing="compact"
        isSelected={range === active}
        onClick={() => onChoose(range)}
      >
        {strings.quickRanges[range]}
      </Button>
    ))}
  </ButtonGroup>
);
