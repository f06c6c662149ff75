import type { viReader } from '../vi/reader';

export const enReader: Record<keyof typeof viReader, string> = {
  'reader.columnNotTaken':
    'Column {column} "{header}" is not used: it is not clear what it holds. If it is a date, channel, form, title or count, choose the column\'s role.',
  'reader.columnSecond':
    'Column {column} "{header}" is not used: the table reads column {other} "{otherHeader}" for this. If column {column} is the right one, choose the roles of both columns.',
  'reader.columnWeak': 'Column "{header}" is uncertain: its header and what it holds do not agree. Please check it and choose its role if needed.',
  'reader.countMismatch': 'The total row says {written}, but the rows above add up to {counted}. Figures count each row ({counted}).',
  'reader.countLooksLikeAirtime':
    'Column {column} "{header}" looks like airtime (minutes), not a number of outputs: as a count, {rows, plural, one {# row} other {# rows}} would make {outputs} outputs. Each row is counted as one output and the column is read as minutes (unless the table has a minutes column already). If the column really is the number of outputs on each row, choose the role "count" for it.',
  'reader.cellsNotRead':
    'Cells {range} (a table beside the news table) were not read: its header matches no news, standing-items or spending table. Move it to a sheet of its own with the template\'s headers (standing items: "Tình trạng", "Ngày hoàn thành"; spending: "Ngày", "Số tiền") to have it counted.',
  'reader.yearAssumed': 'Date "{value}" has no year: read as {year}.',
  'reader.usDateSwapped': 'This date looks read month-first by an Excel set to English: read as {date}. If that is wrong, type it again as dd/mm/yyyy.',
  'reader.hiddenSheet': 'Sheet "{sheet}" is hidden: its rows are not counted.',
  'reader.hiddenRows': '{count, plural, one {# hidden row on this sheet is} other {# hidden rows on this sheet are}} not counted.',
  'reader.hiddenRowsLive':
    '{count, plural, one {# hidden row on this sheet (row {rows}) is} other {# hidden rows on this sheet (rows {rows}) are}} not counted by the report or the consolidation, but the Tiến độ sheet still counts them (COUNTIFS counts hidden rows). Unhide a row to count it, or delete it if it is not used.',
  'reader.totalRowSetAside':
    'Row {row} is a totals row ("{label}"), not an item or a payment: it is not counted. Figures are added up from each row; the row can be deleted.',
  'reader.unitColumnOwnParts':
    'Column "{header}" names no unit of the plan on {count, plural, one {# row} other {# rows}} ({names}), and the file names no other unit of the plan: these names are taken as {unit}\'s own offices or hamlets and the rows are counted for {unit}, each name kept in the consolidation\'s "Ghi chú" column. If one of them is another unit of the plan, write it as the plan names it.',
  'reader.channelFromTitle':
    'The table has no channel column: {count, plural, one {# row is} other {# rows are}} counted for the channel "{channel}" named in the title row at {title}. If that is wrong, add a channel column to the table.',
  'reader.noChannelAnywhere':
    'The table has no channel column, and neither the sheet name nor a title row names a channel of the plan: {count, plural, one {# row is} other {# rows are}} not counted. Add a channel column, or name the sheet after the channel (e.g. "Báo Tây Ninh").',
  'reader.noTable': 'Sheet "{sheet}" has no tracking table that can be read (it needs at least a date or channel column and a title column).',
  'reader.repeatsOtherSheets': 'Sheet "{sheet}" repeats rows of other sheets ({count, plural, one {# row} other {# rows}}): each output is counted once.',
  'reader.role.date': 'date',
  'reader.role.channel': 'channel',
  'reader.role.form': 'form',
  'reader.role.title': 'title',
  'reader.role.link': 'link',
  'reader.role.unit': 'unit',
  'reader.role.note': 'note',
  'reader.role.count': 'count',
  'reader.role.minutes': 'minutes',
  'reader.role.amount': 'amount (VND)',
  'reader.role.seq': 'row number',
  'reader.role.mark': 'channel mark',
  'reader.reason.hidden': 'Hidden row (not counted; unhide it to count it)',
  'reader.reason.noDate': 'No date',
  'reader.reason.badDate': 'Date "{value}" cannot be read (enter it as dd/mm/yyyy)',
  'reader.reason.monthOnly': 'Only the month "{value}" is given, no day: it cannot be placed in a reporting period',
  'reader.reason.noChannel': 'No channel given',
  'reader.reason.unknownChannel': 'Channel "{value}" is not in the plan and was not mapped to one',
  'reader.reason.noTitle': 'No title or content',
  'reader.reason.unknownUnit': 'Unit "{value}" is not in the plan',
  'reader.reason.ambiguousUnit':
    'Unit "{value}" could be {names} (the names differ only by a tone mark). Write the name with its marks as the plan does, or the unit\'s code',
};
