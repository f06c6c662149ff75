import { parseCost, parseMinutes } from '../../records/measure';
import { foldForMatch } from '../../text/fold';
import { at, excerpt, recordRule } from '../rule';

/**
 * The outputs table's measure cells (issue 13): "Số lượng" (whole number ≥ 0), "Thời lượng (phút)"
 * and "Kinh phí (đồng)". An unreadable one adds nothing to a target in minutes or đồng (and a
 * count falls back to 1), so it is an error at its cell; one read from text ("20 phút",
 * "1.500.000") counts in reports, but the live Tiến độ's SUMIFS skips text, so it is a warning.
 */
export const measures = recordRule({
  id: 'measures',
  appliesTo: ['output'],
  issues: {
    unreadable: { code: 'validation.measure.unreadable', severity: 'error' },
    text: { code: 'validation.measure.text', severity: 'warning' },
  },
  check: (entries, _context, emit) => {
    // Indexed loops over a constant list: an array and an iterator per entry were garbage before the loop was optimised (issue 11).
    for (let e = 0; e < entries.length; e += 1) {
      const entry = entries[e] as (typeof entries)[number];
      for (let f = 0; f < MEASURE_FIELDS.length; f += 1) {
        const field = MEASURE_FIELDS[f] as (typeof MEASURE_FIELDS)[number];
        const raw = entry.raw.cells[field];
        const typed = entry.text[field] ?? '';
        if (raw === undefined || raw === null || typed === '') continue;
        // A printed item's size in a column shared with airtime ("Thời lượng / số trang": "1 trang",
        // "1/2 trang") is no airtime and no fault: it adds no minutes (issue 11's third tester: 650
        // errors a file on a newspaper's rows).
        if (field === 'minutes' && PAGES.test(foldForMatch(typed))) continue;
        const value =
          field === 'amount'
            ? parseCost(raw)
            : field === 'minutes'
              ? parseMinutes(raw)
              : typeof raw === 'number' && Number.isInteger(raw) && raw >= 0
                ? raw
                : null;
        const params = { value: excerpt(typed), field: FIELD_WORDS[field] };
        if (value === null) emit('unreadable', at(entry, field), params);
        else if (typeof raw === 'string') emit('text', at(entry, field), { ...params, number: value });
      }
    }
  },
});

const MEASURE_FIELDS = ['count', 'minutes', 'amount'] as const;

/** A number of pages, once folded: "1 trang", "2,5 trang", "1/2 tr". */
const PAGES = /^(?:\d+ )*\d+ (?:trang|tr)$/;

/** The column each issue names, as the template heads it (records/recordSheets.ts). */
const FIELD_WORDS = { count: 'Số lượng', minutes: 'Thời lượng (phút)', amount: 'Kinh phí (đồng)' } as const;
