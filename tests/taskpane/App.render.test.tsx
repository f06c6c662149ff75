import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { aPlan } from './fixtures';

/** Server-rendered markup: enough to check words, headings and landmarks without a DOM. */
const render = (hash: string, support: { officeLoaded: boolean; missingSets: string[] } | null, language: 'vi' | 'en' = 'vi', plan = GO_DAU_116): string =>
  renderToStaticMarkup(<App port={null} support={support} plan={plan} initialHash={hash} initialLanguage={language} />);

const cellsOf = (html: string, testId: string): string[] =>
  [...html.matchAll(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`, 'g'))].map((match) => match[1] ?? '');

describe('<App>', () => {
  it('opens on the plan with its five counted targets and their minimums', () => {
    const html = render('', { officeLoaded: false, missingSets: [] });
    expect(html).toContain('<h1');
    expect(html).toContain('Kế hoạch đang áp dụng');
    expect(cellsOf(html, 'target-minimum')).toEqual(['10', '3', '10', '10', '20']);
  });

  it('has banner, navigation, main and contentinfo landmarks', () => {
    const html = render('', null);
    for (const tag of ['<header', '<nav', '<main', '<footer']) expect(html).toContain(tag);
    expect(html).toContain('role="tablist"');
    expect(html).toContain('role="tabpanel"');
  });

  it('given a plan from a sheet, shows that plan, not the built-in one', () => {
    const plan = aPlan({ targets: [{ id: 'T1', title: 'Bài trên trang xã', channels: ['TTT-H'], forms: [], minimum: 7, scope: 'per-unit' }] });
    const html = render('#ke-hoach', null, 'vi', plan);
    expect(cellsOf(html, 'target-minimum')).toEqual(['7']);
    expect(html).toContain('Mỗi đơn vị');
  });

  it('given no Excel, the tracker section says it needs Excel instead of offering a button', () => {
    const html = render('#so-theo-doi', { officeLoaded: false, missingSets: [] });
    expect(html).toContain('Cần mở bổ trợ trong Excel');
    expect(html.slice(html.indexOf('role="tabpanel"'))).not.toContain('<button');
  });

  it.each(['#kiem-tra', '#bao-cao', '#tong-hop'])('given no Excel, %s says it needs Excel and offers no button', (hash) => {
    const html = render(hash, { officeLoaded: false, missingSets: [] });
    expect(html).toContain('Cần mở bổ trợ trong Excel');
    expect(html.slice(html.indexOf('role="tabpanel"'))).not.toContain('<button');
  });

  it('given no Office.js, tells the officer to open it from Excel and to check the network', () => {
    const html = render('', { officeLoaded: false, missingSets: [] });
    expect(html).toContain('Chưa kết nối được với Excel');
    expect(html).toContain('kiểm tra kết nối mạng');
  });

  it('given an old Excel, names what is missing, the versions that work, and that the workbook still works', () => {
    const html = render('', { officeLoaded: true, missingSets: ['ExcelApi 1.9'] }, 'en');
    expect(html).toContain('Missing: ExcelApi 1.9.');
    expect(html).toContain('Excel 2021');
    expect(html).toContain('without the add-in');
  });
});
