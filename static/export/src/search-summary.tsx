/** Which records the export holds: the page's filter and pinned range, in the admin's zone. */
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { parseInstant } from '../../../src/contract/instant';
import { isTimeZone, wallAt } from '../../../src/contract/time-zone';
import { hasArchiveFilters, type ExportSearch } from '../../../src/export/search';
import { dialogStrings as text } from './dialog-strings';

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** `1 Nov 2026 00:00:00` in the admin's zone; a bound the dialog cannot read is shown as it came. */
const formatInstant = (instant: string, zone: string) => {
  const ms = parseInstant(instant);
  if (ms === undefined || !isTimeZone(zone)) return instant;
  const wall = new Date(wallAt(zone, ms));
  const iso = wall.toISOString();
  return `${wall.getUTCDate()} ${MONTH.format(wall)} ${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
};

const Fact = ({ label, value }: { readonly label: string; readonly value: string }) => (
  <Inline space="space.100">
    <Text color="color.text.subtle">{label}</Text>
    <Text>{value}</Text>
  </Inline>
);

export const SearchSummary = ({
  search,
  zone,
}: {
  readonly search: ExportSearch;
  readonly zone: string;
}) => (
  <Stack space="space.050" testId="export-search">
    <Fact label={text.filter} value={search.filter ?? text.noFilter} />
    {hasArchiveFilters(search) && (
      <Fact
        label={text.narrowedBy}
        value={text.archiveFilters({
          authors: search.authors?.length ?? 0,
          categories: search.categories ?? [],
          objectTypes: search.objectTypes ?? [],
          object:
            search.object &&
            `${search.object.typeName} ${search.object.name ?? search.object.id ?? ''}`.trim(),
          ip: search.ip,
        })}
      />
    )}
    <Fact
      label={text.range}
      value={`${search.from ? formatInstant(search.from, zone) : text.oldest} – ${formatInstant(search.to, zone)} (${zone})`}
    />
  </Stack>
);
