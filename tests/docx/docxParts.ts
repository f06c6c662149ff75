import { strFromU8, unzipSync } from 'fflate';

/** A .docx opened the way Word reads it: its XML parts by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** Points; null when the run takes the document default. */
  readonly size: number | null;
}

export interface Para {
  readonly text: string;
  readonly runs: readonly Run[];
  /** The paragraph's properties XML (alignment, indent, spacing...). */
  readonly props: string;
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every paragraph of a part in document order (table cells included), with its runs. */
export function paragraphs(xml: string): Para[] {
  const out: Para[] = [];
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)) {
    const inner = match[1] ?? '';
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs: Run[] = [];
    for (const r of inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const body = r[1] ?? '';
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
      const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescape(t[1] ?? '')).join('');
      const size = /<w:sz w:val="(\d+)"/.exec(rPr)?.[1];
      runs.push({
        text,
        bold: /<w:b\/>|<w:b w:val="true"\/>/.test(rPr),
        italic: /<w:i\/>|<w:i w:val="true"\/>/.test(rPr),
        underline: /<w:u /.test(rPr),
        size: size === undefined ? null : Number(size) / 2,
      });
    }
    out.push({ text: runs.map((r) => r.text).join(''), runs, props });
  }
  return out;
}

/** Twips (1/20 pt) to millimetres. */
export const mm = (twips: number): number => (twips * 25.4) / 1440;
