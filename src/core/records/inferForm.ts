import type { Plan } from '../plan/types';
import { foldForMatch } from '../text/fold';

/**
 * The form of an output whose tracker has no form column. Certain cases first: a title that starts
 * with a form's name ("Phóng sự: …", "Bài viết …"), or a channel whose targets count one form only
 * (the provincial station's target counts phóng sự). Otherwise the fallback the officer chose, or
 * the plan's first form. Without this, phóng sự adopted from a form-less tracker would all become
 * "Tin" and never count toward the phóng sự target.
 */
export function inferForm(plan: Plan, channel: string | null, title: string, fallback: string | null): string | null {
  const folded = ` ${foldForMatch(title)} `;
  const byTitle = plan.forms
    .flatMap((form) => [form.name, ...form.aliases].map((name) => ({ code: form.code, key: foldForMatch(name) })))
    .filter((n) => n.key.length >= 3 && folded.startsWith(` ${n.key} `))
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (byTitle) return byTitle.code;
  if (channel !== null) {
    const forms = new Set(plan.targets.filter((t) => t.channels.includes(channel) && t.forms.length > 0).flatMap((t) => t.forms));
    if (forms.size === 1) return [...forms][0] ?? null;
  }
  return fallback ?? plan.forms[0]?.code ?? null;
}
