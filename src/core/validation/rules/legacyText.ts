import { decodeLegacy, detectLegacyEncoding } from '../../text/legacyEncoding';
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

export const legacyText = recordRule({
  id: 'legacy-encoding',
  appliesTo: ['output', 'standing', 'spending'],
  issues: { legacy: { code: 'validation.encoding.legacy', severity: 'warning' } },
  check: (entries, _context, emit) => {
    for (const entry of entries) {
      eachField(entry, TEXT_FIELDS, (e, field) => {
        const text = textOf(e, field);
        const encoding = text === '' ? null : detectLegacyEncoding(text);
        if (encoding === null) return;
        emit('legacy', at(e, field), { field: headerOf(e, field), encoding, value: excerpt(text, 40), decoded: excerpt(decodeLegacy(text, encoding), 40) });
      });
    }
  },
});
