import { useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import { Badge, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../../PaneContext';
import { formatReportDate } from '../../../../core/periods';
import type { Reminder } from '../../../../core/review/reminders';
import { useSectionHeadingStyles } from '../../SectionHeading.styles';
import { copyText, selectContents } from './copyText';
import { roundStore } from './roundStore';

/** The badge beside a reminder: a file sent back by the officer is no unusable file (issue 15). */
const REASON_KEYS = { missing: 'review.pane.missing', rejected: 'review.pane.rejected', returned: 'review.pane.returned' } as const;

const useStyles = makeStyles({
  part: { marginTop: tokens.spacingVerticalL },
  hint: { marginTop: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, paddingLeft: 0 },
  item: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  unit: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  message: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  said: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/**
 * One unit's reminder: what is wrong, the deadline, the message, "Sao chép" and, with an address,
 * "Gửi e-mail". Whether the copy worked is said beside the button, in a polite live region: said
 * once below the list, it was a screen or more away from the button at 320 px, and a sighted
 * officer saw nothing happen.
 */
function ReminderItem({ reminder }: { readonly reminder: Reminder }): ReactElement {
  const { text, state } = usePane();
  const styles = useStyles();
  const message = useRef<HTMLParagraphElement>(null);
  const [said, setSaid] = useState('');
  const unit = reminder.unitName;
  const copy = async (): Promise<void> => {
    const copied = await copyText(`${reminder.subject}\n\n${reminder.body}`);
    if (!copied && message.current !== null) selectContents(message.current);
    setSaid(text(copied ? 'review.pane.copied' : 'review.pane.copyFailed', { unit }));
  };
  return (
    <li className={styles.item} data-testid="reminder" data-unit={reminder.unit}>
      <div className={styles.head}>
        <span className={styles.unit}>{unit}</span>
        <Badge appearance="tint" size="small" color={reminder.reason === 'missing' ? 'warning' : 'danger'}>
          {text(REASON_KEYS[reminder.reason])}
        </Badge>
        {reminder.deadline !== null && (
          <Badge appearance="outline" size="small" color={reminder.overdue ? 'danger' : 'informative'}>
            {text(reminder.overdue ? 'review.pane.overdue' : 'review.pane.deadline', { date: formatReportDate(reminder.deadline, state.language) })}
          </Badge>
        )}
      </div>
      <p ref={message} className={styles.message} data-testid="reminder-text">
        {reminder.body}
      </p>
      <div className={styles.actions}>
        <Button size="small" aria-label={text('review.pane.copyFor', { unit })} onClick={() => void copy()}>
          {text('review.pane.copy')}
        </Button>
        {reminder.mailto !== null && (
          <Link href={reminder.mailto} target="_blank" rel="noreferrer" aria-label={text('review.pane.emailFor', { unit })}>
            {text('review.pane.email')}
          </Link>
        )}
        <span className={styles.said} role="status" aria-live="polite" data-testid="reminder-said">
          {said}
        </span>
      </div>
    </li>
  );
}

/**
 * "Nhắc đơn vị" after Tổng hợp's summary (issue 15): a ready-to-send message for each unit that has
 * not sent its tracker or sent one that cannot be used, from the last consolidation (worked out in
 * the worker: core/review/reminders). In the first-load script, not a lazy chunk: see ReviewStatePicker.
 */
export function RemindersView(): ReactElement {
  const { text } = usePane();
  const styles = useStyles();
  const headings = useSectionHeadingStyles();
  const { reminders } = useSyncExternalStore(roundStore.subscribe, roundStore.get, roundStore.get);
  return (
    <section className={styles.part} aria-labelledby="heading-nhac-don-vi" data-testid="reminders">
      <h3 id="heading-nhac-don-vi" className={headings.h3}>
        {text('review.pane.reminders')}
      </h3>
      <p className={styles.hint}>{text(reminders.length === 0 ? 'review.pane.noReminders' : 'review.pane.remindersHint')}</p>
      {reminders.length > 0 && (
        <ul className={styles.list}>
          {reminders.map((reminder) => (
            <ReminderItem key={reminder.unit} reminder={reminder} />
          ))}
        </ul>
      )}
    </section>
  );
}
