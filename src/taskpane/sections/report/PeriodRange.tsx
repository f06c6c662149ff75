import { useId, type ReactElement } from 'react';
import { Label, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';

// Native inputs styled like Fluent's: Fluent's Input would add about 15 KB to the first load for two boxes.
const useStyles = makeStyles({
  range: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  date: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, flexGrow: 1, flexBasis: '8em', minWidth: 0 },
  input: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    height: '32px',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
  },
});

export interface PeriodRangeProps {
  readonly from: string;
  readonly to: string;
  readonly invalid: boolean;
  /** The element that says whether the dates can be used. */
  readonly describedBy: string;
  readonly onChange: (dates: { readonly from?: string; readonly to?: string }) => void;
}

/** A custom period as two dates typed the Vietnamese way (dd/mm/yyyy); PeriodPicker checks them. */
export function PeriodRange({ from, to, invalid, describedBy, onChange }: PeriodRangeProps): ReactElement {
  const { text } = usePane();
  const styles = useStyles();
  const fromId = useId();
  const toId = useId();
  const box = (id: string, label: string, value: string, set: (value: string) => void): ReactElement => (
    <div className={styles.date}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="text"
        className={invalid ? `${styles.input} ${styles.invalid}` : styles.input}
        value={value}
        placeholder={text('pane.period.datePlaceholder')}
        inputMode="numeric"
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(event) => set(event.currentTarget.value)}
      />
    </div>
  );
  return (
    <div className={styles.range} role="group" aria-label={text('pane.period.custom')}>
      {box(fromId, text('pane.period.from'), from, (value) => onChange({ from: value }))}
      {box(toId, text('pane.period.to'), to, (value) => onChange({ to: value }))}
    </div>
  );
}
