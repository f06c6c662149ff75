import { rejectText } from '../consolidate/consolidationSheets';
import type { ConsolidationResult } from '../consolidate/types';
import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import { formatReportDate, periodLabel, periodRangeLabel } from '../periods';
import { deadlineDate } from '../plan/reportDeadline';
import type { IsoDate, Plan, Unit } from '../plan/types';
import { reportingBody } from '../plan/reportingBody';
import type { FileReviewState } from './reviewStates';
import { issuerFacts } from '../report/issuer';
import { consolidatingBodyOwes } from '../consolidate/consolidatingBody';

/**
 * Reminders out (issue 15): for each unit that has not sent its tracker for the period, or sent a
 * file that cannot be used (not a tracker, damaged, another unit's copy…), a message ready to send
 * — who it is for, the period, the deadline as a date, what is wrong with the file sent, where to
 * send — and a mailto: link where the plan gives the unit an e-mail address.
 *
 * The deadline is the "Hạn gửi" of the unit's own reporting duty of the period's frequency (a
 * duty whose "Đơn vị báo cáo" names the unit and whose "Kỳ báo cáo" is the period's kind); none for a
 * custom range or when the plan sets none (116/KH-UBND sets none), and the message then asks for
 * the file in time for the report instead of naming a day.
 */

export interface Reminder {
  /** The unit's code and name as the plan writes them. */
  readonly unit: string;
  readonly unitName: string;
  /**
   * 'missing': nothing sent; 'rejected': a file was sent that cannot be used (`file`, `problem`);
   * 'returned': the officer marked the file sent "Trả lại" (`file`, and their note as `problem`).
   */
  readonly reason: 'missing' | 'rejected' | 'returned';
  readonly file?: string;
  /** Why the file cannot be used, in the message's words. */
  readonly problem?: string;
  /** The day the file is due (ISO), or null when the plan sets no deadline for this unit and period. */
  readonly deadline: IsoDate | null;
  /** Whether `today` is after the deadline. */
  readonly overdue: boolean;
  /** The unit's addresses from the plan ("E-mail"); empty when it has none. */
  readonly emails: readonly string[];
  readonly subject: string;
  /** The message itself, lines separated by "\n": what the pane's "Sao chép" copies. */
  readonly body: string;
  /** mailto: with the addresses, subject and body (RFC 6068); null when the unit has no address. */
  readonly mailto: string | null;
}

export interface ReminderOptions {
  /** The day the reminders are made (ISO), to say a deadline has passed. */
  readonly today: IsoDate;
  /** The message's language; Vietnamese (the default) is what units read. */
  readonly language?: Language;
  /** Each listed file's review (fileReviews): a file the officer marked "Trả lại" is asked for again. */
  readonly reviews?: readonly FileReviewState[];
}

/** The deadline of the unit's duty of the period's frequency, as a date; null when there is none. */
export function unitDeadline(plan: Plan, unit: string, period: ConsolidationResult['period']): IsoDate | null {
  if (period.kind === 'custom') return null;
  const duty = plan.reportingDuties.find((d) => d.from === unit && d.frequency === period.kind && d.deadline !== undefined);
  return duty?.deadline === undefined ? null : deadlineDate(duty.deadline, period.to);
}

/**
 * @returns one reminder per unit whose reporting is 'missing', 'rejected' or 'returned' (or whose file `reviews` says "Trả lại"), in plan order (units
 *   that take no part in the period owe nothing and are not reminded: ConsolidationResult.reporting),
 *   the reporting body itself excepted unless the plan's PHÂN CÔNG gives it targets or items of its own (consolidatingBodyOwes)
 */
