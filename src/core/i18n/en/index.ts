/**
 * English, every area: what messages.ts imports. The pane's build (webpack.config.js) puts
 * src/taskpane/i18n/lazyEnglish.ts in this module's place, so the first load carries Vietnamese only.
 */
export { en } from './all';
