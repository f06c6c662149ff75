import { useState, type ReactElement } from 'react';
import { Button } from '@fluentui/react-components';
import type { RawSheet } from '../../../../core/ports/workbookPort';
import { usePane } from '../../../PaneContext';
import type { FileCheck } from '../../../state/consolidateJob';

import { FileReview } from './FileReview';

export interface ReviewButtonProps {
  readonly file: string;
  readonly sheets: readonly RawSheet[] | null | undefined;
  readonly unitKnown: boolean;
}

/** A file to offer "Xem lại" for: read, and its unit unknown or rows it could not take (a settled file is not asked about). */
export function needsReview(check: FileCheck): boolean {
  return check.reason?.key === 'consolidate.reject.unknownUnit' || (check.status !== 'rejected' && check.errors + check.warnings > 0);
}

/** "Xem lại" beside a picked file that was read: opens the file's review under it. Nothing for a file that could not be read. */
export function ReviewButton({ file, sheets, unitKnown }: ReviewButtonProps): ReactElement | null {
  const { text } = usePane();
  const [open, setOpen] = useState(false);
  if (!sheets) return null;
  return open ? (
    <FileReview file={file} sheets={sheets} unitKnown={unitKnown} onClose={() => setOpen(false)} />
  ) : (
    <Button appearance="secondary" size="small" aria-label={text('decisions.review.openFor', { file })} onClick={() => setOpen(true)} data-testid="review-open">
      {text('decisions.review.open')}
    </Button>
  );
}
