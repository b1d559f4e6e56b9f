import { findMoments, type JourneyMap, type MomentKind, type Persona } from '@trailmap/domain';
import {
  drawChips,
  layoutChips,
  measuredLineLabel,
  phaseChipTexts,
  type MapFigures,
} from './drawFigureChips.js';
import { drawLane, type LaneBlock } from './drawJourneyLanes.js';
import { JOURNEY_LABELS, type ExportLang, type JourneyLabels } from './journeyLabels.js';
import { GRID, layoutJourneyGrid, type JourneyGrid } from './layoutJourneyGrid.js';
import {
  ACCENT_COLOR,
  GRID_COLOR,
  LABEL_BACKGROUND,
  MUTED_TEXT_COLOR,
  NEGATIVE_COLOR,
  NEUTRAL_COLOR,
  POSITIVE_COLOR,
  SEVERITY_COLORS,
  TEXT_COLOR,
  WOW_COLOR,
  getPhaseColor,
} from './phasePalette.js';
import { FONT_FAMILY, drawRect, drawText, lineHeightOf, r2, type TextStyle } from './svg/drawText.js';
import { escapeXml } from './text/escapeXml.js';
import { measureText } from './text/measureText.js';
import { wrapText } from './text/wrapText.js';

export interface RenderJourneyOptions {
  /** Language of lane labels and legend (user text is drawn as written). Default 'en'. */
  lang?: ExportLang;
  /** Draw only these phases (0-based positions on the map, ascending), for one page of a split map. */
  phaseIndexes?: readonly number[];
  /** The measured figures of a linked map: chips under cards and in phase headers, the measured line. */
  figures?: MapFigures;
}

/** The smallest font size in the picture, in px: the PDF splits the map rather than print it smaller than ~6 pt. */
export const SMALLEST_FONT_PX = 12;

const TITLE: TextStyle = { sizePx: 30, bold: true, fill: TEXT_COLOR, lineHeightPx: 36 };
const SUBTITLE: TextStyle = { sizePx: 16, fill: TEXT_COLOR, lineHeightPx: 22 };
const PHASE_NAME: TextStyle = { sizePx: 18, bold: true, fill: TEXT_COLOR, lineHeightPx: 23 };
const PHASE_NEED: TextStyle = { sizePx: 13, fill: TEXT_COLOR, lineHeightPx: 17 };
const LANE_LABEL: TextStyle = { sizePx: 15, bold: true, fill: TEXT_COLOR, lineHeightPx: 19 };
const LEGEND: TextStyle = { sizePx: 12, fill: MUTED_TEXT_COLOR, lineHeightPx: 16 };

