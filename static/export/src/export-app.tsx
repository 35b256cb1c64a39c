/** The export dialog in the page's Frame: the search it got, the format, progress, what happened, and the download. */
import { useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ExportFormat } from '../../../src/export';
import type { ExportSearch } from '../../../src/export/search';
import { dialogStrings as text } from './dialog-strings';
import { ExportActions } from './export-actions';
import { ExportMessage } from './export-message';
import { ExportProgress } from './export-progress';
import { FormatChoice } from './format-choice';
import { SearchSummary } from './search-summary';
import { useExport } from './use-export';
import { downloadableFile } from './downloadable-file';
import { usePinnedSearch } from './use-pinned-search';
import { useRunningStatus } from './use-running-status';

interface ExportPanelProps {
  readonly search: ExportSearch;
  readonly zone: string;
  readonly siteUrl?: string;
}

const ExportPanel = ({ search, zone, siteUrl }: ExportPanelProps) => {
  const { state, start, resume, cancel } = useExport({ search, siteUrl, timezone: zone });
  const [format, setFormat] = useState<ExportFormat>('csv');
  const ready = downloadableFile(state, format);
  useRunningStatus(state.phase === 'running');
  return (
    <Stack space="space.200">
      <SearchSummary search={search} zone={zone} />
      <FormatChoice format={format} onChange={setFormat} isDisabled={state.phase === 'running'} />
      {state.phase === 'running' || state.phase === 'paused' ? (
        <ExportProgress progress={state.progress} running={state.phase === 'running'} />
      ) : null}
      <ExportMessage state={state} ready={ready} />
      <ExportActions
        state={state}
        format={format}
        ready={ready}
        onStart={start}
        onStop={cancel}
        onResume={resume}
      />
    </Stack>
  );
};

export const ExportApp = () => {
  const setup = usePinnedSearch();
  if (setup.status === 'waiting')
    return (
      <Inline space="space.100" alignBlock="center">
        <Spinner size="small" />
        <Text testId="export-waiting">{text.waiting}</Text>
      </Inline>
    );
  if (setup.status === 'refused')
    return (
      <SectionMessage appearance="error" title={text.refusedTitle} testId="export-refused">
        <Text>{setup.message}</Text>
      </SectionMessage>
    );
  return <ExportPanel search={setup.search} zone={setup.zone} siteUrl={setup.siteUrl} />;
};