export function reminders(plan: Plan, result: ConsolidationResult, options: ReminderOptions): Reminder[] {
  const language = options.language ?? 'vi';
  const tr = (key: Parameters<typeof t>[0], params: Parameters<typeof t>[1] = {}): string => t(key, params, language);
  const body = reportingBody(plan);
  const bodyName = body?.name ?? plan.identity.issuer;
  const period = periodLabel(result.period, language);
  const range = periodRangeLabel(result.period, language);
  const files = new Map(result.files.map((f) => [f.file, f]));
  return result.reporting.flatMap((line): Reminder[] => {
    const unit: Unit | undefined = plan.units.find((u) => u.code === line.unit);
    // The reporting body does not write to itself unless PHÂN CÔNG gives it work of its own, whose file it then owes
    // like any unit (tenth tester: a ward's Văn phòng given CT2 and CT3 sent nothing and was never reminded).
    if (line.unit === body?.code && (unit === undefined || !consolidatingBodyOwes(plan, unit))) return [];
    // A file the officer sent back ("Trả lại") is owed again, with the officer's note as what is wrong:
    // 'returned' when the consolidation knew the review, 'reported' with the review given here otherwise.
    const review = line.file === undefined ? undefined : options.reviews?.find((r) => r.file === line.file && r.by === 'officer');
    const sentBack = line.status === 'returned' ? (review ?? { note: '' }) : line.status === 'reported' && review?.state === 'returned' ? review : undefined;
    if (line.status === 'reported' && sentBack === undefined) return [];
    const unitName = unit?.name ?? line.unit;
    // Addressed to the body as its level writes it in prose ("UBND xã Hiệp Thạnh", "Phòng Nội vụ"), not the bare place name.
    const addressee = unit === undefined ? unitName : issuerFacts(plan, { kind: 'unit', unit }, language).prose;
    const sent = (line.status === 'rejected' || sentBack !== undefined) && line.file !== undefined ? files.get(line.file) : undefined;
    const problem =
      sent === undefined ? undefined : sentBack !== undefined ? sentBack.note.trim() || tr('review.reminder.returnedNoNote') : rejectText(sent, language);
    const reason: Reminder['reason'] = sent === undefined ? 'missing' : sentBack !== undefined ? 'returned' : 'rejected';
    const deadline = unitDeadline(plan, line.unit, result.period);
    const overdue = deadline !== null && options.today > deadline;
    // The body's own tracker missing: a note to its own staff in charge, naming its work, not "gửi về" itself.
    const own = line.unit === body?.code && sent === undefined && unit !== undefined;
    const when =
      deadline === null
        ? tr(own ? 'review.reminder.noDeadlineOwn' : 'review.reminder.noDeadline', { body: bodyName })
        : tr(
            own ? (overdue ? 'review.reminder.overdueOwn' : 'review.reminder.deadlineOwn') : overdue ? 'review.reminder.overdue' : 'review.reminder.deadline',
            {
              body: bodyName,
              deadline: formatReportDate(deadline, language),
              plan: plan.identity.number,
            },
          );
    const lines = [
      tr('review.reminder.greeting', { unit: addressee }),
      own
        ? tr('review.reminder.missingOwn', { body: bodyName, period, range, plan: plan.identity.number, items: ownItems(plan, unit).join(', ') })
        : sent === undefined
          ? tr('review.reminder.missing', { body: bodyName, period, range })
          : tr(reason === 'returned' ? 'review.reminder.returned' : 'review.reminder.rejected', {
              body: bodyName,
              period,
              file: fileName(sent.file),
              problem: problem ?? '',
            }),
      when,
      ...(body?.emails === undefined || own ? [] : [tr('review.reminder.sendTo', { emails: body.emails.join(', ') })]),
      tr('review.reminder.closing'),
      bodyName,
    ];
    const subject = tr(sent === undefined ? 'review.reminder.subject.missing' : 'review.reminder.subject.rejected', { period });
    const text = lines.join('\n');
    const emails = unit?.emails ?? [];
    return [
      {
        unit: line.unit,
        unitName,
        reason,
        ...(sent === undefined ? {} : { file: sent.file, problem: problem ?? '' }),
        deadline,
        overdue,
        emails,
        subject,
        body: text,
        mailto: emails.length === 0 ? null : mailto(emails, subject, text),
      },
    ];
  });
}

/** The targets and items the plan's PHÂN CÔNG gives the unit (by code or level), in the plan's order: "CT2, CT3". */
function ownItems(plan: Plan, unit: Unit): string[] {
  const given = new Set(plan.responsibilities.filter((r) => r.units.includes(unit.code) || r.levels.includes(unit.level)).flatMap((r) => r.items));
  return [...plan.targets.map((g) => g.id), ...plan.standingItems.map((s) => s.id)].filter((id) => given.has(id));
}

/** The file's own name: a unit knows the file it sent, not the folder it was saved into here. */
const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * A mailto: URL (RFC 6068): addresses separated by ",", each side of "@" percent-encoded; subject and
 * body percent-encoded as UTF-8, line breaks as "%0D%0A" (section 5: CRLF in a body).
 */
export function mailto(addresses: readonly string[], subject: string, body: string): string {
  const address = (a: string): string => {
    const at = a.lastIndexOf('@');
    return at < 0 ? encodeURIComponent(a) : `${encodeURIComponent(a.slice(0, at))}@${encodeURIComponent(a.slice(at + 1))}`;
  };
  const value = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${addresses.map(address).join(',')}?subject=${value(subject)}&body=${value(body)}`;
}
