import type { Plan } from '../plan/types';
import { foldForMatch, foldPrefix } from '../text/fold';

/** What inferForm reads of a plan, worked out once per plan rather than for every row (issue 11). */
interface FormHints {
  /** Channel code → the one form all its targets with forms count (absent: none or several). */
  readonly channelForm: ReadonlyMap<string, string>;
  /** Forms' names and aliases folded (3 characters or more), the longest first: a title starting with one has that form. */
  readonly names: readonly { readonly code: string; readonly key: string }[];
  /** The longest folded name's length (code units). */
  readonly longest: number;
}

const hintsByPlan = new WeakMap<Plan, FormHints>();
const SPACE = 0x20;

function hintsOf(plan: Plan): FormHints {
  const known = hintsByPlan.get(plan);
  if (known !== undefined) return known;
  const channelForm = new Map<string, string>();
  for (const channel of new Set(plan.targets.flatMap((t) => t.channels))) {
    const forms = new Set(plan.targets.filter((t) => t.channels.includes(channel) && t.forms.length > 0).flatMap((t) => t.forms));
    const [only] = forms;
    if (forms.size === 1 && only !== undefined) channelForm.set(channel, only);
  }
  // A stable sort keeps the plan's order among names of one length, as sorting per row did.
  const names = plan.forms
    .flatMap((form) => [form.name, ...form.aliases].map((name) => ({ code: form.code, key: foldForMatch(name) })))
    .filter((n) => n.key.length >= 3)
    .sort((a, b) => b.key.length - a.key.length);
  const hints = { channelForm, names, longest: names.reduce((most, n) => Math.max(most, n.key.length), 0) };
  hintsByPlan.set(plan, hints);
  return hints;
}

/**
 * The form (a plan form code, or null when the plan has no forms) of an output whose tracker has no
 * form column. When the row's channel has targets that all count one form (the provincial station's
 * phóng sự, a khu phố loudspeaker's "Phát thanh"), that form: taking "Tin" from a title such as
 * "Bản tin tháng 3/2026" would leave the broadcast's minutes counted by no target (try13j defect 1).
 * Otherwise the form the officer chose (the map's "defaultForm", the pane's field, a consolidation's
 * decision): his own decision wins over an inference (try13j defect 1, "defaultForm": "PT" changed
 * nothing); then a title that starts with a form's name ("Phóng sự: …", "Bài viết …"), then the plan's first form.
 * Only the title's first words are folded, as far as the longest form name and one more unit: a
 * tracker without a form column asks this of every row, and folding each title whole and sorting the
 * plan's form names each time was the dearest part of reading a log of 2,000 linked titles (issue 11).
 *
 * @param chosen the officer's default form (a plan form code), or null when he chose none
 */
export function inferForm(plan: Plan, channel: string | null, title: string, chosen: string | null): string | null {
  const hints = hintsOf(plan);
  if (channel !== null) {
    const only = hints.channelForm.get(channel);
    if (only !== undefined) return only;
  }
  if (chosen !== null) return chosen;
  // The first `longest + 1` units of the title's fold: a name is the whole fold or is followed by a space there.
  const start = foldPrefix(title, hints.longest + 1);
  // Compared in place: a string made per name and row (`${key} `) was most of this function's garbage (issue 11).
  const byTitle = hints.names.find((n) => start.startsWith(n.key) && (start.length === n.key.length || start.charCodeAt(n.key.length) === SPACE));
  return byTitle?.code ?? plan.forms[0]?.code ?? null;
}
