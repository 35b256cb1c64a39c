/** Messages between a Custom UI iframe's bridge shim and the host page that relays its bridge calls. */
export const FRAME_CALL = 'forge-preview-bridge-call';
export const FRAME_REPLY = 'forge-preview-bridge-reply';

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

export const isFrameCall = (value: unknown): value is FrameCall =>
  typeof value === 'object' &&
  value !== null &&
  (value as FrameCall).type === FRAME_CALL &&
  typeof (value as FrameCall).id === 'number' &&
  typeof (value as FrameCall).cmd === 'string';

export const isFrameReply = (value: unknown): value is FrameReply =>
  typeof value === 'object' &&
  value !== null &&
  (value as FrameReply).type === FRAME_REPLY &&
  typeof (value as FrameReply).id === 'number';
