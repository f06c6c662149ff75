import { roleForHeader } from '../../../src/core/reader/headerWords';

describe('roleForHeader', () => {
  it.each(['Thời gian (phút)', 'Thời lượng', 'Số phút', 'Phút', 'Thời lượng phát sóng'])('given a minutes header "%s", reads it as minutes', (header) => {
    expect(roleForHeader(header)).toBe('minutes');
  });

  it('does not read "Ngày" as minutes', () => {
    expect(roleForHeader('Ngày')).not.toBe('minutes');
  });
});
