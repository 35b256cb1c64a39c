import { createForgeUiHost } from '../../src/testing/forge-host/ui-host';
import { createFrameRelay, type FrameWindow } from './frame-relay';
import { FRAME_CALL, FRAME_RESIZE, type FrameEvent, type FrameReply } from './frame-protocol';

const later = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A Frame's window as the host page sees it: what the relay posts to it. */
const frameWindow = () => {
  const posted: (FrameReply | FrameEvent)[] = [];
  const window: FrameWindow = { postMessage: (message) => posted.push(message) };
  return { window, posted };
};

const setup = () => {
  const host = createForgeUiHost({
    context: { moduleKey: 'm' },
    resources: ['export'],
    invoke: async () => ({ ok: true }),
  });
  const frame = host.openFrame('export');
  const target = frameWindow();
  const heights: number[] = [];
  const relay = createFrameRelay({
    frame,
    source: () => target.window,
    origin: 'http://preview.local',
    onResize: (height) => heights.push(height),
  });
  const call = (id: number, cmd: string, data?: unknown) =>
    relay({ source: target.window, data: { type: FRAME_CALL, id, cmd, data } } as MessageEvent);
  return { host, frame, target, heights, relay, call };
};

describe("the host side of a Frame's bridge", () => {
  test('runs a call on the host and posts the answer back to that frame only', async () => {
    const { host, target, relay, call } = setup();
    call(1, 'invoke', { functionKey: 'getAuditPage', payload: { limit: 1 } });
    relay({
      source: {},
      data: { type: FRAME_CALL, id: 2, cmd: 'invoke', data: {} },
    } as MessageEvent);
    await later();

    expect(target.posted).toEqual([
      { type: 'forge-preview-bridge-reply', id: 1, ok: true, result: { ok: true } },
    ]);
    expect(host.invokes).toHaveLength(1);
  });

  test('delivers events to a subscription until the frame unsubscribes it', async () => {
    const { host, target, call } = setup();
    call(1, 'on', { event: 'search', subscription: 7 });
    await later();

    host.events.emit('page', 'search', { to: 'x' });
    await later();
    call(2, 'unsubscribe', { subscription: 7 });
    await later();
    host.events.emit('page', 'search', { to: 'y' });
    await later();

    expect(
      target.posted.filter((message) => message.type === 'forge-preview-bridge-event'),
    ).toEqual([{ type: 'forge-preview-bridge-event', subscription: 7, payload: { to: 'x' } }]);
    expect(host.events.subscriptions('search')).toBe(0);
  });

  test("a refused call rejects with the host's reason, and the content height reaches the Frame", async () => {
    const { target, heights, relay, call } = setup();
    call(1, 'openModal', {});
    relay({ source: target.window, data: { type: FRAME_RESIZE, height: 240 } } as MessageEvent);
    await later();

    expect(target.posted[0]).toMatchObject({ id: 1, ok: false, error: { name: 'Error' } });
    expect(heights).toEqual([240]);
  });
});
