import { useState, type ReactElement } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { PaneMessage } from '../../../state/trackerJob';
import type { ReturnableFile } from '../../../state/consolidateJob';
import { standardPeriod } from '../../../state/reportJob';
import { usePane } from '../../../PaneContext';
import { returnCopyOf } from '../../../hooks/useConsolidate';
import { localIsoDate } from '../../../plan/localIsoDate';
import { useSectionHeadingStyles } from '../../SectionHeading.styles';

const useStyles = makeStyles({
  intro: { marginTop: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, paddingLeft: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  file: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  status: { fontSize: tokens.fontSizeBase200 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

type Status = { readonly kind: 'preparing' } | { readonly kind: 'said'; readonly message: PaneMessage; readonly failed: boolean };

/**
 * After Tổng hợp, each unit whose file has issues (issue 15): a "Tải bản trả lại" button that downloads a
 * copy of that unit's own file with a note at each cell to fix and a first sheet "Cần sửa", the copy
 * `cchc consolidate --return-dir` writes. The copy is made in the consolidation worker (src/xlsx/returnCopy.ts
 * in its own chunk there); the page's saving code loads on the first click. The list itself is part of the
 * summary (a lazily loaded list would appear after the summary, and a screen reader would hear it twice).
 */
export function ReturnCopies({ files }: { readonly files: readonly ReturnableFile[] }): ReactElement | null {
  const { plan, state, text, describeError } = usePane();
  const styles = useStyles();
  const headings = useSectionHeadingStyles();
  const [status, setStatus] = useState<Readonly<Record<string, Status>>>({});
  if (files.length === 0) return null;

  const download = (file: string): void => {
    setStatus((now) => ({ ...now, [file]: { kind: 'preparing' } }));
    const say = (message: PaneMessage, failed: boolean): void => setStatus((now) => ({ ...now, [file]: { kind: 'said', message, failed } }));
    // The copy does not depend on the period: the worker keeps the issues of the last consolidation.
    const context = {
      plan,
      period: standardPeriod('year', plan.identity.year, plan.periodConvention),
      today: localIsoDate(new Date()),
      language: state.language,
    };
    Promise.all([
      returnCopyOf(file, context),
      import(/* webpackChunkName: "return-copies" */ './downloadFile'),
      import(/* webpackChunkName: "return-copies" */ './returnCopyFileName'),
    ]).then(
      ([bytes, { downloadFile }, { returnCopyName }]) => {
        if (bytes === 'missing') return say({ key: 'pane.th.return.missing', params: {} }, true);
        const name = returnCopyName(file, text('pane.th.return.suffix'));
        downloadFile(bytes, name);
        return say({ key: 'pane.th.return.saved', params: { name } }, false);
      },
      (error: unknown) => {
        const why = describeError(error);
        say({ key: 'pane.th.return.failed', params: { detail: text(why.key, why.params) } }, true);
      },
    );
  };

  return (
    <section aria-labelledby="heading-return-copies" data-testid="return-copies">
      <h3 id="heading-return-copies" className={headings.h3}>
        {text('pane.th.return.heading', { count: files.length })}
      </h3>
      <p className={styles.intro}>{text('pane.th.return.intro')}</p>
      <ul className={styles.list}>
        {files.map((f) => {
          const now = status[f.file];
          return (
            <li key={f.file} className={styles.item} data-file={f.file}>
              <span>{text('pane.th.return.line', { unit: f.unit, errors: f.errors, warnings: f.warnings })}</span>
              <span className={styles.file}>{f.file}</span>
              <Button
                size="small"
                icon={<ArrowDownloadRegular />}
                disabled={now?.kind === 'preparing'}
                onClick={() => download(f.file)}
                aria-label={text('pane.th.return.downloadFor', { unit: f.unit, file: f.file })}
              >
                {text('pane.th.return.download')}
              </Button>
              <span className={now?.kind === 'said' && now.failed ? `${styles.status} ${styles.failed}` : styles.status} role="status">
                {now === undefined ? '' : now.kind === 'preparing' ? text('pane.th.return.preparing') : text(now.message.key, now.message.params)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
