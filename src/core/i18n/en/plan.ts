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
