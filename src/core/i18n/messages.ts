import { viCommon } from './vi/common';
import { viPlan } from './vi/plan';
import { enCommon } from './en/common';
import { enPlan } from './en/plan';
import { viAdopt } from './vi/adopt';
import { enAdopt } from './en/adopt';
import { viConsolidate } from './vi/consolidate';
import { enConsolidate } from './en/consolidate';
import { viPeriods } from './vi/periods';
import { enPeriods } from './en/periods';
import { viCli } from './vi/cli';
import { enCli } from './en/cli';
import { viPane } from './vi/pane';
import { enPane } from './en/pane';
import { viValidation } from './vi/validation';
import { enValidation } from './en/validation';
import { viReport } from './vi/report';
import { enReport } from './en/report';
import { viExcel } from './vi/excel';
import { enExcel } from './en/excel';
import { viPaneTrackers } from './vi/paneTrackers';
import { enPaneTrackers } from './en/paneTrackers';
import { viPaneConsolidate } from './vi/paneConsolidate';
import { enPaneConsolidate } from './en/paneConsolidate';
import { viReader } from './vi/reader';
import { enReader } from './en/reader';

/**
 * Typed dictionaries, one file per area and language. Vietnamese is the source: its keys define
 * MessageKey, and each English file is typed against its Vietnamese twin, so a missing translation
 * is a compile error (and tests/core/i18n checks it again at run time).
 *
 * To add an area: write vi/AREA.ts and en/AREA.ts and spread both below.
 */
export const vi = { ...viCommon, ...viPlan, ...viAdopt, ...viConsolidate, ...viPeriods, ...viCli, ...viPane, ...viReport, ...viValidation, ...viExcel, ...viPaneTrackers, ...viPaneConsolidate, ...viReader } as const;

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = { ...enCommon, ...enPlan, ...enAdopt, ...enConsolidate, ...enPeriods, ...enCli, ...enPane, ...enReport, ...enValidation, ...enExcel, ...enPaneTrackers, ...enPaneConsolidate, ...enReader };

export type Language = 'vi' | 'en';

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };
