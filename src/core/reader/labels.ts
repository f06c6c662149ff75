import { createPlanLookup, type PlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import { exactKey } from '../text/exactKey';
import { foldForMatch } from '../text/fold';
import { memoised } from '../text/memo';

/**
 * Resolves the labels offices type to the plan's codes, beyond the plan's own names and aliases:
 * - a channel named with the province or district instead of "tỉnh"/"huyện" ("Đài Phát thanh và
 *   Truyền hình Tây Ninh", "Trang thông tin điện tử huyện Gò Dầu"): the plan knows its places;
 * - a label carrying the form ("Đài PT-TH Tây Ninh (phóng sự)", "Báo Tây Ninh - bài");
 * - a unit written short ("P.VHTT", "xã T.Đức", "TT. Gò Dầu"): each word with a dot is the start of
 *   the name's word, a run of capitals may be the initials of several words.
 * Ambiguous text resolves to nothing: it is shown to the officer rather than guessed.
 */
export interface LabelResolver {
  readonly lookup: PlanLookup;
  /** The plan channel (and the form the label carries, if any); codes or null. */
  channel(text: string): { readonly channel: string | null; readonly form: string | null };
  unit(text: string): string | null;
  /**
   * The channels a cell lists ("Báo Tây Ninh, Trang TTĐT huyện"): each part a different plan
   * channel, or null when the cell is not such a list. One item published on two channels is one
   * output on each; reading only one of them would lose the other silently.
   */
  channelList(text: string): readonly string[] | null;
  /**
   * The one plan channel a sheet's name or title row names ("Báo Tây Ninh", "TIN, BÀI ĐĂNG TRÊN BÁO TÂY
   * NINH NĂM 2018"): the channels whose folded name, short name or alias of two words or more stands in
   * it as whole words; when none, a text of up to four words as a channel label ("BTN"); null when none
   * or several. `name` is the plan channel's name, which `channel` resolves back to its code.
   */
  channelNamedIn(text: string): { readonly code: string; readonly name: string } | null;
  /**
   * The plan channel whose site a link points at: the link's host ("https://www.baotayninh.vn/tin-1" →
   * "baotayninh.vn"), or the nearest domain above it, equal to a channel's name or alias that is a site
   * (a word with a dot and no space: "baotayninh.vn", "godau.tayninh.gov.vn"), the longest first, so a
   * district's site under the province's domain is the district's. Only the host counts: a Facebook page
   * named after the paper ("facebook.com/baotayninh.vn") or another site's address holding it names none.
   * A cell of several links (or words and a link) names the one channel they point at, none when two.
   * `name` is the channel's name, which `channel` resolves back to its code; null when none.
   */
  channelOfLink(text: string): { readonly code: string; readonly name: string } | null;
}

/** A link's scheme and "www." before its host, and what ends the host. */
const LINK_START = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?/i;
const HOST_END = /[/?#:\s]/;
/** What separates the words and links of a cell: white space, a semicolon, a comma or a bar. */
const LINK_SEPARATORS = /[\s;,|]+/;
/** A name or alias that is a site: labels and dots, no space ("baotayninh.vn"). */
const SITE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** The lower-cased host of a link, without scheme or "www." ("https://www.BaoTayNinh.vn/a" → "baotayninh.vn"); "" when none. */
export function linkHost(text: string): string {
  const rest = text.replace(LINK_START, '');
  const end = rest.search(HOST_END);
  const host = (end < 0 ? rest : rest.slice(0, end)).toLowerCase();
  return SITE.test(host) ? host : '';
}

/** A sheet's name or title text of at most this many words may be a channel label as a whole (channelNamedIn). */
const NAMED_IN_LABEL_WORDS = 4;

/** Labels longer than this are titles, not channel names; they are never searched for a channel inside. */
const MAX_LABEL_WORDS = 10;

interface PlaceWord {
  readonly place: string;
  readonly level: string;
}

/** "UBND huyện Gò Dầu" → { place: "go dau", level: "huyen" }: the plan's own places, folded. */
export function placeWords(plan: Plan): PlaceWord[] {
  const out: PlaceWord[] = [];
  for (const body of [plan.identity.issuer, plan.identity.superior]) {
    const folded = foldForMatch(body).replace(/^(ubnd|uy ban nhan dan)\s+/, '');
    const match = /^(tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran)\s+(.+)$/.exec(folded);
    if (match?.[1] && match[2]) out.push({ level: match[1], place: match[2] });
  }
  return out;
}

function withLevels(folded: string, places: readonly PlaceWord[]): string {
  let text = ` ${folded} `;
  for (const { place, level } of places) {
    text = text.split(` ${level} ${place} `).join(` ${level} `);
    text = text.split(` ${place} `).join(` ${level} `);
  }
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * A test that a folded text's words cannot make the plan's channel matcher find anything: every
 * way `channelOnly` asks (`createPlanLookup`'s channel matcher on the text, on it with the plan's
 * places turned into their level word, with the issuer's level word added, and a channel name the
 * text starts) needs one of the words it asks with to be the first word of a channel's folded name,
 * short name, alias or code; the words it asks with are the text's own and the level words. Where a
 * level word is itself such a first word, nothing is ruled out. Most short texts of a tracker
 * (forms, "Xem", short titles) are answered here without a search (issue 11).
 */
function channelWordFilter(plan: Plan, places: readonly PlaceWord[]): (words: readonly string[]) => boolean {
  const firstWords = new Set<string>();
  for (const c of plan.channels) {
    for (const name of [c.code, c.name, c.shortName, ...c.aliases]) {
      const folded = foldForMatch(name);
      if (folded !== '') firstWords.add(folded.split(' ')[0] ?? '');
    }
  }
  const levelWords = places.flatMap((p) => p.level.split(' '));
  if (levelWords.some((w) => firstWords.has(w))) return () => false;
  return (words) => !words.some((w) => firstWords.has(w));
}

/** The answer for a text that names no channel: one readonly object for every such text (issue 11). */
const NO_CHANNEL: { readonly channel: string | null; readonly form: string | null } = Object.freeze({ channel: null, form: null });

/** What separates the channels a cell lists: a comma, semicolon, plus or line break, or a slash between spaces. */
const LIST_SEPARATOR = /[,;+\n]|\s\/\s/;

const FORM_PART = /^(.*?)\s*(?:\(([^()]+)\)|[-–:]\s*([^-–:]+))\s*$/;

export function createLabelResolver(plan: Plan, lookup: PlanLookup = createPlanLookup(plan)): LabelResolver {
  const places = placeWords(plan);
  const ownLevel = places[0]?.level;
  const channelCache = new Map<string, { channel: string | null; form: string | null }>();
  const unitCache = new Map<string, string | null>();

  // Channel names by their words, for a label that is the start of exactly one channel's name
  // ("Báo" when the plan has one paper, "Đài TT" for "Đài TT huyện").
  const channelNames = plan.channels.flatMap((c) => [c.name, c.shortName, ...c.aliases].map((name) => ({ code: c.code, words: foldForMatch(name) })));
  const byPrefix = (folded: string): string | null => {
    const codes = new Set(channelNames.filter((n) => n.words === folded || n.words.startsWith(`${folded} `)).map((n) => n.code));
    return codes.size === 1 ? ([...codes][0] ?? null) : null;
  };
  const cannotNameChannel = channelWordFilter(plan, places);
  const channelSearch = (text: string): string | null => {
    const folded = foldForMatch(text);
    if (folded === '') return null;
    const words = folded.split(' ');
    if (words.length > MAX_LABEL_WORDS || cannotNameChannel(words)) return null;
    return (
      lookup.channel.find(text) ??
      lookup.channel.find(withLevels(folded, places)) ??
      (ownLevel === undefined ? null : lookup.channel.find(`${folded} ${ownLevel}`)) ??
      (folded.length >= 3 ? byPrefix(folded) : null)
    );
  };
  // Memoised: the part before a form ("Phòng Nội vụ: tin …") repeats on every row while the whole text does not.
  const channelOnly = memoised(channelSearch);

  const channel = (text: string): { channel: string | null; form: string | null } => {
    const key = foldForMatch(text);
    const cached = channelCache.get(key);
    if (cached) return cached;
    // A label carrying the form first ("… (phóng sự)", "… - bài"): the whole label would also find
    // the channel inside it, and the form would be lost.
    let result: { channel: string | null; form: string | null } | null = null;
    const parts = FORM_PART.exec(text.trim());
    const outer = parts?.[1];
    const inner = parts?.[2] ?? parts?.[3];
    if (outer && inner) {
      // The channel first: the part before the form repeats from row to row ("Phòng Nội vụ: …") and
      // is answered from the memo (most often "no channel", by its words alone), while the part after
      // it is new on every title and a form search inside it is the dearer one (issue 11).
      const found = channelOnly(outer);
      const form = found === null ? null : lookup.form.find(inner);
      if (form !== null && found !== null) result = { channel: found, form };
    }
    // The whole text is searched without the memo: channelCache answers it again, and a title (met once) would only fill the memo (issue 11).
    if (result === null) {
      const found = channelSearch(text);
      result = found === null ? NO_CHANNEL : { channel: found, form: null };
    }
    channelCache.set(key, result);
    return result;
  };

  const abbreviations = plan.units.flatMap((u) => [u.name, ...u.aliases].map((name) => ({ code: u.code, words: foldForMatch(name).split(' ') })));

  const unit = (text: string): string | null => {
    // Keyed by the text with its marks: "Tân Thạnh" and "Tân Thành" are two communes, and folded they would share one answer.
    const key = exactKey(text);
    const cached = unitCache.get(key);
    if (cached !== undefined) return cached;
    // "Đài TT", "Phòng Nội vụ": the issuer's own level word ("huyện") is often left out.
    let found = lookup.unit.find(text) ?? (ownLevel === undefined ? null : lookup.unit.find(`${text} ${ownLevel}`));
    if (found === null) {
      const tokens = abbreviationTokens(text);
      const codes = new Set(abbreviations.filter((a) => matchesAbbreviation(tokens, a.words)).map((a) => a.code));
      found = codes.size === 1 ? ([...codes][0] ?? null) : null;
    }
    unitCache.set(key, found);
    return found;
  };

  const channelList = (text: string): readonly string[] | null => {
    // A text without a separator is one part: no list, answered without splitting it (every row's channel is asked: issue 11).
    if (!LIST_SEPARATOR.test(text)) return null;
    const parts = text
      .split(LIST_SEPARATOR)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length < 2) return null;
    const codes = parts.map((p) => channel(p).channel);
    return codes.every((c) => c !== null) && new Set(codes).size === parts.length ? parts : null;
  };

  const namedIn = channelNames.filter((n) => n.words.includes(' '));
  const channelNamedIn = (text: string): { code: string; name: string } | null => {
    const folded = foldForMatch(text);
    const codes = new Set<string>();
    const padded = ` ${folded} `;
    for (const n of namedIn) if (padded.includes(` ${n.words} `)) codes.add(n.code);
    // A short text naming no channel's name of two words or more may be a label ("BTN", "Báo TN");
    // a sentence is not asked whole: the label search finds a channel in it however many it names.
    if (codes.size === 0 && folded.split(' ').length <= NAMED_IN_LABEL_WORDS) {
      const whole = channel(text).channel;
      if (whole !== null) codes.add(whole);
    }
    const [code] = codes;
    const found = codes.size === 1 ? plan.channels.find((c) => c.code === code) : undefined;
    return found === undefined ? null : { code: found.code, name: found.name };
  };

  // The plan's sites by host, each a channel (a site two channels claim names neither).
  const sites = new Map<string, { code: string; name: string } | null>();
  for (const c of plan.channels)
    for (const label of [c.name, c.shortName, ...c.aliases]) {
      const host = label === undefined ? '' : linkHost(label);
      if (host === '' || host !== label.trim().toLowerCase().replace(LINK_START, '').replace(/\/$/, '')) continue;
      const known = sites.get(host);
      sites.set(host, known === undefined || known?.code === c.code ? { code: c.code, name: c.name } : null);
    }
  const siteOf = (link: string): { code: string; name: string } | null | undefined => {
    // The host, then each domain above it of two labels or more ("a.godau.tayninh.gov.vn" → … → "gov.vn").
    for (let host = linkHost(link); host.includes('.'); host = host.slice(host.indexOf('.') + 1)) {
      const site = sites.get(host);
      if (site !== undefined) return site;
    }
    return undefined;
  };
  const channelOfLink = (text: string): { code: string; name: string } | null => {
    if (sites.size === 0) return null;
    // Each link the cell holds ("Xem tại https://…", two links after one another): one channel among them, or none.
    let found: { code: string; name: string } | null = null;
    for (const part of text.split(LINK_SEPARATORS)) {
      const site = part === '' ? undefined : siteOf(part);
      if (site === undefined) continue;
      if (site === null || (found !== null && found.code !== site.code)) return null;
      found = site;
    }
    return found;
  };

  return { lookup, channel, unit, channelList, channelNamedIn, channelOfLink };
}

const LEVEL_PREFIXES = new Set(['xa', 'phuong', 'ubnd', 'thi', 'tran']);

/** "xã T.Đức" → ["xa", "t.", "duc"]; "P.VHTT" → ["p.", "vhtt"]. */
function abbreviationTokens(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\./g, '. ')
    .replace(/[^a-z0-9. ]+/g, ' ')
    .trim();
  return folded.split(/\s+/).filter((t) => t !== '' && t !== '.');
}

/** Whether abbreviation tokens spell a name's words in order: "t." starts "thanh", "vhtt" are initials. */
function matchesAbbreviation(tokens: readonly string[], words: readonly string[]): boolean {
  // Only abbreviations: a word with a dot, or a short run of letters that is not a word of the name.
  if (!tokens.some((t) => t.endsWith('.') || (/^[a-z]{3,6}$/.test(t) && !words.includes(t)))) return false;
  const significant = words.filter((w) => w !== 'va');
  // The level word in front ("xã", "UBND") may be written on one side and left out on the other.
  const withoutLevel = <T extends string>(list: readonly T[]): readonly T[] =>
    list.slice(
      Math.max(
        0,
        list.findIndex((t) => !LEVEL_PREFIXES.has(t.replace(/\.$/, ''))),
      ),
    );
  return spells(tokens, significant) || spells(withoutLevel(tokens), withoutLevel(significant));
}

function spells(tokens: readonly string[], words: readonly string[], ti = 0, wi = 0): boolean {
  if (ti === tokens.length) return wi === words.length;
  if (wi === words.length) return false;
  const token = tokens[ti] ?? '';
  const word = words[wi] ?? '';
  if (token.endsWith('.')) return word.startsWith(token.slice(0, -1)) && spells(tokens, words, ti + 1, wi + 1);
  if (token === word && spells(tokens, words, ti + 1, wi + 1)) return true;
  if (/^[a-z]+$/.test(token) && token.length >= 2 && wi + token.length <= words.length) {
    const initials = words
      .slice(wi, wi + token.length)
      .map((w) => w[0])
      .join('');
    if (initials === token && spells(tokens, words, ti + 1, wi + token.length)) return true;
  }
  return false;
}
