import { Command, CommanderError, Option } from 'commander';
import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import type { CommandContext } from './commands/context';
import { loadEnglish } from './english';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './io';
import { fail } from './messages';

/**
 * The whole CLI as a function: argv without "node cchc", the outside world, and the exit code.
 * cchc.ts is only the process glue; tests call this directly.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = detectLanguage(argv);
  if (typeof lang !== 'string') {
    fail(io, 'vi', 'cli.error.badLanguage', { value: lang.invalid });
    return EXIT_USAGE;
  }
  if (lang === 'en') await loadEnglish();
  const lookalike = await optionLikeFile(io, argv);
  if (lookalike !== null) {
    fail(io, lang, 'cli.error.optionLikeFile', { arg: lookalike });
    return EXIT_USAGE;
  }
  let code: ExitCode = EXIT_OK;
  const ctx: CommandContext = { io, lang, exit: (c) => void (code = c) };
  const program = buildProgram(ctx, await loadCommands(commandNamed(argv)));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io, lang);
    throw error;
  }
  return code;
}

/** A command of the CLI as its module builds it. */
type CommandMaker = (ctx: CommandContext) => Command;

/** The commands' modules by name, in the order help lists them; `plan` is the parent of show and export. */
const COMMAND_MODULES = {
  plan: async (): Promise<CommandMaker[]> => {
    const [show, planExport] = await Promise.all([import('./commands/planShow'), import('./commands/planExport')]);
    return [show.planShowCommand, planExport.planExportCommand];
  },
  template: async (): Promise<CommandMaker[]> => [(await import('./commands/template')).templateCommand],
  adopt: async (): Promise<CommandMaker[]> => [(await import('./commands/adopt')).adoptCommand],
  validate: async (): Promise<CommandMaker[]> => [(await import('./commands/validate')).validateCommand],
  normalise: async (): Promise<CommandMaker[]> => [(await import('./commands/normalise')).normaliseCommand],
  report: async (): Promise<CommandMaker[]> => [(await import('./commands/report')).reportCommand],
  consolidate: async (): Promise<CommandMaker[]> => [(await import('./commands/consolidate')).consolidateCommand],
} as const;

type CommandName = keyof typeof COMMAND_MODULES;
type LoadedCommands = Partial<Record<CommandName, readonly CommandMaker[]>>;

/**
 * The command the arguments name, when they name one (`cchc --lang en consolidate ...`); null for
 * help, a misspelt command or none, which need every command.
 */
function commandNamed(argv: readonly string[]): CommandName | null {
  const options = optionsPart(argv);
  for (const [i, arg] of options.entries()) {
    if (arg.startsWith('-') || (i > 0 && options[i - 1] === '--lang')) continue;
    return Object.hasOwn(COMMAND_MODULES, arg) ? (arg as CommandName) : null;
  }
  return null;
}

/**
 * The modules of `only`, or of every command: a run loads what its command needs and nothing more
 * (issue 11: loading the CLI was about a tenth of a consolidation's CPU, much of it modules the command never runs).
 */
async function loadCommands(only: CommandName | null): Promise<LoadedCommands> {
  const names = only === null ? (Object.keys(COMMAND_MODULES) as CommandName[]) : [only];
  const loaded = await Promise.all(names.map(async (name) => [name, await COMMAND_MODULES[name]()] as const));
  return Object.fromEntries(loaded);
}

/** The program with the commands loaded (all of them for help), each speaking the run's language. */
export function buildProgram(ctx: CommandContext, commands: LoadedCommands): Command {
  const { lang } = ctx;
  const program = new Command('cchc').description(t('cli.description', {}, lang));
  for (const [name, makers] of Object.entries(commands) as [CommandName, readonly CommandMaker[]][]) {
    if (name !== 'plan') {
      for (const make of makers) program.addCommand(withLang(make(ctx), lang));
      continue;
    }
    const plan = new Command('plan').description(t('cli.plan.description', {}, lang));
    for (const make of makers) plan.addCommand(withLang(make(ctx), lang));
    program.addCommand(plan);
  }
  withLang(program, lang);
  localize(program, ctx);
  return program;
}

