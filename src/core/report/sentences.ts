import { formatAmount } from './measureText';
import { countedPhrase, targetAction } from './targetAction';
import { formatNumber, t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import { isoParts } from '../periods/calendarMath';
import { formatReportDate, periodLabel, type Period } from '../periods';
import type { IsoDate, Plan } from '../plan/types';
import { lowerFirst } from './parties';
import { COMMON_LEVELS, DISTRICT_ERA_LEVELS, levelKeys, levelOf } from '../plan/levelCatalogue';
import { planWording } from '../plan/planWording';
import { unitInProse, upper } from './issuer';
import type { ReportData, ReportSpendingRow, ReportStandingRow, ReportTargetRow } from './types';

/**
 * The report's prose, written from the data only. Vietnamese dates follow Nghị định 30/2020: days
 * below 10 and months 1–2 take a leading zero ("ngày 05 tháng 02 năm 2018", "ngày 14 tháng 6").
 */

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function placeDate(place: string, iso: IsoDate, language: Language): string {
  const { year, month, day } = isoParts(iso);
  const date =
    language === 'vi'
      ? t(
          'report.date',
          { day: String(day).padStart(2, '0'), month: month <= 2 ? String(month).padStart(2, '0') : String(month), year: String(year) },
          language,
        )
      : t('report.date', { day: String(day), month: EN_MONTHS[month - 1] ?? String(month), year: String(year) }, language);
  return t('report.placeDate', { place, date }, language);
}

/** The plan title without its own "năm 2018", lower-cased to read inside a sentence. */
export function planPhrase(plan: Plan): string {
  // The period's label carries the year: a title with "năm 2026" inside ("… năm 2026 trên địa bàn xã …") loses it too, not only at its end (issue 13).
  const withoutYear = plan.identity.title.replace(new RegExp(`\\s*năm\\s+${String(plan.identity.year)}(?!\\d)`, 'iu'), '');
  return lowerFirst(withoutYear.replace(/\s{2,}/gu, ' ').trim());
}

export function subtitle(plan: Plan, period: Period, language: Language): string {
  return t('report.subtitle', { plan: planPhrase(plan), period: periodLabel(period, language) }, language);
}

/**
 * A unit's report for a period it took no part in (joined after it, left before it): one sentence
 * saying so, under section I's heading; null when the unit took part on some day of the period (issue 13).
 */
export function absenceSentence(data: ReportData, language: Language): string | null {
  if (data.absent === undefined || data.scope.kind !== 'unit') return null;
  const common = { unit: data.scope.unitName, period: data.period.label };
  return 'from' in data.absent
    ? t('report.unit.notYetActive', { ...common, from: formatReportDate(data.absent.from, language) }, language)
    : t('report.unit.noLongerActive', { ...common, to: formatReportDate(data.absent.to, language) }, language);
}

/**
 * "Đến ngày báo cáo, các đơn vị sau chưa gửi báo cáo: Phòng Kinh tế.": the district report's units
 * the consolidation found without a file (ReportUnitRow.notReported); null when every unit reported.
 */
export function notReportedSentence(data: ReportData, language: Language): string | null {
  const names = data.units.filter((u) => u.notReported === true).map((u) => unitInProse(u.name));
  return names.length === 0 ? null : t('report.notReported', { list: names.join(', ') }, language);
}

/** The report's first sentence; the consolidated report names who took part as the plan's level of government says it. */
export function intro(plan: Plan, period: Period, reporter: string, district: boolean, language: Language): string {
  return t(
    district ? 'report.intro.district' : 'report.intro.unit',
    {
      participants: planWording(plan, language).participants,
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

/**
 * Levels whose units are the reception office itself, or hold it: the district-era Bộ phận một cửa
 * and commune (116/KH-UBND's items are at the commune's Bộ phận tiếp nhận và trả kết quả) and the
 * Trung tâm Phục vụ hành chính công of 2025. A UBND xã of 2025 is not one: its centre is a unit of
 * its own, and an item "tại trụ sở UBND xã" is not at the centre.
 */
const RECEPTION_LEVELS: readonly string[] = ['reception-office', 'commune', 'service-centre'];
const RECEPTION_KEYS = new Set([...DISTRICT_ERA_LEVELS, ...COMMON_LEVELS].filter((l) => RECEPTION_LEVELS.includes(l.code)).flatMap(levelKeys));

/** Whether a level of the plan is one of RECEPTION_LEVELS, by its code or by a word of its own definition ("Trung tâm PVHCC"). */
function atReception(plan: Plan, level: string): boolean {
  return RECEPTION_LEVELS.includes(level) || levelKeys(levelOf(plan, level)).some((key) => RECEPTION_KEYS.has(key));
}

/**
 * "II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ": the place is the plan's
 * ("Nơi tiếp nhận hồ sơ" on its sheet; a district's plan of 2018 that leaves it blank keeps the
 * dictionary's one-stop office, where 116/KH-UBND's items all are), named only when every item the
 * report lists is at it (each applies only to levels at the reception office, RECEPTION_LEVELS).
 * Otherwise, a plan of 2026 that names no place, or items at a hamlet's cultural house or an
 * office (issue 13, fourth tester: a hamlet's loudspeaker and pa-nô headed "TẠI TRUNG TÂM PHỤC VỤ
 * HÀNH CHÍNH CÔNG XÃ"), the dictionary's heading with no place.
 * @param itemIds the standing items the report lists; none, the plan's
 */
export function standingHeading(plan: Plan, itemIds: readonly string[], language: Language): string {
  const written = plan.wording.reception.trim();
  const listed = plan.standingItems.filter((item) => itemIds.includes(item.id));
  const items = listed.length === 0 ? plan.standingItems : listed;
  const there = items.every((item) => item.appliesTo.length > 0 && item.appliesTo.every((level) => atReception(plan, level)));
  if ((written === '' && plan.wording.government !== 'district') || !there) return t('report.section.standing.plain', {}, language);
  return t('report.section.standing', { reception: upper(planWording(plan, language).reception) }, language);
}

/**
 * "Trên đây là báo cáo của UBND xã Thạnh Đức về kết quả thực hiện Kế hoạch số 116/KH-UBND ngày
 * 06/6/2018 của UBND huyện Gò Dầu trong 6 tháng đầu năm 2018./.": the period is when the work was
 * done, not how long the plan lasts; a custom range reads "từ ngày … đến ngày …".
 */
export function closing(plan: Plan, period: Period, reporter: string, language: Language): string {
  const when = period.kind === 'custom' ? periodLabel(period, language) : t('report.period.during', { period: periodLabel(period, language) }, language);
  return t(
    'report.closing',
    { number: plan.identity.number, date: formatReportDate(plan.identity.date, language), issuer: plan.identity.issuer, period: when, reporter },
    language,
  );
}

/**
 * "- Đã đăng 12 tin trên Báo Tây Ninh, đạt 120% chỉ tiêu kế hoạch (tối thiểu 10 tin)."; when the
 * period is shorter than the year so far, the period's count and then the year-to-date one (a
 * monthly or quarterly target judged on the period, "k/n kỳ đạt", before the year to date); for a
 * unit's share of a plan-wide target, the count as its contribution, without a verdict. A zero
 * count reads "chưa phát sóng phóng sự nào", never "đã phát sóng 0 phóng sự".
 */
export function targetSentence(plan: Plan, row: ReportTargetRow, periodIsYearToDate: boolean, language: Language): string {
  const target = plan.targets.find((x) => x.id === row.id);
  if (target === undefined) return '';
  const minimum = countedPhrase(plan, target, row.minimum, language);
  // A per-unit target in the district report: each unit's minimum said as such, the sum beside it (issue 13, fourth tester).
  const each = row.perUnitMinimum === undefined ? null : countedPhrase(plan, target, row.perUnitMinimum, language);
  const reach = t(row.met ? 'report.reach.met' : 'report.reach.notMet', {}, language);
  const percent = formatNumber(row.percent, language);
  // A per-unit target judged over the whole plan is met unit by unit: its sum against one unit's minimum would read "95% of at least 3".
  const judged = row.notJudged
    ? t('report.judged.notJudged', {}, language)
    : row.graded && row.running
      ? t('report.judged.running', { minimum }, language)
      : !row.graded
        ? t('report.judged.contribution', { minimum }, language)
        : row.unitsMet !== undefined
          ? t(
              row.perUnitPartial ? 'report.judged.unitsPartial' : 'report.judged.units',
              { met: row.unitsMet.met, of: row.unitsMet.of, minimum: each ?? minimum, total: minimum },
              language,
            )
          : row.slices !== undefined && row.runningPart !== undefined
            ? t(
                'report.judged.slicesEnded',
                {
                  reach,
                  percent,
                  minimum,
                  met: row.slices.met,
                  of: row.slices.of,
                  from: formatReportDate(row.runningPart.from, language),
                  count:
                    row.runningPart.achieved === 0
                      ? t('report.judged.nothingYet', {}, language)
                      : t('report.judged.soFar', { count: countedPhrase(plan, target, row.runningPart.achieved, language) }, language),
                },
                language,
              )
            : row.slices !== undefined
              ? t('report.judged.slices', { reach, percent, minimum, met: row.slices.met, of: row.slices.of }, language)
              : t('report.judged.graded', { reach, percent, minimum }, language);
  if (row.yearToDate === 0) {
    // A unit not in the plan in the period says why, as it does with a count (fifth tester, finding 12), never a bare "Chưa thực hiện".
    const goal = row.notJudged
      ? t('report.judged.noneNotJudged', {}, language)
      : !row.graded
        ? ''
        : each === null
          ? t('report.judged.none', { minimum }, language)
          : t('report.judged.noneUnits', { minimum: each }, language);
    return t('report.sentence.targetNone', { action: targetAction(plan, target, 0, language, true), goal }, language);
  }
  if (periodIsYearToDate) return t('report.sentence.target', { action: targetAction(plan, target, row.yearToDate, language), judged }, language);
  const inPeriod =
    row.inPeriod === 0
      ? t('report.sentence.periodNone', { action: targetAction(plan, target, 0, language, true) }, language)
      : t('report.sentence.periodSome', { action: targetAction(plan, target, row.inPeriod, language) }, language);
  // A monthly or quarterly minimum is judged on the period's own months or quarters, not on the year so far.
  const key = row.slices === undefined ? 'report.sentence.targetYtd' : 'report.sentence.targetPeriod';
  return t(key, { inPeriod, total: countedPhrase(plan, target, row.yearToDate, language), judged }, language);
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** A recurring item's occurrence named beside its title: "thay pa-nô (quý II năm 2026)". */
export function occurrenceName(title: string, row: Pick<ReportStandingRow, 'occurrence'>, language: Language): string {
  return row.occurrence === undefined ? title : t('report.standing.occurrence', { title, occurrence: row.occurrence }, language);
}

/** An item by its title as the plan words it, lower-cased for running text (its id may be our own code, not the plan's). */
function itemName(plan: Plan, id: string): string {
  const item = plan.standingItems.find((x) => x.id === id);
  return item === undefined ? id : lowerFirst(item.title);
}

/**
 * Standing items in three states, never "chưa thực hiện" for what nobody reported: a unit's in one
 * sentence (done count, then the items in progress, not done, and without information, by title);
 * the district's, one per item with the units in each state.
 */
export function standingSentences(plan: Plan, all: readonly ReportStandingRow[], district: boolean, language: Language): string[] {
  // What a unit does not owe (not in the plan on its last day) is never counted, only said apart with why (issue 13, fourth tester).
  const rows = all.filter((r) => r.notOwed === undefined);
  const notOwed = notOwedTail(plan, all, district, language);
  const notOwedSentence = notOwed === '' ? [] : [t('report.sentence.standing.lead', { text: upperFirst(`${notOwed}.`) }, language)];
  if (rows.length === 0) return notOwedSentence.length === 0 ? [t('report.sentence.standing.none', {}, language)] : notOwedSentence;
  const list = (names: readonly string[]): string => names.join(', ');
  const tail = (parts: readonly (readonly [MessageKey, readonly string[]])[]): string =>
    parts
      .filter(([, names]) => names.length > 0)
      .map(([key, names]) => t(key, { list: list(names) }, language))
      .join('; ');
  const by = <T>(of: readonly ReportStandingRow[], state: ReportStandingRow['state'], pick: (r: ReportStandingRow) => T): T[] =>
    of.filter((r) => r.state === state).map(pick);
  if (!district) {
    const name = (r: ReportStandingRow): string => occurrenceName(itemName(plan, r.itemId), r, language);
    // An item is done when each of its occurrences in the period is; a recurring one also says how many times ("3/4 lần").
    // Items due once are counted as items; a recurring one by its occurrences in the period ("3/4 lần"), never as one item "0/1" while its last quarter runs.
    const items = [...new Set(rows.map((r) => r.itemId))];
    const once = items.filter((id) => rows.some((r) => r.itemId === id && r.occurrence === undefined));
    const done = once.filter((id) => rows.filter((r) => r.itemId === id).every((r) => r.state === 'done')).length;
    const head = once.length === 0 ? [] : [t('report.sentence.standing.unit', { done: String(done), required: String(once.length) }, language)];
    const times = items.flatMap((id) => {
      const occurrences = rows.filter((r) => r.itemId === id && r.occurrence !== undefined);
      if (occurrences.length === 0) return [];
      const title = itemName(plan, id);
      // An occurrence still running is counted once it ends (or once done): "0/1 lần" while the quarter runs would read as a failure.
      const owed = occurrences.filter((r) => r.running === undefined);
      if (owed.length === 0) return [t('report.standing.timesRunning', { title }, language)];
      return [t('report.standing.times', { title, done: owed.filter((r) => r.state === 'done').length, of: owed.length }, language)];
    });
    const rest = tail([
      // A running occurrence is said by its item's "chưa đến hạn" above, not again as in progress.
      [
        'report.standing.inProgress',
        by(
          rows.filter((r) => r.running === undefined),
          'in-progress',
          name,
        ),
      ],
      ['report.standing.notDone', by(rows, 'not-done', name)],
      ['report.standing.unitMissing', by(rows, 'missing', name)],
    ]);
    const parts = [...head, ...times, ...(rest === '' ? [] : [rest]), ...(notOwed === '' ? [] : [notOwed])];
    const sentence = `${parts.join('; ')}.`;
    return [head.length > 0 ? sentence : t('report.sentence.standing.lead', { text: upperFirst(sentence) }, language)];
  }
  const perItem = plan.standingItems.flatMap((item) => {
    const listed = rows.filter((r) => r.itemId === item.id && r.occurrence !== undefined);
    const occurrences = listed.filter((r) => r.running === undefined);
    if (listed.length > 0 && occurrences.length === 0) return [t('report.sentence.standing.itemRunning', { title: item.title }, language)];
    if (occurrences.length > 0) {
      // A recurring item: the occurrences done over all units, and the units late for one by name with it;
      // an occurrence still running is neither done nor late (issue 13).
      const head = t(
        'report.sentence.standing.itemTimes',
        { title: item.title, done: occurrences.filter((r) => r.state === 'done').length, of: occurrences.length },
        language,
      );
      // A unit that said nothing of an occurrence has not reported on it; "quá hạn" is for what its file says was not done in time (issue 13, fifth tester).
      const named = (r: ReportStandingRow): string => occurrenceName(unitInProse(r.unitName), r, language);
      // An occurrence done after its end (its row's "Kỳ" names it) is "hoàn thành chậm (ngày …, hạn …)", not late (sixth tester, D4).
      const doneLate = (r: ReportStandingRow): string =>
        t(
          'report.standing.doneLateUnit',
          { unit: named(r), done: r.dateDone === null ? '' : formatReportDate(r.dateDone, language), due: formatReportDate(r.due ?? '', language) },
          language,
        );
      const rest = tail([
        ['report.standing.doneLate', occurrences.filter((r) => r.late && r.state === 'done').map(doneLate)],
        ['report.standing.late', occurrences.filter((r) => r.late && r.state !== 'missing' && r.state !== 'done').map(named)],
        ['report.standing.missing', occurrences.filter((r) => r.late && r.state === 'missing').map(named)],
      ]);
      return [rest === '' ? `${head}.` : `${head}; ${rest}.`];
    }
    const ofItem = rows.filter((r) => r.itemId === item.id);
    if (ofItem.length === 0) return [];
    const unit = (r: ReportStandingRow): string => unitInProse(r.unitName);
    const done = ofItem.filter((r) => r.state === 'done').length;
    // A deadline inside the period is said beside the title; units past it are named as late, once.
    const due =
      ofItem.find((r) => r.due !== undefined && r.late === undefined)?.due ??
      (item.deadline !== undefined && ofItem.some((r) => r.late) ? item.deadline : undefined);
    const title = due === undefined ? item.title : t('report.standing.titleDue', { title: item.title, due: formatReportDate(due, language) }, language);
    const head = t('report.sentence.standing.item', { title, done: String(done), required: String(ofItem.length) }, language);
    // Past the deadline, a unit whose state is unknown (no file, or nothing said) has not reported: listed so, never as late (issue 13, fifth tester).
    const onTime = ofItem.filter((r) => r.late === undefined || r.state === 'missing');
    // Done after the deadline is "hoàn thành chậm (ngày …, hạn …)", not late and undone (fifth tester, finding 8).
    const finishedLate = (r: ReportStandingRow): boolean => r.state === 'done' && r.dateDone !== null && r.due !== undefined;
    const doneLate = (r: ReportStandingRow): string =>
      t(
        'report.standing.doneLateUnit',
        { unit: unit(r), done: r.dateDone === null ? '' : formatReportDate(r.dateDone, language), due: formatReportDate(r.due ?? '', language) },
        language,
      );
    const rest = tail([
      ['report.standing.doneLate', ofItem.filter((r) => r.late && finishedLate(r)).map(doneLate)],
      ['report.standing.late', ofItem.filter((r) => r.late && r.state !== 'missing' && !finishedLate(r)).map(unit)],
      ['report.standing.inProgress', by(onTime, 'in-progress', unit)],
      ['report.standing.notDone', by(onTime, 'not-done', unit)],
      ['report.standing.missing', by(onTime, 'missing', unit)],
    ]);
    return [rest === '' ? `${head}.` : `${head}; ${rest}.`];
  });
  return [...perItem, ...notOwedSentence];
}

export { formatAmount };

export function spendingSentence(rows: readonly ReportSpendingRow[], periodIsYearToDate: boolean, language: Language): string {
  const amount = rows.reduce((sum, r) => sum + r.inPeriod, 0);
  const total = rows.reduce((sum, r) => sum + r.yearToDate, 0);
  if (amount === 0 && (periodIsYearToDate || total === 0)) return t('report.sentence.spendingNone', {}, language);
  if (periodIsYearToDate) return t('report.sentence.spending', { amount: formatAmount(amount, language) }, language);
  if (amount === 0) return t('report.sentence.spendingNoneYtd', { total: formatAmount(total, language) }, language);
  return t('report.sentence.spendingYtd', { amount: formatAmount(amount, language), total: formatAmount(total, language) }, language);
}

/**
 * "không phải thực hiện vì đơn vị chỉ tham gia kế hoạch đến ngày 31/5/2026: thay pa-nô … (quý II năm 2026, quý III năm 2026)",
 * one part per reason, the unit named in a district report; '' when all is owed.
 */
function notOwedTail(plan: Plan, rows: readonly ReportStandingRow[], district: boolean, language: Language): string {
  const groups = new Map<string, { key: MessageKey; on: IsoDate; names: Map<string, string[]> }>();
  for (const row of rows) {
    if (row.notOwed === undefined) continue;
    const id = `${row.unitCode}|${row.notOwed.reason}|${row.notOwed.on}`;
    const group = groups.get(id) ?? { key: `report.standing.notOwed.${row.notOwed.reason}` as const, on: row.notOwed.on, names: new Map<string, string[]>() };
    const name = district ? `${unitInProse(row.unitName)} – ${itemName(plan, row.itemId)}` : itemName(plan, row.itemId);
    group.names.set(name, [...(group.names.get(name) ?? []), ...(row.occurrence === undefined ? [] : [row.occurrence])]);
    groups.set(id, group);
  }
  const list = (names: Map<string, string[]>): string =>
    [...names]
      .map(([name, occurrences]) =>
        occurrences.length === 0 ? name : t('report.standing.occurrence', { title: name, occurrence: occurrences.join(', ') }, language),
      )
      .join(', ');
  return [...groups.values()].map((g) => t(g.key, { on: formatReportDate(g.on, language), list: list(g.names) }, language)).join('; ');
}
