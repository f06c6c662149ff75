import { useId, useSyncExternalStore, type ReactElement } from 'react';
import { Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../../PaneContext';
import { REVIEW_STATE_KEYS, REVIEW_STATES, type ReviewState } from '../../../../core/review/officerReview';
import type { FileCheck } from '../../../state/consolidateJob';
import { roundStore, shownReview } from './roundStore';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  note: { flexGrow: 1, flexBasis: '10rem' },
  label: { fontSize: tokens.fontSizeBase200 },
  // A native box styled like Fluent's small Input: Fluent's Input would add about 15 KB to the first load (as PeriodRange found).
  input: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    height: '24px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    ':disabled': { color: tokens.colorNeutralForegroundDisabled, backgroundColor: tokens.colorTransparentBackground },
  },
});

export interface ReviewStatePickerProps {
  /** The picked file's name, as the unit list sheet lists it. */
  readonly file: string;
  readonly check: FileCheck;
  readonly disabled: boolean;
}

const isState = (value: string): value is ReviewState => (REVIEW_STATES as readonly string[]).includes(value);

/**
 * "Xem xét" and "Ghi chú" under a picked file (issue 15): the state ("Đã nhận", "Cần sửa", "Trả lại")
 * and the officer's note, proposed from the file's check until the officer sets them, kept with the
 * pane and written to "TH Đơn vị" with the next Tổng hợp. A native select and a text box, each with
 * its label: reached and changed with the keyboard alone. In the first-load script rather than a lazy
 * chunk: measured, a lazy chunk of these two small components made the first load 44 KB larger
 * (738,896 B against 694,911 B), because every Fluent and Griffel module it shares with the page
 * then keeps its own module wrapper instead of being concatenated; loaded with the page they cost
 * a few KB.
 */
export function ReviewStatePicker({ file, check, disabled }: ReviewStatePickerProps): ReactElement {
  const { text } = usePane();
  const styles = useStyles();
  const round = useSyncExternalStore(roundStore.subscribe, roundStore.get, roundStore.get);
  const shown = shownReview(round, file, check);
  const stateId = useId();
  const noteId = useId();
  return (
    <div className={styles.row} data-testid="review-state" title={text('review.pane.savedWithRun')}>
      <div className={styles.field}>
        <Label htmlFor={stateId} size="small" className={styles.label}>
          {text('review.pane.state')}
        </Label>
        <Select
          id={stateId}
          size="small"
          value={shown.state}
          disabled={disabled}
          aria-label={text('review.pane.stateFor', { file })}
          onChange={(_event, data) => {
            if (isState(data.value)) roundStore.set(file, data.value, shown.note);
          }}
        >
          {REVIEW_STATES.map((state) => (
            <option key={state} value={state}>
              {text(REVIEW_STATE_KEYS[state])}
            </option>
          ))}
        </Select>
      </div>
      <div className={`${styles.field} ${styles.note}`}>
        <Label htmlFor={noteId} size="small" className={styles.label}>
          {text('review.pane.note')}
        </Label>
        <input
          id={noteId}
          type="text"
          className={styles.input}
          value={shown.note}
          disabled={disabled}
          autoComplete="off"
          aria-label={text('review.pane.noteFor', { file })}
          onChange={(event) => roundStore.set(file, shown.state, event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
