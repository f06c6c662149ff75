import { excerpt, recordRule } from '../rule';
import { spellingTwins, twinNames } from '../spellingTwin';

/**
 * A channel, form, unit or funding source written with other tone marks than the list's name
 * ("Khu phố Hiếp Hòa" for "Khu phố Hiệp Hòa"): the reader counts the row for the list's entry and
 * "Chuẩn hóa" rewrites it, so the officer is told the name is not the list's and which name the row
 * is counted for (issue 13, eighth tester, D9: validate was silent). A warning: the row counts.
 * Names a tone mark apart that are two entries of the plan ("Thạnh Đức"/"Thanh Đức") never meet
 * here: the exact spelling finds its own entry (plan/planLookup).
 */
export const nameSpelling = recordRule({
  id: 'name-spelling',
  appliesTo: ['output', 'standing', 'spending'],
  issues: { spelling: { code: 'validation.name.spelling', severity: 'warning' } },
  check: (entries, context, emit) => {
    const names = twinNames(context.plan);
    for (const entry of entries)
      for (const twin of spellingTwins(context.plan, entry, names))
        emit('spelling', twin.where, { field: twin.header, value: excerpt(twin.typed), suggestion: twin.listName });
  },
});
