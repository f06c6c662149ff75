import { deadlineWords } from '../../core/plan/reportDeadline';
import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import type { Language, MessageKey } from '../../core/i18n/messages';
import { levelName } from '../../core/plan/levelCatalogue';
import { planWording } from '../../core/plan/planWording';
import type { Plan, Unit, UnitLevel } from '../../core/plan/types';
import { consolidatedReportIssuer, issuerFacts, reportingBody } from '../../core/report/issuer';
import { formatMeasure } from '../../core/report/measureText';
import { signerTitles } from '../../core/report/header';
import { EXIT_OK } from '../io';
import { loadPlan } from '../loadPlan';
import { keyValues, textTable } from '../textTable';
import type { CommandContext } from './context';

/**
 * `cchc plan show [--plan FILE] [--json]`: the whole plan as readable tables (identity, levels as
 * their reports print them, units with their dates and own report facts, channels, forms, targets
 * with scope, cadence, measure and the units PHÂN CÔNG gives them to, standing items with deadline
 * and recurrence, funding with budgets, responsibilities, reporting duties), or the plan model as JSON.
 */
export function planShowCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('show')
    .description(t('cli.plan.show.description', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--json', t('cli.option.json', {}, lang))
    .action(async (options: { plan?: string; json?: boolean }) => {
      const loaded = await loadPlan(options.plan, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      // The plan model as read (codes, ISO dates, đồng): what a script needs, in no language.
      io.stdout(options.json === true ? `${JSON.stringify(loaded.plan, null, 2)}\n` : renderPlan(loaded.plan, lang));
      return ctx.exit(EXIT_OK);
    });
}

export function renderPlan(plan: Plan, lang: Language): string {
  const tr = (key: MessageKey, params: Record<string, string | number> = {}): string => t(key, params, lang);
  const levels = (list: readonly UnitLevel[]): string => list.map((level) => levelName(plan, level)).join(', ');
  const unitName = (code: string): string => plan.units.find((u) => u.code === code)?.name ?? code;
  const assigned = (id: string): string => assignedText(plan, id, tr);
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
      // Said only when the plan sets it: a plan without it reads as before.
      ...(plan.reportIssuer === undefined
        ? []
        : [[tr('cli.field.reportIssuer'), plan.reportIssuer.kind === 'plan' ? identity.issuer : unitName(plan.reportIssuer.code)] as [string, string]]),
      [tr('cli.field.consolidatedIssuer'), consolidatedIssuer(plan, tr, lang)],
      [tr('cli.field.government'), governmentName(plan, tr)],
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
        // A level no unit uses is previewed with a placeholder name: its own name ("UBND xã, phường")
        // would be filled into "UBND {tên}" and print "UBND UBND xã, phường".
        const example =
          found === undefined ? { code: level.code, name: tr('cli.value.exampleUnitName'), aliases: [], level: level.code } : withoutOwnFacts(found);
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
      [
        tr('cli.column.code'),
        tr('cli.column.name'),
        tr('cli.column.level'),
        tr('cli.column.activeFrom'),
        tr('cli.column.activeTo'),
        tr('cli.column.email'),
        tr('cli.column.unitReportFacts'),
      ],
      plan.units.map((u) => [
        u.code,
        u.name,
        levelName(plan, u.level),
        u.activeFrom === undefined ? '' : dmy(u.activeFrom),
        u.activeTo === undefined ? '' : dmy(u.activeTo),
        (u.emails ?? []).join(', '),
        ownFacts(u, tr),
      ]),
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
      [
        tr('cli.column.code'),
        tr('cli.column.target'),
        tr('cli.column.channels'),
        tr('cli.column.forms'),
        tr('cli.column.minimum'),
        tr('cli.column.scope'),
        tr('cli.column.per'),
        tr('cli.column.measure'),
        tr('cli.column.assigned'),
      ],
      plan.targets.map((target) => [
        target.id,
        target.title,
        target.channels.join(', '),
        target.forms.length > 0 ? target.forms.join(', ') : tr('cli.value.allForms'),
        formatMeasure(target.minimum, target.measure, lang),
        tr(`scope.${target.scope}`),
        tr(`cli.cadence.${target.per ?? 'year'}`),
        tr(`cli.measure.${target.measure ?? 'count'}`),
        assigned(target.id),
      ]),
    ),
  );
  section(
    tr('cli.section.standing', { count: plan.standingItems.length }),
    textTable(
      [
        tr('cli.column.code'),
        tr('cli.column.item'),
        tr('cli.column.appliesTo'),
        tr('cli.column.dueBy'),
        tr('cli.column.recurrence'),
        tr('cli.column.assigned'),
      ],
      plan.standingItems.map((item) => [
        item.id,
        item.title,
        levels(item.appliesTo),
        item.deadline === undefined ? '' : dmy(item.deadline),
        item.recurrence === undefined ? '' : tr(`cli.cadence.${item.recurrence}`),
        assigned(item.id),
      ]),
    ),
  );
  section(
    tr('cli.section.funding', { count: plan.fundingSources.length }),
    textTable(
      [tr('cli.column.code'), tr('cli.column.name'), tr('cli.column.note'), tr('cli.column.level'), tr('cli.column.budget')],
      plan.fundingSources.map((f) => [f.code, f.name, f.note, levels(f.levels), f.budget === undefined ? '' : formatMeasure(f.budget, 'amount', lang)]),
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
        d.to.map(unitName).join(', '),
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

/**
 * Who carries out a target or standing item, as PHÂN CÔNG says (the rule of progress/responsibleFor:
 * the units and levels of every responsibility listing the id; no listing is everyone's): unit names,
 * then each level with how many units it holds.
 */
function assignedText(plan: Plan, id: string, tr: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const listing = plan.responsibilities.filter((r) => r.items.includes(id));
  if (listing.length === 0) return tr('cli.value.everyUnit');
  const units = [...new Set(listing.flatMap((r) => r.units))].map((code) => plan.units.find((u) => u.code === code)?.name ?? code);
  const levels = [...new Set(listing.flatMap((r) => r.levels))].map((level) =>
    tr('cli.value.levelUnits', { level: levelName(plan, level), count: plan.units.filter((u) => u.level === level).length }),
  );
  return [...units, ...levels].join('; ');
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

/**
 * "do Văn phòng HĐND và UBND xã ban hành, TRƯỞNG PHÒNG ký", as the consolidated report will be
 * headed and signed (core/report/issuer), and, when the plan's own signer does not sign it (an
 * office named as the reporting body), that this is why and how to have the committee issue it
 * instead (issue 13, fifth tester, finding 5); when another body issues what the reporting body
 * drafts ("Cơ quan ban hành báo cáo tổng hợp"), who drafts it.
 */
function consolidatedIssuer(plan: Plan, tr: (key: MessageKey, params?: Record<string, string | number>) => string, lang: Language): string {
  const facts = issuerFacts(plan, { kind: 'district' }, lang);
  const signer = [...signerTitles(facts), facts.signer.name].filter((x) => x.trim() !== '').join(' ');
  const said = tr('cli.value.consolidatedIssuer', { issuer: facts.prose, signer });
  const planSigner = `${plan.signer.title} ${plan.signer.name}`.trim();
  const unused = plan.reportingBody !== undefined && planSigner !== '' && !(facts.signer.name === plan.signer.name.trim() && facts.signer.name !== '');
  const drafter = reportingBody(plan);
  const drafted = drafter === undefined || drafter.code === consolidatedReportIssuer(plan)?.code ? '' : tr('cli.value.draftedBy', { office: drafter.name });
  return unused ? `${said}${drafted}${tr('cli.value.planSignerUnused', { signer: planSigner, issuer: plan.identity.issuer })}` : `${said}${drafted}`;
}

/**
 * The plan's level of government as its issuer is: "Xã" for UBND xã, "Đặc khu" for UBND đặc khu (both
 * read as the commune level, Luật Tổ chức chính quyền địa phương 2025), never "Xã, đặc khu" for a
 * plan that says "Xã" (issue 13, ninth tester, defect 9).
 */
function governmentName(plan: Plan, tr: (key: MessageKey) => string): string {
  if (plan.wording.government === 'commune' && /(?<![\p{L}])đặc khu(?![\p{L}])/iu.test(plan.identity.issuer)) return tr('plan.government.specialZone');
  return tr(`plan.government.${plan.wording.government}`);
}
