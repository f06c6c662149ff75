import { useId, useState, type DragEvent, type ReactElement } from 'react';
import { Field, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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
  file: { maxWidth: '100%', fontSize: tokens.fontSizeBase300 },
  dropText: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * The units' files: a plain <input type="file" multiple> (keyboard and screen readers use it; drag
 * and drop breaks on some Excel desktop builds), inside a marked box that also takes dropped files.
 */
export function FilePicker({ onFiles, disabled }: { readonly onFiles: (files: readonly PickedFile[]) => void; readonly disabled: boolean }): ReactElement {
  const { text } = usePane();
  const styles = useStyles();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
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
        <input
          id={inputId}
          className={styles.file}
          type="file"
          multiple
          disabled={disabled}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const input = event.currentTarget;
            onFiles(input.files === null ? [] : [...input.files]);
            // Cleared, so picking the same file again (a corrected copy) fires a change too.
            input.value = '';
          }}
        />
      </Field>
      <span className={styles.dropText} aria-hidden="true">
        {dragging ? text('pane.th.dropActive') : text('pane.th.drop')}
      </span>
    </div>
  );
}
