/**
 * The namespace prefix a part's root element uses ("x:" in `<x:worksheet>`, "" mostly): exporters
 * that write a prefix write it on every element of the part, so one look at the root tells how
 * every tag is spelled.
 */
export function rootPrefix(xml: string): string {
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return '';
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
    const name = xml.slice(lt + 1, end);
    const colon = name.indexOf(':');
    return colon < 0 ? '' : name.slice(0, colon + 1);
  }
}
