/** CSV or JSON, as an ADS radio group. */
import { RadioGroup } from '@atlaskit/radio';
import { Stack, Text } from '@atlaskit/primitives';
import type { ExportFormat } from '../../../src/export/file-name';
import { dialogStrings as text } from './dialog-strings';

const OPTIONS = [
  { name: 'format', value: 'csv', label: text.csv, testId: 'export-format-csv' },
  { name: 'format', value: 'json', label: text.json, testId: 'export-format-json' },
];

export const FormatChoice = ({
  format,
  onChange,
}: {
  readonly format: ExportFormat;
  readonly onChange: (format: ExportFormat) => void;
}) => (
  <Stack space="space.050">
    <Text weight="medium" id="export-format-label">
      {text.format}
    </Text>
    <RadioGroup
      options={OPTIONS}
      value={format}
      aria-labelledby="export-format-label"
      onChange={(event) => onChange(event.currentTarget.value === 'json' ? 'json' : 'csv')}
    />
  </Stack>
);
