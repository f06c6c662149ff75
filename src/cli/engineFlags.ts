/**
 * V8 flags for the command line's short runs, set before any of its modules is compiled (cchc.ts
 * imports this first).
 *
 * `--no-turbo-inlining`: a `cchc` run lasts seconds, so the optimising compiler's time is a real
 * share of it (on background threads, counted in the run's CPU); without inlining, each hot function
 * is compiled alone and sooner. Measured (issue 11, 1 Dec 2026, 2-core machine, fastest of 3, CPU =
 * user + system): `consolidate --json` on 30 office trackers (60,000 rows) 1,170 → 1,010 ms, on
 * 240,000 rows 2,990 → 2,730 ms, on 30 template workbooks 1,500 → 1,340 ms; output identical.
 * `--interrupt-budget=264000` (about 4× Node 20's default of 67,584): a function is considered for
 * optimising after more of its own work, so fewer functions that run briefly are compiled at all.
 * Measured in turn with the flag above (8 runs each, medians): 30 trackers 1,020 → 970 ms, 240,000
 * rows 2,800 → 2,740 ms, templates 1,380 → 1,359 ms; a larger budget (528,000) was no better at 4×.
 * Node's docs (https://nodejs.org/api/v8.html#v8setflagsfromstringflags) warn that a flag changed
 * once the VM runs may misbehave or do nothing; this one only steers the optimising compiler's
 * choices, is read each time a function is optimised, and takes effect set here (the figures above
 * were taken this way). The pane is not affected: browsers choose their own.
 * `--no-allocation-site-pretenuring`: V8 moves an allocation site to old space once most of what it
 * made survives a scavenge. A consolidation keeps every row's record to the end, so whether resolveRow's
 * literals crossed that line turned on how much garbage other code made between scavenges: cutting the
 * TCVN3 decoder's garbage made them old-space allocations, every store of a young text into them went
 * through the write barrier, and resolveRow's own time doubled (48 → 98 ms in profiles; the whole run
 * 70 ms slower). Without it the run no longer swings with such changes. Measured in turn (7 runs each,
 * fastest): 25 TCVN3 trackers 2,016 → 1,941 ms, with the decoder's change 1,881 ms; on every other set
 * measured (VNI, 5 × 10,000 rows, office trackers at 1×, 2×, 4×, templates, LibreOffice files) the
 * fastest run 0–5% less CPU, never more; `-o`'s peak memory within run-to-run spread (templates
 * 318 → 313 MB; 240,000 tracker rows 1,154–1,244 → 1,075–1,210 MB) (README, issue 11).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--interrupt-budget=264000');
setFlagsFromString('--no-allocation-site-pretenuring');
