import type { Rule } from '../types';
import { amount } from './amount';
import { dateInFuture } from './dateInFuture';
import { dateNotADate } from './dateNotADate';
import { dateOutsidePeriod } from './dateOutsidePeriod';
import { dateOutsidePlanYear } from './dateOutsidePlanYear';
import { dateOutsideUnitActive } from './dateOutsideUnitActive';
import { duplicateOutput } from './duplicateOutput';
import { hiddenRows } from './hiddenRows';
import { legacyText } from './legacyText';
import { link } from './link';
import { measures } from './measures';
import { nameSpelling } from './nameSpelling';
import { liveNotCounted } from './liveNotCounted';
import { requiredFields } from './requiredFields';
import { standingDoneWithoutDate } from './standingDoneWithoutDate';
import { standingLate } from './standingLate';
import { standingPeriod } from './standingPeriod';
import { standingSameWindow } from './standingSameWindow';
import { standingUnknownItem } from './standingUnknownItem';
import { standingWrongLevel } from './standingWrongLevel';
import { stamp } from './stamp';
import { tableColumns } from './tableColumns';
import { title } from './title';
import { unknownName } from './unknownName';

/** Every rule, in the order their issues are gathered (the report sorts them by place anyway). */
export const RULES: readonly Rule[] = [
  stamp,
  tableColumns,
  requiredFields,
  dateNotADate,
  dateOutsidePlanYear,
  dateInFuture,
  dateOutsidePeriod,
  dateOutsideUnitActive,
  unknownName,
  nameSpelling,
  standingUnknownItem,
  title,
  link,
  duplicateOutput,
  standingDoneWithoutDate,
  standingWrongLevel,
  standingLate,
  standingPeriod,
  standingSameWindow,
  amount,
  measures,
  legacyText,
  liveNotCounted,
  hiddenRows,
];
