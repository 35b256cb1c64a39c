/** What happened, in an ADS section message: why it stopped (and whether Resume can help), or the file's check. */
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import { dialogStrings as text } from './dialog-strings';
import type { ExportState } from './use-export';
import type { DownloadableFile } from './downloadable-file';

export const ExportMessage = ({
  state,
  ready,
}: {
  readonly state: ExportState;
  readonly ready: DownloadableFile | undefined;
}) => {
  switch (state.phase) {
    case 'idle':
      return (
        <Text size="small" color="color.text.subtle" testId="export-status">
          {text.idle}
        </Text>
      );
    case 'paused':
      return state.error.retryable ? (
        <SectionMessage appearance="warning" title={text.pausedTitle} testId="export-status">
          <Text>{`${state.error.message} ${text.resumable}`}</Text>
        </SectionMessage>
      ) : (
        <SectionMessage appearance="error" title={text.failedTitle} testId="export-status">
          <Text>{`${state.error.message} ${text.noResume[state.error.code]}`}</Text>
        </SectionMessage>
      );
    case 'cancelled':
      return (
        <SectionMessage appearance="information" testId="export-status">
          <Text>{text.cancelled}</Text>
        </SectionMessage>
      );
    case 'done':
      return ready === undefined ? (
        <Text size="small" color="color.text.subtle" testId="export-status">
          {text.otherFormat(state.format)}
        </Text>
      ) : (
        <SectionMessage
          appearance={ready.verdict.ok ? 'success' : 'warning'}
          testId="export-status"
        >
          <Text>{`${ready.verdict.message} ${text.readPages(state.pages)}`}</Text>
        </SectionMessage>
      );
    default:
      return null;
  }
};
