/** Shown in the footer and in "not built yet" notices; keep in step with package.json. */
export const PANE_VERSION = '0.1.0';
