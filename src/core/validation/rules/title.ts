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
      const [text, where, field] =
        entry.kind === 'output' ? [entry.text.title, at(entry, 'title'), headerOf(entry, 'title')] : [entry.text.content, at(entry, 'content'), headerOf(entry, 'content')];
      if (text === undefined || where.cell === undefined) continue;
      const length = [...text].length;
      if (entry.kind === 'output' && !SAYS_SOMETHING.test(text)) emit('empty', where, { field, row: entry.raw.source.row });
      else if (length > MAX_TITLE) emit('tooLong', where, { field, length, max: MAX_TITLE });
    }
  },
});
