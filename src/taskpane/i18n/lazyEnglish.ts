import type { MessageKey } from '../../core/i18n/messages';

/**
 * The pane's English dictionary, empty until the officer first picks English: the pane's build
 * (webpack.config.js) puts this module where core/i18n/en is imported, so English (about 60 KB)
 * is not in the first-load script; Vietnamese, the default, is. t() falls back to Vietnamese for a
 * key English does not have yet, so the pane never shows a blank while English loads.
 */
export const en = {} as Record<MessageKey, string>;

let loading: Promise<void> | null = null;

/** Loads English once (a lazy chunk) and fills `en` in place; resolves when it can be used. */
export function loadEnglish(): Promise<void> {
  loading ??= import(/* webpackChunkName: "english" */ '../../core/i18n/en/all').then((module) => {
    Object.assign(en, module.en);
  });
  return loading;
}
