/**
 * The pane never shows the command line's words (core/i18n/vi/cli.ts, about 20 KB of the first
 * load): the pane's build (webpack.config.js) puts this empty dictionary in that module's place.
 * tests/taskpane/i18n/noCliWords.test.ts checks that no code the pane bundles uses a "cli." key.
 */
export const viCli = {};
