import { formatAmount } from './measureText';
import { countedPhrase, joinAnd, targetAction, targetName } from './targetAction';
import { formatNumber, t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import { isoParts } from '../periods/calendarMath';
import { formatReportDate, periodLabel, type Period } from '../periods';
import { foldForMatch } from '../text/fold';
import type { CountedTarget, IsoDate, Plan } from '../plan/types';
import type { Tally } from '../progress/targetProgress';
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

/** The document kinds a title may open with, folded (text/fold): the report's own words already say them. */
const KIND_WORDS = ['ke hoach', 'bao cao'];

/**
 * The plan's title without a leading "Kế hoạch" or "Báo cáo" (any case, with or without tone marks,
 * and the ":" or "-" after it), since the report says "Kế hoạch" before it: a title typed "Kế hoạch
 * tuyên truyền CCHC năm 2026" read "Thực hiện Kế hoạch … về kế hoạch tuyên truyền …" and "Kết quả
 * thực hiện Kế hoạch kế hoạch …" (issue 13, province tester). A title that is only those words is kept.
 */
export function planTitle(plan: Plan): string {
  let title = plan.identity.title.normalize('NFC').trim();
  for (;;) {
    const words = title.split(/\s+/u);
    const head = foldForMatch(words.slice(0, 2).join(' '));
    if (!KIND_WORDS.includes(head) || words.length <= 2) return title;
    title = words
      .slice(2)
      .join(' ')
      .replace(/^[:\-–—.,]+\s*/u, '')
      .trim();
  }
}

/** The plan title without its own "năm 2018" (nor a leading "Kế hoạch": planTitle), lower-cased to read inside a sentence. */
export function planPhrase(plan: Plan): string {
  // The period's label carries the year: a title with "năm 2026" inside ("… năm 2026 trên địa bàn xã …") loses it too, not only at its end (issue 13).
  const withoutYear = planTitle(plan).replace(new RegExp(`\\s*năm\\s+${String(plan.identity.year)}(?!\\d)`, 'iu'), '');
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
      plan: lowerFirst(planTitle(plan)),
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
 * 06/06/2018 của UBND huyện Gò Dầu trong 6 tháng đầu năm 2018./.": the period is when the work was
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
 * count reads "chưa phát sóng phóng sự nào", never "đã phát sóng 0 phóng sự"; nothing reached
 * reads "chưa đạt chỉ tiêu kế hoạch", never "mới đạt 0%". A target its parts do not name (đồng,
 * or twin targets) leads with its title: "- Kinh phí chi cho tuyên truyền CCHC: chưa chi (chỉ
 * tiêu kế hoạch tối thiểu 15.000.000 đồng)." (sixth tester, D6).
 */
export function targetSentence(plan: Plan, row: ReportTargetRow, periodIsYearToDate: boolean, language: Language): string {
  const target = plan.targets.find((x) => x.id === row.id);
  if (target === undefined) return '';
  const title = targetName(plan, target);
  const line = (text: string): string =>
    title === null ? t('report.sentence.line', { text: upperFirst(text) }, language) : t('report.sentence.named', { title, text }, language);
  return line(targetText(plan, target, row, periodIsYearToDate, language));
}

/** How many units concerned sent no file ("1 đơn vị chưa báo cáo"); 0 when the tally does not say (periodVerdicts' UnitsTally.notReported). */
function unitsNotReported(tally: object): number {
  return 'notReported' in tally && typeof tally.notReported === 'number' ? tally.notReported : 0;
}

/**
 * A per-unit target's verdict in the district report, with the rate its table row gives (ninth
 * tester, D7): "1/3 đơn vị đạt chỉ tiêu kế hoạch, tính chung đạt 87% (tối thiểu
 * 4 tin, bài mỗi đơn vị mỗi tháng; đạt ở 7/10 tháng của các đơn vị); 1 đơn vị chưa báo cáo". A monthly or
 * quarterly minimum is said as judged, month by month (sixth tester: "tối thiểu 12 tin, bài mỗi
 * đơn vị" in a quarter read as if 12 over the quarter met it); the units that sent no file are
 * counted apart, not as failing (sixth tester, D1).
 */
function unitsJudged(plan: Plan, target: CountedTarget, row: ReportTargetRow, units: Tally, minimum: string, language: Language): string {
  const each = row.perUnitMinimum === undefined ? minimum : countedPhrase(plan, target, row.perUnitMinimum, language);
  const per = row.per ?? target.per;
  const judged =
    per !== undefined && per !== 'year' && row.slices !== undefined
      ? t(
          // One month or quarter in the period: its units are its "lượt", said once.
          row.slices.of === units.of ? 'report.judged.unitsCadenceOne' : 'report.judged.unitsCadence',
          {
            met: units.met,
            of: units.of,
            each: countedPhrase(plan, target, target.minimum, language),
            cadence: t(`report.cadence.each.${per}`, {}, language),
            slicesMet: row.slices.met,
            slicesOf: row.slices.of,
            slice: t(`report.cadence.slice.${per}`, {}, language),
            percent: row.percent,
          },
          language,
        )
      : t(
          row.perUnitPartial ? 'report.judged.unitsPartial' : 'report.judged.units',
          { met: units.met, of: units.of, minimum: each, total: minimum, percent: row.percent },
          language,
        );
  const withMissing = `${judged}${missingUnits(plan, row, units, language)}`;
  // What the period not ended yet has counted so far, said apart as a plan-wide target's is (seventh tester).
  if (row.runningPart === undefined) return withMissing;
  const count = runningCount(plan, target, row.runningPart.achieved, language);
  return `${withMissing}${t('report.judged.runningTail', { from: formatReportDate(row.runningPart.from, language), count }, language)}`;
}

/** Up to this many units that sent no file are named in a per-unit target's sentence; more are counted. */
const NAMED_SILENT_UNITS = 10;

/**
 * The units a per-unit target concerns that sent no file, after its tally: "; 1 đơn vị chưa báo cáo:
 * ấp Tân Lập", the names while there are at most ten of them (ReportTargetRow.notReportedBy), else
 * "; 12 đơn vị chưa báo cáo"; '' when all reported (verdict13).
 */
function missingUnits(plan: Plan, row: ReportTargetRow, units: Tally, language: Language): string {
  const count = unitsNotReported(units);
  if (count === 0) return '';
  const codes = row.notReportedBy ?? [];
  if (codes.length === 0 || codes.length > NAMED_SILENT_UNITS) return t('report.judged.unitsMissing', { count }, language);
  const list = joinAnd(
    codes.map((code) => unitInProse(plan.units.find((u) => u.code === code)?.name ?? code)),
    language,
  );
  return t('report.judged.unitsMissingNamed', { count: codes.length, list }, language);
}

/**
 * A yearly per-unit target still running in the district report: how many units reached it so far,
 * each unit's minimum (never the sum over the units, "tối thiểu 55" for "12 each"), and who sent
 * nothing: "đang thực hiện, chưa hết kỳ đánh giá (4/5 đơn vị đã đạt; chỉ tiêu kế hoạch tối thiểu
 * 12 sản phẩm mỗi đơn vị); 1 đơn vị chưa báo cáo: ấp Tân Lập" (verdict13).
 */
function unitsRunning(plan: Plan, row: ReportTargetRow, units: Tally, each: string, language: Language): string {
  const key = row.perUnitPartial ? 'report.judged.runningUnitsPartial' : 'report.judged.runningUnits';
  const running = units.of === 0 ? t('report.judged.runningEach', { each }, language) : t(key, { met: units.met, of: units.of, each }, language);
  return `${running}${missingUnits(plan, row, units, language)}`;
}

/** What a running part has counted so far: "đã có 3 tin, bài", or "chưa có kết quả". */
function runningCount(plan: Plan, target: CountedTarget, achieved: number, language: Language): string {
  return achieved === 0
    ? t('report.judged.nothingYet', {}, language)
    : t('report.judged.soFar', { count: countedPhrase(plan, target, achieved, language) }, language);
}

/**
 * What a unit's workbook counted on days it was not in the plan, said where the count is (eighth
 * tester, D8: "chưa đăng tin, bài nào" beside a post of 15/7 after the unit left on 30/6): alone,
 * "đã đăng 1 tin, bài trên nhóm Zalo khu phố ngày 15/07/2026, ngoài thời gian đơn vị tham gia kế
 * hoạch nên không tính"; beside a count, " (ngoài ra 1 tin, bài ngày 15/07/2026 ngoài thời gian …,
 * không tính)"; null when there is none (ReportTargetRow.outsideUnitDays).
 */
function outsideUnitDaysText(plan: Plan, target: CountedTarget, row: ReportTargetRow, language: Language): { only: string; too: string } | null {
  if (row.outsideUnitDays === undefined) return null;
  const { count, dates } = row.outsideUnitDays;
  const days = joinAnd(
    dates.map((date) => formatReportDate(date, language)),
    language,
  );
  return {
    only: t('report.sentence.outsideOnly', { action: targetAction(plan, target, count, language), dates: days }, language),
    too: t('report.sentence.outsideToo', { count: countedPhrase(plan, target, count, language), dates: days }, language),
  };
}

/**
 * The units a target is given to that sent no file (ReportTargetRow.notReportedBy), in prose: the
 * clause said instead of a verdict when none of them reported ("chỉ tiêu giao văn phòng HĐND và UBND
 * phường, đơn vị chưa gửi báo cáo nên chưa đánh giá") and the list said after one; null when none is named.
 */
function silentOwners(plan: Plan, row: ReportTargetRow, language: Language): { unreported: string; tail: { list: string } } | null {
  const codes = row.notReportedBy ?? [];
  if (codes.length === 0) return null;
  const list = joinAnd(
    codes.map((code) => unitInProse(plan.units.find((u) => u.code === code)?.name ?? code)),
    language,
  );
  return {
    unreported: t(codes.length === 1 ? 'report.judged.unreported' : 'report.judged.unreportedMany', { list }, language),
    tail: { list },
  };
}

/** targetSentence's text without its dash, capital and full stop. */
function targetText(plan: Plan, target: CountedTarget, row: ReportTargetRow, periodIsYearToDate: boolean, language: Language): string {
  const minimum = countedPhrase(plan, target, row.minimum, language);
  // A per-unit target in the district report: each unit's minimum said as such, the sum beside it (issue 13, fourth tester).
  const each = row.perUnitMinimum === undefined ? null : countedPhrase(plan, target, row.perUnitMinimum, language);
  const reach = t(row.met ? 'report.reach.met' : 'report.reach.notMet', {}, language);
  const percent = formatNumber(row.percent, language);
  // Above the minimum in every period judged: "vượt chỉ tiêu", since the rate is capped at 100% (12 of 10 is not "đạt 100%").
  const reached = row.exceeded === true ? t('report.reached.exceeded', {}, language) : t('report.reached.percent', { reach, percent }, language);
  // Nothing reached is "chưa đạt chỉ tiêu", never "mới đạt 0%" (sixth tester, D6).
  const none = !row.met && row.percent === 0;
  // The months or quarters not met, named where some were met: "10/11 kỳ đạt; tháng 7 năm 2026 chưa đạt" (ninth tester, D7).
  const missed =
    row.slicesMissed === undefined || row.slices === undefined || row.slices.met === 0
      ? ''
      : t('report.judged.missedTail', { list: occurrenceList(row.slicesMissed, language) }, language);
  // A per-unit target judged over the whole plan is met unit by unit: its sum against one unit's minimum would read "95% of at least 3".
  const silent = silentOwners(plan, row, language);
  const judgedOnly = row.notJudged
    ? t('report.judged.notJudged', {}, language)
    : row.graded && row.running
      ? row.unitsMet !== undefined && each !== null
        ? unitsRunning(plan, row, row.unitsMet, each, language)
        : t('report.judged.running', { minimum }, language)
      : !row.graded
        ? // Nothing done in a monthly or quarterly period contributes nothing: the plan's common minimum is stated, never "chưa đăng tin nào, đóng góp vào …" (eighth tester, D8).
          t(
            row.inPeriod === 0 && row.slices !== undefined && !periodIsYearToDate ? 'report.judged.contributionNone' : 'report.judged.contribution',
            { minimum },
            language,
          )
        : row.unitsMet !== undefined
          ? unitsJudged(plan, target, row, row.unitsMet, minimum, language)
          : row.slices !== undefined && row.runningPart !== undefined
            ? t(
                none ? 'report.judged.slicesEndedNone' : 'report.judged.slicesEnded',
                {
                  reached,
                  minimum,
                  met: row.slices.met,
                  of: row.slices.of,
                  from: formatReportDate(row.runningPart.from, language),
                  count: runningCount(plan, target, row.runningPart.achieved, language),
                  missed,
                },
                language,
              )
            : row.slices !== undefined
              ? t(none ? 'report.judged.slicesNone' : 'report.judged.slices', { reached, minimum, met: row.slices.met, of: row.slices.of, missed }, language)
              : t(none ? 'report.judged.gradedNone' : 'report.judged.graded', { reached, minimum }, language);
  // Nobody it is given to reported: who has not is said instead of a verdict; some silent: named after it (tenth tester).
  // A per-unit target names its silent units in its tally (missingUnits), not again after it.
  const judged =
    silent === null || (row.unitsMet !== undefined && row.unreported !== true)
      ? judgedOnly
      : row.unreported === true
        ? silent.unreported
        : `${judgedOnly}${t('report.judged.notReportedBy', silent.tail, language)}`;
  const outside = outsideUnitDaysText(plan, target, row, language);
  if (row.yearToDate === 0) {
    // A unit not in the plan in the period says why, as it does with a count (fifth tester, finding 12), never a bare "Chưa thực hiện".
    const goal = row.notJudged
      ? t('report.judged.noneNotJudged', {}, language)
      : row.unreported === true && silent !== null
        ? t('report.judged.unreportedNone', { text: silent.unreported }, language)
        : !row.graded
          ? ''
          : each === null
            ? t('report.judged.none', { minimum }, language)
            : t('report.judged.noneUnits', { minimum: each }, language);
    return outside === null
      ? t('report.sentence.targetNone', { action: targetAction(plan, target, 0, language, true), goal }, language)
      : `${outside.only}${goal}`;
  }
  if (periodIsYearToDate)
    return t(
      'report.sentence.target',
      { action: `${targetAction(plan, target, row.yearToDate, language, false, row.channelsUsed)}${outside?.too ?? ''}`, judged },
      language,
    );
  const inPeriod =
    row.inPeriod === 0
      ? (outside?.only ?? t('report.sentence.periodNone', { action: targetAction(plan, target, 0, language, true) }, language))
      : `${t('report.sentence.periodSome', { action: targetAction(plan, target, row.inPeriod, language, false, row.channelsInPeriod) }, language)}${outside?.too ?? ''}`;
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
 * Occurrences named together, those of one year in one parenthesis as an officer writes them:
 * "quý I, II và III năm 2026", "tháng 1, 2 và 3 năm 2026"; labels of another shape (a half year,
 * English "Q1 2026") are listed whole, "A, B và C". Labels are periodLabel's, in the period's order.
 */
export function occurrenceList(labels: readonly string[], language: Language): string {
  const groups: { head: string; tail: string; keys: string[] }[] = [];
  for (const label of labels) {
    const parts = /^(\S+) (\S+) (.+)$/u.exec(label);
    const last = groups[groups.length - 1];
    if (parts !== null && last !== undefined && last.head === parts[1] && last.tail === parts[3]) last.keys.push(parts[2] ?? '');
    else if (parts !== null) groups.push({ head: parts[1] ?? '', tail: parts[3] ?? '', keys: [parts[2] ?? ''] });
    else groups.push({ head: label, tail: '', keys: [] });
  }
  return joinAnd(
    groups.map((g) => (g.keys.length === 0 ? g.head : `${g.head} ${joinAnd(g.keys, language)} ${g.tail}`)),
    language,
  );
}

/** "khu phố Long Hòa (quý I, II và III năm 2026), khu phố Long Thới (quý III năm 2026)": each name once, its occurrences grouped. */
function namedOccurrences(rows: readonly ReportStandingRow[], name: (r: ReportStandingRow) => string, language: Language): string[] {
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(name(r), [...(byName.get(name(r)) ?? []), ...(r.occurrence === undefined ? [] : [r.occurrence])]);
  return [...byName].map(([title, occurrences]) =>
    occurrences.length === 0 ? title : t('report.standing.occurrence', { title, occurrence: occurrenceList(occurrences, language) }, language),
  );
}

/**
 * The codes of the units the consolidation found without a file (ReportUnitRow.notReported): every
 * occurrence they owed is "chưa báo cáo", a running one too, never "đang thực hiện" (sixth tester, D1).
 */
export function unitsWithoutFile(data: Pick<ReportData, 'units'>): ReadonlySet<string> {
  return new Set(data.units.flatMap((u) => (u.notReported === true && u.code !== null ? [u.code] : [])));
}

/**
 * A recurring item in a unit's report, named once with its occurrences grouped by state (sixth
 * tester, D5): "- Hạng mục “cập nhật bảng tin …”: đã thực hiện 2/3 lượt; chưa thực hiện quý I năm
 * 2026 (quá hạn 31/03/2026); không phải thực hiện quý I và II năm 2026 (đơn vị tham gia kế hoạch từ
 * ngày 01/09/2026).". An occurrence still running is counted once it ends; overdue is never dropped.
 */
function recurringUnitSentence(title: string, rows: readonly ReportStandingRow[], language: Language): string {
  const owedRows = rows.filter((r) => r.notOwed === undefined);
  const ended = owedRows.filter((r) => r.running === undefined);
  const parts: string[] = [];
  if (ended.length > 0) {
    const times = t('report.standing.unitTimes', { done: ended.filter((r) => r.state === 'done').length, of: ended.length }, language);
    // Done late is said beside the count, as the table's "Hoàn thành chậm" is (seventh tester): "đã thực hiện 3/3 lượt, trong đó hoàn thành chậm quý II năm 2026".
    const doneLate = ended.filter((r) => r.state === 'done' && r.late === true).map((r) => r.occurrence ?? '');
    parts.push(doneLate.length === 0 ? times : t('report.standing.unitTimesLate', { times, list: occurrenceList(doneLate, language) }, language));
  } else if (owedRows.length > 0) {
    // An occurrence not ended yet but already done is said done, with its day (closing4 item 7: a February report said the Q1 pa-nô, done on 10/02, "đang thực hiện").
    const doneEarly = owedRows.filter((r) => r.state === 'done');
    const dates = doneEarly.map((r) => (r.dateDone === null ? '' : formatReportDate(r.dateDone, language))).filter((x) => x !== '');
    if (doneEarly.length > 0)
      parts.push(
        t(
          dates.length === 0 ? 'report.standing.runningDone' : 'report.standing.runningDoneOn',
          {
            list: occurrenceList(
              doneEarly.map((r) => r.occurrence ?? ''),
              language,
            ),
            on: joinAnd(dates, language),
          },
          language,
        ),
      );
    if (doneEarly.length < owedRows.length) parts.push(t('report.standing.unitRunning', {}, language));
  }
  const states: readonly (readonly [ReportStandingRow['state'], MessageKey])[] = [
    ['in-progress', 'report.standing.when.in-progress'],
    ['not-done', 'report.standing.when.not-done'],
    ['missing', 'report.standing.when.missing'],
  ];
  for (const [state, key] of states) {
    const of = ended.filter((r) => r.state === state);
    if (of.length === 0) continue;
    const first = of[0];
    // Overdue beside the occurrence it concerns: its own day for one, "đã quá hạn" for several past their own days.
    const late =
      of.length === 1 && first?.late === true && first.due !== undefined
        ? t('report.standing.lateOn', { due: formatReportDate(first.due, language) }, language)
        : of.every((r) => r.late === true)
          ? t('report.standing.lateAll', {}, language)
          : '';
    parts.push(
      t(
        key,
        {
          list: occurrenceList(
            of.map((r) => r.occurrence ?? ''),
            language,
          ),
          late,
        },
        language,
      ),
    );
  }
  const reasons = new Map<string, ReportStandingRow[]>();
  for (const r of rows)
    if (r.notOwed !== undefined) reasons.set(`${r.notOwed.reason}|${r.notOwed.on}`, [...(reasons.get(`${r.notOwed.reason}|${r.notOwed.on}`) ?? []), r]);
  for (const group of reasons.values()) {
    const why = group[0]?.notOwed;
    if (why === undefined) continue;
    const list = occurrenceList(
      group.map((r) => r.occurrence ?? ''),
      language,
    );
    parts.push(t(`report.standing.notOwedWhen.${why.reason}`, { list, on: formatReportDate(why.on, language) }, language));
  }
  return t('report.sentence.standing.recurring', { title, text: parts.join('; ') }, language);
}

/** A recurring item's owed occurrences in the district report, each in exactly one list (recurringTally). */
export interface RecurringTally {
  readonly done: readonly ReportStandingRow[];
  /** Ended before the report's date without being done: "quá hạn". */
  readonly late: readonly ReportStandingRow[];
  /** Ended on the report's date, said not done or in progress by the unit's file: owed, not late yet. */
  readonly notDone: readonly ReportStandingRow[];
  readonly inProgress: readonly ReportStandingRow[];
  /** Nothing said of it by any file: "chưa báo cáo", out of the "k/n lượt" total. */
  readonly missing: readonly ReportStandingRow[];
}

/**
 * The ended (owed) occurrences of a recurring item sorted into the lists its district sentence
 * names: done (those done late among them, said "hoàn thành chậm"), late, not done, in progress,
 * not reported. Every occurrence is in exactly one list, so "đã thực hiện {done}/{reported} lượt"
 * and the lists add up: done + late + notDone + inProgress = reported, reported + missing = owed.
 * @param occurrences rows with `occurrence` set and no `running` or `notOwed`
 */
export function recurringTally(occurrences: readonly ReportStandingRow[]): RecurringTally {
  const open = (r: ReportStandingRow): boolean => r.state !== 'done' && r.state !== 'missing';
  return {
    done: occurrences.filter((r) => r.state === 'done'),
    late: occurrences.filter((r) => open(r) && r.late === true),
    notDone: occurrences.filter((r) => open(r) && r.late !== true && r.state === 'not-done'),
    inProgress: occurrences.filter((r) => open(r) && r.late !== true && r.state === 'in-progress'),
    missing: occurrences.filter((r) => r.state === 'missing'),
  };
}

/** Units an item of the district report names one by one; above it, each state's units are counted (issue 13, province tester: 96 names made one sentence of 3,231 characters). */
export const NAMED_UNITS = 10;

/**
 * Standing items in three states, never "chưa thực hiện" for what nobody reported: in a unit's
 * report, the items due once in one sentence (done count, then the items in progress, not done,
 * and without information, by title) and each recurring item in one of its own; the district's,
 * one per item with the units in each state, each unit named once with its occurrences. An item
 * of more than NAMED_UNITS units counts them per state instead ("45/96 đơn vị đã hoàn thành; 51
 * đơn vị chưa thực hiện (chi tiết từng đơn vị: xem Biểu 2 …)"), the table by unit holding the names.
 * @param unitsTable where the district report lists each unit's items: the sheet's table above
 *   (the default) or the Word report's appendix table ("xem Biểu 2 tại Phụ lục số liệu")
 */
export function standingSentences(plan: Plan, all: readonly ReportStandingRow[], district: boolean, language: Language, unitsTable?: string): string[] {
  // What a unit does not owe (not in the plan on its last day) is never counted, only said apart with why (issue 13, fourth tester).
  const rows = all.filter((r) => r.notOwed === undefined);
  const list = (names: readonly string[]): string => names.join(', ');
  const tail = (parts: readonly (readonly [MessageKey, readonly string[]])[]): string =>
    parts
      .filter(([, names]) => names.length > 0)
      .map(([key, names]) => t(key, { list: list(names) }, language))
      .join('; ');
  const by = <T>(of: readonly ReportStandingRow[], state: ReportStandingRow['state'], pick: (r: ReportStandingRow) => T): T[] =>
    of.filter((r) => r.state === state).map(pick);
  if (!district) {
    const onceAll = all.filter((r) => r.occurrence === undefined);
    const once = onceAll.filter((r) => r.notOwed === undefined);
    const onceNotOwed = notOwedTail(plan, onceAll, false, language);
    const sentences: string[] = [];
    const onceIds = [...new Set(once.map((r) => r.itemId))];
    if (onceIds.length > 0) {
      const done = onceIds.filter((id) => once.filter((r) => r.itemId === id).every((r) => r.state === 'done')).length;
      const count = t('report.sentence.standing.unit', { done: String(done), required: String(onceIds.length) }, language);
      const name = (r: ReportStandingRow): string => itemName(plan, r.itemId);
      // Done after its deadline is said beside the count, as the table's "Hoàn thành chậm (hạn …)" and the recurring items' sentences are (tenth tester).
      const doneLate = once
        .filter((r) => r.state === 'done' && r.late === true)
        .map((r) => (r.due === undefined ? name(r) : t('report.standing.titleDue', { title: name(r), due: formatReportDate(r.due, language) }, language)));
      const head = doneLate.length === 0 ? count : `${count}, ${t('report.standing.unitDoneLate', { list: list(doneLate) }, language)}`;
      const rest = tail([
        ['report.standing.inProgress', by(once, 'in-progress', name)],
        ['report.standing.notDone', by(once, 'not-done', name)],
        ['report.standing.unitMissing', by(once, 'missing', name)],
      ]);
      sentences.push(`${[head, ...(rest === '' ? [] : [rest]), ...(onceNotOwed === '' ? [] : [onceNotOwed])].join('; ')}.`);
    } else if (onceNotOwed !== '') sentences.push(t('report.sentence.standing.lead', { text: upperFirst(`${onceNotOwed}.`) }, language));
    const recurring = [...new Set(all.filter((r) => r.occurrence !== undefined).map((r) => r.itemId))];
    for (const id of recurring) {
      sentences.push(
        recurringUnitSentence(
          itemName(plan, id),
          all.filter((r) => r.itemId === id && r.occurrence !== undefined),
          language,
        ),
      );
    }
    return sentences.length === 0 ? [t('report.sentence.standing.none', {}, language)] : sentences;
  }
  const where = unitsTable ?? t('report.standing.where.sheet', {}, language);
  const notOwed = notOwedTail(plan, all, district, language);
  const notOwedSentence = notOwed === '' ? [] : [t('report.sentence.standing.lead', { text: upperFirst(`${notOwed}.`) }, language)];
  if (rows.length === 0) return notOwedSentence.length === 0 ? [t('report.sentence.standing.none', {}, language)] : notOwedSentence;
  const perItem = plan.standingItems.flatMap((item) => {
    const listed = rows.filter((r) => r.itemId === item.id && r.occurrence !== undefined);
    const occurrences = listed.filter((r) => r.running === undefined);
    if (listed.length > 0 && occurrences.length === 0) return [t('report.sentence.standing.itemRunning', { title: item.title }, language)];
    if (occurrences.length > 0) {
      // A recurring item: the occurrences done over all units, and the units late for one by name with it;
      // an occurrence still running is neither done nor late (issue 13).
      // Occurrences no file said anything of are out of the total, listed apart as "chưa báo cáo", as per-unit targets leave out units without a file (seventh tester).
      const reported = occurrences.filter((r) => r.state !== 'missing');
      const head = t(
        reported.length < occurrences.length ? 'report.sentence.standing.itemTimesReported' : 'report.sentence.standing.itemTimes',
        { title: item.title, done: occurrences.filter((r) => r.state === 'done').length, of: reported.length },
        language,
      );
      // A unit that said nothing of an occurrence has not reported: "quá hạn" is for what its file says was not done in time (issue 13, fifth tester);
      // each unit named once, its occurrences of one year in one parenthesis (sixth tester, D5).
      const named = (r: ReportStandingRow): string => unitInProse(r.unitName);
      // An occurrence done after its end (its row's "Kỳ" names it) is "hoàn thành chậm (ngày …, hạn …)", not late (sixth tester, D4); each has its own dates.
      // One parenthesis, not two: "khu phố Long Trung (quý I năm 2026: ngày 10/04/2026, hạn 31/03/2026)".
      const doneLate = (r: ReportStandingRow): string => {
        const dates = { unit: named(r), done: r.dateDone === null ? '' : formatReportDate(r.dateDone, language), due: formatReportDate(r.due ?? '', language) };
        return r.occurrence === undefined
          ? t('report.standing.doneLateUnit', dates, language)
          : t('report.standing.doneLateOccurrence', { ...dates, occurrence: r.occurrence }, language);
      };
      const tally = recurringTally(occurrences);
      if (new Set(occurrences.map((r) => r.unitCode)).size > NAMED_UNITS) {
        const counted = countedTail(
          [
            ['report.standing.counted.doneLate', tally.done.filter((r) => r.late === true)],
            ['report.standing.counted.late', tally.late],
            ['report.standing.counted.notDone', tally.notDone],
            ['report.standing.counted.inProgress', tally.inProgress],
            ['report.standing.counted.missing', tally.missing],
          ],
          true,
          where,
          language,
        );
        return [counted === '' ? `${head}.` : `${head}; ${counted}.`];
      }
      const rest = tail([
        ['report.standing.doneLate', tally.done.filter((r) => r.late === true).map(doneLate)],
        ['report.standing.late', namedOccurrences(tally.late, named, language)],
        // Ended on the report's own day and not done: owed, not yet late, listed so the figures add up (eighth tester, D9: November in "6/39" and in no list).
        ['report.standing.notDone', namedOccurrences(tally.notDone, named, language)],
        ['report.standing.inProgress', namedOccurrences(tally.inProgress, named, language)],
        ['report.standing.missing', namedOccurrences(tally.missing, named, language)],
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
    if (new Set(ofItem.map((r) => r.unitCode)).size > NAMED_UNITS) {
      const of = (state: ReportStandingRow['state']): ReportStandingRow[] => onTime.filter((r) => r.state === state);
      const counted = countedTail(
        [
          ['report.standing.counted.doneLate', ofItem.filter((r) => r.late && finishedLate(r))],
          ['report.standing.counted.late', ofItem.filter((r) => r.late && r.state !== 'missing' && !finishedLate(r))],
          ['report.standing.counted.inProgress', of('in-progress')],
          ['report.standing.counted.notDone', of('not-done')],
          ['report.standing.counted.missing', of('missing')],
        ],
        false,
        where,
        language,
      );
      return [counted === '' ? `${head}.` : `${head}; ${counted}.`];
    }
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

/**
 * The states of an item of many units, counted: "3 đơn vị đang thực hiện; 48 đơn vị chưa thực
 * hiện (chi tiết từng đơn vị: xem bảng trên)"; a recurring item's with its occurrences ("5 đơn vị
 * quá hạn (7 lượt)"). Each row is one unit's (or one occurrence of it); a unit is counted once per
 * state. '' when no state is listed.
 */
function countedTail(parts: readonly (readonly [MessageKey, readonly ReportStandingRow[]])[], occurrences: boolean, where: string, language: Language): string {
  const said = parts
    .filter(([, rows]) => rows.length > 0)
    .map(([key, rows]) => {
      const units = t(key, { count: new Set(rows.map((r) => r.unitCode)).size }, language);
      return occurrences ? t('report.standing.counted.times', { text: units, times: rows.length }, language) : units;
    });
  return said.length === 0 ? '' : `${said.join('; ')}${t('report.standing.counted.where', { where }, language)}`;
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
 * "không phải thực hiện vì đơn vị chỉ tham gia kế hoạch đến ngày 31/05/2026: thay pa-nô … (quý II năm 2026, quý III năm 2026)",
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
        occurrences.length === 0 ? name : t('report.standing.occurrence', { title: name, occurrence: occurrenceList(occurrences, language) }, language),
      )
      .join(', ');
  return [...groups.values()].map((g) => t(g.key, { on: formatReportDate(g.on, language), list: list(g.names) }, language)).join('; ');
}
