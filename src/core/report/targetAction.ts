import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { CountedTarget, Plan } from '../plan/types';
import { formatMeasure } from './measureText';

/**
 * What a target's sentence says was done, built from the parts the plan gives (its forms, its
 * channels, its measure), never by cutting the target's own title: a title is free text
 * ("Tin, bài về CCHC đăng trên Báo Tây Ninh", "Phóng sự CCHC phát sóng trên Đài …") and any cut of
 * it read "đã về CCHC đăng 22 tin, bài" (issue 13, fifth tester, findings 3 and 9). The title is
 * quoted whole, as the target's name, only where the parts do not tell the target from another.
 */

/** How a channel carries its outputs, which gives the verb: aired by a station, played on loudspeakers, posted, or otherwise carried out. */
export type ChannelKind = 'station' | 'loudspeaker' | 'publish' | 'other';

const STATION = /(?<![\p{L}\p{N}])(?:phát thanh|truyền hình|phát sóng|radio|tv|pt-th|ptth)(?![\p{L}\p{N}])/iu;
const LOUDSPEAKER = /(?<![\p{L}\p{N}])(?:loa|truyền thanh)(?![\p{L}\p{N}])/iu;
const PUBLISH =
  /(?<![\p{L}\p{N}])(?:báo|tạp chí|trang|cổng|thông tin điện tử|ttđt|website|facebook|fanpage|zalo|youtube|tiktok|mạng xã hội|bản tin)(?![\p{L}\p{N}])/iu;

/** A channel's kind from its name and short name ("Đài Phát thanh và Truyền hình tỉnh" station, "Loa truyền thanh ấp" loudspeaker, "Báo Tây Ninh" publish). */
export function channelKind(name: string): ChannelKind {
  if (STATION.test(name)) return 'station';
  if (LOUDSPEAKER.test(name)) return 'loudspeaker';
  return PUBLISH.test(name) ? 'publish' : 'other';
}

/** A newspaper or magazine by the head of its name: "Báo Tây Ninh", "Báo Ấp Bắc", "Báo và Phát thanh, Truyền hình Tây Ninh", "Tạp chí …". */
const PAPER = /^(?:báo|tạp chí)(?![\p{L}\p{N}])/iu;

/** A written output: "Tin", "Bài", "Tin ngắn", "Bài viết", "Ảnh"; not a "Bài phát thanh" nor a "Phóng sự". */
const WRITTEN = /^(?:tin|bài|ảnh)(?![\p{L}\p{N}])/iu;
const AIRED = /(?<![\p{L}\p{N}])(?:phát thanh|truyền hình|phát sóng|video|clip)(?![\p{L}\p{N}])/iu;

/** Whether every form a target counts is written (tin, bài), so a paper publishes it; a target of every form is not. */
function writtenOnly(plan: Plan, target: CountedTarget): boolean {
  if (target.forms.length === 0) return false;
  const forms = plan.forms.filter((f) => target.forms.includes(f.code));
  return forms.length > 0 && forms.every((f) => WRITTEN.test(f.name.trim()) && !AIRED.test(f.name));
}

/**
 * A channel's kind for a target: a channel named "Báo …" carries the target's tin, bài in print or
 * online, so they are "đăng" ("đã đăng 12 tin, bài trên Báo Tây Ninh"), even when the paper is
 * also a station ("Báo và Phát thanh, Truyền hình Tây Ninh", whose phóng sự are still "phát sóng");
 * otherwise channelKind of its name and short name (issue 13, province tester).
 */
function kindFor(plan: Plan, target: CountedTarget, channel: { readonly name: string; readonly shortName: string }): ChannelKind {
  if ((PAPER.test(channel.name.trim()) || PAPER.test(channel.shortName.trim())) && writtenOnly(plan, target)) return 'publish';
  return channelKind(`${channel.name} ${channel.shortName}`);
}

/** A form that names an act rather than a thing ("Phát thanh"): "phát 11 phát thanh" would not read. */
const ACT = /^(?:phát|đăng|tuyên truyền|thực hiện|tổ chức)(?![\p{L}\p{N}])/iu;

/**
 * A plan's name lower-cased to run inside a sentence, unless it is a proper name: a later word
 * written as a name ("Báo Tây Ninh", "Báo và Phát thanh, Truyền hình Tây Ninh") or a brand first
 * ("Zalo OA của UBND xã") keeps it; a common one ("Loa truyền thanh ấp", "Đài truyền thanh xã,
 * phường", "Video clip") does not. A common-noun head before a name ("Nhóm Zalo khu phố", "Trang
 * Facebook của UBND phường", "Hệ thống loa …") is lower-cased and the name keeps its capitals, one
 * rule for every channel of a report (eighth tester, D8: "trên Nhóm Zalo khu phố" beside "trên hệ
 * thống loa truyền thanh phường").
 */
export function inSentence(name: string): string {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/u);
  const lower = trimmed.charAt(0).toLocaleLowerCase('vi') + trimmed.slice(1);
  if (COMMON_HEAD.test(trimmed)) return lower;
  const proper = words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w)) || BRAND.test(words[0] ?? '');
  return proper ? trimmed : lower;
}

/** Heads that are common nouns whatever follows them: a group, a page, a system, an account, a channel, a board. */
const COMMON_HEAD = /^(?:nhóm|trang|hệ thống|tài khoản|kênh|bảng tin)(?![\p{L}\p{N}])/iu;

/** Names written with a capital wherever they stand. */
const BRAND = /^(?:facebook|zalo|youtube|tiktok|fanpage)$/iu;

