/** Reads the first sheet of an XLSX file into rows of cells, with each cell's type, value and formula if any. */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

export interface SheetCell {
  /** `A1`-style reference. */
  readonly ref: string;
  /** XLSX cell type: `s` shared string, `n` number, `str` formula text, `b`, `e`, `inlineStr`. */
  readonly type: string;
  /** The text of a string cell or the number of a numeric one. */
  readonly value: string | number | undefined;
  /** Present when the spreadsheet holds a formula in this cell. */
  readonly formula?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Cell text must stay text: "0012" or "1e5" are not numbers here.
  parseTagValue: false,
  trimValues: false,
  // Shared strings hold line breaks as &#10;.
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['row', 'c', 'si', 'r'].includes(name),
});

type Text = string | { '#text'?: string } | undefined;
type RichString = { t?: Text; r?: { t?: Text }[] };
const textOf = (node: Text): string =>
  node === undefined ? '' : typeof node === 'string' ? node : (node['#text'] ?? '');
const stringOf = (item: RichString): string =>
  item.r ? item.r.map((run) => textOf(run.t)).join('') : textOf(item.t);

interface RawCell {
  r: string;
  t?: string;
  v?: Text;
  f?: Text;
  is?: RichString;
}

export const readFirstSheet = (xlsxPath: string): SheetCell[][] => {
  const files = unzipSync(readFileSync(xlsxPath));
  const read = (name: string) => {
    const file = files[name];
    return file ? (parser.parse(strFromU8(file)) as Record<string, unknown>) : undefined;
  };
  const shared = (
    (read('xl/sharedStrings.xml')?.sst as { si?: RichString[] } | undefined)?.si ?? []
  ).map(stringOf);
  const sheet = read('xl/worksheets/sheet1.xml')?.worksheet as
    { sheetData?: { row?: { c?: RawCell[] }[] } } | undefined;
  if (!sheet) throw new Error(`${xlsxPath}: no first sheet`);
  return (sheet.sheetData?.row ?? []).map((row) =>
    (row.c ?? []).map((cell) => {
      const type = cell.t ?? 'n';
      const raw = textOf(cell.v);
      const value =
        type === 's'
          ? shared[Number(raw)]
          : type === 'inlineStr'
            ? stringOf(cell.is ?? {})
            : type === 'n' && raw !== ''
              ? Number(raw)
              : raw === ''
                ? undefined
                : raw;
      return {
        ref: cell.r,
        type,
        value,
        ...(cell.f === undefined ? {} : { formula: textOf(cell.f) }),
      };
    }),
  );
};
