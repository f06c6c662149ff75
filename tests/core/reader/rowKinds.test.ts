import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createLabelResolver } from '../../../src/core/reader/labels';
import { classifyRow, isTotalLabel } from '../../../src/core/reader/rowKinds';

const labels = createLabelResolver(GO_DAU_116);

describe('total rows, by place and shape', () => {
  it.each(['Cộng', 'Tổng cộng', 'TỔNG CỘNG:', 'Tổng cộng (I+II+III)', 'Cộng quý I', 'Tổng số tin', 'Cộng: 3 tin'])('"%s" is a total', (text) => {
    expect(isTotalLabel(text)).toBe(true);
  });
  it.each(['Cộng đồng dân cư tham gia giám sát', 'Tổng kết công tác cải cách hành chính', 'Tổng hợp ý kiến người dân', 'Cộng tác viên tuyên truyền'])(
    '"%s" is a news item, not a total',
    (text) => {
      expect(isTotalLabel(text)).toBe(false);
    },
  );
});

describe('rows under a header', () => {
  const shape = { dateColumn: 2, seqColumn: 1 };
  it.each([
    ['a dated item', [1, '05/03/2018', 'Báo Tây Ninh', 'Tin về một cửa'], 'data'],
    ['an item missing its date', [2, null, 'Báo Tây Ninh', 'Tin về một cửa'], 'data'],
    ['a dateless item titled "Cộng đồng…"', [3, null, null, 'Cộng đồng dân cư tham gia giám sát'], 'data'],
    ['a total', [null, 'Tổng cộng', null, null, 17], 'total'],
    ['a section naming the channel', ['I', 'BÁO TÂY NINH'], 'section'],
    ['a month heading', ['THÁNG 3 NĂM 2018'], 'title'],
    ['a pre-numbered empty row', [15], 'blank'],
    ['an empty row', [], 'blank'],
  ])('given %s, reads it as %s', (_label, cells, kind) => {
    expect(classifyRow(cells, shape, labels).kind).toBe(kind);
  });
});
