import type { viConsolidate } from '../vi/consolidate';

export const enConsolidate: Record<keyof typeof viConsolidate, string> = {
  'consolidate.reject.empty': 'The file is empty (0 bytes). Ask the unit to send it again.',
  'consolidate.reject.notXlsx': 'Not an Excel .xlsx file ({detail}). Open it in Excel and save it as .xlsx (Excel Workbook).',
  'consolidate.reject.corrupt': 'The file is damaged or was not fully downloaded. Ask the unit to send it again.',
  'consolidate.reject.encrypted': 'The file is password-protected. Ask the unit to remove the password and send it again.',
  'consolidate.reject.tooLarge': 'The file is too large ({detail}). Check that it is a tracking workbook.',
  'consolidate.reject.otherPlan': 'The workbook follows another plan ({detail}). Ask the unit to use the current plan\'s workbook.',
  'consolidate.reject.unknownUnit': 'The sending unit cannot be recognised. Name the file after the unit or use a workbook made by the add-in.',
  'consolidate.reject.superseded': 'The unit sent a newer file ({detail}); this one is not used.',
  'consolidate.kind.output': 'Output',
  'consolidate.kind.standing': 'Standing item',
  'consolidate.kind.spending': 'Spending',
  'consolidate.quarantine.noDate': 'No date',
  'consolidate.quarantine.badDate': 'Date "{value}" cannot be read',
  'consolidate.quarantine.unknownChannel': 'Channel "{value}" is not in the plan',
  'consolidate.quarantine.noTitle': 'No title',
  'consolidate.quarantine.unknownUnit': 'Unit unknown',
  'consolidate.quarantine.unknownItem': 'Standing item not in the plan',
  'consolidate.duplicate': 'Same as an output already counted (same channel, date and title)',
};
