/**
 * UI Kit's Frame: a Custom UI resource in a sandboxed iframe built as Forge builds it (its sandbox and feature policy),
 * sized to its content unless `height` is set, its bridge calls and events run on the Forge UI host.
 */
import { useEffect, useRef, useState } from 'react';
import { CUSTOM_UI_IFRAME } from '../../../src/testing/forge-host/platform-rules';
import type { FrameView } from '../../../src/testing/forge-host/ui-host';
import { ConsentPrompt } from '../consent-prompt';
import { createFrameRelay } from '../frame-relay';
import { useHostServices } from '../host-services';
import { useHostState } from '../host-store';
import type { NodeProps, NodeRegistry } from '../node-view';
import { stringProp } from './props';

export const FRAME_SANDBOX = CUSTOM_UI_IFRAME.sandbox.join(' ');
export const FRAME_ALLOW = CUSTOM_UI_IFRAME.allow.join('; ');

/** What the Frame shows for a resource key the manifest lacks (Frame docs: "a Not Found message"). */
const NotFound = ({ resource }: { readonly resource: string }) => (
  <div data-testid="preview-frame-not-found" data-resource={resource}>
    Not Found
  </div>
);

const useFrameView = (resource: string) => {
  const { host } = useHostServices();
  const iframe = useRef<HTMLIFrameElement>(null);
  const [view, setView] = useState<FrameView | undefined>(undefined);
  const [contentHeight, setContentHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    const frame = host.openFrame(resource);
    const relay = createFrameRelay({
      frame,
      source: () => iframe.current?.contentWindow,
      origin: window.location.origin,
      onResize: setContentHeight,
    });
    // The relay listens before the iframe gets its src, so no early call is lost.
    window.addEventListener('message', relay);
    setView(frame); // eslint-disable-line react-hooks/set-state-in-effect -- the view exists only once the host opened it
    return () => {
      window.removeEventListener('message', relay);
      frame.close();
    };
  }, [host, resource]);
  return { iframe, view, contentHeight };
};

const LoadedFrame = ({ node, resource, path }: NodeProps & { resource: string; path: string }) => {
  const { config, store } = useHostServices();
  const { needsConsent } = useHostState(store);
  const { iframe, view, contentHeight } = useFrameView(resource);
  if (view !== undefined && needsConsent.includes(view.view))
    return <ConsentPrompt appTitle={config.appTitle} />;
  return (
    <iframe
      ref={iframe}
      title={resource}
      src={view === undefined ? undefined : `/${path.replace(/\/+$/, '')}/index.html`}
      sandbox={FRAME_SANDBOX}
      allow={FRAME_ALLOW}
      data-testid="preview-frame"
      data-resource={resource}
      style={{
        border: 0,
        display: 'block',
        width: stringProp(node.props, 'width') ?? '100%',
        height: stringProp(node.props, 'height') ?? `${contentHeight ?? 0}px`,
      }}
    />
  );
};

const FrameNode = ({ node }: NodeProps) => {
  const { config } = useHostServices();
  const resource = stringProp(node.props, 'resource') ?? '';
  const path = config.resources.find((candidate) => candidate.key === resource)?.path;
  return path === undefined ? (
    <NotFound resource={resource} />
  ) : (
    <LoadedFrame node={node} resource={resource} path={path} />
  );
};

export const frameNodes: NodeRegistry = { Frame: FrameNode };
