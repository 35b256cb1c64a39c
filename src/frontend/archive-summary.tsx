/** What an archive answer covers: the exact number of matches, and whether the archive is still filling. */
import React from 'react';
import { Stack, Text } from '@forge/react';
import type { SourcePage } from './search-source';
import { strings } from './strings';

export interface ArchiveSummaryProps {
  readonly page: SourcePage;
  /** The pinned upper bound of the search. */
  readonly to: string;
  readonly formatInstant: (instant: string) => string;
}

export const ArchiveSummary = ({ page, to, formatInstant }: ArchiveSummaryProps) => {
  const oldest = page.coverage?.oldest;
  return (
    <Stack space="space.050">
      <Text testId="match-count" weight="semibold">
        {`${strings.archive.matches(page.total ?? 0)}${
          oldest === undefined
            ? ''
            : strings.archive.covering(formatInstant(oldest), formatInstant(to))
        }`}
      </Text>
      {oldest !== undefined && (
        <Text testId="archive-status" size="small" color="color.text.subtle">
          {page.coverage?.complete
            ? strings.archive.complete(formatInstant(oldest))
            : strings.archive.filling(formatInstant(oldest))}
        </Text>
      )}
    </Stack>
  );
};
