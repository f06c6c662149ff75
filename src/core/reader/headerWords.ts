import { OUTPUT_SHEET } from '../records/recordSheets';
import { foldForMatch } from '../text/fold';
import type { ColumnRole } from './types';

/**
 * The words offices head an outputs table's columns with, by role. They are one kind of evidence
 * among two: what a column holds decides as much (columnRoles.ts). The template's own headers and
 * their aliases (records/recordSheets.ts) come first; these add the ways offices word them
 * ("Đăng trên", "Phát trên", "Nơi phát", "Đăng ở đâu", "Cơ quan đăng", "Báo, đài"...).
 */
const EXTRA: Readonly<Record<ColumnRole, readonly string[]>> = {
  date: [
    'Ngày đăng, phát',
    'Ngày đăng tin',
    'Ngày phát tin',
    'Ngày, tháng',
    'Ngày thực hiện',
    'Thời gian đăng',
    'Thời gian phát',
    'Ngày tháng năm',
    'Ngày đăng phát',
    'Ngày xuất bản',
  ],
  channel: [
    'Đăng trên',
    'Phát trên',
    'Nơi phát',
    'Đăng ở đâu',
    'Cơ quan đăng',
    'Cơ quan đăng tải',
    'Báo, đài',
    'Báo đài',
    'Báo/Đài',
    'Kênh đăng',
    'Kênh thông tin',
    'Phương tiện đăng',
    'Phương tiện thông tin',
    'Cơ quan báo chí, đài',
    // Issue 11's eleventh tester's log and the twentieth round's helper: without it, a column of half unknown channels was left unread.
    'Cơ quan báo, đài',
    'Nơi đăng phát',
    'Đăng tại',
    'Phát tại',
    'Tên báo, đài',
    'Tên báo',
    'Đơn vị đăng',
    'Đăng/phát trên',
  ],
  form: ['Thể loại tin', 'Hình thức tuyên truyền', 'Loại hình', 'Dạng tin'],
  title: [
    'Nội dung tin, bài',
    'Nội dung tin bài',
    'Nội dung tuyên truyền',
    'Tên tin, bài viết',
    'Tiêu đề tin, bài',
    'Tên bài viết',
    'Tên phóng sự',
    'Tiêu đề bài',
    'Nội dung tin',
    'Tên tin bài, phóng sự',
  ],
  link: ['Link bài', 'Link bài viết', 'Đường link', 'Địa chỉ', 'Địa chỉ đăng', 'Minh chứng', 'Số báo phát hành'],
  unit: ['Đơn vị gửi', 'Cơ quan, đơn vị', 'Đơn vị thực hiện tin', 'Người/đơn vị thực hiện', 'Tác giả, đơn vị'],
  note: ['Ghi chú khác', 'Chú thích'],
  count: [
    'Số lượng',
    'Số lượng tin',
    'Số lượng tin, bài',
    'Số tin',
    'Số bài',
    'Số tin bài',
    'SL',
    'Số lượt',
    'Số lượng (tin)',
    'Số lượng tin bài',
    'Số lần phát',
  ],
  // Airtime and cost of an output, summed by targets measured in minutes or đồng (issue 13).
  minutes: [
    'Thời lượng phát',
    'Thời lượng phát sóng',
    'Số phút phát',
    'Thời gian phát (phút)',
    'Thời lượng phát thanh',
    // try13j: a khu phố's "Thời gian (phút)" was dropped silently, its minutes target left at 0.
    'Thời gian (phút)',
    'Thời lượng',
    'Số phút',
    'Phút',
    // Read13m: a hamlet's loudspeaker log headed "TL" (thời lượng) was read as a count, each row
    // taken as 15, 30 or 60 outputs. "TL (phút)" and "T.lượng (phút)" start with these words.
    'TL',
    'T.lượng',
    'Thời lượng (phút)',
  ],
  amount: ['Kinh phí thực hiện', 'Chi phí thực hiện', 'Số tiền', 'Thành tiền', 'Kinh phí'],
  seq: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'Stt'],
  mark: [],
};

