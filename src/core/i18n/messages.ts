import { en } from './en';
import { viCommon } from './vi/common';
import { viPlan } from './vi/plan';
import { viAdopt } from './vi/adopt';
import { viConsolidate } from './vi/consolidate';
import { viPeriods } from './vi/periods';
import { viCli } from './vi/cli';
import { viPane } from './vi/pane';
import { viValidation } from './vi/validation';
import { viReport } from './vi/report';
import { viExcel } from './vi/excel';
import { viPaneTrackers } from './vi/paneTrackers';
import { viPaneConsolidate } from './vi/paneConsolidate';
import { viReader } from './vi/reader';
import { viReview } from './vi/review';
import { viDecisions } from './vi/decisions';
import { viNormalise } from './vi/normalise';

/**
 * Typed dictionaries, one file per area and language. Vietnamese is the source: its keys define
 * MessageKey, and each English file is typed against its Vietnamese twin, so a missing translation
 * is a compile error (and tests/core/i18n checks it again at run time).
 *
 * To add an area: write vi/AREA.ts and en/AREA.ts and spread both below.
 */
export const vi = {
  ...viCommon,
  ...viPlan,
  ...viAdopt,
  ...viConsolidate,
  ...viPeriods,
  ...viCli,
  ...viPane,
  ...viReport,
  ...viValidation,
  ...viExcel,
  ...viPaneTrackers,
  ...viPaneConsolidate,
  ...viReader,
  ...viReview,
  ...viDecisions,
  ...viNormalise,
} as const;

export type MessageKey = keyof typeof vi;

export type Language = 'vi' | 'en';

/**
 * English is assembled in ./en (every area's twin). The pane's build swaps that module for one that
 * loads English when the officer first picks it (src/taskpane/i18n/lazyEnglish.ts): Vietnamese is
 * the default and English need not weigh on the first load. Until it is loaded, t() falls back to Vietnamese.
 */
export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };

export { en };
