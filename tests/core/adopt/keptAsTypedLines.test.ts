import { keptAsTypedLines } from '../../../src/core/adopt/titleMatches';
import { t } from '../../../src/core/i18n/format';

describe('what adopt took but the officer must still fix (said alike by the CLI and the pane)', () => {
  test('given nothing kept as typed, there is no line', () => {
    expect(keptAsTypedLines([], [], 'vi')).toEqual([]);
  });

  test('given an unread state word and a spending row without content, each has one line naming its cells', () => {
    const lines = keptAsTypedLines(
      [{ value: 'Tạm dừng', rows: 2, first: { sheet: 'Việc thường xuyên', row: 4 } }],
      [
        { sheet: 'Chi tiêu', row: 5 },
        { sheet: 'Chi tiêu', row: 7 },
      ],
      'vi',
    );
    const said = lines.map((line) => t(line.key, line.params, 'vi'));
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('Tạm dừng');
    expect(said[0]).toContain('Việc thường xuyên!4');
    expect(said[1]).toContain('Chi tiêu!5, Chi tiêu!7');
  });
});
