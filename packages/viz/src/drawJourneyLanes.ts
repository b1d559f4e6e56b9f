import { findIdeaPhaseId } from '@trailmap/domain';
import type { Idea, JourneyMap, Lane, MomentKind, PainPoint, PhaseId, Touchpoint } from '@trailmap/domain';
import { drawChips, layoutChips, touchpointChipTexts, type MapFigures } from './drawFigureChips.js';
import type { ExportLang, JourneyLabels } from './journeyLabels.js';
import { GRID, type JourneyGrid, type PhaseColumn } from './layoutJourneyGrid.js';
import { layoutEmotionCurve } from './layoutEmotionCurve.js';
import {
  ACCENT_COLOR,
  GRID_COLOR,
  MUTED_TEXT_COLOR,
  NEGATIVE_COLOR,
  NEUTRAL_COLOR,
  POSITIVE_COLOR,
  SEVERITY_COLORS,
  TEXT_COLOR,
  WOW_COLOR,
} from './phasePalette.js';
import { drawRect, drawText, lineHeightOf, r2, type TextStyle } from './svg/drawText.js';
import { wrapText } from './text/wrapText.js';

/** One drawn lane: its height, and its SVG once its top is known. */
export interface LaneBlock {
  height: number;
  draw(top: number): string;
}

export interface LaneContext {
  journey: JourneyMap;
  grid: JourneyGrid;
  labels: JourneyLabels;
  /** WOW moment or below expectation, per touchpoint id (from findMoments). */
  moments: ReadonlyMap<string, MomentKind>;
  /** The measured figures to draw (chips under the cards, the measured emotion line), if any. */
  figures?: MapFigures | undefined;
  lang: ExportLang;
}

const PAD = 12;
const CARD_PAD = 10;
const INNER = GRID.cardWidth - 2 * CARD_PAD;
const BODY: TextStyle = { sizePx: 13, fill: TEXT_COLOR, lineHeightPx: 17 };
const SMALL: TextStyle = { sizePx: 12, fill: MUTED_TEXT_COLOR, lineHeightPx: 16 };
const CARD_TITLE: TextStyle = { sizePx: 14, bold: true, fill: TEXT_COLOR, lineHeightPx: 18 };

const wrap = (text: string, style: TextStyle, maxLines: number, width = INNER) =>
  wrapText(text, { maxWidthPx: width, fontSizePx: style.sizePx, bold: style.bold ?? false, maxLines });

const heightOf = (lines: readonly string[], style: TextStyle) => lines.length * lineHeightOf(style);

/** Free text per touchpoint, under its card (customer actions, thinks & feels). */
export function drawTouchpointTextLane(
  { grid }: LaneContext,
  textOf: (t: Touchpoint) => string,
  style: TextStyle = BODY,
  maxLines = 7,
): LaneBlock {
  const cells = grid.columns.flatMap((c) =>
    c.slots.map((s) => ({ x: s.x, lines: wrap(textOf(s.touchpoint), style, maxLines) })),
  );
  const height = Math.max(48, ...cells.map((c) => heightOf(c.lines, style) + 2 * PAD));
  return {
    height,
    draw: (top) => cells.map((c) => drawText(c.x + CARD_PAD, top + PAD, c.lines, style)).join(''),
  };
}

/** The back stage: the owning department in bold, then the notes. */
export function drawBackstageLane({ grid }: LaneContext): LaneBlock {
  const dept: TextStyle = { ...BODY, bold: true };
  const cells = grid.columns.flatMap((c) =>
    c.slots.map((s) => {
      const head = wrap(s.touchpoint.owningDepartment, dept, 2);
      const notes = wrap(s.touchpoint.backstageNotes, BODY, 6);
      return { x: s.x, head, notes };
    }),
  );
  const height = Math.max(
    48,
    ...cells.map((c) => heightOf(c.head, dept) + heightOf(c.notes, BODY) + 2 * PAD + 4),
  );
  return {
    height,
    draw: (top) =>
      cells
        .map(
          (c) =>
            drawText(c.x + CARD_PAD, top + PAD, c.head, dept) +
            drawText(c.x + CARD_PAD, top + PAD + heightOf(c.head, dept) + 4, c.notes, BODY),
        )
        .join(''),
  };
}

