#!/usr/bin/env node
/**
 * `cchc`: process glue around run(). Exit codes: 0 ok (also when the reader of stdout went away,
 * `| head`), 1 data errors, 2 bad usage or unreadable input, 130 stopped by Ctrl+C while writing. Anything else that escapes is a bug: it is printed with its stack and exits 1.
 */
// First: engine flags that must be set before the other modules are compiled.
import './engineFlags';
import { endQuietlyOnClosedPipe } from './closedPipe';
import { nodeIo } from './nodeIo';
import { useNodeZip } from './nodeZip';
import { run } from './run';

useNodeZip();
endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
endQuietlyOnClosedPipe(process.stderr, (code) => process.exit(code));

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
