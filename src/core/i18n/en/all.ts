import type { MessageKey } from '../messages';
import { enCommon } from './common';
import { enPlan } from './plan';
import { enAdopt } from './adopt';
import { enConsolidate } from './consolidate';
import { enPeriods } from './periods';
import { enCli } from './cli';
import { enPane } from './pane';
import { enValidation } from './validation';
import { enReport } from './report';
import { enExcel } from './excel';
import { enPaneTrackers } from './paneTrackers';
import { enPaneConsolidate } from './paneConsolidate';
import { enReader } from './reader';
import { enReview } from './review';
import { enDecisions } from './decisions';
import { enNormalise } from './normalise';

/** Every area's English twin, typed against the Vietnamese source (a missing key is a compile error). */
export const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enPlan,
  ...enAdopt,
  ...enConsolidate,
  ...enPeriods,
  ...enCli,
  ...enPane,
  ...enValidation,
  ...enReport,
  ...enExcel,
  ...enPaneTrackers,
  ...enPaneConsolidate,
  ...enReader,
  ...enReview,
  ...enDecisions,
  ...enNormalise,
};
