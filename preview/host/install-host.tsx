/** Installs the fake bridge on `window.__bridge` and mounts the host page; must run before the app is imported. */
import { createRoot } from 'react-dom/client';
import { createCallBridge, type BridgeServices } from './bridge';
import { HostApp } from './host-app';
import { createHostStore } from './host-store';
import { invokeOverHttp } from './invoke-client';
import { readPreviewConfig, type PreviewConfig } from './preview-config';

let modalCount = 0;

const openModal =
  (services: Pick<BridgeServices, 'store'>, config: PreviewConfig) =>
  (options: Record<string, unknown>): boolean => {
    const key = typeof options.resource === 'string' ? options.resource : '';
    const resource = config.resources.find((candidate) => candidate.key === key);
    if (resource === undefined) {
      console.error(`[preview] Modal resource "${key}" is not a resource in manifest.yml.`);
      return false;
    }
    modalCount += 1;
    services.store.update({
      modal: {
        id: modalCount,
        resource: key,
        src: `/${resource.path.replace(/\/+$/, '')}/index.html`,
        title: typeof options.title === 'string' ? options.title : '',
        size: options.size,
        context: options.context ?? {},
        closeOnEscape: options.closeOnEscape !== false,
        closeOnOverlayClick: options.closeOnOverlayClick !== false,
        onClose:
          typeof options.onClose === 'function'
            ? (options.onClose as (payload?: unknown) => void)
            : () => undefined,
      },
    });
    return true;
  };

const config = readPreviewConfig(window.location.search, window.__PREVIEW_CONFIG__);
const store = createHostStore();
const services: BridgeServices = {
  store,
  config,
  invoke: invokeOverHttp(config.scenario),
  openModal: openModal({ store }, config),
};

(window as unknown as { __bridge: unknown }).__bridge = { callBridge: createCallBridge(services) };

const container = document.getElementById('root');
if (container === null) throw new Error('The host page has no #root element.');
createRoot(container).render(<HostApp services={services} />);
