import { renderToStaticMarkup } from 'react-dom/server';
import { t } from '../../../../src/core/i18n/format';
import { GO_DAU_116 } from '../../../../src/core/plan/goDau116';
import { PaneContext, type PaneContextValue } from '../../../../src/taskpane/PaneContext';
import { FilePicker, folderPick } from '../../../../src/taskpane/sections/consolidate/FilePicker';
import { initialPaneState } from '../../../../src/taskpane/state/paneReducer';

const paneIn = (language: 'vi' | 'en', state = initialPaneState('#tong-hop')): PaneContextValue => ({
  state,
  dispatch: () => undefined,
  plan: GO_DAU_116,
  builtInPlan: GO_DAU_116,
  host: { kind: 'no-office' },
  describeError: () => ({ key: 'decisions.notTaken', params: {} }),
  text: (key, params) => t(key, params ?? {}, language),
});

/** A File as a folder pick hands it over: its path inside the folder in webkitRelativePath. */
function inFolder(path: string, content = 'x', lastModified = 1_528_000_000_000): File {
  const file = new File([content], path.split('/').at(-1) ?? path, { lastModified });
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe("Tổng hợp: picking a folder of units' files", () => {
  it('given a folder with sub-folders, takes the workbooks named by their path in it, and lists every other file with its reason', async () => {
    const { taken, skipped } = folderPick([
      inFolder('Don vi/Xa Thanh Duc/bao-cao.xlsx', 'td'),
      inFolder('Don vi/Xa Cam Giang/bao-cao.xlsx', 'cg'),
      inFolder('Don vi/Xa Cam Giang/~$bao-cao.xlsx'),
      inFolder('Don vi/cu.xls'),
      inFolder('Don vi/cong-van.pdf'),
      inFolder('Don vi/.DS_Store'),
    ]);
    expect(taken.map((f) => f.name)).toEqual(['Don vi/Xa Thanh Duc/bao-cao.xlsx', 'Don vi/Xa Cam Giang/bao-cao.xlsx', 'Don vi/cu.xls']);
    expect(taken[0]?.lastModified).toBe(1_528_000_000_000);
    expect(new TextDecoder().decode(await taken[1]?.arrayBuffer())).toBe('cg');
    expect(skipped).toEqual([
      { file: 'Don vi/Xa Cam Giang/~$bao-cao.xlsx', reason: 'lockFile' },
      { file: 'Don vi/cong-van.pdf', reason: 'notSpreadsheet' },
      { file: 'Don vi/.DS_Store', reason: 'hidden' },
    ]);
  });

  it.each([
    ['vi', 'Chọn tệp…', 'Chọn thư mục…', 'Thư mục chứa sổ theo dõi của các đơn vị'],
    ['en', 'Choose files…', 'Choose a folder…', 'Folder of the units’ tracking workbooks'],
  ] as const)("in %s, names its buttons in the pane's language and keeps both inputs out of the tab order", (language, files, folder, folderLabel) => {
    const html = renderToStaticMarkup(
      <PaneContext.Provider value={paneIn(language)}>
        <FilePicker onFiles={() => undefined} disabled={false} />
      </PaneContext.Provider>,
    );
    expect(html).toMatch(new RegExp(`<button[^>]*>.*${files}</button>`));
    expect(html).toMatch(new RegExp(`<button[^>]*>.*${folder}</button>`));
    const inputs = [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]);
    expect(inputs).toHaveLength(2);
    for (const input of inputs) expect(input).toContain('tabindex="-1"');
    expect(inputs[1]).toContain(`aria-label="${folderLabel}"`);
    // The files input keeps the label the officer reads above the buttons.
    const id = /id="([^"]+)"/.exec(inputs[0] ?? '')?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`for="${id ?? ''}"`);
  });

  it("shows the skipped files from the pane's state, so a fresh mount of the section (another section shown meanwhile) still lists them", () => {
    const initial = initialPaneState('#tong-hop');
    const state = { ...initial, consolidate: { ...initial.consolidate, skipped: [{ file: 'Don vi/cong-van.pdf', reason: 'notSpreadsheet' as const }] } };
    const html = renderToStaticMarkup(
      <PaneContext.Provider value={paneIn('vi', state)}>
        <FilePicker onFiles={() => undefined} disabled={false} />
      </PaneContext.Provider>,
    );
    expect(html).toContain('data-testid="consolidate-skipped"');
    expect(html).toContain('Don vi/cong-van.pdf');
    const none = renderToStaticMarkup(
      <PaneContext.Provider value={paneIn('vi')}>
        <FilePicker onFiles={() => undefined} disabled={false} />
      </PaneContext.Provider>,
    );
    expect(none).not.toContain('consolidate-skipped');
  });
});
