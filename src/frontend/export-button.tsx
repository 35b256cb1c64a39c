/** Opens the export modal (a Custom UI resource: UI Kit cannot start a download) on the current search. */
import React, { useState } from 'react';
import { Modal } from '@forge/bridge';
import { Button, Inline, Text } from '@forge/react';
import type { ExportModalContext } from '../export/search';
import type { PinnedSearch } from './search-model';

/** manifest.yml `resources[].key` of static/export/build. */
export const EXPORT_RESOURCE = 'export';

/** The search the export runs: the same filter and pinned range as the table, without the table's page size. */
export const exportContext = ({ filter, from, to }: PinnedSearch): ExportModalContext => ({
  ...(filter === undefined ? {} : { filter }),
  ...(from === undefined ? {} : { from }),
  to,
});

export const ExportButton = ({ search }: { readonly search: PinnedSearch | undefined }) => {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const open = () => {
    if (search === undefined) return;
    setProblem(undefined);
    new Modal({
      resource: EXPORT_RESOURCE,
      size: 'large',
      title: 'Export audit log',
      context: exportContext(search),
    })
      .open()
      .catch((error: unknown) =>
        setProblem(
          `The export could not open: ${String(error instanceof Error ? error.message : error)}`,
        ),
      );
  };
  return (
    <Inline space="space.100" alignBlock="center">
      <Button
        testId="export-open"
        iconBefore="download"
        isDisabled={search === undefined}
        onClick={open}
      >
        Export
      </Button>
      {problem && <Text testId="export-problem">{problem}</Text>}
    </Inline>
  );
};
