import { foldForMatch } from '../text/fold';
import { memoised } from '../text/memo';

/**
 * The one funding-name rule (issue 13, fund13 defect 1): when a funding source typed in a spending
 * row is the same source as a plan's "Nguồn kinh phí". Every command resolves and suggests sources
 * through it — the records every command reads (planLookup's fundingSource matcher: validate, the
 * report, consolidate and its TH Kinh phí, normalise), adopt's proposal (adopt/fundingSources) and
 * Kiểm tra's and Chuẩn hóa's suggestion (validation/suggest) — so "NS xã" is the plan's "Ngân sách
 * xã" in all of them, or in none.
 *
 * Two spellings are the same source when their keys are equal: folded (case, tone marks, spacing
 * and punctuation aside), the abbreviations offices write in budget lines spelt out (ABBREVIATIONS:
 * "NS" = ngân sách, "NSNN" = ngân sách nhà nước, "XHH" = xã hội hóa, "KP" = kinh phí, "CCHC" = cải
 * cách hành chính...), and the words that only say "a source of money" dropped ("nguồn", "kinh
 * phí", "vốn": "Nguồn ngân sách xã" is "Ngân sách xã", "XHH" is "Kinh phí xã hội hóa"). What stays
 * tells sources apart: the level ("xã", "tỉnh"), the owner ("nhà nước", "xã hội hóa"). A key two plan
 * sources share names neither (the matcher's rule: never a guess between two).
 */

/** Abbreviations of budget lines, folded, and what each spells out (folded). */
export const FUNDING_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ns: 'ngan sach',
  nsnn: 'ngan sach nha nuoc',
  nstw: 'ngan sach trung uong',
  nsdp: 'ngan sach dia phuong',
  nn: 'nha nuoc',
  tw: 'trung uong',
  dp: 'dia phuong',
  xhh: 'xa hoi hoa',
  kp: 'kinh phi',
  cchc: 'cai cach hanh chinh',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
};

/** Words (folded, after spelling out) that say only "money from": dropped from the key. */
const ONLY_MONEY = /(?:^| )(?:nguon|kinh phi|von)(?= |$)/g;

/**
 * The key under which two spellings name the same funding source: "NS xã", "Nguồn ngân sách xã" and
 * "ngân sách XÃ" → "ngan sach xa"; "XHH" and "Kinh phí xã hội hóa" → "xa hoi hoa". Empty for text that
 * says nothing but "kinh phí". Memoised per text (every spending row asks it of its source).
 */
export const fundingKey: (text: string) => string = memoised((text) => {
  const spelt = foldForMatch(text)
    .split(' ')
    .map((word) => FUNDING_ABBREVIATIONS[word] ?? word)
    .join(' ');
  return spelt.replace(ONLY_MONEY, ' ').trim().replace(/ +/g, ' ');
});
