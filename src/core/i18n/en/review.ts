import type { viReview } from '../vi/review';

/** English twin of vi/review.ts. */
export const enReview: Record<keyof typeof viReview, string> = {
  'review.sheetName': 'To fix',
  'review.title': 'WHAT TO FIX IN THIS FILE',
  'review.file': 'File: {file}',
  'review.unit': 'Unit: {unit}',
  'review.checked':
    'Checked on {date} by {reviewer}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  'review.howTo':
    'Each cell to fix carries a note (red triangle in its corner; point at it to read). Click an address in the "Cell" column to go to that cell. When done, save the file and send it back; this sheet may be deleted first.',
  'review.header.number': 'No.',
  'review.header.sheet': 'Sheet',
  'review.header.cell': 'Cell',
  'review.header.severity': 'Severity',
  'review.header.what': 'To fix',
  'review.severity.error': 'Error',
  'review.severity.warning': 'Warning',
  'review.wholeSheet': '(whole sheet)',
  'review.wholeFile': '(whole file)',
  'review.note': '{reviewer}: {message}',
  'review.state.received': 'Received',
  'review.state.needsFix': 'To fix',
  'review.state.returned': 'Returned',
  'review.column.state': 'Review',
  'review.column.note': 'Review note',
  'review.legend': 'Review (pick one)',
  'review.prompt': 'Pick Received, To fix or Returned; write why in the next column.',
  'review.issue.badState': 'The "Review" column reads "{value}", which is not a state; use one of: {allowed}. The proposed state is used for this row.',
  'review.issue.noHeader': 'The "TH Đơn vị" sheet no longer has a header row with "Xem xét" and "Tệp": the last review states could not be kept.',
};
