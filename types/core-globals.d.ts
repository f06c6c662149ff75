/**
 * The few globals src/core may use besides the language (tsconfig.core.json has no DOM and no Node
 * types): each is the same WHATWG API in browsers, in Excel's runtime and in Node >= 20.
 * Shapes follow TypeScript's lib.dom.d.ts; add a member here only when the core needs it.
 */

/** WHATWG URL (https://url.spec.whatwg.org/#url-class); `new URL(text)` throws TypeError on an invalid URL. */
declare class URL {
  constructor(url: string | URL, base?: string | URL);
  readonly hostname: string;
  readonly href: string;
  readonly protocol: string;
  readonly pathname: string;
  toString(): string;
}
