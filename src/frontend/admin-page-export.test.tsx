import { EXPORT_EVENTS } from '../contract/export-handshake';
import { awaitPinnedSearch } from '../export/pinned-search';
import type { LoadedFrame } from './testing/render-admin-page';
import { recentLog } from './testing/page-fixtures';
import { pagePerTest } from './testing/page-per-test';

const opened = pagePerTest(() => recentLog(120));

const later = () => new Promise((resolve) => setTimeout(resolve, 10));

const openDialog = async (): Promise<LoadedFrame> => {
  await opened.page.click('export-open');
  await opened.page.waitFor(() => opened.page.has('export-dialog'), 'the export dialog');
  return opened.page.loadFrame('export');
};

/** The dialog's handshake, as static/export runs it: subscribe, announce, take the page's answer. */
const handshake = ({ bridge }: LoadedFrame, timeoutMs = 5_000) =>
  awaitPinnedSearch({ events: bridge.events, timeoutMs, announceEveryMs: 50 }).result;

describe('the export dialog', () => {
  it('is a UI Kit Modal holding the export resource in a Frame; nothing asks for the Custom UI-only Modal', async () => {
    await openDialog();

    const dialog = opened.page.find('export-dialog');
    expect(dialog.type).toBe('Modal');
    expect(opened.page.text('export-dialog')).toContain('Export audit log\n[Frame export]');
    expect(opened.page.host.refusals).toEqual([]);
  });

  it('hands the Frame the table search with its pinned bound, over events, and the Frame reads the log itself', async () => {
    await opened.page.type('filter-text', 'user');
    await opened.page.pickDate('from-date', '2026-01-01');
    await opened.page.click('apply-filters');
    await opened.page.settle();
    const { filter, from, to } = opened.page.searches().at(-1)!;
    const frame = await openDialog();

    const pinned = await handshake(frame);

    expect(pinned).toEqual({ ok: true, search: { filter, from, to } });
    if (!pinned.ok) return;
    const answer = (await frame.bridge.invoke('getAuditPage', {
      ...pinned.search,
      offset: 0,
      limit: 999,
    })) as { records: { id: number }[] };
    expect(answer.records.slice(0, 50).map((record) => String(record.id))).toEqual(
      opened.page.rowKeys('audit-table'),
    );
    expect(opened.page.host.invokes.at(-1)).toEqual({
      view: frame.view.view,
      functionKey: 'getAuditPage',
      payload: { filter, from, to, offset: 0, limit: 999 },
    });
  });

  it('a Frame with no dialog to answer it exports nothing and says why', async () => {
    const frame = await openDialog();
    await opened.page.callProp('export-close', 'onClick');
    expect(opened.page.has('export-dialog')).toBe(false);

    const pinned = await handshake(frame, 200);

    expect(pinned).toEqual({ ok: false, message: expect.stringMatching(/sent no search/) });
  });

  it('asks "Stop the export?" before closing over a running export, and closes once it is stopped', async () => {
    const frame = await openDialog();
    await handshake(frame);
    await frame.bridge.events.emit(EXPORT_EVENTS.status, { protocol: 1, running: true });
    await later();

    await opened.page.click('export-close');
    expect(opened.page.text('export-stop-question')).toContain('Stop the export?');
    await opened.page.click('export-keep');
    expect(opened.page.has('export-stop-question')).toBe(false);
    expect(opened.page.has('export-dialog')).toBe(true);

    await opened.page.callProp('export-dialog', 'onClose'); // Escape or the overlay
    await opened.page.click('export-stop');
    expect(opened.page.has('export-dialog')).toBe(false);
  });

  it('closes at once when no export runs, and ignores status messages it cannot read', async () => {
    const frame = await openDialog();
    await frame.bridge.events.emit(EXPORT_EVENTS.status, { running: true });
    await later();

    expect(opened.page.host.events.subscriptions()).toBe(2); // the page's ready and status

    await opened.page.click('export-close');
    await later();

    expect(opened.page.has('export-dialog')).toBe(false);
    expect(opened.page.host.events.subscriptions()).toBe(0); // they ended with the dialog
  });
});
