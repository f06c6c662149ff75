import { deflatedEntry, readText, readZip, writeZip, type ZipEntry } from './zip';

/**
 * Text-level edits to a package: what exceljs cannot express in what it wrote (charts, defined
 * names that are formulas or whole columns), and edits of a unit's own file (Chuẩn hóa, return
 * copies). Parts not touched keep their compressed bytes; parts changed or added are deflated again.
 */
export class PackageEditor {
  private readonly entries: readonly ZipEntry[];
  private readonly changed = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
  }

  async read(name: string): Promise<string | null> {
    return this.changed.get(name) ?? (await readText(this.entries, name));
  }

  async mustRead(name: string): Promise<string> {
    const text = await this.read(name);
    if (text === null) throw new RangeError(`package part missing: ${name}`);
    return text;
  }

  write(name: string, text: string): void {
    this.changed.set(name, text);
  }

  /** Every part name, those in the package and those added since. */
  names(): string[] {
    return [...new Set([...this.entries.map((e) => e.name), ...this.changed.keys()])];
  }

  toBytes(): Uint8Array {
    const kept = this.entries.map((e) => (this.changed.has(e.name) ? deflatedEntry(e.name, this.changed.get(e.name) ?? '') : e));
    const added = [...this.changed].filter(([name]) => !this.entries.some((e) => e.name === name)).map(([name, text]) => deflatedEntry(name, text));
    return writeZip([...kept, ...added]);
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