/** "A", "A và B", "A, B và C" in the report's language. */
export function joinAnd(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${t('report.list.and', {}, language)}${items[items.length - 1] ?? ''}`;
}

function channelsOf(plan: Plan, target: CountedTarget, only?: readonly string[]): { readonly names: string[]; readonly kinds: ChannelKind[] } {
  const codes = [...new Set(only === undefined || only.length === 0 ? target.channels : only)];
  const found = codes.map((code) => plan.channels.find((c) => c.code === code));
  return {
    names: found.map((c, i) => (c === undefined ? (codes[i] ?? '') : inSentence(c.name))),
    kinds: found.map((c) => (c === undefined ? 'other' : kindFor(plan, target, c))),
  };
}

/**
 * The verb for a target's channels: "phát sóng" on a station, "phát" on loudspeakers (or on a mix
 * of both), "đăng" where posted (a paper's tin, bài: kindFor), "thực hiện" otherwise or on a mix; minutes are always aired
 * ("phát" unless every channel is a station), đồng always spent ("chi").
 */
export function targetVerb(plan: Plan, target: CountedTarget, language: Language): string {
  if (target.measure === 'amount') return t('report.verb.spend', {}, language);
  const kinds = [...new Set(channelsOf(plan, target).kinds)];
  const only = kinds.length === 1 ? kinds[0] : undefined;
  if (only === 'station') return t('report.verb.air', {}, language);
  if (kinds.length > 0 && kinds.every((k) => k === 'station' || k === 'loudspeaker')) return t('report.verb.broadcast', {}, language);
  if (target.measure === 'minutes') return t('report.verb.broadcast', {}, language);
  return t(only === 'publish' ? 'report.verb.publish' : 'report.verb.do', {}, language);
}

/**
 * The outputs a target counts, by the plan's form names ("tin, bài, video clip"): a form that is an
 * act ("Phát thanh") gives way to the others, or to its first alias that is a thing ("bản tin
 * phát thanh"); none at all, the dictionary's "sản phẩm". A target with no forms counts every form.
 */
export function targetNoun(plan: Plan, target: CountedTarget, language: Language): string {
  const forms = plan.forms.filter((f) => target.forms.length === 0 || target.forms.includes(f.code));
  const things = forms.map((f) => f.name.trim()).filter((n) => n !== '' && !ACT.test(n));
  const named = things.length > 0 ? things : forms.flatMap((f) => f.aliases.filter((a) => a.trim() !== '' && !ACT.test(a.trim())).slice(0, 1));
  const nouns = [...new Set(named.map((n) => inSentence(n)))];
  return nouns.length === 0 ? t('report.noun.output', {}, language) : nouns.join(', ');
}

/** Whether another target of the plan reads the same from its parts (same channels, forms and measure), so the title must name it. */
function ambiguous(plan: Plan, target: CountedTarget): boolean {
  const key = (x: CountedTarget): string => `${[...new Set(x.channels)].sort().join(';')}|${[...new Set(x.forms)].sort().join(';')}|${x.measure ?? 'count'}`;
  return plan.targets.some((other) => other.id !== target.id && key(other) === key(target));
}

/**
 * The target's title when its sentence must lead with it ("- Kinh phí chi cho tuyên truyền CCHC:
 * đã chi 500.000 đồng, …"): always for đồng, whose channels say nothing of what was paid for, and
 * when another target reads the same from its parts; null otherwise. Named at the head of the
 * sentence, never in a bracket after the figure (sixth tester, D6).
 */
export function targetName(plan: Plan, target: CountedTarget): string | null {
  return target.measure === 'amount' || ambiguous(plan, target) ? target.title.trim() : null;
}

/**
 * The figure a target counts in, with its noun: "12 tin, bài", "120 phút", "2.000.000 đồng".
 * @param count outputs, things, minutes or đồng as the target measures
 */
export function countedPhrase(plan: Plan, target: CountedTarget, count: number, language: Language): string {
  if (target.measure === 'minutes' || target.measure === 'amount') return formatMeasure(count, target.measure, language);
  return `${formatMeasure(count, target.measure, language)} ${targetNoun(plan, target, language)}`;
}

/**
 * The act done for a target, without its "Đã"/"Chưa": "đăng 22 tin, bài trên Báo Tây Ninh",
 * "phát sóng 3 phóng sự trên Đài Phát thanh và Truyền hình Tây Ninh", "phát 120 phút trên loa
 * truyền thanh ấp", "chi 1.000.000 đồng"; with `none` and a zero count, "đăng tin, bài nào trên
 * Báo Tây Ninh", "có thời lượng phát trên đài truyền thanh xã, phường", "chi". The target's name,
 * where needed, is targetName's, at the head of the sentence.
 * @param count outputs, things, minutes or đồng as the target measures
 * @param used the channel codes the counted rows are on (ReportTargetRow.channelsUsed); absent, the target's
 */
export function targetAction(plan: Plan, target: CountedTarget, count: number, language: Language, none = false, used?: readonly string[]): string {
  const verb = targetVerb(plan, target, language);
  if (target.measure === 'amount') {
    return none && count === 0
      ? t('report.action.amount.none', { verb }, language)
      : t('report.action.amount', { verb, count: formatMeasure(count, 'amount', language) }, language);
  }
  // Only the channels the counted rows are on (ReportTargetRow.channelsUsed); nothing counted, the target's own.
  const channels = joinAnd(channelsOf(plan, target, none && count === 0 ? undefined : used).names, language);
  const noun = target.measure === 'minutes' ? t('report.noun.airtime', {}, language) : targetNoun(plan, target, language);
  if (none && count === 0 && target.measure === 'minutes') return t('report.action.airtimeNone', { verb, channels }, language);
  if (none && count === 0) return t('report.action.none', { verb, noun, channels }, language);
  return t('report.action', { verb, count: countedPhrase(plan, target, count, language), channels }, language);
}
