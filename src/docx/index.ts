/** Word (.docx) rendering of the core's document models, with the `docx` package. Loaded lazily in the pane. */
export { reportDocx, reportDocxBytes, twip, DOCX_PAGE, DOCX_FONT, BODY_PT } from './reportDocx';
