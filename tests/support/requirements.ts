import { execFileSync } from 'node:child_process';

/**
 * Tests that need something outside the repository (LibreOffice, poppler, the built CLI) run where
 * it is there. Where it is not, they are skipped with one warning per file saying what was skipped
 * and how to run it; under CI=true a missing requirement fails them instead, so CI never passes by
 * skipping.
 */

/** A jest test function (name, body, timeout in ms), as `test` takes them. */
export type TestFn = (name: string, body: jest.ProvidesCallback, timeout?: number) => void;

/** Whether `command args` runs and exits 0 within 20 s (for example `soffice --version`). */
export function commandRuns(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, [...args], { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}

/** Whether this run is CI (CI=true or CI=1, as GitHub Actions, GitLab and most runners set it). */
export const inCi = (): boolean => /^(true|1)$/i.test(process.env.CI ?? '');

/**
 * `test` when `missing` is empty. Otherwise, outside CI, `test.skip` after one console.warn naming
 * what is missing and how to get it; under CI, tests that fail saying the same.
 * `missing`: what is not there, e.g. ['LibreOffice (soffice)']; `howTo`: the command that fixes it.
 */
export function testWhen(missing: readonly string[], whatIsSkipped: string, howTo: string): TestFn {
  if (missing.length === 0) return test;
  const reason = `${missing.join(' and ')} not found: ${howTo}`;
  if (inCi()) {
    return (name, _body, timeout) =>
      test(
        name,
        () => {
          throw new Error(`CI=true and ${reason}`);
        },
        timeout,
      );
  }
  console.warn(`Skipped ${whatIsSkipped}: ${reason}. (With CI=true these tests fail instead.)`);
  return test.skip;
}
