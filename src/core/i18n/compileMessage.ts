/**
 * The part of ICU MessageFormat the dictionaries use, compiled once per message:
 *   {name}                                             a parameter
 *   {name, plural, =0 {…} one {# row} other {# rows}}  a plural, `#` being the number
 * This is the syntax intl-messageformat (FormatJS) reads, and tests/core/i18n checks that both give
 * the same text for every message. intl-messageformat itself is not used: with its parser it adds
 * 33 KiB to the pane's first-load script, whose budget (tests/browser/bundle.test.ts) has 4 KiB left.
 *
 * Two deliberate differences from ICU, so that existing texts read as written:
 * - an apostrophe is always an apostrophe (ICU would start quoting at `'{`);
 * - a `{` that does not start a parameter (as in `{"columns": …}`) is plain text, with its `}`.
 */

/** One piece of a compiled message. */
export type MessagePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'argument'; readonly name: string }
  | { readonly kind: 'pound' }
  | { readonly kind: 'plural'; readonly name: string; readonly options: Readonly<Record<string, readonly MessagePart[]>> };

/** A message whose plural syntax is malformed: a dictionary mistake, caught by tests/core/i18n. */
export class MessageSyntaxError extends Error {
  constructor(template: string, at: number, expected: string) {
    super(`${expected} at character ${at} of message: ${template}`);
    this.name = 'MessageSyntaxError';
  }
}

const ARGUMENT = /\{\s*(\w+)\s*(\}|,\s*(\w+)\s*,)/y;
const SELECTOR = /\s*(=\d+|\w+)\s*\{/y;

/**
 * Compiles an ICU message (the subset above) into parts.
 * Throws MessageSyntaxError for an unclosed plural, a plural without `other`, or another argument
 * type (select, number, date): the dictionaries do not use them.
 */
export function compileMessage(template: string): MessagePart[] {
  let at = 0;

  function parts(inPlural: boolean): MessagePart[] {
    const out: MessagePart[] = [];
    let text = '';
    let literalDepth = 0; // braces of a `{` that starts no parameter, kept as text
    const flush = (): void => {
      if (text !== '') out.push({ kind: 'text', text });
      text = '';
    };
    while (at < template.length) {
      const char = template[at] ?? '';
      if (char === '{') {
        ARGUMENT.lastIndex = at;
        const match = ARGUMENT.exec(template);
        if (match && literalDepth === 0) {
          flush();
          const name = match[1] ?? '';
          at = ARGUMENT.lastIndex;
          if (match[2] === '}') out.push({ kind: 'argument', name });
          else if (match[3] === 'plural') out.push({ kind: 'plural', name, options: pluralOptions() });
          else throw new MessageSyntaxError(template, at, `unsupported argument type "${match[3] ?? ''}"`);
          continue;
        }
        literalDepth += 1;
        text += char;
      } else if (char === '}') {
        if (literalDepth > 0) {
          literalDepth -= 1;
          text += char;
        } else if (inPlural) {
          break;
        } else {
          text += char;
        }
      } else if (char === '#' && inPlural && literalDepth === 0) {
        flush();
        out.push({ kind: 'pound' });
      } else {
        text += char;
      }
      at += 1;
    }
    flush();
    return out;
  }

  function pluralOptions(): Record<string, MessagePart[]> {
    const options: Record<string, MessagePart[]> = {};
    for (;;) {
      while (/\s/.test(template[at] ?? '')) at += 1;
      if (template[at] === '}') {
        at += 1;
        break;
      }
      SELECTOR.lastIndex = at;
      const match = SELECTOR.exec(template);
      if (!match) throw new MessageSyntaxError(template, at, 'expected a plural selector such as one {…} or other {…}');
      at = SELECTOR.lastIndex;
      options[match[1] ?? ''] = parts(true);
      if (template[at] !== '}') throw new MessageSyntaxError(template, at, 'expected } closing a plural option');
      at += 1;
    }
    if (!options.other) throw new MessageSyntaxError(template, at, 'a plural needs an "other" option');
    return options;
  }

  return parts(false);
}

/** The parameter names a compiled message reads (plural ones included), sorted, each once. */
export function argumentNames(parts: readonly MessagePart[]): string[] {
  const names = new Set<string>();
  const walk = (list: readonly MessagePart[]): void => {
    for (const part of list) {
      if (part.kind === 'argument') names.add(part.name);
      if (part.kind === 'plural') {
        names.add(part.name);
        Object.values(part.options).forEach(walk);
      }
    }
  };
  walk(parts);
  return [...names].sort();
}
