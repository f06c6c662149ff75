import { consolidate } from '../../src/core/consolidate/consolidate';
import { periodFor } from '../../src/core/periods';
import type { ExitCode } from '../../src/cli/io';
import { writeReturnCopies } from '../../src/cli/returnCopies';
import { readUnitFile } from '../../src/cli/unitFiles';
import { fileReviews } from '../../src/core/review/reviewStates';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { memoryIo } from './memoryIo';
import { loadExcel, output, plan, unitWorkbook } from './workbooks';

/** `--return-dir`: a copy for each unit whose file has issues, written beside nothing it read. */

async function setUp(extra: Record<string, Uint8Array> = {}) {
  const files = {
    'don-vi/thanh-duc.xlsx': await unitWorkbook('XTD', [
      output('2018-03-05', 'Báo Tây Ninh', 'Cải cách hành chính ở xã'),
      output('2018-04-05', 'Báo Xóm Mới', 'Một cửa liên thông'),
    ]),
    'don-vi/cam-giang.xlsx': await unitWorkbook('XCG', [output('2018-03-06', 'Báo Tây Ninh', 'Dịch vụ công trực tuyến')]),
    ...extra,
  };
  const io = memoryIo(files, { folders: ['don-vi'] });
  const exits: ExitCode[] = [];
  const ctx = { io, lang: 'vi' as const, exit: (code: ExitCode) => void exits.push(code) };
  const inputs = await Promise.all(['don-vi/thanh-duc.xlsx', 'don-vi/cam-giang.xlsx'].map((f) => readUnitFile(io, f, 'vi')));
  const result = consolidate(plan, inputs, { period: periodFor('year', 2018, undefined, plan.periodConvention), today: '2018-12-31' });
  return { io, ctx, result, files, exits };
}

const options = { reviewer: 'Phòng Nội vụ', checkedOn: '2019-01-03', sources: ['don-vi/thanh-duc.xlsx', 'don-vi/cam-giang.xlsx'], force: false };

describe('writeReturnCopies', () => {
  test('given one unit with an unknown channel and one without issues, only the first gets a copy, in a folder made for it, and no source changes', async () => {
    const { io, ctx, result, files } = await setUp();
    const { copies, problems } = await writeReturnCopies(ctx, 'tra-lai', plan, result, options);
    expect(problems).toEqual([]);
    expect(copies.map((c) => [c.unit, c.copy])).toEqual([['XTD', 'tra-lai/thanh-duc (cần sửa).xlsx']]);
    expect(copies[0]?.errors).toBeGreaterThan(0);
    const copy = await io.readFile('tra-lai/thanh-duc (cần sửa).xlsx');
    const sheets = await readWorkbook(copy);
    expect(sheets[0]?.name).toBe('Cần sửa');
    const unknownChannel = result.files.find((f) => f.unit === 'XTD')?.issues.find((i) => i.where.cell !== undefined);
    const note = (await loadExcel(copy)).getWorksheet(unknownChannel?.where.sheet ?? '')?.getCell(unknownChannel?.where.cell ?? '').note;
    expect(JSON.stringify(note)).toContain('Phòng Nội vụ: ');
    expect(await io.readFile('don-vi/thanh-duc.xlsx')).toBe(files['don-vi/thanh-duc.xlsx']);
  });

  test("follows the review: a file the officer marked 'Đã nhận' goes back to no one; one marked 'Cần sửa' carries the officer's note on its list", async () => {
    const { ctx, io, result } = await setUp();
    const thanhDuc = result.files.find((f) => f.unit === 'XTD')?.file ?? '';
    const accepted = fileReviews(result, [{ unit: 'XTD', file: thanhDuc, state: 'received', note: '' }]);
    expect((await writeReturnCopies(ctx, 'tra-lai-1', plan, result, { ...options, reviews: accepted })).copies).toEqual([]);

    const toFix = fileReviews(result, [{ unit: 'XTD', file: thanhDuc, state: 'needsFix', note: 'Bổ sung số liệu tháng 5' }]);
    const { copies } = await writeReturnCopies(ctx, 'tra-lai-2', plan, result, { ...options, reviews: toFix });
    expect(copies).toHaveLength(1);
    const list = (await readWorkbook(await io.readFile(copies[0]?.copy ?? ''))).find((sheet) => sheet.name === 'Cần sửa');
    expect(JSON.stringify(list?.values)).toContain('Ý kiến của Phòng Nội vụ: Bổ sung số liệu tháng 5');
  });

  test('given a copy from an earlier run, it is kept and said unless --force', async () => {
    const { ctx, result } = await setUp();
    await writeReturnCopies(ctx, 'tra-lai', plan, result, options);
    const again = await writeReturnCopies(ctx, 'tra-lai', plan, result, options);
    expect(again.copies).toEqual([]);
    expect(again.problems[0]?.message).toContain('--force');
    const forced = await writeReturnCopies(ctx, 'tra-lai', plan, result, { ...options, force: true });
    expect(forced.copies).toHaveLength(1);
  });

  test('given a return folder that cannot be made, every copy is a problem line with the reason and nothing is written', async () => {
    const { ctx, result } = await setUp();
    const { copies, problems } = await writeReturnCopies(ctx, '/readonly/tra-lai', plan, result, options);
    expect(copies).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).not.toBe('');
  });
});

