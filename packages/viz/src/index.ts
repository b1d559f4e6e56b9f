// Public API of @trailmap/viz, listed by name. Everything here is pure and safe in the browser; the
// PNG and PDF renderers (native resvg, pdfkit, font files) live in '@trailmap/viz/node'.
export { layoutEmotionCurve } from './layoutEmotionCurve.js';
export type { CurveInput, CurveLayout, CurvePoint } from './layoutEmotionCurve.js';
export { renderJourneySvg, SMALLEST_FONT_PX } from './renderJourneySvg.js';
export type { RenderJourneyOptions } from './renderJourneySvg.js';
export {
  splitJourneyPages,
  getFitScale,
  A3_LANDSCAPE,
  PAGE_MARGIN_PT,
  MIN_PRINTED_FONT_PT,
} from './splitJourneyPages.js';
export { layoutPathsSankey } from './layoutPathsSankey.js';
export type {
  PathsGraph,
  PathsSankeyLayout,
  PathsSankeyLink,
  PathsSankeyNode,
  PathsSankeyOptions,
  PathsSankeyStep,
} from './layoutPathsSankey.js';
export { readSvgSize } from './readSvgSize.js';
export { EXPORT_LANGS, JOURNEY_LABELS } from './journeyLabels.js';
export type { ExportLang, JourneyLabels } from './journeyLabels.js';
export { PHASE_COLORS, getPhaseColor, getContrastRatio, getRelativeLuminance } from './phasePalette.js';
export { escapeXml } from './text/escapeXml.js';
export { wrapText } from './text/wrapText.js';
export type { WrapOptions } from './text/wrapText.js';
