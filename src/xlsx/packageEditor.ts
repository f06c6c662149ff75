import { readText, readZip, storedEntry, writeZip, type ZipEntry } from './zip';

/**
 * Text-level edits to the package exceljs wrote, for what exceljs cannot express (charts, defined
 * names that are formulas or whole columns). Parts not touched keep their compressed bytes.
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

  toBytes(): Uint8Array {
    const kept = this.entries.map((e) => (this.changed.has(e.name) ? storedEntry(e.name, this.changed.get(e.name) ?? '') : e));
    const added = [...this.changed].filter(([name]) => !this.entries.some((e) => e.name === name)).map(([name, text]) => storedEntry(name, text));
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
