/** What Forge's UI host refuses, and the Custom UI iframe it builds: one place, each rule with the doc it comes from. */

/** A UI Kit page (`render: native`) or a Custom UI resource inside a UI Kit `Frame`. */
export type ViewKind = 'ui-kit' | 'custom-ui-frame';

export interface Refusal {
  readonly view?: string;
  readonly cmd: string;
  /** `false` is what the real host answers where @forge/bridge then throws its own error; `throw` rejects. */
  readonly answer: 'false' | 'throw';
  readonly reason: string;
}

export const DOCS = {
  bridgeModal: 'https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/modal/',
  frame: 'https://developer.atlassian.com/platform/forge/ui-kit/components/frame/',
  events: 'https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/events/',
  iframe: 'https://developer.atlassian.com/platform/forge/custom-ui/iframe/',
  viewClose: 'https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/',
  components: 'https://developer.atlassian.com/platform/forge/ui-kit/components/',
  asUser:
    'https://developer.atlassian.com/platform/forge/apis-reference/fetch-api-product.requestjira/',
} as const;

/**
 * "The Modal bridge API is exclusive to Custom UI; if you are using UI Kit, you can use the UI Kit Modal component
 * instead." @forge/bridge turns the host's refusal into `BridgeAPIError('Unable to open modal.')`.
 */
const MODAL_IS_CUSTOM_UI_ONLY = `@forge/bridge's Modal is exclusive to Custom UI; a UI Kit page uses the UI Kit Modal component (${DOCS.bridgeModal}).`;

/** Neither an admin page nor a Frame is a modal: @forge/bridge reports "this resource's view is not closable." */
const NOT_CLOSABLE = new Set(['close', 'submit', 'onClose']);

export const refuse = (kind: ViewKind, cmd: string): Omit<Refusal, 'view'> => {
  if (NOT_CLOSABLE.has(cmd))
    return { cmd, answer: 'false', reason: `A ${kind} view is not a modal: nothing to close.` };
  if (cmd === 'openModal' && kind === 'ui-kit')
    return { cmd, answer: 'throw', reason: MODAL_IS_CUSTOM_UI_ONLY };
  return {
    cmd,
    answer: 'throw',
    reason: `The Forge host does not implement "${cmd}" for a ${kind} view of this app.`,
  };
};

/** The sandbox and feature policy of every Custom UI iframe, Frames included (DOCS.iframe); not the app's to widen. */
export const CUSTOM_UI_IFRAME = {
  sandbox: [
    'allow-downloads',
    'allow-forms',
    'allow-modals',
    'allow-pointer-lock',
    'allow-same-origin',
    'allow-scripts',
  ],
  allow: ['camera', 'clipboard-write', 'display-capture', 'fullscreen', 'microphone'],
} as const;