/** The touchpoint cards: title and channel name, in their phase column; an empty phase says so. */
export function drawTouchpointCardsLane({ grid, labels, figures, lang }: LaneContext): LaneBlock {
  const byId = new Map(figures?.touchpoints.map((t) => [t.touchpointId, t]));
  const cards = grid.columns.flatMap((c) =>
    c.slots.map((s) => ({
      x: s.x,
      title: wrap(s.touchpoint.title, CARD_TITLE, 3),
      channel: labels.channels[s.touchpoint.channel],
      chips: figures
        ? layoutChips(touchpointChipTexts(byId.get(s.touchpoint.id), lang), GRID.cardWidth)
        : null,
    })),
  );
  const chipsHeight = Math.max(0, ...cards.map((c) => (c.chips ? c.chips.height + 6 : 0)));
  const cardHeight = Math.max(
    64,
    ...cards.map((c) => heightOf(c.title, CARD_TITLE) + lineHeightOf(SMALL) + 2 * CARD_PAD + 6),
  );
  const empties = grid.columns.filter((c) => c.slots.length === 0);
  return {
    height: cardHeight + 2 * PAD + chipsHeight,
    draw: (top) =>
      cards
        .map(
          (c) =>
            (c.chips ? drawChips(c.chips, c.x, top + PAD + cardHeight + 6, 'touchpoint-figures') : '') +
            `<g class="touchpoint-card">` +
            drawRect(c.x, top + PAD, GRID.cardWidth, cardHeight, `rx="6" fill="#FFFFFF" stroke="#8A8A8A"`) +
            drawText(c.x + CARD_PAD, top + PAD + CARD_PAD, c.title, CARD_TITLE) +
            drawText(c.x + CARD_PAD, top + PAD + cardHeight - CARD_PAD - lineHeightOf(SMALL), [c.channel], {
              ...SMALL,
              className: 'channel',
            }) +
            `</g>`,
        )
        .join('') +
      empties
        .map(
          (c) =>
            drawRect(
              c.x + GRID.columnPadding,
              top + PAD,
              c.width - 2 * GRID.columnPadding,
              cardHeight,
              `rx="6" fill="none" stroke="${GRID_COLOR}" stroke-dasharray="6 4"`,
            ) +
            drawText(
              c.x + GRID.columnPadding + CARD_PAD,
              top + PAD + CARD_PAD,
              wrap(labels.noTouchpoints, SMALL, 3, c.width - 2 * GRID.columnPadding - 2 * CARD_PAD),
              SMALL,
            ),
        )
        .join(''),
  };
}

