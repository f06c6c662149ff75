import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import { foldForMatch } from '../text/fold';
import type { GovernmentLevel, Plan } from './types';

/**
 * Words that depend on the level of government issuing the plan, from the plan or from the
 * dictionaries keyed by that level (`plan.wording.*.<level>`): a district's plan (2018) reads
 * "toàn huyện", "các cơ quan, đơn vị, UBND các xã, thị trấn", "Bộ phận tiếp nhận và trả kết quả";
 * a commune's plan of 2026 reads "toàn xã", "các ban, ngành, đoàn thể và các ấp", "Trung tâm Phục
 * vụ hành chính công" (Nghị định 118/2025/NĐ-CP on one-stop services replaced the Bộ phận).
 */
export interface ResolvedWording {
  /** "toàn huyện" — lower case, for running text. */
  readonly area: string;
  /** "các cơ quan, đơn vị, UBND các xã, thị trấn" — lower case, for running text. */
  readonly participants: string;
  /** "Bộ phận tiếp nhận và trả kết quả" — a proper name, capitalised. */
  readonly reception: string;
}

/** The level of government a body's name says: "UBND huyện Gò Dầu" → district; unknown → null. */
export function governmentOf(issuer: string): GovernmentLevel | null {
  const words = foldForMatch(issuer)
    .replace(/^(ubnd|uy ban nhan dan|hdnd)\s+/u, '')
    .split(' ');
  const [first = '', second = ''] = words;
  if (first === 'tinh' || (first === 'thanh' && second === 'pho')) return 'province';
  if (first === 'huyen' || first === 'quan' || (first === 'thi' && second === 'xa')) return 'district';
  if (first === 'xa' || (first === 'dac' && second === 'khu')) return 'commune';
  if (first === 'phuong') return 'ward';
  if (first === 'thi' && second === 'tran') return 'town';
  return null;
}

/** The plan's wording in a language: the plan's own words where it writes them, else the dictionary's for its level. */
export function planWording(plan: Plan, language: Language): ResolvedWording {
  const level = plan.wording.government;
  const own = (text: string, key: 'area' | 'participants' | 'reception'): string =>
    text.trim() !== '' ? text.trim() : t(`plan.wording.${key}.${level}`, {}, language);
  return {
    area: own(plan.wording.area, 'area'),
    participants: own(plan.wording.participants, 'participants'),
    reception: own(plan.wording.reception, 'reception'),
  };
}
