/**
 * Export: a UI Kit Modal whose body is the Custom UI export dialog in a Frame (only Custom UI can start a download;
 * @forge/bridge's Modal is Custom UI only). The page hands the dialog its pinned search over the bridge's events.
 */
import React from 'react';
import { events as bridgeEvents } from '@forge/bridge';
// In the order they nest: the Modal family, then what the dialog holds.
import {
  ModalTransition,
  Modal,
  ModalHeader,
  ModalTitle,
  ModalBody,
  ModalFooter,
  Frame,
  SectionMessage,
  Text,
  Button,
} from '@forge/react';
import type { PageEvents } from './export-frame-link';
import type { PinnedSearch } from './search-model';
import { strings } from './strings';
import { useExportDialog } from './use-export-dialog';

/** manifest.yml `resources[].key` of static/export/build. */
export const EXPORT_RESOURCE = 'export';

const StopQuestion = () => (
  <SectionMessage
    testId="export-stop-question"
    appearance="warning"
    title={strings.exportDialog.stopTitle}
  >
    <Text>{strings.exportDialog.stopBody}</Text>
  </SectionMessage>
);

export interface ExportDialogProps {
  readonly search: PinnedSearch | undefined;
  readonly events?: PageEvents;
}

export const ExportDialog = ({ search, events = bridgeEvents }: ExportDialogProps) => {
  const dialog = useExportDialog(search, events);
  return (
    <>
      <Button
        testId="export-open"
        iconBefore="download"
        isDisabled={search === undefined}
        onClick={dialog.open}
      >
        {strings.exportDialog.open}
      </Button>
      <ModalTransition>
        {dialog.search === undefined ? null : (
          <Modal testId="export-dialog" width="large" onClose={dialog.requestClose}>
            <ModalHeader>
              <ModalTitle>{strings.exportDialog.title}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              {dialog.confirmingStop ? <StopQuestion /> : null}
              <Frame resource={EXPORT_RESOURCE} />
            </ModalBody>
            <ModalFooter>
              {dialog.confirmingStop ? (
                <>
                  <Button testId="export-keep" onClick={dialog.keepExporting}>
                    {strings.exportDialog.keep}
                  </Button>
                  <Button testId="export-stop" appearance="warning" onClick={dialog.close}>
                    {strings.exportDialog.stop}
                  </Button>
                </>
              ) : (
                <Button testId="export-close" onClick={dialog.requestClose}>
                  {strings.exportDialog.close}
                </Button>
              )}
            </ModalFooter>
          </Modal>
        )}
      </ModalTransition>
    </>
  );
};
