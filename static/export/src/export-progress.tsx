/** How far the export got. No maximum: Jira does not say how many records match a filter. */
import ProgressBar from '@atlaskit/progress-bar';
import { Stack, Text } from '@atlaskit/primitives';
import type { ExportProgress as Progress } from '../../../src/export/job';
import { dialogStrings as text } from './dialog-strings';

export const ExportProgress = ({
  progress,
  running,
}: {
  readonly progress: Progress;
  readonly running: boolean;
}) => (
  <Stack space="space.050">
    <ProgressBar
      ariaLabel="Export progress"
      isIndeterminate={running}
      value={running ? undefined : 0}
      testId="export-progress"
    />
    <Text size="small" color="color.text.subtle" testId="export-counts">
      {text.progress(progress.records, progress.pages)}
      {progress.retrying ? ` · ${text.retrying}` : ''}
    </Text>
  </Stack>
);
