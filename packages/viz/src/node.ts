// The Node-only part of @trailmap/viz: rasterising and printing the SVG map (native resvg, pdfkit,
// the DejaVu Sans font files). Import it as '@trailmap/viz/node', never from browser code.
export {
  renderJourneyPng,
  choosePngScale,
  PRINT_LONG_SIDE_PX,
  MAX_SIDE_PX,
  MAX_PIXELS,
} from './renderJourneyPng.js';
export type { PngCaps, PngOptions } from './renderJourneyPng.js';
export { renderJourneyPdf } from './renderJourneyPdf.js';
export { renderReportPdf } from './report/renderReportPdf.js';
export type { ReportPdfOptions } from './report/renderReportPdf.js';
export type { PdfOptions } from './renderJourneyPdf.js';
export { resolveFontFiles, FONT_FAMILY_NAME } from './resolveFontFiles.js';
export type { FontFiles } from './resolveFontFiles.js';
