import type { MessageKey } from './i18n/messages';

/**
 * Failures of the data are values, never exceptions: every check returns Issues that the pane and
 * the CLI render in the user's language from the message key and its parameters.
 */
export type Severity = 'error' | 'warning';

/** Where an issue points: a sheet and, when known, an A1 cell address on it. */
export interface IssueLocation {
  readonly sheet: string;
  readonly cell?: string;
}

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: MessageKey;
  readonly severity: Severity;
  readonly where: IssueLocation;
  readonly params: IssueParams;
}

export function issue(code: MessageKey, severity: Severity, where: IssueLocation, params: IssueParams = {}): Issue {
  return { code, severity, where, params };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
