import fc from 'fast-check';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { inferForm } from '../../../src/core/records/inferForm';
import { foldForMatch } from '../../../src/core/text/fold';

/**
 * The rule as first written, frozen here: the whole title folded and every form name matched on each
 * call. inferForm now folds only the title's start and works the names out once per plan; it must answer the same.
 */
function inferFormByRule(plan: Plan, channel: string | null, title: string, chosen: string | null): string | null {
  if (channel !== null) {
    const forms = new Set(plan.targets.filter((t) => t.channels.includes(channel) && t.forms.length > 0).flatMap((t) => t.forms));
    if (forms.size === 1) return [...forms][0] ?? null;
  }
  if (chosen !== null) return chosen;
  const folded = ` ${foldForMatch(title)} `;
  const byTitle = plan.forms
    .flatMap((form) => [form.name, ...form.aliases].map((name) => ({ code: form.code, key: foldForMatch(name) })))
    .filter((n) => n.key.length >= 3 && folded.startsWith(` ${n.key} `))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return byTitle?.code ?? plan.forms[0]?.code ?? null;
}

describe('inferForm', () => {
  it.each([
    ['a title that starts with the form', 'TT-H', 'Phóng sự: cải cách hành chính ở Thạnh Đức', null, 'PS'],
    ['a title that starts with an alias', 'BTN', 'Bài viết về một cửa', null, 'BAI'],
    ["the officer's chosen form and a title word of another, on a channel that counts several forms", 'BTN', 'Bài viết về một cửa', 'TIN', 'TIN'],
    ["the officer's chosen form and a title word of another, on a channel no target counts", null, 'Phóng sự: một cửa liên thông', 'BAI', 'BAI'],
    ['a channel whose targets count one form only', 'PTTH-T', 'Cải cách hành chính ở Gò Dầu', 'TIN', 'PS'],
    ["a title word whose form the channel's only counted form is not", 'PTTH-T', 'Bài viết về một cửa', 'TIN', 'PS'],
    ['a "Tin" title on a channel that counts one other form', 'PTTH-T', 'Tin cải cách hành chính tháng 3', null, 'PS'],
    ['a channel that counts several forms', 'BTN', 'Hội nghị triển khai', 'BAI', 'BAI'],
    ['an unknown channel and no fallback', null, 'Hội nghị', null, 'TIN'],
  ])('given %s, gives %s', (_label, channel, title, fallback, expected) => {
    expect(inferForm(GO_DAU_116, channel, title, fallback)).toBe(expected);
  });

  it('does not take a word that merely starts like a form ("Tình hình" is not "Tin")', () => {
    // The plan's forms in reverse order, so the first form is not "Tin" and a wrong match on "Tin" would show.
    const reversed = { ...GO_DAU_116, forms: [...GO_DAU_116.forms].reverse() };
    expect(reversed.forms[0]?.code).not.toBe('TIN');
    expect(inferForm(reversed, 'BTN', 'Tình hình CCHC', null)).toBe(reversed.forms[0]?.code);
  });

  it('answers as the whole-title rule does, over titles made of form names, their starts, marks and spaces, on every channel', () => {
    const names = GO_DAU_116.forms.flatMap((f) => [f.name, ...f.aliases]);
    const pieces = [...names, ...names.map((n) => n.slice(0, 3)), ' ', '  ', ':', '-', '.', 'Tình hình', 'về', 'CCHC', '\u0301', 'Ấp', '12'];
    const channels = [null, ...new Set(GO_DAU_116.targets.flatMap((t) => t.channels)), 'KHONG-CO'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 6 }),
        fc.constantFrom(...channels),
        fc.constantFrom(null, 'BAI'),
        (parts, channel, chosen) => {
          const title = parts.join('');
          expect(inferForm(GO_DAU_116, channel, title, chosen)).toBe(inferFormByRule(GO_DAU_116, channel, title, chosen));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
