import { en } from '../core/i18n/messages';

/**
 * English made ready for a run that asks for it (`--lang en`). The bundled `cchc` and its read
 * worker leave core/i18n/en out of what every run loads (scripts/bundle-cli.mjs), as the pane's build
 * does (src/taskpane/i18n/lazyEnglish.ts): there messages.ts's `en` starts empty, t() falls back to
 * Vietnamese, and this fills it. Unbundled (tests, the modules under dist/node), `en` is already
 * whole and this changes nothing. Why (issue 11): building the English dictionary cost 10–15 ms
 * of CPU at every start, and Vietnamese is the default.
 */
export async function loadEnglish(): Promise<void> {
  const { en: all } = await import('../core/i18n/en/all');
  if (all !== en) Object.assign(en, all);
}
