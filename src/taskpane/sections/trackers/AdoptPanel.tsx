import type { ReactElement } from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Select } from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import { columnCell, openDoubts } from '../../../core/adopt/openDoubts';
import type { AdoptionProposal } from '../../../core/adopt/types';
import type { MessageKey } from '../../../core/i18n/messages';
import type { RawSheet } from '../../../core/ports/workbookPort';
import type { ColumnRole } from '../../../core/reader/types';
import { cellText } from '../../../core/text/cellText';
import { usePane } from '../../PaneContext';
import type { AdoptActions } from '../../hooks/useAdoptTracker';
import type { AdoptState } from '../../state/adoptJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { AdoptResult } from './AdoptResult';
import { useTrackerSectionStyles } from './TrackerSection.styles';
import { FailureNotice } from '../../components/Notices';

const FIELDS: readonly ColumnRole[] = ['date', 'channel', 'form', 'title', 'link', 'unit', 'note', 'count', 'minutes', 'amount'];
const NONE = '';

/** Sổ theo dõi → "Nhận sổ đang dùng": offers, shows the proposal to confirm or change, writes, reports. */
export function AdoptPanel({ actions }: { readonly actions: AdoptActions }): ReactElement | null {
  const { state, text } = usePane();
  const styles = useTrackerSectionStyles();
  const headings = useSectionHeadingStyles();
  const adopt = state.adopt;
  const progress = (key: MessageKey, done: number, total: number): ReactElement => (
    <Field validationMessage={text(key, { done, total })} validationState="none">
      <ProgressBar value={total > 0 ? done / total : undefined} max={1} />
    </Field>
  );
  let body: ReactElement | null;
  switch (adopt.status) {
    case 'stamped':
      // A tracker adopted earlier: "Nhận lại" reads the office's sheets beside it again (issue 15).
      body =
        adopt.officeSheets === undefined ? null : (
          <div className={styles.buttons} data-testid="adopt-readopt">
            <Button onClick={actions.readopt}>{text('pane.adopt.readopt')}</Button>
            <p className={styles.note}>{text('pane.adopt.readoptStamped', { sheets: adopt.officeSheets.map((name) => `"${name}"`).join(', ') })}</p>
          </div>
        );
      break;
    case 'idle':
    case 'nothing':
      body = null;
      break;
    case 'scanning':
      body = progress('pane.adopt.scanning', adopt.done, adopt.total);
      break;
    case 'scanFailed':
      body = <FailureNotice title="pane.adopt.failed" message={adopt.message} />;
      break;
    case 'found':
      body = (
        <>
          <MessageBar intent="info" layout="multiline" data-testid="adopt-offer">
            <MessageBarBody>{text('pane.adopt.found', { count: adopt.proposal.sheets.length })}</MessageBarBody>
          </MessageBar>
          <div className={styles.buttons}>
            <Button appearance="primary" icon={<ArrowImportRegular />} onClick={actions.open}>
              {text('pane.adopt.start')}
            </Button>
            <Button appearance="subtle" onClick={actions.scan}>
              {text('pane.adopt.rescan')}
            </Button>
          </div>
        </>
      );
      break;
    case 'done':
      body = <AdoptResult summary={adopt.summary} onGoToRow={actions.goToRow} {...(adopt.scan === undefined ? {} : { onReadopt: actions.readopt })} />;
      break;
    default:
      body = <AdoptReview adopt={adopt} sheets={adopt.sheets} proposal={adopt.proposal} actions={actions} />;
  }
  if (body === null) return null;
  return (
    <section aria-labelledby="heading-adopt" className={styles.adopt} data-testid="adopt">
      <h3 id="heading-adopt" className={headings.h3}>
        {text('pane.adopt.heading')}
      </h3>
      {/* The review form is not a live region (each change would be read out); its status line is. */}
      {adopt.status === 'reviewing' || adopt.status === 'writing' || adopt.status === 'clash' || adopt.status === 'failed' ? (
        body
      ) : (
        <div aria-live="polite">{body}</div>
      )}
    </section>
  );
}

/** Rows the header may be on: the first rows of the sheet, each shown with its first texts. */
const HEADER_ROWS_OFFERED = 30;
function headerRowChoices(sheet: RawSheet | undefined, current: number): { row: number; preview: string }[] {
  if (!sheet) return [{ row: current, preview: '' }];
  const rows = sheet.values.slice(0, HEADER_ROWS_OFFERED).map((line, i) => ({
    row: sheet.origin.row + i,
    preview: line
      .map((cell) => cellText(cell))
      .filter((t) => t !== '')
      .join(' | ')
      .slice(0, 32),
  }));
  return rows.some((r) => r.row === current) ? rows : [...rows, { row: current, preview: '' }].sort((a, b) => a.row - b.row);
}

