import { at, columnRuns, excerpt, headerOf, recordRule } from '../rule';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const ADDRESS_MARK = /[./:]/;
const LINK_SEPARATORS = /[\s;,]+/;
const HTTP_SCHEME = /^https?:\/\//i;
/**
 * A piece that goes on an address a space broke ("https://baotayninh.vn/tin-abc .html", "…/tin
 * ?id=5"): the link as written does not open the page (issue 11's ninth tester: not warned).
 */
const ADDRESS_PIECE = /^[./?#&=]\S/;

/**
 * The link column holds a web address or a print issue ("Số 1234", "số 45 ngày 3/5"). Only what
 * looks like an attempt at a web address is checked: a scheme or "://", "www.", or a host name
 * ending in a common domain ("baotayninh.vn/..."). Such a token must be a valid http(s) URL.
 */
const ATTEMPT = /:\/\/|^(?:[a-z]*:?\/\/|ht+ps?|www\.|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|biz|tv|io)(?:[/:?#]|$))/iu;
const HOST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}$/u;

export type LinkVerdict = 'ok' | 'noScheme' | 'malformed';

/**
 * An http(s) address with a plain ASCII host name (no port, no punycode label) and any path: what
 * almost every link a tracker holds looks like, and what `new URL` and HOST would call fine. Told
 * without parsing (issue 11: a URL object per row's link); anything else takes the full way.
 */
const PLAIN_URL = /^https?:\/\/(?!(?:[^/?#]*[.])?xn--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;

/** A token's verdict: a plain address at once (PLAIN_URL), any other by parsing it (parsedLinkVerdict). */
export function checkLink(token: string): LinkVerdict {
  return PLAIN_URL.test(token) ? 'ok' : parsedLinkVerdict(token);
}

/**
 * The verdict by the rule itself: only an attempt at a web address is judged, by the URL parser
 * (WHATWG URL) and HOST; without a scheme, "https://" is tried in front. checkLink's quick path must
 * give the same verdict (tests/core/validation/link.test.ts compares them).
 */
export function parsedLinkVerdict(token: string): LinkVerdict {
  if (!ATTEMPT.test(token)) return 'ok';
  if (HTTP_SCHEME.test(token)) {
    try {
      const url = new URL(token);
      return HOST.test(url.hostname) || /^\d+(\.\d+){3}$/.test(url.hostname) ? 'ok' : 'malformed';
    } catch {
      return 'malformed';
    }
  }
  // No scheme: fine once "https://" is put in front, otherwise malformed ("htp://", "http//").
  if (/^[a-z]*:?\/\//i.test(token) || /^ht+ps?/i.test(token)) return 'malformed';
  try {
    return HOST.test(new URL(`https://${token}`).hostname) ? 'noScheme' : 'malformed';
  } catch {
    return 'malformed';
  }
}

/**
 * One warning per column of a sheet and verdict, at its first such cell: a tracker that leaves
 * "https://" off every link gave 1,000 warnings a file, one per cell, where the cure (put it in front
 * of each) is one for the column (issue 11's fifth tester, as the legacy-encoding rule). A lone cell
 * is told as before (`noScheme`, `malformed`); several as `noSchemeMany` / `malformedMany`, with their
 * count, the first and last cell, and the first cell's address (and, without a scheme, its cure).
 */
export const link = recordRule({
  id: 'link',
  appliesTo: ['output'],
  issues: {
    malformed: { code: 'validation.link.malformed', severity: 'warning' },
    noScheme: { code: 'validation.link.noScheme', severity: 'warning' },
    malformedMany: { code: 'validation.link.malformedMany', severity: 'warning' },
    noSchemeMany: { code: 'validation.link.noSchemeMany', severity: 'warning' },
  },
  check: (entries, _context, emit) => {
    // One group per column of a sheet and verdict, in the order their first cells are met.
    const columns = columnRuns<{ verdict: Exclude<LinkVerdict, 'ok'>; field: string; token: string; text: string }>();
    for (const entry of entries) {
      const text = entry.text.link;
      // "Số 1234" and the like: nothing that could be an address.
      if (text === undefined || !ADDRESS_MARK.test(text)) continue;
      // A cell showing "baotayninh.vn/tin/1" over a hyperlink to "https://baotayninh.vn/tin/1" (Excel's
      // Insert > Link with shorter text): the record keeps the hyperlink's address, which works, so there
      // is nothing to mend (issue 11's eighth tester's trackers: one false warning per month sheet).
      const kept = entry.record.link;
      if (kept !== text && HTTP_SCHEME.test(kept) && checkLink(kept) === 'ok') continue;
      const tokens = text.split(LINK_SEPARATORS);
      for (let t = 0; t < tokens.length; t += 1) {
        const token = tokens[t] ?? '';
        // An address whose next piece goes on it was broken by a space: malformed whatever its own verdict.
        const broken = ADDRESS_PIECE.test(tokens[t + 1] ?? '') && ATTEMPT.test(token);
        const verdict: LinkVerdict = broken ? 'malformed' : checkLink(token);
        if (verdict === 'ok') continue;
        columns.add(at(entry, 'link'), verdict, () => ({ verdict, field: headerOf(entry, 'link'), token, text }));
        break;
      }
    }
    for (const c of columns.runs()) {
      const { verdict, field, token, text } = c.found;
      // A malformed address is quoted as the cell holds it: "https:// baotayninh.vn/…" quoted as its
      // token "https://" hid where the mistake is (issue 11's ninth tester). An address without a
      // scheme is quoted as the one token the suggestion mends.
      const params: Record<string, string> = { value: excerpt(verdict === 'malformed' ? text : token) };
      if (verdict === 'noScheme') params['suggestion'] = `https://${token}`;
      const where = { sheet: c.sheet, cell: c.first };
      if (c.count === 1) emit(verdict, where, params);
      else
        emit(verdict === 'noScheme' ? 'noSchemeMany' : 'malformedMany', where, {
          ...params,
          field,
          count: c.count,
          from: c.first ?? '',
          to: c.last ?? '',
        });
    }
  },
});
