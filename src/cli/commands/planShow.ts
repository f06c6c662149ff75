import { deadlineWords } from '../../core/plan/reportDeadline';
import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import type { Language, MessageKey } from '../../core/i18n/messages';
import { levelName } from '../../core/plan/levelCatalogue';
import { planWording } from '../../core/plan/planWording';
import type { Plan, Unit, UnitLevel } from '../../core/plan/types';
import { issuerFacts } from '../../core/report/issuer';
import { signerTitles } from '../../core/report/header';
import { EXIT_OK } from '../io';
import { loadPlan } from '../loadPlan';
import { keyValues, textTable } from '../textTable';
import type { CommandContext } from './context';

/** `cchc plan show [--plan FILE]`: the plan as readable tables. */
export function planShowCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('show')
    .description(t('cli.plan.show.description', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .action(async (options: { plan?: string }) => {
      const loaded = await loadPlan(options.plan, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      io.stdout(renderPlan(loaded.plan, lang));
      return ctx.exit(EXIT_OK);
    });
}

export function renderPlan(plan: Plan, lang: Language): string {
  const tr = (key: MessageKey, params: Record<string, string | number> = {}): string => t(key, params, lang);
  const levels = (list: readonly UnitLevel[]): string => list.map((level) => levelName(plan, level)).join(', ');
  const unitName = (code: string): string => plan.units.find((u) => u.code === code)?.name ?? code;
  const { identity } = plan;
  const wording = planWording(plan, lang);
  const parts: string[] = [];
  const section = (title: string, body: string): void => void parts.push(`${title}\n${body}`);

  section(
    tr('cli.section.identity'),
    keyValues([
      [tr('cli.field.number'), identity.number],
      [tr('cli.field.date'), dmy(identity.date)],
      [tr('cli.field.issuer'), identity.issuer],
      [tr('cli.field.superior'), identity.superior],
      [tr('cli.field.place'), identity.place],
      [tr('cli.field.title'), identity.title],
      [tr('cli.field.year'), String(identity.year)],
      [tr('cli.field.id'), identity.id],
      [tr('cli.field.revision'), String(identity.revision)],
      [tr('cli.field.convention'), tr(`convention.${plan.periodConvention}`)],
      [tr('cli.field.signer'), `${plan.signer.title} ${plan.signer.name}`.trim()],
      [tr('cli.field.recipients'), plan.reportRecipients.join('; ')],
      [tr('cli.field.reportingBody'), plan.reportingBody === undefined ? identity.issuer : unitName(plan.reportingBody)],
      [tr('cli.field.government'), tr(`plan.government.${plan.wording.government}`)],
      [tr('cli.field.area'), wording.area],
      [tr('cli.field.participants'), wording.participants],
      [tr('cli.field.reception'), wording.reception],
    ]),
  );
  section(
    tr('cli.section.levels', { count: plan.levels.length }),
    textTable(
      [
        tr('cli.column.code'),
        tr('cli.column.name'),
        tr('cli.column.levelHeader'),
        tr('cli.column.prose'),
        tr('cli.column.placeOfLevel'),
        tr('cli.column.signature'),
        tr('cli.column.recipients'),
      ],
      plan.levels.map((level) => {
        // Shown as a unit of the level would print it, so the officer checks the wording, not the placeholders.
        // Without the unit's own recipients, place and signer: the row shows what the level says.
        const found = plan.units.find((u) => u.level === level.code);
        const example = found === undefined ? { code: level.code, name: level.name, aliases: [], level: level.code } : withoutOwnFacts(found);
        const facts = issuerFacts(plan, { kind: 'unit', unit: example }, lang);
        return [
          level.code,
          level.name,
          [...(facts.superior === null ? [] : [facts.superior]), ...facts.bodyLines].join(' / '),
          facts.prose,
          facts.place,
          signerTitles(facts).join(' / '),
          facts.recipients.join('; '),
        ];
      }),
    ),
  );
  section(
    tr('cli.section.units', { count: plan.units.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.name'), tr('cli.column.level'), tr('cli.column.email'), tr('cli.column.unitReportFacts')],
      plan.units.map((u) => [u.code, u.name, levelName(plan, u.level), (u.emails ?? []).join(', '), ownFacts(u, tr)]),
    ),
  );
  section(
    tr('cli.section.channels', { count: plan.channels.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.name'), tr('cli.column.shortName')],
      plan.channels.map((c) => [c.code, c.name, c.shortName]),
    ),
  );
  section(
    tr('cli.section.forms', { count: plan.forms.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.name'), tr('cli.column.aliases')],
      plan.forms.map((f) => [f.code, f.name, f.aliases.join(', ')]),
    ),
  );
  section(
    tr('cli.section.targets', { count: plan.targets.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.target'), tr('cli.column.channels'), tr('cli.column.forms'), tr('cli.column.minimum'), tr('cli.column.scope')],
      plan.targets.map((target) => [
        target.id,
        target.title,
        target.channels.join(', '),
        target.forms.length > 0 ? target.forms.join(', ') : tr('cli.value.allForms'),
        String(target.minimum),
        tr(`scope.${target.scope}`),
      ]),
    ),
  );
  section(
    tr('cli.section.standing', { count: plan.standingItems.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.item'), tr('cli.column.appliesTo')],
      plan.standingItems.map((item) => [item.id, item.title, levels(item.appliesTo)]),
    ),
  );
  section(
    tr('cli.section.funding', { count: plan.fundingSources.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.name'), tr('cli.column.note'), tr('cli.column.level')],
      plan.fundingSources.map((f) => [f.code, f.name, f.note, levels(f.levels)]),
    ),
  );
  section(
    tr('cli.section.responsibilities', { count: plan.responsibilities.length }),
    textTable(
      [tr('cli.column.unit'), tr('cli.column.level'), tr('cli.column.task'), tr('cli.column.items')],
      plan.responsibilities.map((r) => [r.units.map(unitName).join(', '), levels(r.levels), r.task, r.items.join(', ')]),
    ),
  );
  section(
    tr('cli.section.reporting', { count: plan.reportingDuties.length }),
    textTable(
      [tr('cli.column.from'), tr('cli.column.to'), tr('cli.column.frequency'), tr('cli.column.deadline')],
      plan.reportingDuties.map((d) => [
        unitName(d.from),
        d.to.join(', '),
        tr(`frequency.${d.frequency}`),
        d.deadline === undefined ? '' : deadlineWords(d.deadline),
      ]),
    ),
  );
  return parts.join('\n');
}

/** yyyy-mm-dd → dd/mm/yyyy, the way Vietnamese documents print dates. */
function dmy(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function withoutOwnFacts(unit: Unit): Unit {
  return { code: unit.code, name: unit.name, aliases: unit.aliases, level: unit.level };
}

/** A unit's own recipients, place and signer (the units section's cells), blank when it follows its level. */
function ownFacts(unit: Unit, tr: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const facts = unit.reportFacts;
  if (facts === undefined) return '';
  const signer = [facts.signerTitle, facts.signerName].filter((part) => part !== undefined).join(' ');
  return [
    facts.recipients === undefined ? '' : tr('cli.unitReportFacts.recipients', { list: facts.recipients.join('; ') }),
    facts.place === undefined ? '' : tr('cli.unitReportFacts.place', { place: facts.place }),
    signer === '' ? '' : tr('cli.unitReportFacts.signer', { signer }),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}