function AdoptReview({
  adopt,
  sheets,
  proposal,
  actions,
}: {
  readonly adopt: AdoptState;
  readonly sheets: readonly RawSheet[];
  readonly proposal: AdoptionProposal;
  readonly actions: AdoptActions;
}): ReactElement {
  const { state, plan, text } = usePane();
  const styles = useTrackerSectionStyles();
  const writing = adopt.status === 'writing';
  const noUnit = state.trackerChoice.unitCode === '';
  const hasChannelColumn = proposal.sheets.some((s) => s.columns.some((c) => c.field === 'channel'));
  const doubts = openDoubts(proposal.doubts, proposal.sheets);
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (!writing && !noUnit) actions.confirm();
      }}
    >
      <p className={styles.note}>{text('pane.adopt.explain')}</p>
      {proposal.sheets.map((sheet) => (
        <fieldset key={sheet.sheet} className={styles.fieldset}>
          <legend className={styles.legend} lang="vi">
            {text('pane.adopt.sheetName', { sheet: sheet.sheet })}
          </legend>
          <Field label={text('pane.adopt.headerRow')} className={styles.row}>
            <Select
              className={styles.select}
              select={{ className: styles.selectInner }}
              value={String(sheet.headerRow)}
              disabled={writing}
              onChange={(_event, data) => actions.changeHeaderRow(sheet.sheet, Number(data.value))}
            >
              {headerRowChoices(
                sheets.find((s) => s.name === sheet.sheet),
                sheet.headerRow,
              ).map((choice) => (
                <option key={choice.row} value={String(choice.row)} lang="vi">
                  {text('pane.adopt.headerRowChoice', { row: choice.row, preview: choice.preview })}
                </option>
              ))}
            </Select>
          </Field>
          {sheet.columns.map((column) => {
            // What the reader doubted in this column (a quantity that looks like airtime), said until the officer makes it the count.
            const doubt = doubts.find((d) => d.sheet === sheet.sheet && d.cell === columnCell(sheet, column));
            return (
              <Field
                key={column.column}
                label={text('pane.adopt.column', { column: column.column, header: column.header })}
                className={styles.row}
                {...(doubt === undefined ? {} : { validationState: 'warning' as const, validationMessage: text(doubt.code, doubt.params) })}
              >
                <Select
                  value={column.field ?? NONE}
                  disabled={writing}
                  onChange={(_event, data) => actions.changeColumn(sheet.sheet, column.column, data.value === NONE ? null : (data.value as ColumnRole))}
                >
                  <option value={NONE}>{text('pane.adopt.notUsed')}</option>
                  {FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {text(`pane.adopt.field.${field}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </fieldset>
      ))}
      {proposal.sheetsWithoutHeader.length > 0 && (
        <p className={styles.note}>{text('pane.adopt.noHeader', { sheets: proposal.sheetsWithoutHeader.join(', ') })}</p>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{text('pane.adopt.channels')}</legend>
        {!hasChannelColumn && <p className={styles.note}>{text('pane.adopt.noChannels')}</p>}
        {proposal.channels.map((label) => (
          <Field key={label.label} label={text('pane.adopt.channel', { label: label.label, rows: label.rows })} className={styles.row}>
            <Select
              value={label.code ?? NONE}
              disabled={writing}
              onChange={(_event, data) => actions.changeChannel(label.label, data.value === NONE ? null : data.value)}
            >
              <option value={NONE}>{text('pane.adopt.notTaken')}</option>
              {plan.channels.map((channel) => (
                <option key={channel.code} value={channel.code} lang="vi">
                  {channel.name}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <Field label={text('pane.adopt.defaultForm')}>
        <Select
          value={proposal.defaultForm ?? NONE}
          disabled={writing}
          onChange={(_event, data) => actions.changeDefaultForm(data.value === NONE ? null : data.value)}
        >
          <option value={NONE}>{text('pane.adopt.notUsed')}</option>
          {plan.forms.map((form) => (
            <option key={form.code} value={form.code} lang="vi">
              {form.name}
            </option>
          ))}
        </Select>
      </Field>
      {noUnit && <p className={styles.note}>{text('pane.adopt.needsUnit')}</p>}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" icon={<ArrowImportRegular />} disabled={writing || noUnit}>
          {text('pane.adopt.confirm')}
        </Button>
        <Button appearance="secondary" disabled={writing} onClick={actions.cancel}>
          {text('pane.adopt.cancel')}
        </Button>
      </div>
      <div aria-live="polite" className={styles.form}>
        {adopt.status === 'writing' && (
          <Field validationMessage={text('pane.adopt.writing', { done: adopt.done, total: adopt.total })} validationState="none">
            <ProgressBar value={adopt.total > 0 ? adopt.done / adopt.total : undefined} max={1} />
          </Field>
        )}
        {adopt.status === 'clash' && (
          <MessageBar intent="warning" layout="multiline" data-testid="adopt-clash">
            <MessageBarBody>{text('pane.adopt.clash', { sheets: adopt.clashes.map((s) => `"${s}"`).join(', ') })}</MessageBarBody>
          </MessageBar>
        )}
        {adopt.status === 'failed' && <FailureNotice title="pane.adopt.failed" message={adopt.message} />}
      </div>
    </form>
  );
}
