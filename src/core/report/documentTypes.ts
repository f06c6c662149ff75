import type { Language } from '../i18n/messages';
import type { ReportData } from './types';

/**
 * A report as a document: what it says and in which order, with no knowledge of Word. The docx
 * adapter (src/docx) decides fonts, spacing and borders from the decree; this model only says which
 * piece is a heading, a body paragraph, a table, a placeholder for the officer's own words.
 */
export type DocAlign = 'left' | 'center' | 'right';

export interface DocColumn {
  readonly header: string;
  /** Share of the table's width, relative to the other columns' weights. */
  readonly weight: number;
  readonly align: DocAlign;
}

export interface DocTable {
  readonly columns: readonly DocColumn[];
  /** Cell texts, numbers already written the report's way ("13.845.000", "120%"). */
  readonly rows: readonly (readonly string[])[];
  /** The last row is a total ("Cộng"), printed bold. */
  readonly totalRow: boolean;
  /** Points; body tables are a size under the body text, appendix tables two. */
  readonly fontSize: number;
}

export type DocBlock =
  /** "I. KẾT QUẢ …": a section heading, bold. */
  | { readonly kind: 'heading'; readonly text: string }
  /** "1. Kết quả so với chỉ tiêu kế hoạch": a subsection heading, bold. */
  | { readonly kind: 'subheading'; readonly text: string }
  /** Running text: justified, first line indented. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Text in square brackets the officer replaces with their own (assessment, difficulties, next steps). */
  | { readonly kind: 'placeholder'; readonly text: string }
  /** A small italic line under a table (a legend, what the minimums mean). */
  | { readonly kind: 'note'; readonly text: string }
  /** A table title, centred bold ("Biểu 1. …"). */
  | { readonly kind: 'caption'; readonly text: string }
  | { readonly kind: 'table'; readonly table: DocTable };

/** The header block of Nghị định 30/2020 appendix I, as text. */
export interface DocHeader {
  /** Upright capitals above the issuing body; null when the decree writes none (UBND xã). */
  readonly superior: string | null;
  /** The issuing body in bold capitals, one entry per line ("ỦY BAN NHÂN DÂN", "XÃ THẠNH ĐỨC"). */
  readonly bodyLines: readonly string[];
  /** "Số:      /BC-UBND". */
  readonly number: string;
  readonly nation: string;
  readonly motto: string;
  /** "Thạnh Đức, ngày 14 tháng 6 năm 2018", in italics. */
  readonly placeDate: string;
}

export interface DocAppendix {
  /** "PHỤ LỤC SỐ LIỆU". */
  readonly title: string;
  /** "(Kèm theo Báo cáo số …/BC-PNV ngày 14/6/2018 của Phòng Nội vụ)". */
  readonly subtitle: string;
  readonly body: readonly DocBlock[];
}

export interface ReportDocument {
  readonly language: Language;
  /** A file name without extension, the same key as the report sheet's name ("BC 6T-2018 XTD"). */
  readonly fileName: string;
  readonly header: DocHeader;
  /** "BÁO CÁO". */
  readonly title: string;
  readonly subtitle: string;
  /** "(Số liệu tính từ ngày … đến ngày …)". */
  readonly dataRange: string;
  readonly body: readonly DocBlock[];
  /** "Nơi nhận:". */
  readonly recipientsLabel: string;
  /** "- Phòng Nội vụ;", …, "- Lưu: VT.". */
  readonly recipients: readonly string[];
  /** Title lines top to bottom ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), then room to sign, then the name (blank when unknown). */
  readonly signer: { readonly titles: readonly string[]; readonly name: string };
  /** The figures too long for the body (units by target, units by item); null when all fit. */
  readonly appendix: DocAppendix | null;
  /** The numbers behind the document, as the sheet report and the CLI's JSON give them. */
  readonly data: ReportData;
}
