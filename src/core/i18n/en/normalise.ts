import type { viNormalise } from '../vi/normalise';

export const enNormalise: Record<keyof typeof viNormalise, string> = {
  'normalise.reason.unicodeForm': 'decomposed Unicode made composed',
  'normalise.reason.spacing': 'extra spaces removed',
  'normalise.reason.letterCase': 'capitals as in the list',
  'normalise.reason.alias': 'another name replaced by the list name',
  'normalise.reason.textDate': 'date typed as text made a date',
  'normalise.reason.textMinutes': 'minutes typed as text made a number',
  'normalise.reason.suggested': 'not in the plan, replaced by the nearest list name, as the check suggests',
  'normalise.reason.textAmount': 'amount typed as text made a number',
  'normalise.unsettled.unknownName': 'not in the plan, left as typed: choose it again from the list',
  'normalise.unsettled.notADate': 'cannot be read as a date, left as typed: type it again as dd/mm/yyyy',
  'normalise.unsettled.notMinutes': 'cannot be read as minutes (hours are not turned into minutes), left as typed: type it again as a number of minutes',
  'normalise.unsettled.ambiguousMinutes':
    'written like a number with thousands, so how many minutes is unclear; left as typed: type it again as minutes (for example 45 or 1.5)',
  'normalise.unsettled.notAnAmount': 'cannot be read as an amount, left as typed: type it again as a number',
  'normalise.change': '{sheet}!{cell}: "{old}" → "{new}" ({reason})',
  'normalise.unsettledLine': '{sheet}!{cell}: "{old}": {reason}',
  'pane.normalise.run': 'Normalise (Chuẩn hóa)',
  'pane.normalise.explain':
    'Fixes the cells the Tiến độ sheet does not count: decomposed Unicode, extra spaces, other names of a channel, form or unit, dates and amounts typed as text. Only these cells change; a cell that cannot be fixed automatically is left as typed and listed.',
  'pane.normalise.working': 'Normalising…',
  'pane.normalise.done': '{count, plural, one {Fixed # cell.} other {Fixed # cells.}} Click "Check again" to see what is left to fix.',
  'pane.normalise.nothing': 'No cell needs normalising.',
  'pane.normalise.unsettled': '{count, plural, one {# cell is} other {# cells are}} left as typed because they cannot be fixed automatically:',
  'pane.normalise.notTemplate':
    'This workbook was not made by the add-in, so it has no Tiến độ sheet to normalise for. Move it to the template in Tracking workbook first.',
  'pane.normalise.cannotWrite': 'This Excel does not let the add-in write cells, so nothing was normalised.',
  'pane.normalise.failed': 'Could not normalise',
  'pane.normalise.recheck': 'Check again',
};
