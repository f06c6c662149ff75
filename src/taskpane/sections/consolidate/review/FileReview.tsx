import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Decision } from '../../../../core/decisions/types';
import { ROLES, roleWord } from '../../../../core/decisions/words';
import type { MessageKey } from '../../../../core/i18n/messages';
import { reviewQuestions } from '../../../hooks/useConsolidate';
import { periodReporter, resolvePeriod, standardPeriod } from '../../../state/reportJob';
import { usePane } from '../../../PaneContext';
import { localIsoDate } from '../../../plan/localIsoDate';
import { chosenDecisions } from './chosenDecisions';
import { reviewStore } from './reviewStore';

const useStyles = makeStyles({
  review: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export interface FileReviewProps {
  readonly file: string;
  /** With the name, the key the consolidation worker holds the file's reading under. */
  readonly lastModified: number;
  /** Whether the file's unit is known (stamp, name, title rows or an earlier decision). */
  readonly unitKnown: boolean;
  readonly onClose: () => void;
}

/**
 * Tổng hợp → "Xem lại" for one file. What to ask is worked out by the core reader where the file
 * was read (the consolidation worker, src/taskpane/worker), so the page never holds the file's
 * rows; the form itself uses only components the pane has already loaded (a separate chunk
 * sharing them would make the first-load bundle larger).
 */
export function FileReview({ file, lastModified, unitKnown, onClose }: FileReviewProps): ReactElement {
  const { plan, state, text } = usePane();
  const [items, setItems] = useState<readonly Decision[] | null | 'failed'>(null);
  const { reportPeriod, language } = state;
  const reporter = periodReporter(state, plan);
  useEffect(() => {
    let live = true;
    const today = localIsoDate(new Date());
    const resolved = resolvePeriod(reportPeriod, plan, undefined, reporter);
    const period = resolved.ok ? resolved.period : standardPeriod('year', plan.identity.year, plan.periodConvention);
    // Computed once per opening: choices made here must not reshuffle the list under the officer's hand.
    reviewQuestions(file, lastModified, unitKnown, reviewStore.get(), { plan, period, today, language }).then(
      (found) => live && setItems(found),
      () => live && setItems('failed'),
    );
    return () => {
      live = false;
    };
  }, [plan, file, lastModified, unitKnown, reportPeriod, reporter, language]);
  if (items === 'failed')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{text('decisions.review.failed', { file })}</MessageBarBody>
      </MessageBar>
    );
  return items === null ? <Spinner size="tiny" /> : <FileReviewForm file={file} items={items} onClose={onClose} />;
}

export interface FileReviewFormProps {
  readonly file: string;
  readonly items: readonly Decision[];
  readonly onClose: () => void;
}

/**
 * The columns, channel labels and unit the reader could not settle, each with a choice (the adopt
 * review's choices: a column's role, a plan channel, a plan unit, or "Không lấy"). "Ghi nhớ" keeps
 * the decisions for the next consolidation, which reads the file again with them and writes them
 * to the "Ghi nhớ đọc tệp" sheet.
 */
export function FileReviewForm({ file, items, onClose }: FileReviewFormProps): ReactElement {
  const { plan, text } = usePane();
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(new Map());
  const [saved, setSaved] = useState<number | null>(null);
  const options = useMemo(
    () => ({
      column: ROLES.map((role) => [role, roleWord(role)] as const),
      channel: plan.channels.map((c) => [c.code, c.name] as const),
      unit: plan.units.map((u) => [u.code, u.name] as const),
    }),
    [plan],
  );
  const label = (item: Decision): string => {
    if (item.kind === 'column') {
      const [sheet = '', row = '', column = ''] = item.seen.split('!');
      return text('decisions.review.column', { sheet, row, column });
    }
    const keys: Partial<Record<Decision['kind'], MessageKey>> = {
      channel: 'decisions.review.channel',
      unitLabel: 'decisions.review.unitLabel',
      fileUnit: 'decisions.review.fileUnit',
    };
    const key = keys[item.kind];
    return key === undefined ? item.seen : text(key, { label: item.seen });
  };
  const choicesOf = (item: Decision): readonly (readonly [string, string])[] =>
    item.kind === 'column' ? options.column : item.kind === 'channel' ? options.channel : options.unit;

  return (
    <section className={styles.review} aria-label={text('decisions.review.heading', { file })} data-testid="file-review">
      {items.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{text('decisions.review.nothing')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p>{text('decisions.review.intro')}</p>
          {items.map((item, index) => (
            <Field key={`${item.kind}:${item.seen}`} label={label(item)}>
              <Select
                value={chosen.get(index) ?? item.meaning ?? ''}
                onChange={(_event, data) => setChosen(new Map(chosen).set(index, data.value))}
                data-testid="review-choice"
              >
                <option value="">{item.kind === 'fileUnit' ? text('decisions.review.choose') : text('decisions.notTaken')}</option>
                {choicesOf(item).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </>
      )}
      {saved === null ? null : (
        <MessageBar intent="info" aria-live="polite">
          <MessageBarBody>{text('decisions.review.saved', { count: saved })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        {items.length === 0 ? null : (
          <Button
            appearance="primary"
            onClick={() => {
              const decisions = chosenDecisions(items, chosen, localIsoDate(new Date()));
              reviewStore.add(decisions);
              setSaved(decisions.length);
            }}
          >
            {text('decisions.review.save')}
          </Button>
        )}
        <Button appearance="subtle" onClick={onClose}>
          {text('decisions.review.close')}
        </Button>
      </div>
    </section>
  );
}
