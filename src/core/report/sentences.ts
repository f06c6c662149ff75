import { formatNumber, t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import { isoParts } from '../periods/calendarMath';
import { formatReportDate, periodLabel, type Period } from '../periods';
import type { CountedTarget, IsoDate, Plan } from '../plan/types';
import { lowerFirst } from './parties';
import type { ReportSpendingRow, ReportStandingRow, ReportTargetRow } from './types';

/**
 * The report's prose, written from the data only. Vietnamese dates follow Nghị định 30/2020: days
 * below 10 and months 1–2 take a leading zero ("ngày 05 tháng 02 năm 2018", "ngày 14 tháng 6").
 */

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function placeDate(place: string, iso: IsoDate, language: Language): string {
  const { year, month, day } = isoParts(iso);
  const date =
    language === 'vi'
      ? t('report.date', { day: String(day).padStart(2, '0'), month: month <= 2 ? String(month).padStart(2, '0') : String(month), year: String(year) }, language)
      : t('report.date', { day: String(day), month: EN_MONTHS[month - 1] ?? String(month), year: String(year) }, language);
  return t('report.placeDate', { place, date }, language);
}

/** The plan title without its own "năm 2018", lower-cased to read inside a sentence. */
export function planPhrase(plan: Plan): string {
  const withoutYear = plan.identity.title.replace(new RegExp(`\\s*năm\\s+${String(plan.identity.year)}\\s*$`, 'iu'), '');
  return lowerFirst(withoutYear.trim());
}

export function subtitle(plan: Plan, period: Period, language: Language): string {
  return t('report.subtitle', { plan: planPhrase(plan), period: periodLabel(period, language) }, language);
}

export function intro(plan: Plan, period: Period, reporter: string, district: boolean, language: Language): string {
  return t(
    district ? 'report.intro.district' : 'report.intro.unit',
    {
      number: plan.identity.number,
      date: formatReportDate(plan.identity.date, language),
      issuer: plan.identity.issuer,
      plan: lowerFirst(plan.identity.title),
      reporter,
      period: periodLabel(period, language),
    },
    language,
  );
}

export function closing(plan: Plan, period: Period, reporter: string, language: Language): string {
  return t('report.closing', { number: plan.identity.number, period: periodLabel(period, language), reporter }, language);
}

interface TitleParts {
  readonly noun: string;
  readonly verb: string;
  readonly place: string;
}

/**
 * Reads a target title written the plan's way, "<form> <verb> trên|tại|qua <place>" ("Tin đăng
 * trên Báo Tây Ninh", "Phóng sự phát sóng trên Đài …"), so a sentence can put the count between
 * the verb and the noun: "đăng 12 tin trên Báo Tây Ninh". Null when the title is worded otherwise.
 */
export function titleParts(plan: Plan, target: CountedTarget): TitleParts | null {
  const nouns = plan.forms
    .filter((f) => target.forms.length === 0 || target.forms.includes(f.code))
    .map((f) => f.name.toLowerCase())
    .sort((a, b) => b.length - a.length);
  const title = target.title.trim();
  const noun = nouns.find((n) => title.toLowerCase().startsWith(`${n} `));
  if (noun === undefined) return null;
  const match = /^(.+?)\s+((?:trên|tại|qua)\s.+)$/u.exec(title.slice(noun.length).trim());
  if (!match?.[1] || !match[2]) return null;
  return { noun, verb: match[1], place: match[2] };
}

/** "đăng 12 tin trên Báo Tây Ninh"; with `none` and a zero count, "đăng tin nào trên Báo Tây Ninh". */
function action(plan: Plan, target: CountedTarget, count: number, language: Language, none = false): string {
  const parts = titleParts(plan, target);
  if (parts === null) {
    return none && count === 0 ? t('report.action.generic.none', { title: target.title }, language) : t('report.action.generic', { title: target.title, count: formatNumber(count, language) }, language);
  }
  return none && count === 0 ? t('report.action.none', { ...parts }, language) : t('report.action', { ...parts, count: formatNumber(count, language) }, language);
}

function counted(plan: Plan, target: CountedTarget, count: number, language: Language): string {
  const parts = titleParts(plan, target);
  return parts === null ? formatNumber(count, language) : `${formatNumber(count, language)} ${parts.noun}`;
}

/**
 * "- Đã đăng 12 tin trên Báo Tây Ninh, đạt 120% chỉ tiêu kế hoạch (tối thiểu 10 tin)."; when the
 * period is shorter than the year so far, the period's count and then the year-to-date one.
 */
export function targetSentence(plan: Plan, row: ReportTargetRow, periodIsYearToDate: boolean, language: Language): string {
  const target = plan.targets.find((x) => x.id === row.id);
  if (target === undefined) return '';
  const minimum = counted(plan, target, row.minimum, language);
  const reach = t(row.met ? 'report.reach.met' : 'report.reach.notMet', {}, language);
  const percent = formatNumber(row.percent, language);
  if (row.yearToDate === 0) return t('report.sentence.targetNone', { action: action(plan, target, 0, language, true), minimum }, language);
  if (periodIsYearToDate) return t('report.sentence.target', { action: action(plan, target, row.yearToDate, language), reach, percent, minimum }, language);
  return t(
    'report.sentence.targetYtd',
    { action: action(plan, target, row.inPeriod, language), total: counted(plan, target, row.yearToDate, language), reach, percent, minimum },
    language,
  );
}

/** A unit's items in one sentence; the district's, one per item with the units still missing it. */
export function standingSentences(plan: Plan, rows: readonly ReportStandingRow[], district: boolean, language: Language): string[] {
  if (rows.length === 0) return [t('report.sentence.standing.none', {}, language)];
  if (!district) {
    const pending = rows.filter((r) => r.state !== 'done').map((r) => r.itemId);
    const done = rows.length - pending.length;
    const head = t('report.sentence.standing.unit', { done: String(done), required: String(rows.length) }, language);
    return [pending.length === 0 ? head : head + t('report.sentence.standing.unitMissing', { items: pending.join(', ') }, language)];
  }
  return plan.standingItems.flatMap((item) => {
    const ofItem = rows.filter((r) => r.itemId === item.id);
    if (ofItem.length === 0) return [];
    const pending = ofItem.filter((r) => r.state !== 'done').map((r) => r.unitName);
    const head = t('report.sentence.standing.item', { id: item.id, title: item.title, done: String(ofItem.length - pending.length), required: String(ofItem.length) }, language);
    return [pending.length === 0 ? head : head + t('report.sentence.standing.itemMissing', { units: pending.join(', ') }, language)];
  });
}

export function spendingSentence(rows: readonly ReportSpendingRow[], periodIsYearToDate: boolean, language: Language): string {
  const amount = rows.reduce((sum, r) => sum + r.inPeriod, 0);
  const total = rows.reduce((sum, r) => sum + r.yearToDate, 0);
  if (amount === 0 && (periodIsYearToDate || total === 0)) return t('report.sentence.spendingNone', {}, language);
  if (periodIsYearToDate) return t('report.sentence.spending', { amount }, language);
  return t('report.sentence.spendingYtd', { amount, total }, language);
}
