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
import { isConsolidatingBody } from '../consolidate/consolidatingBody';
import { HAMLET_WORDS } from '../plan/levelCatalogue';
import { foldForMatch } from '../text/fold';

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
 *   the consolidating body itself always excepted (isConsolidatingBody): it would be reminding itself, whatever work
 *   PHÂN CÔNG gives it (fund13 defect 2); its own tracker's absence shows on TH Đơn vị's not-reported list
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
    // The consolidating office never writes to itself (fund13 defect 2: a commune's Văn phòng was
    // "reminded" by itself, against the deadline of its own report to the province). Whether its
    // own tracker is in shows on TH Đơn vị and in the consolidation's not-reported list.
    if (line.unit === body?.code || (unit !== undefined && isConsolidatingBody(plan, unit))) return [];
    // A file the officer sent back ("Trả lại") is owed again, with the officer's note as what is wrong:
    // 'returned' when the consolidation knew the review, 'reported' with the review given here otherwise.
    const review = line.file === undefined ? undefined : options.reviews?.find((r) => r.file === line.file && r.by === 'officer');
    const sentBack = line.status === 'returned' ? (review ?? { note: '' }) : line.status === 'reported' && review?.state === 'returned' ? review : undefined;
    if (line.status === 'reported' && sentBack === undefined) return [];
    const unitName = unit?.name ?? line.unit;
    const addressee = unit === undefined ? unitName : addresseeOf(plan, unit, language);
    const sent = (line.status === 'rejected' || sentBack !== undefined) && line.file !== undefined ? files.get(line.file) : undefined;
    const problem =
      sent === undefined ? undefined : sentBack !== undefined ? sentBack.note.trim() || tr('review.reminder.returnedNoNote') : rejectText(sent, language);
    const reason: Reminder['reason'] = sent === undefined ? 'missing' : sentBack !== undefined ? 'returned' : 'rejected';
    const deadline = unitDeadline(plan, line.unit, result.period);
    const overdue = deadline !== null && options.today > deadline;
    const when =
      deadline === null
        ? tr('review.reminder.noDeadline', { body: bodyName })
        : tr(overdue ? 'review.reminder.overdue' : 'review.reminder.deadline', {
            body: bodyName,
            deadline: formatReportDate(deadline, language),
            plan: plan.identity.number,
          });
    const lines = [
      tr('review.reminder.greeting', { unit: addressee }),
      sent === undefined
        ? tr('review.reminder.missing', { body: bodyName, period, range })
        : tr(reason === 'returned' ? 'review.reminder.returned' : 'review.reminder.rejected', {
            body: bodyName,
            period,
            file: fileName(sent.file),
            problem: problem ?? '',
          }),
      when,
      ...(body?.emails === undefined ? [] : [tr('review.reminder.sendTo', { emails: body.emails.join(', ') })]),
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

/** The hamlet word ("Ấp", "Khu phố", "Thôn", "Tổ dân phố"), folded, a unit's name starts with; null for any other unit. */
function hamletWord(name: string): string | null {
  const folded = foldForMatch(name);
  return HAMLET_WORDS.map(foldForMatch).find((w) => folded.startsWith(`${w} `)) ?? null;
}

/**
 * Who a reminder is addressed to: a body as its level writes it in prose ("UBND xã Hiệp Thạnh",
 * "Trung tâm Phục vụ hành chính công"); a hamlet, which is no body but has a head, by its head's role
 * as the plan gives it (the unit's or its level's "Chức danh người ký", else the name's word: TRƯỞNG
 * ẤP), in prose case: "Trưởng ấp Thanh Hòa", "Trưởng khu phố 3"; when that title is not the head of
 * the hamlet's own kind (a level titled TRƯỞNG ẤP holding "Khu phố 3"), its board: "Ban nhân dân khu
 * phố 3" (fund13 defect 2: the tester's reminder read "Kính gửi: Ấp Thanh Hòa.").
 */
export function addresseeOf(plan: Plan, unit: Unit, language: Language): string {
  const facts = issuerFacts(plan, { kind: 'unit', unit }, language);
  const word = hamletWord(unit.name);
  if (word === null) return facts.prose;
  const kindLength = unit.name.split(/\s+/u).slice(0, word.split(' ').length).join(' ').length;
  const place = unit.name.slice(kindLength).trim();
  // Inside a sentence the kind word is lower case: "ấp Thanh Hòa".
  const inSentence = `${unit.name.slice(0, kindLength).toLocaleLowerCase('vi')} ${place}`;
  const title = facts.signer.title.trim().toLocaleLowerCase('vi');
  const folded = foldForMatch(title);
  if (folded === word || folded.endsWith(` ${word}`)) {
    const role = title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
    return t('review.reminder.addressee.head', { role, place }, language);
  }
  return t('review.reminder.addressee.board', { name: inSentence }, language);
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
