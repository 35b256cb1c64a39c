/** The whole host page: ADS theme, the Jira-like frame, and the app's forgeDoc, or Forge's consent prompt in its place. */
import AppProvider from '@atlaskit/app-provider';
import Spinner from '@atlaskit/spinner';
import { AdminChrome } from './admin-chrome';
import { ConsentPrompt } from './consent-prompt';
import { HostServicesContext, type HostServices } from './host-services';
import { useHostState } from './host-store';
import { ForgeDocView } from './render-forge-doc';

export interface HostAppProps {
  readonly services: HostServices;
}

export const HostApp = ({ services }: HostAppProps) => {
  const { store, config } = services;
  const state = useHostState(store);
  return (
    <AppProvider defaultColorMode="light">
      <HostServicesContext.Provider value={services}>
        <AdminChrome config={config}>
          {state.needsConsent.includes('page') ? (
            <ConsentPrompt appTitle={config.appTitle} />
          ) : (
            <ForgeDocView doc={state.doc} fallback={<Spinner size="large" label="Loading app" />} />
          )}
        </AdminChrome>
      </HostServicesContext.Provider>
    </AppProvider>
  );
};
