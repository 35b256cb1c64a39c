/** The export modal: pick a format, run the export with progress and Cancel, resume after a failure, download. */
import { useMemo, useState } from 'react';
import { view } from '@forge/bridge';
import { DateTime } from 'luxon';
import { buildExportFile } from '../../../src/export/file';
import type { ExportFormat } from '../../../src/export/file-name';
import { describeCheck } from '../../../src/export/verify';
import type { ExportSearch } from '../../../src/export/search';
import { downloadFile } from './download-file';
import { useExport, type ExportState } from './use-export';
import { useModalContext } from './use-modal-context';

const number = (value: number) => value.toLocaleString('en-US');
const plural = (value: number, noun: string) => `${number(value)} ${noun}${value === 1 ? '' : 's'}`;

const formatInstant = (instant: string, timezone: string) =>
  DateTime.fromISO(instant, { zone: timezone }).toFormat('d LLL yyyy HH:mm:ss');

const SearchSummary = ({ search, timezone }: { search: ExportSearch; timezone: string }) => (
  <dl className="search" data-testid="export-search">
    <dt>Filter</dt>
    <dd>{search.filter ?? 'none'}</dd>
    <dt>Range</dt>
    <dd>
      {search.from ? formatInstant(search.from, timezone) : 'oldest record'} –{' '}
      {formatInstant(search.to, timezone)} ({timezone})
    </dd>
  </dl>
);

const FormatChoice = ({
  format,
  onChange,
}: {
  format: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) => (
  <fieldset className="formats">
    <legend>Format</legend>
    <label>
      <input
        type="radio"
        name="format"
        checked={format === 'csv'}
        onChange={() => onChange('csv')}
        data-testid="export-format-csv"
      />
      CSV for Excel and other spreadsheets
    </label>
    <label>
      <input
        type="radio"
        name="format"
        checked={format === 'json'}
        onChange={() => onChange('json')}
        data-testid="export-format-json"
      />
      JSON, the records as the app reads them
    </label>
  </fieldset>
);

const Progress = ({ state }: { state: Extract<ExportState, { phase: 'running' | 'paused' }> }) => (
  <div className="progress">
    {/* No maximum: Jira does not say how many records match a filter. */}
    <progress
      data-testid="export-progress"
      aria-label="Export progress"
      {...(state.phase === 'paused' ? { value: 0 } : {})}
    />
    <p data-testid="export-counts">
      {plural(state.progress.records, 'record')} · {plural(state.progress.pages, 'page')}
      {state.progress.retrying ? ' · Jira is busy, retrying…' : ''}
    </p>
  </div>
);

export const ExportApp = () => {
  const context = useModalContext();
  const ready = context.status === 'ready' ? context : undefined;
  const { state, start, resume, cancel } = useExport(ready?.search);
  const [format, setFormat] = useState<ExportFormat>('csv');

  const file = useMemo(
    () =>
      ready && state.phase === 'done'
        ? buildExportFile({
            records: state.check.records,
            format,
            siteUrl: ready.siteUrl,
            ...ready.search,
          })
        : undefined,
    [ready, state, format],
  );

  if (context.status === 'loading') return <p className="status">Loading…</p>;
  if (context.status === 'error') {
    return (
      <p className="status error" role="alert" data-testid="export-status">
        {context.message}
      </p>
    );
  }

  const said =
    state.phase === 'done' && file
      ? describeCheck({ check: state.check, written: file.written })
      : undefined;
  const running = state.phase === 'running';

  return (
    <main>
      <SearchSummary search={context.search} timezone={context.timezone} />
      <FormatChoice format={format} onChange={setFormat} />
      {state.phase === 'running' || state.phase === 'paused' ? <Progress state={state} /> : null}
      <div
        role="status"
        aria-live="polite"
        data-testid="export-status"
        className={said && !said.ok ? 'status warning' : 'status'}
      >
        {state.phase === 'idle' && 'The export reads every matching record, up to 1,000 a request.'}
        {state.phase === 'running' && 'Exporting…'}
        {state.phase === 'paused' &&
          `Stopped: ${state.error.message} Resume continues where it stopped.`}
        {state.phase === 'cancelled' && 'Export cancelled. Nothing was saved.'}
        {said && state.phase === 'done' && `${said.message} Read ${plural(state.pages, 'page')}.`}
      </div>
      <footer className="actions">
        {running ? (
          <button type="button" onClick={cancel} data-testid="export-cancel">
            Cancel
          </button>
        ) : null}
        {state.phase === 'paused' ? (
          <button type="button" className="primary" onClick={resume} data-testid="export-resume">
            Resume
          </button>
        ) : null}
        {!running ? (
          <button
            type="button"
            className={file ? '' : 'primary'}
            onClick={start}
            data-testid="export-start"
          >
            {state.phase === 'idle' ? 'Start export' : 'Export again'}
          </button>
        ) : null}
        {file ? (
          <button
            type="button"
            className="primary"
            onClick={() => downloadFile(file)}
            data-testid="export-download"
          >
            Download {file.fileName}
          </button>
        ) : null}
        <button type="button" onClick={() => void view.close()} data-testid="export-close">
          Close
        </button>
      </footer>
    </main>
  );
};
