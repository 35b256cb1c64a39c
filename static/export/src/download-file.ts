/** Hands the export's file to the browser as a download (the Custom UI iframe allows downloads; UI Kit cannot). */
import type { ReadyFile } from '../../../src/export';

export const downloadFile = ({ blob, fileName }: ReadyFile): void => {
  // The Blob already holds the file in parts; an object URL reads them without copying into one string.
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
