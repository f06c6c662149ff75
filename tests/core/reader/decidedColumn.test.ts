import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { unsettledTracker } from '../decisions/officeTracker';

/** A column the officer decided about is not asked about again (found by a new user: "Cột E … không được dùng" on every run). */
test('given a column the reader cannot settle, it is said; once the officer says it is not taken, it is no longer said', async () => {
  const sheets = await readWorkbook(await unsettledTracker());
  const before = readBook(GO_DAU_116, sheets, { file: 'x.xlsx' });
  const asked = before.notes.filter((n) => n.code === 'reader.columnNotTaken');
  expect(asked.length).toBeGreaterThan(0);
  const block = before.blocks.find((b) => b.sheet === asked[0]?.sheet);
  const column = asked[0]?.params.column;
  const key = `${block?.sheet ?? ''}!${block?.headerTop ?? 0}!${String(column)}`;
  const after = readBook(GO_DAU_116, sheets, { file: 'x.xlsx', choices: { columnRoles: new Map([[key, null]]) } });
  expect(after.notes.filter((n) => n.code === 'reader.columnNotTaken' && n.params.column === column)).toEqual([]);
});
