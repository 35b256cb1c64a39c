/** A Custom UI resource opened with @forge/bridge's `Modal`: an iframe in an ADS modal, its bridge calls relayed. */
import { useEffect, useRef, type ComponentProps } from 'react';
import ModalDialog, { ModalBody, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { createCallBridge, type BridgeServices } from './bridge';
import { FRAME_REPLY, isFrameCall, type FrameReply } from './frame-protocol';
import type { CustomUiModal } from './host-store';

type ModalWidth = ComponentProps<typeof ModalDialog>['width'];

const WIDTHS: Readonly<Record<string, ModalWidth>> = {
  small: 'small',
  medium: 'medium',
  large: 'large',
  xlarge: 'x-large',
  max: '100%',
  fullscreen: '100%',
};

const HEIGHTS: Readonly<Record<string, string>> = {
  small: '20vh',
  medium: '40vh',
  large: '60vh',
  xlarge: '70vh',
  max: '85vh',
  fullscreen: '90vh',
};

const dimensions = (size: unknown): { width: ModalWidth; height: string } => {
  if (typeof size === 'string')
    return { width: WIDTHS[size] ?? 'medium', height: HEIGHTS[size] ?? '40vh' };
  const custom = (size ?? {}) as { width?: string; height?: string };
  return { width: custom.width ?? 'medium', height: custom.height ?? '40vh' };
};

export interface CustomUiModalViewProps {
  readonly modal: CustomUiModal;
  readonly services: BridgeServices;
  readonly onDismiss: (payload?: unknown) => void;
}

export const CustomUiModalView = ({ modal, services, onDismiss }: CustomUiModalViewProps) => {
  const frame = useRef<HTMLIFrameElement>(null);
  const { width, height } = dimensions(modal.size);

  useEffect(() => {
    const callBridge = createCallBridge(services, { context: modal.context, close: onDismiss });
    const onMessage = (event: MessageEvent<unknown>) => {
      const source = frame.current?.contentWindow;
      if (
        source === null ||
        source === undefined ||
        event.source !== source ||
        !isFrameCall(event.data)
      )
        return;
      const { id, cmd, data } = event.data;
      const reply = (message: Omit<FrameReply, 'type' | 'id'>) =>
        source.postMessage(
          { type: FRAME_REPLY, id, ...message } satisfies FrameReply,
          window.location.origin,
        );
      callBridge(cmd, data).then(
        (result) => reply({ ok: true, result }),
        (error: unknown) =>
          reply({
            ok: false,
            error: {
              name: error instanceof Error ? error.name : 'Error',
              message: String(error instanceof Error ? error.message : error),
            },
          }),
      );
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [modal, services, onDismiss]);

  return (
    <ModalDialog
      width={width}
      onClose={() => onDismiss()}
      shouldCloseOnEscapePress={modal.closeOnEscape}
      shouldCloseOnOverlayClick={modal.closeOnOverlayClick}
      testId="preview-custom-ui-modal"
    >
      {modal.title === '' ? null : (
        <ModalHeader>
          <ModalTitle>{modal.title}</ModalTitle>
        </ModalHeader>
      )}
      <ModalBody>
        <iframe
          ref={frame}
          title={modal.title === '' ? modal.resource : modal.title}
          src={modal.src}
          data-testid="preview-custom-ui-frame"
          sandbox="allow-scripts allow-same-origin allow-downloads allow-forms allow-popups"
          allow="clipboard-write"
          style={{ border: 0, width: '100%', height, display: 'block' }}
        />
      </ModalBody>
    </ModalDialog>
  );
};
