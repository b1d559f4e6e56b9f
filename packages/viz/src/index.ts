// Public API of @trailmap/viz, listed by name. Everything here is pure and safe in the browser; the
// PNG and PDF renderers (native resvg, pdfkit, font files) live in '@trailmap/viz/node'.
export { layoutEmotionCurve } from './layoutEmotionCurve.js';
export type { CurveInput, CurveLayout, CurvePoint } from './layoutEmotionCurve.js';
export { renderJourneySvg, SMALLEST_FONT_PX } from './renderJourneySvg.js';
export type { RenderJourneyOptions } from './renderJourneySvg.js';
export { MIN_FIGURE_ANSWERS, phaseChipTexts, touchpointChipTexts } from './drawFigureChips.js';
export type {
  FigureScore,
  FiguresCurveMode,
  MapFigures,
  PhaseFigures,
  TouchpointFigures,
} from './drawFigureChips.js';
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
// The board report (one page per journey, and the workspace overview): model, HTML and A4 page layout.
export type {
  JourneyReport,
  ReportDataset,
  ReportFigure,
  ReportKpi,
  ReportNpsMonth,
  ReportOutcome,
  ReportProject,
  ReportSource,
  ReportVerdict,
  WorkspaceReport,
} from './report/types.js';
export { REPORT_LABELS } from './report/reportLabels.js';
export type { ReportLabels } from './report/reportLabels.js';
export { OUTCOME_ORDER, outcomeOf, sortByOutcome } from './report/orderReportProjects.js';
export { drawNpsChart } from './report/drawNpsChart.js';
export { formatReportValue, formatReportDate, formatReportP } from './report/formatReportValue.js';
export {
  A4_PORTRAIT,
  layoutJourneyReportPage,
  layoutWorkspaceReportPages,
} from './report/layoutReportPages.js';
export { renderJourneyReportHtml, renderWorkspaceReportHtml } from './report/renderReportHtml.js';
export { EXPORT_LANGS, JOURNEY_LABELS } from './journeyLabels.js';
export type { ExportLang, JourneyLabels } from './journeyLabels.js';
export { PHASE_COLORS, getPhaseColor, getContrastRatio, getRelativeLuminance } from './phasePalette.js';
export { escapeXml } from './text/escapeXml.js';
export { wrapText } from './text/wrapText.js';
export type { WrapOptions } from './text/wrapText.js';
// Process maps (Disco-style activity and path sliders, ELK layout, SVG): see CONTEXT.md.
export {
  selectProcessMap,
  DEFAULT_PROCESS_MAP_SHARES,
  START_NODE_ID,
  END_NODE_ID,
} from './processMap/selectProcessMap.js';
export {
  layoutProcessMap,
  restyleProcessMap,
  flowOrder,
  wrapActivityName,
  PROCESS_MAP_GEOMETRY,
  PROCESS_MAP_ELK_OPTIONS,
  NODE_PLACEMENT,
  PROCESS_MAP_MEASURES,
} from './processMap/layoutProcessMap.js';
export type { LayoutProcessMapOptions, ProcessMapElk } from './processMap/layoutProcessMap.js';
export { renderProcessMapSvg } from './processMap/renderProcessMapSvg.js';
export type { RenderProcessMapOptions } from './processMap/renderProcessMapSvg.js';
export { checkProcessMapLayout } from './processMap/checkProcessMapLayout.js';
export {
  PROCESS_MAP_LABELS,
  createProcessMapFormat,
  describeProcessMapSelection,
} from './processMap/processMapLabels.js';
export type { ProcessMapLabels, ProcessMapLang } from './processMap/processMapLabels.js';
export { PROCESS_MAP_COLORS, PROCESS_MAP_FONT } from './processMap/processMapStyle.js';
export type {
  ProcessMapActivityInput,
  ProcessMapEdgeInput,
  ProcessMapInput,
  ProcessMapShares,
  ProcessMapNodeKind,
  ProcessMapNode,
  ProcessMapEdge,
  ProcessMapSelection,
  ProcessMapMeasure,
  ProcessMapView,
  ProcessMapMetric,
  ProcessMapFormat,
  ProcessMapPoint,
  ProcessMapBox,
  PlacedProcessMapNode,
  PlacedProcessMapEdge,
  ProcessMapLayout,
} from './processMap/types.js';
