import type { viPlan } from '../vi/plan';

export const enPlan: Record<keyof typeof viPlan, string> = {
  'plan.sheet.missing': 'Sheet "{sheet}" was not found. Create a plan sheet or use the built-in plan.',
  'plan.section.missing': 'The plan sheet has no "{section}" section. Add a heading row "{section}" and its table.',
  'plan.section.unknown': 'Section "{text}" is not recognised and was skipped. Known sections: {known}.',
  'plan.column.missing': 'Section "{section}" has no "{column}" column. Add it to the section\'s header row.',
  'plan.field.missing': '"{field}" is missing. Enter a value in this cell.',
  'plan.field.notNumber': '"{field}" must be a number, but the cell holds "{value}".',
  'plan.field.negative': '"{field}" must not be negative (it is {value}).',
  'plan.field.notWhole': '"{field}" must be a whole number (it is {value}).',
  'plan.field.badDate': '"{field}" is not a valid date ("{value}"). Enter it as dd/mm/yyyy.',
  'plan.field.badValue': '"{field}" does not accept "{value}". Allowed: {allowed}.',
  'plan.field.outOfRange': '"{field}" must be between {min} and {max}, but the cell holds {value}. Check for a typing slip.',
  'plan.name.duplicate': 'The name "{name}" is already used by another entry of "{section}" (cell {first}). Use each name once.',
  'plan.alias.shadows':
    'The alias "{alias}" reads the same as "{other}" (cell {otherCell}) of another entry of "{section}", so a tracker saying "{alias}" could not be told apart. Remove or change this alias.',
  'plan.name.tooLongForFormula':
    '"{field}" is {length, plural, one {# character} other {# characters}} long; Excel accepts no text longer than {max, plural, one {# character} other {# characters}} in a formula, and the tracker\'s progress formulas use this name. Shorten it (the full name can go in the aliases column).',
  'plan.target.formulaTooLong':
    'Target "{id}" counts over {channels, plural, one {# channel} other {# channels}} and {forms, plural, one {# form} other {# forms}}, so its progress formula is {length, plural, one {# character} other {# characters}} long, over Excel\'s limit of {max}. Use fewer channels or forms, or split it into several targets.',
  'plan.code.duplicate': 'Code "{code}" is used twice in section "{section}" (first at {first}). Each code must be unique.',
  'plan.reference.unknownChannel': 'A target names channel "{value}", which is not in the Channels section.',
  'plan.reference.unknownForm': 'A target names form "{value}", which is not in the Forms section.',
  'plan.reference.unknownUnit': 'Unit "{value}" is not in the Units section.',
  'plan.reference.unknownLevel': 'Level "{value}" is not valid. Use: district agency, reception office, commune.',
  'plan.reference.unknownItem': 'Code "{value}" is not a target or standing item of the plan.',
  'plan.target.noChannel': 'Target "{id}" has no channel. Name at least one channel code.',
  'plan.units.none': 'The plan has no units.',
  'plan.targets.none': 'The plan has no targets.',
};
