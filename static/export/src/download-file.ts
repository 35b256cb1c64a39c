/** Hands a text file to the browser as a download (the Custom UI iframe allows downloads; UI Kit cannot). */
import type { ExportFile } from '../../../src/export/file';

export const downloadFile = ({ fileName, mimeType, text }: ExportFile): void => {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
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
