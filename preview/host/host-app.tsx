/** The whole host page: ADS theme, the Jira-like frame, the app's forgeDoc, platform errors and Custom UI modals. */
import { useCallback } from 'react';
import AppProvider from '@atlaskit/app-provider';
import SectionMessage from '@atlaskit/section-message';
import { ModalTransition } from '@atlaskit/modal-dialog';
import Spinner from '@atlaskit/spinner';
import { AdminChrome } from './admin-chrome';
import type { BridgeServices } from './bridge';
import { CustomUiModalView } from './custom-ui-modal';
import { useHostState, type PlatformError } from './host-store';
import { ForgeDocView } from './render-forge-doc';

const NEEDS_AUTHENTICATION = 'NeedsAuthenticationError';

/** What Forge itself would show when the resolver throws instead of returning. */
const PlatformErrorMessage = ({
  error,
  appTitle,
}: {
  readonly error: PlatformError;
  readonly appTitle: string;
}) =>
  error.name === NEEDS_AUTHENTICATION ? (
    <SectionMessage
      appearance="information"
      title={`Allow ${appTitle} to access Jira`}
      testId="preview-consent"
    >
      The resolver threw {NEEDS_AUTHENTICATION} ({error.message}). In Jira, Forge now shows its
      consent screen so the admin can allow the app to act on their behalf.
    </SectionMessage>
  ) : (
    <SectionMessage
      appearance="error"
      title="The resolver threw an error"
      testId="preview-platform-error"
    >
      {error.name}: {error.message}
    </SectionMessage>
  );

export interface HostAppProps {
  readonly services: BridgeServices;
}

export const HostApp = ({ services }: HostAppProps) => {
  const { store, config } = services;
  const state = useHostState(store);
  const modal = state.modal;
  const dismissModal = useCallback(
    (payload?: unknown) => {
      store.update({ modal: undefined });
      modal?.onClose(payload);
    },
    [store, modal],
  );
  return (
    <AppProvider defaultColorMode="light">
      <AdminChrome config={config}>
        {state.platformError === undefined ? null : (
          <PlatformErrorMessage error={state.platformError} appTitle={config.appTitle} />
        )}
        <ForgeDocView
          doc={state.doc}

          fallback={<Spinner size="large" label="Loading app" />}
        />
      </AdminChrome>
      <ModalTransition>
        {modal === undefined ? null : (
          <CustomUiModalView
            key={modal.id}
            modal={modal}
            services={services}
            onDismiss={dismissModal}
          />
        )}
      </ModalTransition>
    </AppProvider>
  );
};