describe('cchc consolidate --return-dir', () => {
  test('given a folder of units’ files, the copies for the units to fix are written, listed in the JSON, and the sources are unchanged', async () => {
    const { io, files } = await setUp();
    const { run } = await import('../../src/cli/run');
    const code = await run(['consolidate', 'don-vi', '--period', '2018', '--return-dir', 'tra-lai', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as { returned: { copies: { unit: string; copy: string }[]; problems: unknown[] } };
    expect(json.returned.copies.map((c) => [c.unit, c.copy])).toEqual([['XTD', 'tra-lai/thanh-duc (cần sửa).xlsx']]);
    expect(json.returned.problems).toEqual([]);
    expect((await readWorkbook(await io.readFile('tra-lai/thanh-duc (cần sửa).xlsx')))[0]?.name).toBe('Cần sửa');
    for (const [path, bytes] of Object.entries(files)) expect(await io.readFile(path)).toBe(bytes);
  });

  test('given a return folder that cannot be written, the summary is still printed, each copy’s reason is on stderr, and the exit is 2', async () => {
    const { io } = await setUp();
    const { run } = await import('../../src/cli/run');
    const code = await run(['consolidate', 'don-vi', '--period', '2018', '--return-dir', '/readonly/tra-lai'], io);
    expect(code).toBe(2);
    expect(io.out()).not.toBe('');
    expect(io.err()).toContain('thanh-duc.xlsx');
  });
});

describe('cchc consolidate --return-dir: copies of an earlier run (tester, issue 15)', () => {
  test('given a unit whose file no longer goes back, its old copy is listed as stale, and removed with --force; files the tool did not write stay', async () => {
    const { io } = await setUp();
    const { run } = await import('../../src/cli/run');
    expect(await run(['consolidate', 'don-vi', '--period', '2018', '--return-dir', 'tra-lai', '--json'], io)).toBe(0);
    const oldCopy = await io.readFile('tra-lai/thanh-duc (cần sửa).xlsx');
    // Thạnh Đức sends its file again, fixed; the officer keeps a file of their own in the folder.
    const fixed = await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Cải cách hành chính ở xã')]);
    const mine = new Uint8Array([1, 2, 3]);
    const again = memoryIo(
      {
        'don-vi/thanh-duc.xlsx': fixed,
        'don-vi/cam-giang.xlsx': await io.readFile('don-vi/cam-giang.xlsx'),
        'tra-lai/thanh-duc (cần sửa).xlsx': oldCopy,
        'tra-lai/thanh-duc.xlsx': mine,
      },
      { folders: ['don-vi', 'tra-lai'] },
    );
    expect(await run(['consolidate', 'don-vi', '--period', '2018', '--return-dir', 'tra-lai', '--json'], again)).toBe(0);
    const listed = JSON.parse(again.out()) as { returned: { copies: unknown[]; stale: unknown[] } };
    expect(listed.returned.copies).toEqual([]);
    expect(listed.returned.stale).toEqual([{ unit: 'XTD', source: 'don-vi/thanh-duc.xlsx', copy: 'tra-lai/thanh-duc (cần sửa).xlsx', removed: false }]);
    expect(await again.readFile('tra-lai/thanh-duc (cần sửa).xlsx')).toBe(oldCopy);

    const text = memoryIo(
      { 'don-vi/thanh-duc.xlsx': fixed, 'tra-lai/thanh-duc (cần sửa).xlsx': oldCopy, 'tra-lai/thanh-duc.xlsx': mine },
      { folders: ['don-vi', 'tra-lai'] },
    );
    expect(await run(['consolidate', 'don-vi', '--period', '2018', '--return-dir', 'tra-lai', '--force'], text)).toBe(0);
    expect(text.out()).toContain('Đã xoá tra-lai/thanh-duc (cần sửa).xlsx: bản trả lại của lần trước, Xã Thạnh Đức không còn cần gửi lại.');
    expect(await text.exists('tra-lai/thanh-duc (cần sửa).xlsx')).toBe(false);
    expect(await text.readFile('tra-lai/thanh-duc.xlsx')).toBe(mine);
  });
});

describe('cchc consolidate --return-dir: a unit sends back the copy it received (tester, issue 15)', () => {
  test('given "X (cần sửa).xlsx" as the unit’s file, its copy is "X (cần sửa).xlsx" in the return folder, with one list first and each note once, and the source unchanged', async () => {
    const { ctx, result } = await setUp();
    const first = await writeReturnCopies(ctx, 'tra-lai', plan, result, options);
    const received = await ctx.io.readFile(first.copies[0]?.copy ?? '');
    const source = 'don-vi/thanh-duc (cần sửa).xlsx';
    const io = memoryIo({ [source]: received }, { folders: ['don-vi'] });
    const again = { io, lang: 'vi' as const, exit: () => undefined };
    const inputs = [await readUnitFile(io, source, 'vi')];
    const round2 = consolidate(plan, inputs, { period: periodFor('year', 2018, undefined, plan.periodConvention), today: '2018-12-31' });
    const { copies, problems } = await writeReturnCopies(again, 'tra-lai', plan, round2, { ...options, sources: [source] });
    expect(problems).toEqual([]);
    expect(copies.map((c) => c.copy)).toEqual(['tra-lai/thanh-duc (cần sửa).xlsx']);
    expect(await io.readFile(source)).toBe(received);
    const book = await loadExcel(await io.readFile('tra-lai/thanh-duc (cần sửa).xlsx'));
    expect(book.worksheets.map((w) => w.name).filter((n) => n.startsWith('Cần sửa'))).toEqual(['Cần sửa']);
    expect(book.worksheets[0]?.name).toBe('Cần sửa');
    const cells = round2.files[0]?.issues.filter((i) => i.where.cell !== undefined) ?? [];
    expect(cells.length).toBeGreaterThan(0);
    for (const found of cells) {
      const note = book.getWorksheet(found.where.sheet ?? '')?.getCell(found.where.cell ?? '').note;
      expect(JSON.stringify(note).split('Phòng Nội vụ: ').length - 1).toBe(1);
    }
  });
});
