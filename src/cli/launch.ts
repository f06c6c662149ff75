#!/usr/bin/env node
/**
 * The built `cchc` (dist/node/cli/cchc.js once bundled, scripts/bundle-cli.mjs): sets the engine
 * flags, then runs the bundled program (cchcProgram.js beside it, from src/cli/cchc.ts) from its V8
 * code cache (codeCache.ts). Unbundled (tsc's output, the tests), cchc.js is the program itself.
 */
// First: the flags are part of what V8 checks a code cache against, so they are set before the program is compiled.
import './engineFlags';
import { join } from 'node:path';
import { runWithCodeCache } from './codeCache';

runWithCodeCache(join(__dirname, 'cchcProgram.js'));
