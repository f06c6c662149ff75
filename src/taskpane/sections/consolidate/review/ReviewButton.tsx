import { useState, type ReactElement } from 'react';
import { Button } from '@fluentui/react-components';
import { usePane } from '../../../PaneContext';
import type { FileCheck } from '../../../state/consolidateJob';

import { FileReview } from './FileReview';

export interface ReviewButtonProps {
  readonly file: string;
  /** The picked file's last-modified time: with the name, the key the consolidation worker holds its reading under. */
  readonly lastModified: number;
  readonly unitKnown: boolean;
}

/** A file to offer "Xem lại" for: read, and its unit unknown or rows it could not take (a settled file is not asked about). */
export function needsReview(check: FileCheck): boolean {
  return check.reason?.key === 'consolidate.reject.unknownUnit' || (check.status !== 'rejected' && check.errors + check.warnings > 0);
}

/** "Xem lại" beside a picked file that was read (the list offers it only for a readable file): opens the file's review under it. */
export function ReviewButton({ file, lastModified, unitKnown }: ReviewButtonProps): ReactElement {
  const { text } = usePane();
  const [open, setOpen] = useState(false);
  return open ? (
    <FileReview file={file} lastModified={lastModified} unitKnown={unitKnown} onClose={() => setOpen(false)} />
  ) : (
    <Button appearance="secondary" size="small" aria-label={text('decisions.review.openFor', { file })} onClick={() => setOpen(true)} data-testid="review-open">
      {text('decisions.review.open')}
    </Button>
  );
}
