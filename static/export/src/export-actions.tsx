/** The dialog's buttons: start, stop, resume (only when a retry can help), and the download with the file's name. */
import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import type { ExportFormat } from '../../../src/export';
import { dialogStrings as text } from './dialog-strings';
import type { ExportState } from './use-export';
import type { DownloadableFile } from './downloadable-file';

export interface ExportActionsProps {
  readonly state: ExportState;
  readonly format: ExportFormat;
  readonly ready: DownloadableFile | undefined;
  readonly onStart: (format: ExportFormat) => void;
  readonly onStop: () => void;
  readonly onResume: () => void;
}

const Download = ({
  ready,
  format,
}: {
  readonly ready: DownloadableFile;
  readonly format: ExportFormat;
}) => (
  <Inline space="space.100" alignBlock="center">
    <Button appearance="primary" onClick={ready.download} testId="export-download">
      {text.download(format)}
    </Button>
    <Text size="small" color="color.text.subtle" testId="export-file-name">
      {ready.file.fileName}
    </Text>
  </Inline>
);

export const ExportActions = ({
  state,
  format,
  ready,
  onStart,
  onStop,
  onResume,
}: ExportActionsProps) => {
  const running = state.phase === 'running';
  const resumable = state.phase === 'paused' && state.error.retryable;
  return (
    <Inline space="space.100" alignBlock="center" spread="space-between" shouldWrap>
      {ready ? <Download ready={ready} format={format} /> : <span />}
      <Inline space="space.100">
        {running ? (
          <Button onClick={onStop} testId="export-cancel">
            {text.stop}
          </Button>
        ) : null}
        {resumable ? (
          <Button appearance="primary" onClick={onResume} testId="export-resume">
            {text.resume}
          </Button>
        ) : null}
        {running ? null : (
          <Button
            appearance={ready || resumable ? 'default' : 'primary'}
            onClick={() => onStart(format)}
            testId="export-start"
          >
            {state.phase === 'idle' ? text.start : text.again}
          </Button>
        )}
      </Inline>
    </Inline>
  );
};
