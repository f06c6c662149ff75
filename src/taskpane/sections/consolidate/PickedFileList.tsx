import type { ReactElement } from 'react';
import { Badge, Button, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import { ReviewButton, needsReview } from './review/ReviewButton'; // decisions (issue 9)
import { ReviewStatePicker } from './review/ReviewStatePicker'; // review states (issue 15)
import { judgedTime, timesApart } from '../../../core/consolidate/newestFile';
import { chosenFile, entryTimes, unitsWithSeveralFiles, type PickedEntry } from '../../state/consolidateJob';

/**
 * The format of a file's time in the list, one per locale, made once: the list is drawn again at each
 * file's progress, and a formatter made per file and drawing was an ICU object for the collector to
 * free each time (core/i18n/format.ts numberFormats, issue 11).
 */
const fileTimeFormats = new Map<string, Intl.DateTimeFormat>();

function fileTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = fileTimeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    fileTimeFormats.set(locale, format);
  }
  return format;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, paddingLeft: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  body: { flexGrow: 1, minWidth: 0 },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', marginRight: tokens.spacingHorizontalXS },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reason: { display: 'block', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  choices: { marginTop: tokens.spacingVerticalS },
});

/** Each picked file with its unit, rows, errors and warnings (or why it is refused), and the choice for a unit that sent two. */
export function PickedFileList({
  onRemove,
  onPrefer,
  disabled,
}: {
  readonly onRemove: (name: string) => void;
  readonly onPrefer: (unit: string, file: string) => void;
  readonly disabled: boolean;
}): ReactElement {
  const { state, plan, text } = usePane();
  const styles = useStyles();
  const { files } = state.consolidate;
  const unitName = (code: string): string => plan.units.find((u) => u.code === code)?.name ?? code;
  const severalFiles = unitsWithSeveralFiles(files);
  const setAside = new Set(
    severalFiles.flatMap((group) => {
      const chosen = chosenFile(state.consolidate, group.unit, group.files);
      return group.files.filter((f) => f.name !== chosen).map((f) => f.name);
    }),
  );
  const when = (ms: number): string => fileTimeFormat(state.language === 'vi' ? 'vi-VN' : 'en-GB').format(new Date(ms));
  // The time the newest file is judged by (the workbook's saved time when it has one), as the choice below sorts them.
  const modified = (entry: PickedEntry): string => when(judgedTime(entryTimes(entry)));
  const apart = (entry: PickedEntry): ReactElement | null => {
    const times = entryTimes(entry);
    if (!timesApart(times) || times.savedAt === undefined) return null;
    return (
      <span className={styles.detail} data-testid="consolidate-times">
        {text('pane.th.timesApart', { saved: when(times.savedAt), file: when(times.lastModified) })}
      </span>
    );
  };

  const badge = (entry: PickedEntry): ReactElement | null => {
    const check = entry.check;
    if (check === undefined) return null;
    const label =
      check.unit !== null
        ? unitName(check.unit)
        : check.reason?.key === 'consolidate.reject.unknownUnit'
          ? text('pane.th.unknownUnit')
          : check.status === 'rejected'
            ? text('pane.th.refused')
            : text('pane.th.districtFile');
    const color = check.status === 'rejected' ? 'danger' : setAside.has(entry.name) ? 'informative' : check.errors > 0 ? 'warning' : 'success';
    return (
      <Badge appearance="tint" size="small" color={color}>
        {label}
      </Badge>
    );
  };
  const detail = (entry: PickedEntry): ReactElement => {
    const check = entry.check;
    if (entry.phase !== 'read' || check === undefined)
      return <span className={styles.detail}>{text(entry.phase === 'reading' ? 'pane.th.readingFile' : 'pane.th.waiting')}</span>;
    if (check.reason !== undefined) return <span className={styles.reason}>{text(check.reason.key, check.reason.params)}</span>;
    const counts = { records: check.records, errors: check.errors, warnings: check.warnings };
    return (
      <span className={styles.detail}>
        {text(check.records === 0 ? 'pane.th.fileEmpty' : 'pane.th.fileOk', counts)}
        {setAside.has(entry.name) ? ` · ${text('pane.th.notUsed')}` : ''}
      </span>
    );
  };

  return (
    <>
      {files.length === 0 ? (
        <p className={styles.detail}>{text('pane.th.noFiles')}</p>
      ) : (
        <ul className={styles.list} data-testid="consolidate-files">
          {files.map((entry) => (
            <li key={entry.name} className={styles.item} data-file={entry.name}>
              <div className={styles.body}>
                <span className={styles.fileName}>{entry.name}</span>
                {badge(entry)}
                {detail(entry)}
                {apart(entry)}
                {/* decisions (issue 9): review of what could not be settled */}
                {entry.readable === true && entry.check && needsReview(entry.check) ? (
                  <ReviewButton file={entry.name} lastModified={entry.lastModified} unitKnown={entry.check.unit !== null} />
                ) : null}
                {/* review state and note (issue 15), written to TH Đơn vị with the next Tổng hợp */}
                {entry.phase === 'read' && entry.check && !setAside.has(entry.name) ? (
                  <ReviewStatePicker file={entry.name} check={entry.check} disabled={disabled} />
                ) : null}
              </div>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={text('pane.th.remove', { file: entry.name })}
                title={text('pane.th.remove', { file: entry.name })}
                disabled={disabled}
                onClick={() => onRemove(entry.name)}
              />
            </li>
          ))}
        </ul>
      )}
      {severalFiles.map((group) => (
        <Field
          key={group.unit}
          className={styles.choices}
          label={text('pane.th.duplicateLegend', { unit: unitName(group.unit), count: group.files.length })}
          data-testid={`consolidate-choice-${group.unit}`}
        >
          <RadioGroup
            value={chosenFile(state.consolidate, group.unit, group.files) ?? ''}
            disabled={disabled}
            onChange={(_event, data) => onPrefer(group.unit, data.value)}
          >
            {group.files.map((entry) => (
              <Radio key={entry.name} value={entry.name} label={text('pane.th.duplicateOption', { file: entry.name, modified: modified(entry) })} />
            ))}
          </RadioGroup>
        </Field>
      ))}
    </>
  );
}
