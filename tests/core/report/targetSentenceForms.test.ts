import type { CountedTarget, Plan } from '../../../src/core/plan/types';
import { targetSentence, titleParts } from '../../../src/core/report/sentences';
import type { ReportTargetRow } from '../../../src/core/report/types';
import { plan as plan116 } from './reportFixtures';

/**
 * The fourth tester's finding 5 of issue 13: "Tin bài trên Facebook xã" (forms Tin and Bài) read
 * "Trong kỳ đã bài 5 tin trên Facebook xã", the second form taken for a verb. A commune's plan as
 * an officer writes it: forms tin, bài, phóng sự, video; titles with and without a verb, with
 * several forms joined by a space, a comma or "và"; targets in minutes and in đồng.
 */
const plan: Plan = {
  ...plan116,
  channels: [
    { code: 'FB', name: 'Trang Facebook UBND xã', shortName: 'Facebook xã', aliases: [] },
    { code: 'LOA', name: 'Loa truyền thanh ấp', shortName: 'Loa ấp', aliases: [] },
    { code: 'DAI', name: 'Đài Phát thanh - Truyền hình tỉnh', shortName: 'Đài PT-TH', aliases: [] },
    { code: 'ZALO', name: 'Zalo OA của UBND xã', shortName: 'Zalo xã', aliases: [] },
    { code: 'PN', name: 'Pa-nô, băng rôn', shortName: 'Pa-nô', aliases: [] },
  ],
  forms: [
    { code: 'TIN', name: 'Tin', aliases: [] },
    { code: 'BAI', name: 'Bài', aliases: [] },
    { code: 'PS', name: 'Phóng sự', aliases: [] },
    { code: 'VID', name: 'Video', aliases: [] },
  ],
};

const target = (id: string, title: string, channels: string[], forms: string[], rest: Partial<CountedTarget> = {}): CountedTarget => ({
  id,
  title,
  channels,
  forms,
  minimum: 6,
  scope: 'plan',
  ...rest,
});

const TARGETS: CountedTarget[] = [
  target('T1', 'Tin bài trên Facebook xã', ['FB'], ['TIN', 'BAI']),
  target('T2', 'Phóng sự, video trên Đài Phát thanh - Truyền hình tỉnh', ['DAI'], ['PS', 'VID']),
  target('T3', 'Video đăng trên Zalo OA xã', ['ZALO'], ['VID']),
  target('T4', 'Tin phát trên loa ấp mỗi tháng', ['LOA'], ['TIN', 'BAI']),
  target('T5', 'Tin và bài trên Facebook tại xã', ['FB'], ['TIN', 'BAI']),
  target('T6', 'Thời lượng phát loa mỗi quý', ['LOA'], ['TIN', 'BAI'], { measure: 'minutes', minimum: 60 }),
  target('T7', 'Kinh phí in pa-nô, băng rôn', ['PN'], ['TIN'], { measure: 'amount', minimum: 10_000_000 }),
];
const withTargets: Plan = { ...plan, targets: TARGETS };

const row = (t: CountedTarget, inPeriod: number, yearToDate: number): ReportTargetRow => ({
  id: t.id,
  title: t.title,
  minimum: t.minimum,
  scope: t.scope,
  inPeriod,
  yearToDate,
  percent: Math.round((yearToDate / t.minimum) * 100),
  met: yearToDate >= t.minimum,
  ...(t.measure === undefined ? {} : { measure: t.measure }),
  graded: true,
  applies: true,
});

const targetOf = (id: string): CountedTarget => {
  const found = TARGETS.find((x) => x.id === id);
  if (!found) throw new Error(id);
  return found;
};

const sentence = (id: string, inPeriod: number, yearToDate: number, wholeYear = false): string => {
  return targetSentence(withTargets, row(targetOf(id), inPeriod, yearToDate), wholeYear, 'vi');
};

describe('a target sentence for any forms and measures', () => {
  it('given "Tin bài trên Facebook xã", the period reads "đã đăng 5 tin, bài trên Facebook xã", never "đã bài 5 tin"', () => {
    const text = sentence('T1', 5, 21);
    expect(text).toMatch(/^- Trong kỳ đã đăng 5 tin, bài trên Facebook xã; lũy kế từ đầu năm 21 tin, bài, /u);
    expect(text).not.toContain('đã bài');
  });

  it('given "Phóng sự, video" on the province radio and television, the verb is "phát"', () => {
    expect(sentence('T2', 2, 2, true)).toMatch(/^- Đã phát 2 phóng sự, video trên Đài Phát thanh - Truyền hình tỉnh, /u);
  });

  it('given a title with its own verb, keeps it: "đăng 3 video trên Zalo OA xã", "phát 30 tin trên loa ấp mỗi tháng"', () => {
    expect(sentence('T3', 3, 3, true)).toMatch(/^- Đã đăng 3 video trên Zalo OA xã, /u);
    expect(sentence('T4', 30, 30, true)).toMatch(/^- Đã phát 30 tin trên loa ấp mỗi tháng, /u);
  });

  it('given "Tin và bài … tại xã", the forms are both nouns and the place keeps its "tại"', () => {
    expect(titleParts(withTargets, targetOf('T5'), 'vi')).toEqual({ noun: 'tin, bài', verb: 'đăng', place: 'trên Facebook tại xã' });
  });

  it('given nothing yet, reads "Chưa đăng tin, bài nào trên Facebook xã"', () => {
    expect(sentence('T1', 0, 0, true)).toMatch(/^- Chưa đăng tin, bài nào trên Facebook xã \(/u);
  });

  it('given minutes of airtime, reads "đã phát 120 phút"; given đồng, "đã chi 2.000.000 đồng"', () => {
    expect(sentence('T6', 120, 120, true)).toMatch(/^- Đã phát 120 phút \(Thời lượng phát loa mỗi quý\), /u);
    expect(sentence('T7', 2_000_000, 2_000_000, true)).toMatch(/^- Đã chi 2\.000\.000 đồng \(Kinh phí in pa-nô, băng rôn\), /u);
    expect(sentence('T7', 0, 0, true)).toMatch(/^- Chưa chi \(Kinh phí in pa-nô, băng rôn\) \(/u);
  });

  it('given every pair of forms joined in a title, no form word ever stands where the verb goes', () => {
    const names = plan.forms.map((f) => f.name);
    for (const first of names) {
      for (const second of names.filter((n) => n !== first)) {
        for (const joiner of [' ', ', ', ' và ']) {
          const t = target('TX', `${first}${joiner}${second.toLowerCase()} trên Facebook xã`, ['FB'], []);
          const text = targetSentence({ ...plan, targets: [t] }, row(t, 4, 4), true, 'vi');
          expect(text).toBe(
            `- Đã đăng 4 ${first.toLowerCase()}, ${second.toLowerCase()} trên Facebook xã, mới đạt 67% chỉ tiêu kế hoạch (tối thiểu 6 ${first.toLowerCase()}, ${second.toLowerCase()}).`,
          );
        }
      }
    }
  });
});