/** Every command accepts --lang; its value was already read by detectLanguage. */
function withLang(command: Command, lang: Language): Command {
  return command.addOption(new Option('--lang <lang>', t('cli.option.lang', {}, lang)));
}

/** Commander's own text is English; titles, help lines and output go through the dictionaries. */
function localize(command: Command, ctx: CommandContext): void {
  const { io, lang } = ctx;
  const titles: Record<string, string> = {
    'Usage:': t('cli.help.usage', {}, lang),
    'Options:': t('cli.help.options', {}, lang),
    'Commands:': t('cli.help.commands', {}, lang),
    'Arguments:': t('cli.help.arguments', {}, lang),
    'Global Options:': t('cli.help.globalOptions', {}, lang),
  };
  command
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .configureHelp({ styleTitle: (title) => titles[title] ?? title })
    .helpOption('-h, --help', t('cli.help.option', {}, lang));
  const parent = command.commands.length > 0;
  const args = command.registeredArguments.map((a) => {
    const name = `${a.name()}${a.variadic ? '...' : ''}`;
    return a.required ? `<${name}>` : `[${name}]`;
  });
  command.usage([t(parent ? 'cli.help.usageParent' : 'cli.help.usageLeaf', {}, lang), ...args].join(' '));
  if (parent) command.helpCommand('help [command]', t('cli.help.command', {}, lang));
  for (const sub of command.commands) localize(sub, ctx);
}

/** Reads --lang ahead of parsing, so help and parse errors already speak the right language. */
export function detectLanguage(argv: readonly string[]): Language | { invalid: string } {
  let value: string | undefined;
  for (const [i, arg] of optionsPart(argv).entries()) {
    if (arg === '--lang') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  if (value === undefined) return 'vi';
  return value === 'vi' || value === 'en' ? value : { invalid: value };
}

/** The arguments before "--": after it every argument is a file, whatever it starts with. */
function optionsPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

/**
 * An argument before "--" that commander would read as an option but is the name of an existing
 * file ("-o.xlsx" would become "-o .xlsx", and the unit's file would be left out silently). Only
 * arguments with a dot are looked at: options never have one, file names nearly always do.
 */
async function optionLikeFile(io: CliIo, argv: readonly string[]): Promise<string | null> {
  for (const arg of optionsPart(argv)) {
    if (!arg.startsWith('-') || !arg.includes('.') || arg.startsWith('--lang=')) continue;
    const found = await io.identify(arg).catch(() => null);
    if (found !== null) return arg;
  }
  return null;
}

function commanderExit(error: CommanderError, io: CliIo, lang: Language): ExitCode {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
      return EXIT_OK;
    case 'commander.help':
      // help shown because the command was incomplete (e.g. "cchc plan")
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    case 'commander.unknownOption':
      fail(io, lang, 'cli.error.unknownOption', { option: quoted });
      return EXIT_USAGE;
    case 'commander.unknownCommand':
      fail(io, lang, 'cli.error.unknownCommand', { name: quoted });
      return EXIT_USAGE;
    case 'commander.optionMissingArgument':
      fail(io, lang, 'cli.error.missingArgument', { option: quoted });
      return EXIT_USAGE;
    case 'commander.missingArgument':
      fail(io, lang, 'cli.error.missingPositional', { name: quoted });
      return EXIT_USAGE;
    case 'commander.missingMandatoryOptionValue':
      fail(io, lang, 'cli.error.missingOption', { option: quoted });
      return EXIT_USAGE;
    case 'commander.excessArguments':
      fail(io, lang, 'cli.error.tooManyArguments', { args: error.message.replace(/^error: /, '') });
      return EXIT_USAGE;
    default:
      fail(io, lang, 'cli.error.usage');
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
}

export { EXIT_DATA, EXIT_OK, EXIT_USAGE };
