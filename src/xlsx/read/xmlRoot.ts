/**
 * The namespace prefix a part's root element uses ("x:" in `<x:worksheet>`, "" mostly): exporters
 * that write a prefix write it on every element of the part, so one look at the root tells how
 * every tag is spelled.
 */
export function rootPrefix(xml: string): string {
  return rootPrefixOf(xml, false) ?? '';
}

/**
 * `rootPrefix` of a part's leading text, null when that text ends before the root element's name
 * does (so the rest of the part could still change the answer).
 */
export function rootPrefixOfLead(lead: string): string | null {
  return rootPrefixOf(lead, true);
}

function rootPrefixOf(xml: string, lead: boolean): string | null {
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return lead ? null : '';
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 || next === 33) {
      // `<?xml ...?>`, a comment
      at = lt + 2;
      continue;
    }
    let end = lt + 1;
    while (end < xml.length) {
      const code = xml.charCodeAt(end);
      if (code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13) break;
      end++;
    }
    if (lead && end >= xml.length) return null;
    const name = xml.slice(lt + 1, end);
    const colon = name.indexOf(':');
    return colon < 0 ? '' : name.slice(0, colon + 1);
  }
}
