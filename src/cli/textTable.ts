/**
 * Plain-text tables for the terminal. Widths count code points of NFC text, which is what a
 * terminal shows for Vietnamese; long cells wrap at word boundaries instead of being cut.
 */

const MAX_WIDTH = 56;

export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows].map((row) => headers.map((_, i) => (row[i] ?? '').normalize('NFC')));
  const widths = headers.map((_, i) => Math.min(MAX_WIDTH, Math.max(...all.map((row) => length(row[i] ?? '')))));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const lines = [rule];
  all.forEach((row, r) => {
    const wrapped = row.map((cell, i) => wrap(cell, widths[i] ?? MAX_WIDTH));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let line = 0; line < height; line++) {
      lines.push(`| ${wrapped.map((w, i) => pad(w[line] ?? '', widths[i] ?? 0)).join(' | ')} |`);
    }
    if (r === 0) lines.push(rule.replace(/-/g, '='));
  });
  lines.push(rule);
  return `${lines.join('\n')}\n`;
}

/** Label: value lines, labels padded to one width. */
export function keyValues(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(...pairs.map(([key]) => length(key)));
  return pairs.map(([key, value]) => `${pad(key, width)} : ${value}`).join('\n') + '\n';
}

function length(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}

function wrap(text: string, width: number): string[] {
  if (length(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (length(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // a single word longer than the column is split hard
    let rest = word;
    while (length(rest) > width) {
      lines.push([...rest].slice(0, width).join(''));
      rest = [...rest].slice(width).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
