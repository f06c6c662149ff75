import { distinctFileNames, safeFileStem } from '../../src/cli/safeFileName';

describe("a unit's tracker file name (template --all-units)", () => {
  test.each([
    ['reserved characters become one space', 'Tổ dân phố 1/2: "Khu A" <mới>?', 'Tổ dân phố 1 2 Khu A mới'],
    ['a backslash, a pipe, a star and a tab', 'Ấp 3\\4|5*\t6', 'Ấp 3 4 5 6'],
    ['trailing dots and spaces go', 'Ban Chỉ đạo CCHC...  ', 'Ban Chỉ đạo CCHC'],
    ['a Windows device name gets "_"', 'CON', 'CON_'],
    ['a device name before a dot (Windows reads only that part)', 'nul.txt', 'nul_.txt'],
    ['a name that only starts like a device name is left alone', 'Conxa', 'Conxa'],
    ['Vietnamese letters are kept', 'Văn phòng HĐND và UBND xã Long Hòa', 'Văn phòng HĐND và UBND xã Long Hòa'],
  ])('%s', (_what, name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });

  test('a name typed in NFD (decomposed tone marks) is written in NFC', () => {
    const stem = safeFileStem('Xã Long Hòa'.normalize('NFD'));
    expect(stem).toBe('Xã Long Hòa'.normalize('NFC'));
    expect(stem.length).toBe('Xã Long Hòa'.normalize('NFC').length);
  });

  test('a very long name is cut to at most 180 UTF-8 bytes, never inside a letter', () => {
    const stem = safeFileStem('Ủy ban nhân dân '.repeat(30));
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(180);
    expect(stem.length).toBeGreaterThan(100);
    expect('Ủy ban nhân dân '.repeat(30).startsWith(stem)).toBe(true);
  });

  test('names a tone mark or a letter case apart get their codes; the others keep their bare name', () => {
    const names = distinctFileNames([
      { code: 'P-LONGHOA', name: 'Phường Long Hoa' },
      { code: 'X-LONGHOA', name: 'Xã Long Hòa' },
      { code: 'XTT', name: 'Xã Tân Thành' },
      { code: 'XTT2', name: 'Xã Tân Thạnh' },
      { code: 'XA', name: 'xã an' },
      { code: 'XA2', name: 'Xã An' },
    ]);
    expect([...names.values()]).toEqual([
      'Phường Long Hoa.xlsx',
      'Xã Long Hòa.xlsx',
      'Xã Tân Thành (XTT).xlsx',
      'Xã Tân Thạnh (XTT2).xlsx',
      'xã an (XA).xlsx',
      'Xã An (XA2).xlsx',
    ]);
  });

  test('two names that become one after the reserved characters go are told apart too, and a name of symbols only is its code', () => {
    const names = distinctFileNames([
      { code: 'T12', name: 'Tổ 1/2' },
      { code: 'T12B', name: 'Tổ 1:2' },
      { code: 'Q', name: '???' },
    ]);
    expect(names.get('T12')).toBe('Tổ 1 2 (T12).xlsx');
    expect(names.get('T12B')).toBe('Tổ 1 2 (T12B).xlsx');
    expect(names.get('Q')).toBe('Q.xlsx');
  });

  test("every name is distinct even when a name already ends with another unit's code", () => {
    const names = distinctFileNames([
      { code: 'A', name: 'Ấp Bình' },
      { code: 'B', name: 'Ấp Binh' },
      { code: 'C', name: 'Ấp Bình (A)' },
    ]);
    const folded = [...names.values()].map((n) =>
      n
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    );
    expect(new Set(folded).size).toBe(3);
    expect(names.get('C')).toBe('Ấp Bình (A) 2.xlsx');
  });
});
