/** The export modal: pick a format, run the export with progress and Cancel, resume after a failure, download. */
import { useState } from 'react';
import { view } from '@forge/bridge';
import { DateTime } from 'luxon';
import type { ExportFormat } from '../../../src/export';
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
  disabled,
}: {
  format: ExportFormat;
  onChange: (format: ExportFormat) => void;
  disabled: boolean;
}) => (
  // The file is written while pages arrive, so the format is fixed once the export runs.
  <fieldset className="formats" disabled={disabled}>
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
  const { state, start, resume, cancel } = useExport(ready);
  const [format, setFormat] = useState<ExportFormat>('csv');
  // Another format needs another export: the file was written in the format chosen at the start.
  const done = state.phase === 'done' && state.format === format ? state : undefined;
  const file = done?.file;

  if (context.status === 'loading') return <p className="status">Loading…</p>;
  if (context.status === 'error') {
    return (
      <p className="status error" role="alert" data-testid="export-status">
        {context.message}
      </p>
    );
  }

  const said = done?.check;
  const running = state.phase === 'running';
  const canResume = state.phase === 'paused' && state.error.retryable;

  return (
    <main>
      <SearchSummary search={context.search} timezone={context.timezone} />
      <FormatChoice format={format} onChange={setFormat} disabled={running} />
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
          `Stopped: ${state.error.message} ${
            canResume
              ? 'Resume continues where it stopped.'
              : 'Trying again would fail the same way, so there is no Resume.'
          }`}
        {state.phase === 'cancelled' && 'Export cancelled. Nothing was saved.'}
        {done && `${done.check.message} Read ${plural(done.pages, 'page')}.`}
        {state.phase === 'done' &&
          !done &&
          `Start the export again to get a ${format.toUpperCase()} file.`}
      </div>
      <footer className="actions">
        {running ? (
          <button type="button" onClick={cancel} data-testid="export-cancel">
            Cancel
          </button>
        ) : null}
        {canResume ? (
          <button type="button" className="primary" onClick={resume} data-testid="export-resume">
            Resume
          </button>
        ) : null}
        {!running ? (
          <button
            type="button"
            className={file ? '' : 'primary'}
            onClick={() => start(format)}
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
