/** Installs the Forge UI host's bridge on `window.__bridge` and mounts the host page; runs before the app is imported. */
import { createRoot } from 'react-dom/client';
import { isConsentRequired } from '../../src/contract/consent';
import { createForgeUiHost } from '../../src/testing/forge-host/ui-host';
import { HostApp } from './host-app';
import { createHostStore } from './host-store';
import { invokeOverHttp } from './invoke-client';
import { forgeContext, readPreviewConfig } from './preview-config';

const config = readPreviewConfig(window.location.search, window.__PREVIEW_CONFIG__);
const store = createHostStore();
const host = createForgeUiHost({
  context: forgeContext(config),
  resources: config.resources.map((resource) => resource.key),
  invoke: invokeOverHttp(config.scenario),
  onReconcile: (doc) => store.update({ doc, revision: store.get().revision + 1 }),
  // Forge takes over a view only for consent; any other thrown error is the app's to show.
  onPlatformError: (view, error) => {
    if (!isConsentRequired(error)) return;
    const { needsConsent } = store.get();
    if (!needsConsent.includes(view)) store.update({ needsConsent: [...needsConsent, view] });
  },
  onFlag: (flag) => console.info('[preview] flag:', flag.title, flag.description),
});

(window as unknown as { __bridge: unknown }).__bridge = { callBridge: host.pageBridge };

const container = document.getElementById('root');
if (container === null) throw new Error('The host page has no #root element.');
createRoot(container).render(<HostApp services={{ host, config, store }} />);
