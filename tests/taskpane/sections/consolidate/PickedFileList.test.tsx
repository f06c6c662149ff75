import { renderToStaticMarkup } from 'react-dom/server';
import { t } from '../../../../src/core/i18n/format';
import { GO_DAU_116 } from '../../../../src/core/plan/goDau116';
import { PaneContext, type PaneContextValue } from '../../../../src/taskpane/PaneContext';
import { PickedFileList } from '../../../../src/taskpane/sections/consolidate/PickedFileList';
import type { PickedEntry } from '../../../../src/taskpane/state/consolidateJob';
import { initialPaneState } from '../../../../src/taskpane/state/paneReducer';

const ok = { unit: 'XTD', status: 'ok', records: 3, errors: 0, warnings: 0 } as const;

function listOf(files: readonly PickedEntry[]): string {
  const state = initialPaneState('#tong-hop');
  const pane: PaneContextValue = {
    state: { ...state, consolidate: { ...state.consolidate, files } },
    dispatch: () => undefined,
    plan: GO_DAU_116,
    builtInPlan: GO_DAU_116,
    host: { kind: 'no-office' },
    describeError: () => ({ key: 'decisions.notTaken', params: {} }),
    text: (key, params) => t(key, params ?? {}, 'vi'),
  };
  return renderToStaticMarkup(
    <PaneContext.Provider value={pane}>
      <PickedFileList onRemove={() => undefined} onPrefer={() => undefined} disabled={false} />
    </PaneContext.Provider>,
  );
}

// Times in UTC+7 would shift the hours shown; the list formats in the machine's zone, so days apart are what is checked.
const at = (iso: string): number => Date.parse(iso);

describe('Tổng hợp: the times of a picked file', () => {
  it('given a workbook saved a week before it was downloaded, shows both times and says which one judges', () => {
    const html = listOf([
      {
        name: 'Thanh Duc.xlsx',
        size: 10,
        lastModified: at('2018-06-09T12:00:00Z'),
        phase: 'read',
        readable: true,
        check: { ...ok, savedAt: at('2018-06-01T12:00:00Z') },
      },
    ]);
    expect(html).toContain('data-testid="consolidate-times"');
    expect(html).toMatch(/Sổ ghi lưu lần cuối lúc [^;]*01\/06\/2018; tệp trên máy mang giờ [^(]*09\/06\/2018/);
    expect(html).toContain('Tệp mới nhất của đơn vị được xét theo giờ lưu trong sổ.');
  });

  it('given the two times within a day, or no saved time, shows no second time', () => {
    const html = listOf([
      {
        name: 'a.xlsx',
        size: 10,
        lastModified: at('2018-06-01T20:00:00Z'),
        phase: 'read',
        readable: true,
        check: { ...ok, savedAt: at('2018-06-01T12:00:00Z') },
      },
      { name: 'b.xlsx', size: 10, lastModified: at('2018-06-09T12:00:00Z'), phase: 'read', readable: true, check: { ...ok, unit: 'XCG' } },
    ]);
    expect(html).not.toContain('consolidate-times');
  });

  it('given a unit that sent two files, offers them newest by saved time first, each with its saved time', () => {
    const html = listOf([
      {
        name: 'cu.xlsx',
        size: 10,
        lastModified: at('2018-06-09T12:00:00Z'),
        phase: 'read',
        readable: true,
        check: { ...ok, savedAt: at('2018-03-01T12:00:00Z') },
      },
      {
        name: 'moi.xlsx',
        size: 10,
        lastModified: at('2018-06-02T12:00:00Z'),
        phase: 'read',
        readable: true,
        check: { ...ok, savedAt: at('2018-06-01T12:00:00Z') },
      },
    ]);
    const options = [...html.matchAll(/(cu|moi)\.xlsx — lưu lúc [^<]*?(\d\d\/\d\d\/2018)/g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([
      ['moi', '01/06/2018'],
      ['cu', '01/03/2018'],
    ]);
    // The radio group's value is the newer file: the default the officer can change.
    expect(html).toMatch(/value="moi\.xlsx"[^>]*checked|checked[^>]*value="moi\.xlsx"/);
  });
});
