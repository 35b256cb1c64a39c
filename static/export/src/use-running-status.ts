/** Tells the admin page whether an export runs, so closing the dialog asks "Stop the export?" only then. */
import { useEffect } from 'react';
import { events } from '@forge/bridge';
import {
  EXPORT_EVENTS,
  EXPORT_PROTOCOL,
  type ExportStatusMessage,
} from '../../../src/contract/export-handshake';

export const useRunningStatus = (running: boolean): void => {
  useEffect(() => {
    const message: ExportStatusMessage = { protocol: EXPORT_PROTOCOL, running };
    void events.emit(EXPORT_EVENTS.status, message);
  }, [running]);
};
