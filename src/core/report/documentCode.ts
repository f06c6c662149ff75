/**
 * The report's "Số và ký hiệu" (Nghị định 30/2020, Phụ lục I, mục II.3): "85/BC-UBND". An officer may
 * give the number alone ("85", or blank spaces for writing by hand), and the symbol of the issuing
 * body is added; or the whole code as the văn thư assigned it ("85/BC-VP", "12/BC-UBND-VP"), kept as
 * typed: a "/" in what was given means the symbol is already there (try13m D4: "85/BC-VP/BC-VP").
 *
 * @param number what `--number` or the pane's field gave
 * @param symbol the issuing body's abbreviation ("UBND", "PNV"), from the report's parties
 * @returns the code printed after "Số:" and in the annex's "Kèm theo Báo cáo số …"
 */
export function documentCode(number: string, symbol: string): string {
  return number.includes('/') ? number.trim() : `${number}/BC-${symbol}`;
}
