import { DICTIONARIES } from '../../core/i18n/messages';

/**
 * The report's Vietnamese words (core/i18n/vi/report.ts, about 17 KB), kept out of the pane's
 * first-load script: the pane's build (webpack.config.js) puts this empty dictionary where
 * core/i18n imports vi/report, and index.tsx loads the real words (a lazy chunk) while it waits for
 * Office.js, before the pane is connected to a workbook. Every pane step that writes a report, a
 * tracker or a consolidation needs the workbook, so it runs after the words are in. The first,
 * unconnected render uses none of them (the words it shows live in vi/pane.ts and vi/common.ts).
 * The consolidation worker has its own copy of the dictionaries and fills them with
 * worker/reportWordsFirst.ts.
 */
export const viReport = {};

let loading: Promise<void> | null = null;

/** Loads the report's words once and adds them to the Vietnamese dictionary in place; resolves when t() can use them. */
export function loadReportWords(): Promise<void> {
  loading ??= import(/* webpackChunkName: "report-words" */ '../../core/i18n/vi/report').then((module) => {
    Object.assign(DICTIONARIES.vi, module.viReport);
  });
  return loading;
}
