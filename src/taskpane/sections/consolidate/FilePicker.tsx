import { useId, useRef, useState, type DragEvent, type ReactElement } from 'react';
import { Button, Field, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentMultipleRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { skipReason, type SkippedFile } from '../../../core/consolidate/folderEntries';
import { usePane } from '../../PaneContext';
import type { PickedFile } from '../../plan/readUnitFiles';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  // Out of sight but in the page: the buttons open it, Playwright and assistive tools can still reach it by its label.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  dropText: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  skipped: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

/** Formats a pick takes: the workbook formats (an .xls or .ods is read to say how to save it as .xlsx). */
const ACCEPT = '.xlsx,.xlsm,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A folder's files as the pane reads them: the workbooks (core's folderEntries rule, the same as
 * `cchc consolidate FOLDER`), each named by its path inside the folder ("Xã A/bao-cao.xlsx", so two
 * units' "bao-cao.xlsx" stay apart and the folder can name the unit), and the others as skipped.
 */
export function folderPick(files: readonly File[]): { readonly taken: PickedFile[]; readonly skipped: SkippedFile[] } {
  const taken: PickedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    // Files picked one by one (and jsdom's) have no relative path.
    const path = file.webkitRelativePath || file.name;
    const reason = skipReason(file.name);
    if (reason !== null) skipped.push({ file: path, reason });
    else taken.push({ name: path, size: file.size, lastModified: file.lastModified, arrayBuffer: () => file.arrayBuffer() });
  }
  return { taken, skipped };
}

/**
 * The units' files: "Chọn tệp…" and "Chọn thư mục…" as Fluent buttons, so their words are in the
 * pane's language (a native file input shows the browser's own: "Choose Files"), each opening a
 * file input kept out of sight. The folder input is `webkitdirectory`, which Office's Edge WebView2
 * pane on Windows supports (office-js issue 6900; it asks "Upload N files?" first); where a host
 * does not (Office on Mac, office-js issue 4322) the officer still picks files. showDirectoryPicker
 * is not used: WebView2 asks for a file-system permission with it, and it gives nothing more here.
 * Drag and drop is an extra (it breaks on some Excel desktop builds).
 */
export function FilePicker({
  onFiles,
  disabled,
}: {
  /** The files picked, and what a folder pick left out (kept in the pane's state: ConsolidateState.skipped). */
  readonly onFiles: (files: readonly PickedFile[], skipped: readonly SkippedFile[]) => void;
  readonly disabled: boolean;
}): ReactElement {
  const { state, text } = usePane();
  // In the pane's state, not here: the list outlives this component when the section is shown again (issue 15).
  const { skipped } = state.consolidate;
  const styles = useStyles();
  const inputId = useId();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFiles([...event.dataTransfer.files], []);
  };
  const taking = (fromFolder: boolean) => (event: { readonly currentTarget: HTMLInputElement }) => {
    const input = event.currentTarget;
    const files = input.files === null ? [] : [...input.files];
    if (fromFolder) {
      const { taken, skipped: left } = folderPick(files);
      onFiles(taken, left);
    } else onFiles(files, []);
    // Cleared, so picking the same file again (a corrected copy) fires a change too.
    input.value = '';
  };
  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.active)}
      data-testid="consolidate-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Field label={{ children: text('pane.th.files'), htmlFor: inputId }} hint={text('pane.th.filesHint')}>
        <div className={styles.buttons}>
          <Button appearance="secondary" icon={<DocumentMultipleRegular />} disabled={disabled} onClick={() => filesInput.current?.click()}>
            {text('pane.th.pickFiles')}
          </Button>
          <Button appearance="secondary" icon={<FolderOpenRegular />} disabled={disabled} onClick={() => folderInput.current?.click()}>
            {text('pane.th.pickFolder')}
          </Button>
        </div>
        <input
          id={inputId}
          ref={filesInput}
          className={styles.hidden}
          tabIndex={-1}
          type="file"
          multiple
          disabled={disabled}
          accept={ACCEPT}
          onChange={taking(false)}
        />
      </Field>
      <input
        ref={(element) => {
          folderInput.current = element;
          // React does not know the attribute; without it the input picks files, not a folder.
          element?.setAttribute('webkitdirectory', '');
        }}
        className={styles.hidden}
        tabIndex={-1}
        type="file"
        multiple
        disabled={disabled}
        aria-label={text('pane.th.folderInput')}
        onChange={taking(true)}
      />
      {skipped.length > 0 ? (
        <div data-testid="consolidate-skipped">
          <span className={styles.dropText}>{text('pane.th.skippedHeading', { count: skipped.length })}</span>
          <ul className={styles.skipped}>
            {skipped.map((s) => (
              <li key={s.file}>{text('pane.th.skippedItem', { file: s.file, reason: text(`consolidate.skipped.${s.reason}`) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <span className={styles.dropText} aria-hidden="true">
        {dragging ? text('pane.th.dropActive') : text('pane.th.drop')}
      </span>
    </div>
  );
}
