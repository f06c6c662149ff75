import type { Language } from '../../core/i18n/messages';
import type { CliIo, ExitCode } from '../io';

/** What every command gets from run(): the outside world, the language, and where to put its exit code. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Language;
  exit(code: ExitCode): void;
}
