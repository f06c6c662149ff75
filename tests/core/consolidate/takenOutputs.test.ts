import { outputKey, outputKeyHash } from '../../../src/core/consolidate/outputKey';
import { takenOutputs } from '../../../src/core/consolidate/takenOutputs';
import type { OutputRecord } from '../../../src/core/records/types';

const output = (row: number, title: string, unit = 'XTD', channel = 'BTN'): OutputRecord => ({
  source: { file: 'a.xlsx', sheet: 'Tin bài', row },
  date: '2018-03-05',
  channel,
  form: 'TIN',
  title,
  link: '',
  unit,
  note: '',
});
const hashOf = (record: OutputRecord, own: ReadonlySet<string> = new Set()): number => {
  const hash = outputKeyHash(outputKey(record, own));
  if (hash === null) throw new Error('no key');
  return hash;
};

describe('outputKeyHash', () => {
  it('hashes equal keys alike, into the small-integer range, and no key to null', () => {
    const a = outputKey(output(2, 'Hội nghị CCHC năm 2018'));
    const b = outputKey(output(3, '  HỘI NGHỊ   cchc năm 2018 '.normalize('NFD')));
    expect(a).toBe(b);
    expect(outputKeyHash(a)).toBe(outputKeyHash(b));
    expect(outputKeyHash(null)).toBeNull();
    const hashes = Array.from({ length: 20_000 }, (_, i) => outputKeyHash(`BTN\u00002018-03-05\u0000tin số ${i}`) ?? NaN);
    for (const hash of hashes) {
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(-(2 ** 30));
      expect(hash).toBeLessThan(2 ** 30);
    }
    // 20,000 keys in 2^31 hashes: a handful may meet, not more.
    expect(new Set(hashes).size).toBeGreaterThan(19_990);
  });
});

describe('takenOutputs', () => {
  it('given a row with the key of one taken, answers the first taken', () => {
    const taken = takenOutputs(new Set());
    const first = output(2, 'Hội nghị CCHC');
    const again = output(9, 'HỘI NGHỊ  cchc', 'XCG');
    expect(taken.take(hashOf(first), first)).toBeUndefined();
    expect(taken.take(hashOf(again), again)).toBe(first);
    expect(taken.take(hashOf(again), output(10, 'Hội nghị CCHC'))).toBe(first);
  });

  it('given two keys that share a hash, keeps both and tells them apart by their keys', () => {
    const taken = takenOutputs(new Set());
    const a = output(2, 'Bản tin tháng 3');
    const b = output(3, 'Bản tin tháng 4');
    const c = output(4, 'Bản tin tháng 5');
    // One hash for three different keys, as a collision would give.
    const hash = 12345;
    expect(taken.take(hash, a)).toBeUndefined();
    expect(taken.take(hash, b)).toBeUndefined();
    expect(taken.take(hash, c)).toBeUndefined();
    expect(taken.take(hash, output(7, 'BẢN TIN THÁNG 4'))).toBe(b);
    expect(taken.take(hash, output(8, 'bản tin tháng 5'))).toBe(c);
    expect(taken.take(hash, output(9, 'Bản tin tháng 3'))).toBe(a);
  });

  it("given a channel each unit has for itself, takes another unit's row with the same title as its own output", () => {
    const own = new Set(['LOA']);
    const taken = takenOutputs(own);
    const first = output(2, 'Bản tin CCHC', 'XTD', 'LOA');
    const otherUnit = output(3, 'Bản tin CCHC', 'XCG', 'LOA');
    expect(taken.take(hashOf(first, own), first)).toBeUndefined();
    // Even given the first row's hash, the keys differ.
    expect(taken.take(hashOf(first, own), otherUnit)).toBeUndefined();
    expect(taken.take(hashOf(first, own), output(4, 'Bản tin CCHC', 'XTD', 'LOA'))).toBe(first);
  });
});
