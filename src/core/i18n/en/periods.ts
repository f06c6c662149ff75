import type { viPeriods } from '../vi/periods';

export const enPeriods: Record<keyof typeof viPeriods, string> = {
  'period.quarter.1': 'Q1 {year}',
  'period.quarter.2': 'Q2 {year}',
  'period.quarter.3': 'Q3 {year}',
  'period.quarter.4': 'Q4 {year}',
  'period.half.1': 'first half of {year}',
  'period.half.2': 'second half of {year}',
  'period.year': 'full year {year}',
  'period.range': 'from {from} to {to}',
  'period.spec.empty':
    'No reporting period entered. Type, for example, 2018-H1 (first half), 2018 (full year), 2018-Q3 (third quarter) or 01/3/2018..31/5/2018.',
  'period.spec.badSyntax':
    'Cannot read the period "{spec}". Use one of: 2018-H1 (first half), 2018-H2 (second half), 2018 (full year), 2018-Q3 (third quarter) or 01/3/2018..31/5/2018 (from one day to another, day first).',
  'period.spec.badYear': 'The year "{year}" in "{spec}" is not valid. Type all four digits, for example 2018.',
  'period.spec.badQuarter': 'There is no quarter "{quarter}" (in "{spec}"). A year has four: Q1, Q2, Q3, Q4.',
  'period.spec.badHalf': 'There is no half "{half}" (in "{spec}"). Use H1 for the first six months, H2 for the second.',
  'period.spec.incompleteRange': 'The period "{spec}" is missing its first or last day. Type both, for example 01/3/2018..31/5/2018.',
  'period.spec.badDate': '"{value}" (in "{spec}") is not a real date. Type dates day first, as dd/mm/yyyy, for example 31/5/2018.',
  'period.spec.fromAfterTo': 'The first day {from} is after the last day {to} (in "{spec}"). Put the earlier date before "..".',
};
