/**
 * Messages between a Custom UI iframe's bridge shim and the host page that runs its bridge: calls and replies,
 * events the host delivers to the frame's subscriptions, and the frame's content height (a Frame sizes to it).
 */
export const FRAME_CALL = 'forge-preview-bridge-call';
export const FRAME_REPLY = 'forge-preview-bridge-reply';
export const FRAME_EVENT = 'forge-preview-bridge-event';
export const FRAME_RESIZE = 'forge-preview-frame-resize';

/** `on` carries a subscription number instead of the callback (functions cannot be posted); `unsubscribe` ends it. */
export interface FrameCall {
  readonly type: typeof FRAME_CALL;
  readonly id: number;
  readonly cmd: string;
  readonly data?: unknown;
}

export interface FrameReply {
  readonly type: typeof FRAME_REPLY;
  readonly id: number;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export interface FrameEvent {
  readonly type: typeof FRAME_EVENT;
  readonly subscription: number;
  readonly payload: unknown;
}

export interface FrameResize {
  readonly type: typeof FRAME_RESIZE;
  readonly height: number;
}

const isMessage = (value: unknown, type: string): value is { type: string } =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;

export const isFrameCall = (value: unknown): value is FrameCall =>
  isMessage(value, FRAME_CALL) &&
  typeof (value as FrameCall).id === 'number' &&
  typeof (value as FrameCall).cmd === 'string';

export const isFrameReply = (value: unknown): value is FrameReply =>
  isMessage(value, FRAME_REPLY) && typeof (value as FrameReply).id === 'number';

export const isFrameEvent = (value: unknown): value is FrameEvent =>
  isMessage(value, FRAME_EVENT) && typeof (value as FrameEvent).subscription === 'number';

export const isFrameResize = (value: unknown): value is FrameResize =>
  isMessage(value, FRAME_RESIZE) && typeof (value as FrameResize).height === 'number';