function drawHeader(
  journey: JourneyMap,
  personas: readonly Persona[],
  labels: JourneyLabels,
  width: number,
  pageNote: string,
): { height: number; svg: string } {
  const textWidth = width - 2 * GRID.margin;
  const title = wrapText(journey.title, {
    maxWidthPx: textWidth - 260,
    fontSizePx: 30,
    bold: true,
    maxLines: 2,
  });
  const named = journey.personaIds
    .map((id) => personas.find((p) => p.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  const lines = [
    journey.goal ? `${labels.goal}: ${journey.goal}` : '',
    named.length ? `${labels.personas}: ${named.join(', ')}` : '',
  ]
    .filter(Boolean)
    .flatMap((line) => wrapText(line, { maxWidthPx: textWidth, fontSizePx: 16, maxLines: 2 }));
  const state = labels.states[journey.state];
  const badgeWidth = measureText(state, 14, true) + 24;
  let y = GRID.margin;
  let svg = drawText(GRID.margin, y, title, { ...TITLE, className: 'journey-title' });
  svg +=
    drawRect(width - GRID.margin - badgeWidth, y + 2, badgeWidth, 28, `rx="14" fill="${ACCENT_COLOR}"`) +
    drawText(width - GRID.margin - badgeWidth / 2, y + 8, [state], {
      sizePx: 14,
      bold: true,
      fill: '#FFFFFF',
      anchor: 'middle',
      className: 'journey-state',
    });
  if (pageNote)
    svg += drawText(width - GRID.margin, y + 38, [pageNote], {
      ...LEGEND,
      anchor: 'end',
      className: 'page-note',
    });
  y += title.length * lineHeightOf(TITLE) + 6;
  svg += drawText(GRID.margin, y, lines, SUBTITLE);
  y += lines.length * lineHeightOf(SUBTITLE) + 18;
  return { height: y, svg };
}

function drawPhaseHeaders(
  grid: JourneyGrid,
  top: number,
  figures: MapFigures | undefined,
  lang: ExportLang,
): { height: number; svg: string } {
  const phaseFigures = new Map(figures?.phases.map((p) => [p.phaseId, p]));
  const heads = grid.columns.map((c) => {
    const inner = c.width - 2 * GRID.columnPadding;
    const name = wrapText(`${c.index + 1}  ${c.phase.name}`, {
      maxWidthPx: inner,
      fontSizePx: PHASE_NAME.sizePx,
      bold: true,
      maxLines: 2,
    });
    const need = wrapText(c.phase.customerNeed, {
      maxWidthPx: inner,
      fontSizePx: PHASE_NEED.sizePx,
      maxLines: 3,
    });
    const chips = figures ? layoutChips(phaseChipTexts(phaseFigures.get(c.phase.id), lang), inner) : null;
    return { c, name, need, chips };
  });
  const height = Math.max(
    56,
    ...heads.map(
      (h) =>
        h.name.length * lineHeightOf(PHASE_NAME) +
        h.need.length * lineHeightOf(PHASE_NEED) +
        30 +
        (h.chips ? h.chips.height + 8 : 0),
    ),
  );
  const svg = heads
    .map(
      ({ c, name, need, chips }) =>
        `<g class="phase-header">` +
        drawRect(c.x + 2, top, c.width - 4, height, `rx="4" fill="${getPhaseColor(c.index)}"`) +
        drawText(c.x + GRID.columnPadding, top + 10, name, { ...PHASE_NAME, className: 'phase-name' }) +
        drawText(
          c.x + GRID.columnPadding,
          top + 14 + name.length * lineHeightOf(PHASE_NAME),
          need,
          PHASE_NEED,
        ) +
        (chips
          ? drawChips(
              chips,
              c.x + GRID.columnPadding,
              top + 18 + name.length * lineHeightOf(PHASE_NAME) + need.length * lineHeightOf(PHASE_NEED) + 4,
              'phase-figures',
            )
          : '') +
        `</g>`,
    )
    .join('');
  return { height, svg };
}

/** The legend: marks and what they mean, flowing into as many rows as the width needs. */
function drawLegend(
  labels: JourneyLabels,
  top: number,
  width: number,
  measuredLine: string,
): { height: number; svg: string } {
  const star = `<path d="M10,-2L12.6,4.4L19.5,4.9L14.2,9.3L15.9,16L10,12.3L4.1,16L5.8,9.3L0.5,4.9L7.4,4.4Z" fill="${WOW_COLOR}" stroke="#6B4A00"/>`;
  const triangle = `<path d="M1,1L19,1L10,15Z" fill="${NEGATIVE_COLOR}"/>`;
  const dots = [NEGATIVE_COLOR, NEUTRAL_COLOR, POSITIVE_COLOR]
    .map((fill, i) => `<circle cx="${4 + 7 * i}" cy="8" r="4" fill="${fill}"/>`)
    .join('');
  const bars = (['low', 'medium', 'high'] as const)
    .map((s, i) => `<rect x="${i * 7}" y="0" width="6" height="16" fill="${SEVERITY_COLORS[s]}"/>`)
    .join('');
  const severity = (['low', 'medium', 'high'] as const).map((s) => labels.severities[s]).join(' / ');
  const items = [
    { mark: star, text: labels.wowMoment },
    { mark: triangle, text: labels.belowExpectation },
    { mark: dots, text: labels.emotionScale },
    { mark: bars, text: `${labels.painSeverity}: ${severity}` },
    ...(measuredLine
      ? [
          {
            mark: `<line x1="0" y1="8" x2="20" y2="8" stroke="${ACCENT_COLOR}" stroke-width="2.5" stroke-dasharray="5 3"/>`,
            text: measuredLine,
          },
        ]
      : []),
    { mark: '', text: labels.madeWith },
  ];
  const rowHeight = 24;
  let x = GRID.margin;
  let y = top + 14;
  const parts: string[] = [];
  for (const { mark, text } of items) {
    const markWidth = mark ? 26 : 0;
    const itemWidth = markWidth + measureText(text, LEGEND.sizePx);
    if (x > GRID.margin && x + itemWidth > width - GRID.margin) {
      x = GRID.margin;
      y += rowHeight;
    }
    if (mark) parts.push(`<g transform="translate(${r2(x)} ${r2(y)})">${mark}</g>`);
    parts.push(drawText(x + markWidth, y, [text], LEGEND));
    x += itemWidth + 28;
  }
  return { height: y - top + rowHeight + GRID.margin - 8, svg: `<g class="legend">${parts.join('')}</g>` };
}

/**
 * The whole journey map as one print-friendly SVG: title, goal, personas and state; phases as
 * coloured columns; the visible lanes as rows in the map's lane order, with their labels on the left;
 * the emotion curve with WOW stars and below-expectation marks; a legend. Pure and deterministic: the
 * same map gives the same string, and all user text is XML-escaped.
 */
export function renderJourneySvg(
  journey: JourneyMap,
  personas: readonly Persona[],
  options: RenderJourneyOptions = {},
): string {
  const lang = options.lang ?? 'en';
  const labels = JOURNEY_LABELS[lang];
  const figures = options.figures;
  const allIndexes = journey.phases.map((_, i) => i);
  const phaseIndexes = options.phaseIndexes ?? allIndexes;
  const grid = layoutJourneyGrid(journey, phaseIndexes);
  const width = Math.max(grid.gridRight + GRID.margin, 900);
  const moments = new Map<string, MomentKind>(
    findMoments(journey).moments.map((m) => [m.touchpointId, m.kind]),
  );
  const partial = grid.columns.length < journey.phases.length && grid.columns.length > 0;
  const pageNote = partial
    ? labels.phasesOf(grid.columns[0]!.index + 1, grid.columns.at(-1)!.index + 1, journey.phases.length)
    : '';

  const header = drawHeader(journey, personas, labels, width, pageNote);
  const phaseTop = header.height;
  const phases = drawPhaseHeaders(grid, phaseTop, figures, lang);
  const context = { journey, grid, labels, moments, figures, lang };
  const lanes = journey.lanes
    .filter((lane) => lane.visible)
    .map((lane) => ({ lane, block: drawLane(context, lane) as LaneBlock }));

  let y = phaseTop + phases.height + 6;
  const gridTop = y;
  const rows: string[] = [];
  lanes.forEach(({ lane, block }, i) => {
    const label = wrapText(lane.title.trim() || labels.lanes[lane.kind], {
      maxWidthPx: GRID.labelWidth - 28,
      fontSizePx: LANE_LABEL.sizePx,
      bold: true,
      maxLines: 4,
    });
    rows.push(
      `<g class="lane" data-kind="${lane.kind}">` +
        (i % 2 === 1
          ? drawRect(grid.gridLeft, y, grid.gridRight - grid.gridLeft, block.height, `fill="#FAFAFA"`)
          : '') +
        drawRect(GRID.margin, y, GRID.labelWidth - 8, block.height, `fill="${LABEL_BACKGROUND}"`) +
        drawText(GRID.margin + 12, y + 12, label, { ...LANE_LABEL, className: 'lane-label' }) +
        `<line x1="${GRID.margin}" y1="${r2(y + block.height)}" x2="${grid.gridRight}" y2="${r2(y + block.height)}" stroke="${GRID_COLOR}"/>` +
        block.draw(y) +
        `</g>`,
    );
    y += block.height;
  });
  const gridBottom = y;
  const separators = grid.columns
    .slice(1)
    .map(
      (c) =>
        `<line x1="${c.x}" y1="${r2(gridTop)}" x2="${c.x}" y2="${r2(gridBottom)}" stroke="${GRID_COLOR}"/>`,
    )
    .join('');
  const legend = drawLegend(
    labels,
    gridBottom + 10,
    width,
    figures && figures.curve !== 'designed' && figures.measured.length > 0 ? measuredLineLabel(lang) : '',
  );
  const height = Math.ceil(gridBottom + 10 + legend.height);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" fill="${TEXT_COLOR}">`,
    `<title>${escapeXml(journey.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    header.svg,
    phases.svg,
    `<line x1="${GRID.margin}" y1="${r2(gridTop)}" x2="${grid.gridRight}" y2="${r2(gridTop)}" stroke="${GRID_COLOR}"/>`,
    rows.join('\n'),
    separators,
    legend.svg,
    '</svg>',
    '',
  ].join('\n');
}
