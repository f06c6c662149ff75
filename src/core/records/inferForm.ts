import type { Plan } from '../plan/types';
import { foldForMatch } from '../text/fold';

/**
 * The form (a plan form code, or null when the plan has no forms) of an output whose tracker has no
 * form column. When the row's channel has targets that all count one form (the provincial station's
 * phóng sự, a khu phố loudspeaker's "Phát thanh"), that form: taking "Tin" from a title such as
 * "Bản tin tháng 3/2026" would leave the broadcast's minutes counted by no target (try13j defect 1).
 * Otherwise the form the officer chose (the map's "defaultForm", the pane's field, a consolidation's
 * decision): his own decision wins over an inference (try13j defect 1, "defaultForm": "PT" changed
 * nothing); then a title that starts with a form's name ("Phóng sự: …", "Bài viết …"), then the plan's first form.
 *
 * @param chosen the officer's default form (a plan form code), or null when he chose none
 */
export function inferForm(plan: Plan, channel: string | null, title: string, chosen: string | null): string | null {
  if (channel !== null) {
    const forms = new Set(plan.targets.filter((t) => t.channels.includes(channel) && t.forms.length > 0).flatMap((t) => t.forms));
    if (forms.size === 1) return [...forms][0] ?? null;
  }
  if (chosen !== null) return chosen;
  const folded = ` ${foldForMatch(title)} `;
  const byTitle = plan.forms
    .flatMap((form) => [form.name, ...form.aliases].map((name) => ({ code: form.code, key: foldForMatch(name) })))
    .filter((n) => n.key.length >= 3 && folded.startsWith(` ${n.key} `))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return byTitle?.code ?? plan.forms[0]?.code ?? null;
}
