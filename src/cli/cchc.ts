#!/usr/bin/env node
/**
 * `cchc`: process glue around run(). Exit codes: 0 ok, 1 data errors, 2 bad usage or unreadable
 * input. Anything else that escapes is a bug: it is printed with its stack and exits 1.
 */
import { nodeIo } from './nodeIo';
import { run } from './run';

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
