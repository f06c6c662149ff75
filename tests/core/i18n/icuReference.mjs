// Formats messages with intl-messageformat, the reference ICU implementation, in its own Node process
// (the package is ES modules only, which jest's CommonJS sandbox cannot load).
// stdin: [{ template, locale, params }]; stdout: [{ text } | { error }] in the same order.
// Apostrophes are doubled first: the project's formatter reads every apostrophe as itself.
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';

const cases = JSON.parse(readFileSync(0, 'utf8'));
const out = cases.map(({ template, locale, params }) => {
  try {
    const format = new IntlMessageFormat(template.replaceAll("'", "''"), locale, undefined, { ignoreTag: true });
    return { text: format.format(params) };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  }
});
process.stdout.write(JSON.stringify(out));
