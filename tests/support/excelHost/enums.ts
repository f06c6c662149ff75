/**
 * The Excel enums adapters use as values (Excel.ConditionalFormatType.custom and so on). Office.js
 * defines them as string enums; the values here are the strings Excel takes.
 */
export const excelEnums = {
  ConditionalFormatType: { custom: 'Custom', cellValue: 'CellValue', containsText: 'ContainsText' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { a4: 'A4', letter: 'Letter' },
  DataValidationOperator: {
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
    lessThanOrEqualTo: 'LessThanOrEqualTo',
  },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideVertical: 'InsideVertical',
    insideHorizontal: 'InsideHorizontal',
  },
  BorderLineStyle: { none: 'None', continuous: 'Continuous' },
  BorderWeight: { thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
  RangeUnderlineStyle: { none: 'None', single: 'Single' },
} as const;
