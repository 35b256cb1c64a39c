/** CSV or JSON, as an ADS radio group. */
import { RadioGroup } from '@atlaskit/radio';
import { Stack, Text } from '@atlaskit/primitives';
import type { ExportFormat } from '../../../src/export';
import { dialogStrings as text } from './dialog-strings';

const OPTIONS = [
  { name: 'format', value: 'csv', label: text.csv, testId: 'export-format-csv' },
  { name: 'format', value: 'json', label: text.json, testId: 'export-format-json' },
];

// The file is written while pages arrive, so the format is fixed while an export runs.
export const FormatChoice = ({
  format,
  onChange,
  isDisabled,
}: {
  readonly format: ExportFormat;
  readonly onChange: (format: ExportFormat) => void;
  readonly isDisabled: boolean;
}) => (
  <Stack space="space.050">
    <Text weight="medium" id="export-format-label">
      {text.format}
    </Text>
    <RadioGroup
      options={OPTIONS}
      value={format}
      aria-labelledby="export-format-label"
      isDisabled={isDisabled}
      onChange={(event) => onChange(event.currentTarget.value === 'json' ? 'json' : 'csv')}
    />
  </Stack>
);
