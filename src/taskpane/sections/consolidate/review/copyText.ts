/**
 * Copies text to the clipboard: the async Clipboard API where the host allows it (Excel on the web,
 * recent WebView2), else a hidden text area and execCommand('copy') (older Office webviews refuse
 * navigator.clipboard in an iframe without the clipboard-write permission).
 * @returns whether the text reached the clipboard; false leaves the caller to select it for Ctrl+C
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API, or not allowed here: the old way below.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Selects the text of an element, so the officer can copy it with Ctrl+C when copying was refused. */
export function selectContents(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (selection === null) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
