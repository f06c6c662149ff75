import type { viValidation } from '../vi/validation';

export const enValidation: Record<keyof typeof viValidation, string> = {
  'validation.required.missing': 'Row {row} has no {field}. Enter the {field} for this row, or delete the row if it was added by mistake.',
  'validation.required.unitUnknownOwner':
    "The {field} cell is blank and this workbook does not say which unit it belongs to. Type the unit (as the plan lists it), or choose the workbook's unit when checking.",
  'validation.table.none':
    'No entry table found (outputs, standing items, spending). Use the add-in\'s template, or give your sheet a header row with at least "Ngày" (date) and "Tiêu đề" (title) columns.',
  'validation.table.missingColumn':
    'The table with its header on row {row} has no "{header}" column. Add a "{header}" column to the header row and fill it in for every row.',
  'validation.table.unknownOwner':
    'The table (header on row {row}) has no "Đơn vị" (unit) column and the workbook does not say which unit it belongs to. Add a unit column, or choose the workbook\'s unit when checking.',
  'validation.date.notADate': '{field} "{value}" cannot be read as a date. Type dates as dd/mm/yyyy, for example {example}.',
  'validation.date.outsidePlanYear':
    "The date {date} is outside plan year {year} ({from} to {to}). Check the year typed; if the work belongs to another year, record it in that year's workbook.",
  'validation.date.beforeUnitActive':
    'The date {date} is before {unit} joined the plan ({from}): this row counts for no target set for each unit, only for the plan-wide targets. Fix the date if it was mistyped; if the work was done before the unit existed, record it in the workbook of the unit that did it.',
  'validation.date.afterUnitActive':
    "The date {date} is after {unit} left the plan ({to}): this row counts for no target set for each unit, only for the plan-wide targets. Fix the date if it was mistyped; if the work was done after the merger, record it in the new unit's workbook.",
  'validation.date.future': 'The date {date} is after today ({today}). Check it: type the day first, then the month (dd/mm/yyyy).',
  'validation.date.outsidePeriod':
    'The date {date} is outside the chosen reporting period ({from} – {to}), so this row does not count in it. Fix the date if it was mistyped; otherwise nothing needs doing.',
  'validation.name.unknown': '{field} "{value}" is not in the plan. Pick one from the list (sheet Danh mục).',
  'validation.name.unknownOwn': '{field} "{value}" is not in the plan. Write it as the plan names it.',
  'validation.name.unknownSuggest': '{field} "{value}" is not in the plan. Did you mean "{suggestion}"? Change it to "{suggestion}" or pick one from the list.',
  'validation.name.ambiguousUnit':
    '{field} "{value}" could be {names} (the names differ only by a tone mark). Write the name with its marks as the plan does, or the unit\'s code ({codes}).',
  'validation.standing.unknownItem': 'Standing item "{value}" is not in the plan. Type one of: {ids}.',
  'validation.standing.unknownItemSuggest':
    'Standing item "{value}" is not in the plan. Did you mean "{suggestion}"? Change it to "{suggestion}" (items: {ids}).',
  'validation.standing.unknownTitle':
    'Standing work "{value}" matches no standing item of the plan for this unit, so it is not counted. Type the item\'s code in a code column (items: {ids}) or its title as the plan writes it.',
  'validation.title.empty': 'Row {row} has no {field}. Type the title of the item as published or aired.',
  'validation.title.tooLong':
    '{field} is {length, plural, one {# character} other {# characters}} long, more than the {max} allowed. Shorten it and move the rest to the Ghi chú (note) column.',
  'validation.link.malformed':
    '"{value}" is not a valid web address. Paste the full address starting with http:// or https://, or write the issue number (for example "Số 1234").',
  'validation.link.noScheme': 'The address "{value}" lacks http:// or https://. Change it to "{suggestion}".',
  'validation.link.malformedMany':
    '{count, plural, one {# cell} other {# cells}} in {field} ({from} to {to}) hold no valid web address; the first reads "{value}". Paste the full addresses starting with http:// or https://, or write the issue numbers (for example "Số 1234").',
  'validation.link.noSchemeMany':
    '{count, plural, one {# cell} other {# cells}} in {field} ({from} to {to}) hold addresses that lack http:// or https://; change the first ("{value}") to "{suggestion}". Put https:// in front of each address in these cells.',
  'validation.duplicate.output':
    '"{title}" on {date} repeats row {firstRow} ({first}): same channel, same date, same title. Delete the repeated row; if they are two different items, make the titles tell them apart.',
  'validation.standing.late':
    'Item {item} ({title}) is late: it was due by {due} at the latest and no row says it was done in time. If it was done, update its state and the date it was done.',
  'validation.standing.lateMany':
    "Item {item} ({title}) is late for {count, plural, one {# occurrence} other {# occurrences}} ({occurrences}; due by {dues} respectively) and no row says they were done. If they were, update their state and the date done, and write each one's Period.",
  'validation.standing.doneLate':
    'Item {item} ({title}) was done late: on {done}, due by {due} at the latest. Nothing to correct; the report says "done late".',
  'validation.standing.badPeriod':
    'Item {item}: the Period cell says "{value}", which names no period; the row is counted by its date done. Write the period as "Quý I", "Tháng 3", "6 tháng đầu năm" or "Năm 2026".',
  'validation.standing.periodNotInList':
    'Item {item}: the Period cell says "{value}"; the report reads it as {expected} but the Tiến độ sheet counts only a period written as the list has it. Pick the period from the list ("{expected}") so the Tiến độ sheet counts it (or click "Chuẩn hóa" (Normalise) in Check; command line: cchc normalise).',
  'validation.standing.sameWindow':
    'Item {item} has {count, plural, one {# row} other {# rows}} done in {window} (on {dates}), while {previousName} has none. The row of {done} has no Period, so it is counted for {previousName}, done late (due by {due} at the latest); {window} is credited with the row of {own}. If so, write "{previous}" in its Period cell to make it plain; if not, correct its date or Period.',
  'validation.name.spelling':
    '{field} "{value}" differs by its tone marks from the list name ("{suggestion}"); this row is counted for "{suggestion}". If "{suggestion}" is meant, write it exactly as the list does (sheet Danh mục).',
  'validation.hidden.standing':
    '{count, plural, one {# standing-item row on this sheet is} other {# standing-item rows on this sheet are}} hidden (rows {rows}): not counted in reports or the consolidation. Unhide a row to count it, or delete it if unused.',
  'validation.hidden.standingLive':
    '{count, plural, one {# standing-item row on this sheet is} other {# standing-item rows on this sheet are}} hidden (rows {rows}): reports and the consolidation do not count them, but the Tiến độ sheet does (COUNTIFS counts hidden rows). Unhide a row to count it, or delete it if unused.',
  'validation.hidden.spending':
    '{count, plural, one {# spending row on this sheet is} other {# spending rows on this sheet are}} hidden (rows {rows}): not counted in reports or the consolidation. Unhide a row to count it, or delete it if unused.',
  'validation.hidden.spendingLive':
    '{count, plural, one {# spending row on this sheet is} other {# spending rows on this sheet are}} hidden (rows {rows}): reports and the consolidation do not count them, but the Tiến độ sheet does (SUMIFS adds hidden rows). Unhide a row to count it, or delete it if unused.',
  'validation.standing.doneWithoutDate': 'Standing item {item} is marked done but has no date done. Enter the date it was done as dd/mm/yyyy.',
  'validation.standing.wrongLevel':
    'The plan does not ask {unit} for standing item {item}. Check the item or the unit; delete the row if it was added by mistake.',
  'validation.amount.unreadable': 'The amount "{value}" cannot be read. Type a positive whole number of đồng, digits only, for example 1500000.',
  'validation.amount.notPositive': 'The amount "{value}" must be more than 0. Type the amount spent in đồng, for example 1500000.',
  'validation.amount.notWhole': 'The amount "{value}" has a fraction. Type a whole number of đồng, for example 1500000.',
  'validation.amount.text':
    'The amount "{value}" is text, so Excel (the Tiến độ sheet included) cannot add it up. Type it again as a number: {amount}; in a workbook the add-in made, "Chuẩn hóa" (Normalise) in Check (command line: cchc normalise) does it for you.',
  'validation.measure.unreadable': '{field} "{value}" cannot be read, so it is not added to any target. Type a number of 0 or more, for example 15.',
  'validation.measure.text':
    '{field} "{value}" is text: the report counts {number}, but the Tiến độ sheet cannot add it up. Type it again as a number: {number}.',
  'validation.live.unicodeForm':
    '{field} "{value}" is in decomposed Unicode (accents apart from the letters): it looks like the list value but does not match it, so the Tiến độ sheet does not count this row (the report does). Click "Chuẩn hóa" (Normalise) in Check (command line: cchc normalise) to change it to "{expected}".',
  'validation.live.spacing':
    '{field} "{value}" has extra spaces compared with the list value, so the Tiến độ sheet does not count this row (the report does). Click "Chuẩn hóa" (Normalise) in Check (command line: cchc normalise) to change it to "{expected}".',
  'validation.live.alias':
    '{field} "{value}" is another name, not the list value, so the Tiến độ sheet does not count this row (the report does). Click "Chuẩn hóa" (Normalise) in Check (command line: cchc normalise) to change it to "{expected}".',
  'validation.live.textDate':
    '{field} "{value}" is a date typed as text, so the Tiến độ sheet does not count this row (the report does). Click "Chuẩn hóa" (Normalise) in Check (command line: cchc normalise) to make it the date {expected}.',
  'validation.stamp.otherPlan':
    'This workbook was made for plan {planId}, not the active plan ({activePlanId}). Make a new workbook from the active plan, or choose the right plan before checking.',
  'validation.stamp.olderRevision':
    'This workbook follows plan {planId} revision {revision}, older than the active revision ({activeRevision}). Upgrade the workbook to update its lists and targets; the rows entered are kept.',
  'validation.stamp.newerRevision':
    "This workbook follows plan {planId} revision {revision}, newer than the add-in's ({activeRevision}). Update the plan in the add-in before checking.",
  'validation.encoding.legacy':
    'The text in {field} ("{value}") looks typed in the old {encoding} encoding, not Unicode; it probably reads "{decoded}". Convert it to Unicode (Unikey: conversion tool, source {encoding}, target Unicode) and use a Unicode font such as Times New Roman.',
  'validation.encoding.legacyMany':
    '{count, plural, one {# cell} other {# cells}} in {field} ({from} to {to}) look typed in the old {encoding} encoding, not Unicode; the first ("{value}") probably reads "{decoded}". Convert the whole table to Unicode (Unikey: conversion tool, source {encoding}, target Unicode) and use a Unicode font such as Times New Roman.',
};
