import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from '../../text/legacyEncoding';
import { at, eachField, excerpt, headerOf, recordRule, textOf } from '../rule';

/**
 * Text typed in TCVN3 (ABC) or VNI with a Unicode font ("Th¹nh §øc", "Thaïnh Ñöùc"): it reads as
 * gibberish in reports and matches no plan name. One warning per cell, with the likely Unicode text.
 */
const TEXT_FIELDS = {
  output: ['channel', 'form', 'title', 'unit', 'note'],
  standing: ['item', 'title', 'unit', 'state', 'evidence', 'note'],
  spending: ['content', 'fundingSource', 'unit', 'note'],
} as const;

/** The fields whose cells name an entry of one of the plan's lists: few distinct texts however many rows. */
const LIST_FIELDS: ReadonlySet<string> = new Set(['channel', 'form', 'unit', 'item', 'state', 'fundingSource']);

export const legacyText = recordRule({
  id: 'legacy-encoding',
  appliesTo: ['output', 'standing', 'spending'],
  issues: { legacy: { code: 'validation.encoding.legacy', severity: 'warning' } },
  check: (entries, _context, emit) => {
    // A list cell repeats a few names over every row: each name is looked at once per workbook (issue 11).
    const listed = new Map<string, LegacyEncoding | null>();
    const encodingOfListed = (text: string): LegacyEncoding | null => {
      let encoding = listed.get(text);
      if (encoding === undefined) {
        encoding = detectLegacyEncoding(text);
        listed.set(text, encoding);
      }
      return encoding;
    };
    for (const entry of entries) {
      eachField(entry, TEXT_FIELDS, (e, field) => {
        const text = textOf(e, field);
        const encoding = text === '' ? null : LIST_FIELDS.has(field) ? encodingOfListed(text) : detectLegacyEncoding(text);
        if (encoding === null) return;
        emit('legacy', at(e, field), { field: headerOf(e, field), encoding, value: excerpt(text, 40), decoded: excerpt(decodeLegacy(text, encoding), 40) });
      });
    }
  },
});