/** A five-pointed star centred on (cx, cy). */
function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${r2(cx + radius * Math.cos(angle))},${r2(cy + radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

const EMOTION_HEIGHT = 190;
const EMOTION_PADDING = 38;

/**
 * The emotion curve through the touchpoint cards' centres (−3..+3, dashed neutral line), a dot per
 * touchpoint coloured by sign, a star above each WOW moment and a red mark below each touchpoint
 * below expectation.
 */
export function drawEmotionLane({ grid, moments, figures }: LaneContext): LaneBlock {
  const slots = grid.columns.flatMap((c) => c.slots);
  const mode = figures?.curve ?? 'designed';
  const designed = mode !== 'measured';
  const measuredById = new Map(figures?.measured.map((m) => [m.touchpointId, m.emotion]));
  const measuredSlots = mode === 'designed' ? [] : slots.filter((s) => measuredById.has(s.touchpoint.id));
  const measured = layoutEmotionCurve({
    xs: measuredSlots.map((s) => s.centerX),
    emotions: measuredSlots.map((s) => measuredById.get(s.touchpoint.id)!),
    height: EMOTION_HEIGHT,
    padding: EMOTION_PADDING,
  });
  const curve = layoutEmotionCurve({
    xs: slots.map((s) => s.centerX),
    emotions: slots.map((s) => s.touchpoint.emotion),
    height: EMOTION_HEIGHT,
    padding: EMOTION_PADDING,
  });
  return {
    height: EMOTION_HEIGHT,
    draw: (top) => {
      const y = (v: number) => r2(top + v);
      const scale = [3, 0, -3]
        .map((e) =>
          drawText(grid.gridLeft - 8, top + curve.yOf(e) - 7, [e > 0 ? `+${e}` : e < 0 ? `−${-e}` : '0'], {
            ...SMALL,
            anchor: 'end',
          }),
        )
        .join('');
      const neutral = `<line x1="${grid.gridLeft}" y1="${y(curve.neutralY)}" x2="${grid.gridRight}" y2="${y(curve.neutralY)}" stroke="${NEUTRAL_COLOR}" stroke-width="1" stroke-dasharray="5 4" class="neutral-line"/>`;
      const measuredLine =
        measured.points.length > 0
          ? `<g class="measured-emotion">` +
            `<path d="${measured.path}" transform="translate(0 ${r2(top)})" fill="none" stroke="${ACCENT_COLOR}" stroke-width="2.5" stroke-dasharray="7 5" stroke-linecap="round" class="measured-curve"/>` +
            measured.points
              .map(
                (p) =>
                  `<circle cx="${p.x}" cy="${y(p.y)}" r="6" fill="#FFFFFF" stroke="${ACCENT_COLOR}" stroke-width="2.5" class="measured-point"/>`,
              )
              .join('') +
            `</g>`
          : '';
      if (!designed) return scale + neutral + measuredLine;
      const path = curve.path
        ? `<path d="${curve.path}" transform="translate(0 ${r2(top)})" fill="none" stroke="${TEXT_COLOR}" stroke-width="2.5" class="emotion-curve"/>`
        : '';
      const marks = curve.points
        .map((p, i) => {
          const touchpoint = slots[i]!.touchpoint;
          const colour = p.emotion > 0 ? POSITIVE_COLOR : p.emotion < 0 ? NEGATIVE_COLOR : NEUTRAL_COLOR;
          const label = p.emotion > 0 ? `+${p.emotion}` : p.emotion < 0 ? `−${-p.emotion}` : '0';
          const kind = moments.get(touchpoint.id);
          const star =
            kind === 'wow'
              ? `<path class="wow-star" d="${starPath(p.x, top + p.y - 22, 11)}" fill="${WOW_COLOR}" stroke="#6B4A00" stroke-width="1.2"/>`
              : '';
          const pain =
            kind === 'pain'
              ? `<path class="pain-mark" d="M${r2(p.x - 9)},${y(p.y + 14)}L${r2(p.x + 9)},${y(p.y + 14)}L${r2(p.x)},${y(p.y + 29)}Z" fill="${NEGATIVE_COLOR}"/>`
              : '';
          return (
            `<circle cx="${p.x}" cy="${y(p.y)}" r="7" fill="${colour}" stroke="#FFFFFF" stroke-width="2"/>` +
            drawText(p.x + 13, top + p.y - 22, [label], { ...SMALL, fill: colour, bold: true }) +
            star +
            pain
          );
        })
        .join('');
      return scale + neutral + path + marks + measuredLine;
    },
  };
}

/** Expectation vs experience per touchpoint: the two scores as numbers and as bars on 0..10. */
export function drawExpectationLane({ grid, labels }: LaneContext): LaneBlock {
  const slots = grid.columns.flatMap((c) => c.slots);
  const barTop = PAD + 2 * lineHeightOf(SMALL) + 4;
  return {
    height: barTop + 22 + PAD,
    draw: (top) =>
      slots
        .map(({ x, touchpoint: t }) => {
          const show = (n: number | null) => (n === null ? labels.unknownScore : String(n));
          const text = drawText(
            x + CARD_PAD,
            top + PAD,
            [`${labels.expected}: ${show(t.expectation)}`, `${labels.experienced}: ${show(t.experience)}`],
            { ...SMALL, fill: TEXT_COLOR },
          );
          const bar = (score: number | null, dy: number, fill: string, stroke: string) =>
            score === null
              ? ''
              : drawRect(
                  x + CARD_PAD,
                  top + barTop + dy,
                  (INNER * score) / 10,
                  9,
                  `fill="${fill}" stroke="${stroke}"`,
                );
          const below = t.expectation !== null && t.experience !== null && t.experience < t.expectation;
          const fill = below ? NEGATIVE_COLOR : POSITIVE_COLOR;
          return (
            text +
            drawRect(x + CARD_PAD, top + barTop, INNER, 22, `fill="none" stroke="${GRID_COLOR}"`) +
            bar(t.expectation, 1, '#FFFFFF', MUTED_TEXT_COLOR) +
            bar(t.experience, 12, fill, fill)
          );
        })
        .join(''),
  };
}

interface PhaseCard {
  stripe: string;
  badge: string;
  title: string[];
  body: string[];
  footer: string;
}

function cardHeightOf(card: PhaseCard): number {
  return (
    2 * CARD_PAD +
    lineHeightOf(SMALL) +
    heightOf(card.title, CARD_TITLE) +
    heightOf(card.body, SMALL) +
    (card.footer ? lineHeightOf(SMALL) + 4 : 0) +
    4
  );
}

function drawPhaseCard(card: PhaseCard, x: number, y: number, height: number, className: string): string {
  let cursor = y + CARD_PAD;
  let out =
    `<g class="${className}">` +
    drawRect(x, y, GRID.cardWidth, height, `rx="6" fill="#FFFFFF" stroke="#8A8A8A"`) +
    drawRect(x, y, 6, height, `rx="3" fill="${card.stripe}"`) +
    drawText(x + CARD_PAD + 2, cursor, [card.badge], { ...SMALL, bold: true });
  cursor += lineHeightOf(SMALL);
  out += drawText(x + CARD_PAD + 2, cursor, card.title, CARD_TITLE);
  cursor += heightOf(card.title, CARD_TITLE) + 4;
  out += drawText(x + CARD_PAD + 2, cursor, card.body, SMALL);
  if (card.footer)
    out += drawText(x + CARD_PAD + 2, y + height - CARD_PAD - lineHeightOf(SMALL), [card.footer], {
      ...SMALL,
      fill: TEXT_COLOR,
    });
  return out + '</g>';
}

/** Cards per phase column, flowing in rows as wide as the column allows. */
function drawPhaseCardsLane(
  grid: JourneyGrid,
  cardsOf: (column: PhaseColumn) => PhaseCard[],
  className: string,
): LaneBlock {
  const placed = grid.columns.map((column) => {
    const perRow = Math.max(
      1,
      Math.floor((column.width - 2 * GRID.columnPadding + GRID.gap) / (GRID.cardWidth + GRID.gap)),
    );
    const cards = cardsOf(column);
    const rows: PhaseCard[][] = [];
    cards.forEach((card, i) => {
      if (i % perRow === 0) rows.push([]);
      rows.at(-1)!.push(card);
    });
    const rowHeights = rows.map((row) => Math.max(...row.map(cardHeightOf)));
    const height = rowHeights.reduce((a, b) => a + b, 0) + Math.max(0, rows.length - 1) * GRID.gap;
    const rowWidth = Math.min(cards.length, perRow) * (GRID.cardWidth + GRID.gap) - GRID.gap;
    return { column, rows, rowHeights, height, left: column.x + (column.width - rowWidth) / 2 };
  });
  const height = Math.max(48, ...placed.map((p) => p.height + 2 * PAD));
  return {
    height,
    draw: (top) =>
      placed
        .map((p) => {
          let y = top + PAD;
          return p.rows
            .map((row, r) => {
              const out = row
                .map((card, i) =>
                  drawPhaseCard(
                    card,
                    p.left + i * (GRID.cardWidth + GRID.gap),
                    y,
                    p.rowHeights[r]!,
                    className,
                  ),
                )
                .join('');
              y += p.rowHeights[r]! + GRID.gap;
              return out;
            })
            .join('');
        })
        .join(''),
  };
}

/** Pain points in their phase: severity stripe and label, title, description. */
export function drawPainPointsLane({ journey, grid, labels }: LaneContext): LaneBlock {
  const card = (p: PainPoint): PhaseCard => ({
    stripe: SEVERITY_COLORS[p.severity],
    badge: labels.severities[p.severity],
    title: wrap(p.title, CARD_TITLE, 3, INNER - 2),
    body: wrap(p.description, SMALL, 5, INNER - 2),
    footer: '',
  });
  return drawPhaseCardsLane(
    grid,
    (column) => journey.painPoints.filter((p) => p.phaseId === column.phase.id).map(card),
    'pain-point-card',
  );
}

/** The phase an idea belongs to: its own, else its first touchpoint's or pain point's, else the first phase. */
export function getIdeaPhaseId(journey: JourneyMap, idea: Idea): PhaseId | null {
  return findIdeaPhaseId(journey, idea) as PhaseId | null;
}

/** Ideas in their phase: title, description, reach and feasibility. */
export function drawIdeasLane({ journey, grid, labels }: LaneContext): LaneBlock {
  const rating = (n: number | null) => (n === null ? labels.unknownScore : `${n}/5`);
  const card = (idea: Idea): PhaseCard => ({
    stripe: ACCENT_COLOR,
    badge: labels.idea,
    title: wrap(idea.title, CARD_TITLE, 3, INNER - 2),
    body: wrap(idea.description, SMALL, 5, INNER - 2),
    footer: `${labels.reach} ${rating(idea.reach)} · ${labels.feasibility} ${rating(idea.feasibility)}`,
  });
  return drawPhaseCardsLane(
    grid,
    (column) => journey.ideas.filter((i) => getIdeaPhaseId(journey, i) === column.phase.id).map(card),
    'idea-card',
  );
}

/** KPI and custom lanes: the lane's free text per phase, across the column. */
export function drawPhaseTextLane({ grid }: LaneContext, lane: Lane): LaneBlock {
  const cells = grid.columns.map((c) => ({
    x: c.x + GRID.columnPadding,
    lines: wrap(lane.cells[c.phase.id] ?? '', BODY, 6, c.width - 2 * GRID.columnPadding),
  }));
  const height = Math.max(44, ...cells.map((c) => heightOf(c.lines, BODY) + 2 * PAD));
  return {
    height,
    draw: (top) => cells.map((c) => drawText(c.x, top + PAD, c.lines, BODY)).join(''),
  };
}

/** The block for one lane kind. */
export function drawLane(context: LaneContext, lane: Lane): LaneBlock {
  switch (lane.kind) {
    case 'actions':
      return drawTouchpointTextLane(context, (t) => t.customerAction);
    case 'touchpoints':
      return drawTouchpointCardsLane(context);
    case 'thinks-feels':
      return drawTouchpointTextLane(context, (t) => (t.thinksFeels ? `“${t.thinksFeels}”` : ''), {
        ...BODY,
        italic: true,
      });
    case 'emotion':
      return drawEmotionLane(context);
    case 'expectation':
      return drawExpectationLane(context);
    case 'pain-points':
      return drawPainPointsLane(context);
    case 'ideas':
      return drawIdeasLane(context);
    case 'backstage':
      return drawBackstageLane(context);
    case 'kpis':
    case 'custom':
      return drawPhaseTextLane(context, lane);
  }
}
