import { at, headerOf, recordRule } from '../rule';

/**
 * An output's title that says nothing (blank, or only dashes and dots) or is longer than the
 * template allows; a spending's content gets the same length limit.
 */
export const MAX_TITLE = 500;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

export const title = recordRule({
  id: 'title',
  appliesTo: ['output', 'spending'],
  issues: {
    empty: { code: 'validation.title.empty', severity: 'error' },
    tooLong: { code: 'validation.title.tooLong', severity: 'error' },
  },
  check: (entries, _context, emit) => {
    for (const entry of entries) {
      const text = entry.kind === 'output' ? entry.text.title : entry.text.content;
      if (text === undefined || (text.length <= MAX_TITLE && (entry.kind === 'spending' || SAYS_SOMETHING.test(text)))) continue;
      const [where, field] = entry.kind === 'output' ? [at(entry, 'title'), headerOf(entry, 'title')] : [at(entry, 'content'), headerOf(entry, 'content')];
      if (entry.kind === 'output' && !SAYS_SOMETHING.test(text)) emit('empty', where, { field, row: entry.raw.source.row });
      // UTF-16 length bounds the character count: only long texts need counting.
      else if (text.length > MAX_TITLE && [...text].length > MAX_TITLE) emit('tooLong', where, { field, length: [...text].length, max: MAX_TITLE });
    }
  },
});
