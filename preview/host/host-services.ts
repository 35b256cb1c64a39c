/** What host-drawn nodes (a Frame) need beyond their props: the Forge UI host, the page config and the host state. */
import { createContext, useContext } from 'react';
import type { ForgeUiHost } from '../../src/testing/forge-host/ui-host';
import type { HostStore } from './host-store';
import type { PreviewConfig } from './preview-config';

export interface HostServices {
  readonly host: ForgeUiHost;
  readonly config: PreviewConfig;
  readonly store: HostStore;
}

export const HostServicesContext = createContext<HostServices | undefined>(undefined);

export const useHostServices = (): HostServices => {
  const services = useContext(HostServicesContext);
  if (services === undefined) throw new Error('A Frame needs the preview host around it.');
  return services;
};
