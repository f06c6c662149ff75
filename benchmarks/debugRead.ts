import { readFileSync } from 'node:fs';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { GO_DAU_116 } from '../src/core/plan/goDau116';
import { readBook } from '../src/core/reader/readBook';
import { admitOutput } from '../src/core/reader/admit';
export async function main(args: string[]): Promise<void> {
  const f = args[0]!;
  const sheets = await readWorkbook(readFileSync(f));
  for (const s of sheets) {
    console.log('SHEET', s.name, s.visibility, JSON.stringify(s.origin));
    s.values.forEach((r, i) => console.log(s.origin.row + i, JSON.stringify(r)));
  }
  const r = readBook(GO_DAU_116, sheets, { file: f });
  for (const b of r.blocks) {
    console.log(
      'BLOCK',
      b.sheet,
      b.headerTop,
      b.headerBottom,
      JSON.stringify(b.columns.map((c) => [c.column, c.header, c.role, c.evidence, c.weak, c.markLabel])),
    );
    console.log(' rows', b.rows.map((x) => `${x.row}:${x.kind}${x.hidden ? 'H' : ''}`).join(' '));
  }
  for (const o of r.outputs)
    console.log(
      'OUT',
      o.record.source.sheet,
      o.record.source.row,
      o.record.date,
      o.record.channel,
      o.record.form,
      o.record.unit,
      o.record.quantity ?? 1,
      JSON.stringify(o.text),
      JSON.stringify(admitOutput(o)),
    );
  console.log('titles', JSON.stringify(r.titleText), 'notes', JSON.stringify(r.notes));
}
