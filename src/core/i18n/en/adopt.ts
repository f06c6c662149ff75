import type { viAdopt } from '../vi/adopt';

export const enAdopt: Record<keyof typeof viAdopt, string> = {
  'adopt.reason.noDate': 'No date',
  'adopt.reason.badDate': 'Date "{value}" cannot be read (enter it as dd/mm/yyyy)',
  'adopt.reason.noChannel': 'No channel given',
  'adopt.reason.unknownChannel': 'Channel "{value}" is not in the plan and was not mapped to one',
  'adopt.reason.noTitle': 'No title or content',
  'adopt.reason.hidden': 'Hidden row: not taken (unhide it to take it)',
  'adopt.reason.monthOnly': 'Only the month "{value}" is given, no day',
  'adopt.reason.unknownUnit': 'Unit "{value}" is not in the plan',
  'adopt.reason.ambiguousUnit':
    'Unit "{value}" could be {names} (the names differ only by a tone mark). Write the name with its marks as the plan does, or the unit\'s code',
  'adopt.reason.duplicate': 'Repeats row {value}, already taken',
  'adopt.reason.unknownItem': 'Item "{value}" matches none of the plan\'s standing items; nearest: {names} (give the code or title as the plan words it)',
  'adopt.reason.noItemForLevel': 'Item "{value}": the plan gives no standing item to units of this level',
  'adopt.reason.noAmount': 'No amount',
  'adopt.reason.noTable': 'The sheet has no tracking table the reader recognises (its headers match no news, standing-item or spending table)',
  'adopt.byTitle.heading': '{rows, plural, one {# standing row} other {# standing rows}} matched by item title (the tracker gives no code):',
  'adopt.byTitle.exact': '«{title}» → {code} ({rows, plural, one {# row} other {# rows}})',
  'adopt.byTitle.near': "«{title}» → {code} «{itemTitle}» (title nearly the plan's, {rows, plural, one {# row} other {# rows}})",
  'adopt.byTitle.map': '«{title}» → {code} «{itemTitle}» (from the mapping file, {rows, plural, one {# row} other {# rows}})',
  'adopt.unreadStates': 'States not read, kept as typed in Hạng mục (change them to Đã thực hiện, Đang thực hiện or Chưa thực hiện): {states}',
  'adopt.unreadState': '"{value}" at {cell} ({rows, plural, one {# row} other {# rows}})',
  'adopt.fundingRenamed':
    'Funding sources typed otherwise than the plan names them, written as the nearest plan name (check them; to choose otherwise, edit "fundingSources" in the mapping file): {sources}',
  'adopt.fundingRenamed.map': 'Funding sources typed otherwise than the plan names them, written as the mapping file names them: {sources}',
  'adopt.fundingRename': '«{typed}» → «{name}» ({rows, plural, one {# row} other {# rows}})',
  'adopt.unusedMeasure.minutes':
    'Column {column} «{header}» (sheet {sheet}) holds numbers but was not taken, while the plan measures targets in minutes ({targets}). If it holds airtime, choose «Minutes» for it (mapping file: "{column}": "minutes"); otherwise those targets count no minutes from it.',
  'adopt.unusedMeasure.amount':
    'Column {column} «{header}» (sheet {sheet}) holds numbers but was not taken, while the plan measures targets in đồng ({targets}). If it holds amounts spent, choose «Amount (VND)» for it (mapping file: "{column}": "amount"); otherwise the amounts are not counted.',
  'adopt.blankContent': 'Spending rows without content (amount taken, content to be filled in): {cells}',
  'adopt.skipped.blank': 'blank row',
  'adopt.skipped.title': 'title row',
  'adopt.skipped.total': 'total row',
  'adopt.map.notObject': 'The mapping file must be a JSON object, e.g. {"columns": {"Ngày đăng": "date"}}.',
  'adopt.map.unknownField': 'There is no field "{value}". Use one of: {allowed}, or null to leave the column out.',
  'adopt.map.unknownChannel': 'Channel "{value}" in the mapping file is not in the plan. Use a plan channel code or name, or null.',
  'adopt.map.unknownForm': 'Form "{value}" in the mapping file is not in the plan. Use a plan form code or name, or null.',
  'adopt.map.unknownFundingSource':
    'Funding source "{value}" in the mapping file is not in the plan. Use a plan funding source code or name, or null to keep it as typed.',
  'adopt.map.adoptOnly':
    "Keys {keys} are applied only when adopting (cchc adopt), not when consolidating: standing-items and spending tables are read by their headers, items and funding sources by the plan's names. To apply them, adopt the unit's tracker with this mapping file and consolidate the adopted tracker.",
  'adopt.map.adoptOnlyInFile':
    "Keys {keys} of file {file} are applied only when adopting (cchc adopt), not when consolidating: standing-items and spending tables are read by their headers, items and funding sources by the plan's names. To apply them, adopt the unit's tracker with this mapping file and consolidate the adopted tracker.",
  'adopt.map.unknownSheet': 'Sheet "{value}" in the mapping file is not in the workbook.',
  'adopt.map.badColumn': 'Column "{value}" is not valid. Use the column letter (A, B, ...) or its exact header.',
  'adopt.map.unknownUnit': 'Unit "{value}" in the mapping file is not in the plan. Use a plan unit\'s code or name.',
  'adopt.map.letterNeedsSheet':
    'Column "{value}" given by its letter must sit under "sheets" with its sheet: the same letter is a different column on each sheet.',
  'adopt.map.badValue': 'Value "{value}" of "{key}" is not valid (includeHidden: true or false; usDates: "swap" or "keep"; headerRow: a whole number from 1).',
  'adopt.map.unknownFile': 'File "{value}" in the mapping file is not among the files being consolidated.',
  'adopt.noTable': 'No tracking table was found (it needs at least a date column and a title column).',
};
