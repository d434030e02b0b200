/**
 * Hands a text to the browser as a file to save (the host's page and Electron's window alike),
 * byte for byte: the app's one export path, for the CSV files and the 本人開示 JSON.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A CSV file: the text already carries its BOM and CRLF line ends (audit.csv). */
export function downloadCsv(fileName: string, text: string): void {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}
