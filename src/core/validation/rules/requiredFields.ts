import { RECORD_SHEETS } from '../../records/recordSheets';
import type { FieldsByKind } from '../types';
import { at, eachField, headerOf, recordRule, textOf } from '../rule';

/**
 * A required cell left blank. The unit is optional in a unit's own workbook (blank means the unit
 * its stamp names) but needed in a district workbook, and a blank unit in a tracker with no stamp
 * and no unit chosen cannot be attributed. An output's title is the title rule's business.
 */
const REQUIRED: FieldsByKind = {
  output: RECORD_SHEETS[0].columns.filter((c) => c.required && c.field !== 'title').map((c) => c.field),
  standing: RECORD_SHEETS[1].columns.filter((c) => c.required).map((c) => c.field),
  spending: RECORD_SHEETS[2].columns.filter((c) => c.required).map((c) => c.field),
};

export const requiredFields = recordRule({
  id: 'required-fields',
  appliesTo: ['output', 'standing', 'spending'],
  issues: {
    missing: { code: 'validation.required.missing', severity: 'error' },
    unitUnknownOwner: { code: 'validation.required.unitUnknownOwner', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    for (const entry of entries) {
      eachField(entry, REQUIRED, (e, field) => {
        if (e.raw.columns[field] !== undefined && textOf(e, field) === '') emit('missing', at(e, field), { field: headerOf(e, field), row: e.raw.source.row });
      });
      if (entry.raw.columns.unit === undefined || entry.text.unit !== '') continue;
      if (context.unitRequired) emit('missing', at(entry, 'unit'), { field: headerOf(entry, 'unit'), row: entry.raw.source.row });
      else if (context.defaultUnit === null) emit('unitUnknownOwner', at(entry, 'unit'), { field: headerOf(entry, 'unit') });
    }
  },
});
