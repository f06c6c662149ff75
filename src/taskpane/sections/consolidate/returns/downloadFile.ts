/** The content type of an .xlsx workbook (ECMA-376 part 2, [Content_Types].xml of a workbook package). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Hands `bytes` to the browser as a download named `name` (a Blob and an <a download>, the way a page
 * saves a file it made; Excel's pane on Windows (WebView2) and Excel on the web save it to Downloads).
 * The object URL is let go a minute later, long after the browser has taken the bytes.
 */
export function downloadFile(bytes: Uint8Array<ArrayBuffer>, name: string, type: string = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
