import { DICTIONARIES } from '../../core/i18n/messages';
import { viReport } from '../../core/i18n/vi/report';

/**
 * Imported FIRST by the consolidation worker: the pane's build leaves the report's words out of
 * core/i18n (src/taskpane/i18n/lazyReportWords.ts), and modules the worker evaluates next (the TH
 * sheets' "Chưa BC" cell, verdict texts) read them. This import path is not the one the build
 * replaces, so the worker's chunk carries the real words; ES modules run in import order, so they
 * are in the dictionary before any later import's body runs.
 */
Object.assign(DICTIONARIES.vi, viReport);
