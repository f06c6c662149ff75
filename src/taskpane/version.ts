/** package.json's version, written in at build by webpack's DefinePlugin (webpack.config.js), as the manifest's <Version> is. */
declare const __CCHC_VERSION__: string | undefined;

/** Shown in the footer and in "not built yet" notices; 'dev' where the pane's code runs unbuilt (jest). */
export const PANE_VERSION: string = typeof __CCHC_VERSION__ === 'string' ? __CCHC_VERSION__ : 'dev';