interface WordIndex {
  readonly exact: ReadonlyMap<string, ColumnRole>;
  /** Folded words, longest first, for headers that start with them ("Ngày đăng tin trên báo"). */
  readonly prefixes: readonly (readonly [string, ColumnRole])[];
}

function buildIndex(): WordIndex {
  const exact = new Map<string, ColumnRole>();
  const prefixes: [string, ColumnRole][] = [];
  const add = (word: string, role: ColumnRole): void => {
    const key = foldForMatch(word);
    if (key === '') return;
    if (!exact.has(key)) exact.set(key, role);
    prefixes.push([key, role]);
  };
  // "Số" as a link header means "số báo" (the issue number), but "Số lượng" is a count: count first.
  for (const word of EXTRA.count) add(word, 'count');
  for (const column of OUTPUT_SHEET.columns) for (const word of column.headers) add(word, column.field);
  for (const [role, words] of Object.entries(EXTRA) as [ColumnRole, readonly string[]][]) for (const word of words) add(word, role);
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return { exact, prefixes };
}

let index: WordIndex | null = null;
const memo = new Map<string, ColumnRole | null>();

/** The role a header's words name, or null. Exact folded match first, then the longest known words it starts with. */
export function roleForHeader(header: string): ColumnRole | null {
  const folded = foldForMatch(header);
  if (folded === '') return null;
  const known = memo.get(folded);
  if (known !== undefined) return known;
  index ??= buildIndex();
  const role = index.exact.get(folded) ?? index.prefixes.find(([key]) => folded.startsWith(`${key} `))?.[1] ?? null;
  memo.set(folded, role);
  return role;
}

/** Words that head a channel group in a two-row header ("Phát trên" over "Báo", "Đài", "Website"). */
export function namesChannelGroup(header: string): boolean {
  const role = roleForHeader(header);
  if (role === 'channel') return true;
  const folded = foldForMatch(header);
  return /^(dang|phat|noi dang|noi phat|kenh|phuong tien|bao dai|dang phat|co quan dang)\b/.test(folded);
}

/**
 * Whether a date header names when the item came out: published, broadcast, posted ("Ngày đăng", "Ngày
 * phát sóng", "Thời gian đăng tải", "Ngày xuất bản", "Ngày đưa tin"), as against the day it was
 * written, sent or received ("Ngày viết", "Ngày gửi", "Ngày nhận"). What a target counts is what came
 * out in the period (Kế hoạch 116/KH-UBND counts items published and broadcast), so of two date columns
 * this one is read (columnRoles step 3). "Ngày gửi đăng" (sent to be published) is a sending date.
 */
export function namesPublication(header: string): boolean {
  const folded = foldForMatch(header);
  return PUBLICATION_WORDS.test(folded) && !SENT_WORDS.test(folded);
}

// "đăng tải", "phát sóng", "phát thanh" hold "dang" or "phat" as a word of their own.
const PUBLICATION_WORDS = /(^| )(dang|phat|xuat ban|dua tin|len song)( |$)/;
const SENT_WORDS = /(^| )(gui|nop|nhan|viet|soan)( |$)/;

/**
 * Who wrote or sent the item ("Người viết", "Tác giả", "Phóng viên", "Người đưa tin", "Cộng tác viên",
 * "Người soạn"): a column offices keep beside their outputs that the record has no field for. Such a
 * column is left as it is without asking the officer what it holds (reader.columnNotTaken): its words
 * say it (issue 11's twelfth tester: every tracker with a "Người viết" column was warned "không rõ cột
 * này ghi gì").
 */
export function namesAuthor(header: string): boolean {
  return AUTHOR_WORDS.test(foldForMatch(header));
}

const AUTHOR_WORDS = /^(nguoi viet|tac gia|phong vien|nguoi dua tin|cong tac vien|nguoi soan|nguoi gui tin|but danh)( |$)/;
