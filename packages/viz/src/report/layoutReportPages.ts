import type { ExportLang } from '../journeyLabels.js';
import {
  ACCENT_COLOR,
  GRID_COLOR,
  MUTED_TEXT_COLOR,
  NEGATIVE_COLOR,
  NEUTRAL_COLOR,
  POSITIVE_COLOR,
  TEXT_COLOR,
} from '../phasePalette.js';
import { readSvgSize } from '../readSvgSize.js';
import { drawText, FONT_FAMILY, r2 } from '../svg/drawText.js';
import { wrapText } from '../text/wrapText.js';
import { drawNpsChart } from './drawNpsChart.js';
import { formatReportDate, formatReportP, formatReportValue } from './formatReportValue.js';
import { REPORT_LABELS, type ReportLabels } from './reportLabels.js';
import type { JourneyReport, ReportOutcome, ReportProject, WorkspaceReport } from './types.js';

/** An A4 portrait page in PDF points. */
export const A4_PORTRAIT = { width: 595.28, height: 841.89 } as const;
const MARGIN = 40;
const CONTENT_WIDTH = A4_PORTRAIT.width - 2 * MARGIN;
const FOOTER_TOP = A4_PORTRAIT.height - MARGIN + 8;
/** The map thumbnail's largest height on the page. */
const THUMBNAIL_MAX_HEIGHT = 190;
const NPS_CHART_HEIGHT = 100;

export const OUTCOME_COLORS: Record<ReportOutcome, string> = {
  improved: POSITIVE_COLOR,
  worsened: NEGATIVE_COLOR,
  'no-change': NEUTRAL_COLOR,
  'too-few': NEUTRAL_COLOR,
  'not-measured': NEUTRAL_COLOR,
};

/** A piece of a page: its height and how to draw it with its top at `y`. */
interface Block {
  height: number;
  draw: (y: number) => string;
}

/** Wrapped text as a block (`size` in points, line height 1.3 × size, `gap` below it). */
function textBlock(
  text: string,
  size: number,
  options: { bold?: boolean; fill?: string; maxLines?: number; indent?: number; gap?: number } = {},
): Block {
  const indent = options.indent ?? 0;
  const lines = wrapText(text, {
    maxWidthPx: CONTENT_WIDTH - indent,
    fontSizePx: size,
    bold: options.bold ?? false,
    maxLines: options.maxLines ?? 6,
  });
  const lineHeight = Math.round(size * 1.3 * 10) / 10;
  return {
    height: lines.length * lineHeight + (options.gap ?? 2),
    draw: (y) =>
      drawText(MARGIN + indent, y, lines, {
        sizePx: size,
        lineHeightPx: lineHeight,
        ...(options.bold ? { bold: true } : {}),
        ...(options.fill ? { fill: options.fill } : {}),
      }),
  };
}

/** A standalone SVG placed in a box of the page, scaled to fit it (nested `<svg>` with its viewBox). */
function embedSvg(svg: string, x: number, y: number, width: number, height: number): string {
  return svg
    .replace(
      /^<svg\b/,
      `<svg x="${r2(x)}" y="${r2(y)}" width="${r2(width)}" height="${r2(height)}" preserveAspectRatio="xMidYMid meet"`,
    )
    .replace(/\swidth="[\d.]+" height="[\d.]+" viewBox/, ' viewBox');
}

function headingBlock(text: string): Block {
  const inner = textBlock(text, 11, { bold: true, fill: ACCENT_COLOR, maxLines: 1, gap: 3 });
  return { height: inner.height + 6, draw: (y) => inner.draw(y + 6) };
}

function dataLine(report: JourneyReport, labels: ReportLabels, lang: ExportLang): string {
  const { dataset } = report;
  if (!dataset) return labels.notLinked;
  const period =
    dataset.from && dataset.to
      ? ` · ${labels.period(formatReportDate(dataset.from, lang), formatReportDate(dataset.to, lang))}`
      : '';
  const source =
    dataset.source.kind === 'generated'
      ? labels.generatedData
      : dataset.source.kind === 'public'
        ? labels.publicData(dataset.source.citation)
        : labels.ownData;
  return `${labels.data}: ${dataset.name}${period}. ${source}`;
}

/** A project's blocks: title with status and outcome, then one row per KPI (value before → after, change, sentence). */
function projectBlocks(project: ReportProject, labels: ReportLabels, lang: ExportLang): Block[] {
  const status = [labels.statuses[project.status]];
  if (project.startDate) status.push(labels.startedOn(formatReportDate(project.startDate, lang)));
  const outcome = labels.outcomes[project.outcome];
  const title = textBlock(project.title, 9.5, { bold: true, maxLines: 2, gap: 1 });
  const meta = textBlock(`${status.join(' · ')}`, 7.5, { fill: MUTED_TEXT_COLOR, maxLines: 1, gap: 1 });
  const head: Block = {
    height: title.height + meta.height + 2,
    draw: (y) =>
      `<rect x="${MARGIN - 8}" y="${r2(y + 1)}" width="3" height="${r2(title.height + meta.height - 2)}" fill="${OUTCOME_COLORS[project.outcome]}"/>` +
      title.draw(y) +
      meta.draw(y + title.height) +
      drawText(MARGIN + CONTENT_WIDTH, y, [outcome], {
        sizePx: 8,
        bold: true,
        anchor: 'end',
        fill: OUTCOME_COLORS[project.outcome],
      }),
  };
  const blocks: Block[] = [head];
  if (project.problem)
    blocks.push(textBlock(`${labels.notMeasurable}: ${project.problem}`, 7.5, { indent: 8, maxLines: 2 }));
  else if (project.kpis.length === 0) blocks.push(textBlock(labels.noKpis, 7.5, { indent: 8, maxLines: 1 }));
  for (const kpi of project.kpis) {
    const figures = `${labels.metrics[kpi.metric]}: ${formatReportValue(kpi.metric, kpi.before.value, lang)} → ${formatReportValue(kpi.metric, kpi.after.value, lang)} (${labels.change.toLowerCase()} ${formatReportValue(kpi.metric, kpi.change.value, lang, true)}; n ${kpi.before.n} / ${kpi.after.n})`;
    const sentence = labels.sentence(
      kpi.verdict,
      formatReportP(kpi.adjustedPValue, lang),
      kpi.change.n,
      kpi.change.needed,
    );
    const line = textBlock(figures, 7.5, { indent: 8, maxLines: 2, gap: 0 });
    const verdict = textBlock(sentence, 7.5, {
      indent: 8,
      maxLines: 2,
      fill: OUTCOME_COLORS[kpi.verdict],
      gap: 3,
    });
    blocks.push({
      height: line.height + verdict.height,
      draw: (y) => line.draw(y) + verdict.draw(y + line.height),
    });
  }
  return blocks;
}

function learnedBlocks(projects: readonly ReportProject[], labels: ReportLabels): Block[] {
  const checked = projects.filter(
    (p) => p.customerCheck.assumption || p.customerCheck.how || p.customerCheck.learned,
  );
  if (checked.length === 0) return [textBlock(labels.nothingLearned, 7.5, { maxLines: 1 })];
  return checked.map((p) => {
    const { assumption, how, learned } = p.customerCheck;
    const title = textBlock(p.title, 8, { bold: true, maxLines: 1, gap: 0 });
    const lines = [
      assumption ? `${labels.assumption}: ${assumption}` : '',
      how ? `${labels.how}: ${how}` : '',
      learned ? `${labels.learnedWhat}: ${learned}` : '',
    ]
      .filter(Boolean)
      .map((text) => textBlock(text, 7.5, { indent: 8, maxLines: 3, gap: 0 }));
    const height = title.height + lines.reduce((sum, b) => sum + b.height, 0) + 4;
    return {
      height,
      draw: (y) => {
        let at = y + title.height;
        return (
          title.draw(y) +
          lines
            .map((b) => {
              const s = b.draw(at);
              at += b.height;
              return s;
            })
            .join('')
        );
      },
    };
  });
}

/** The blocks of one journey: title, goal, data, the map, NPS per month, the projects, what was learned. */
function journeyBlocks(report: JourneyReport, labels: ReportLabels, lang: ExportLang): Block[] {
  const blocks: Block[] = [
    textBlock(labels.boardReport.toUpperCase(), 7.5, { fill: MUTED_TEXT_COLOR, maxLines: 1 }),
    textBlock(report.title, 17, { bold: true, maxLines: 2, gap: 4 }),
  ];
  if (report.goal) blocks.push(textBlock(`${labels.goal}: ${report.goal}`, 8.5, { maxLines: 2 }));
  blocks.push(textBlock(dataLine(report, labels, lang), 7.5, { fill: MUTED_TEXT_COLOR, maxLines: 3 }));
  blocks.push(headingBlock(labels.map));
  if (report.thumbnailSvg) {
    const size = readSvgSize(report.thumbnailSvg);
    const scale = Math.min(CONTENT_WIDTH / size.width, THUMBNAIL_MAX_HEIGHT / size.height);
    const width = size.width * scale;
    const height = size.height * scale;
    const svg = report.thumbnailSvg;
    blocks.push({
      height: height + 6,
      draw: (y) =>
        `<rect x="${MARGIN}" y="${r2(y)}" width="${CONTENT_WIDTH}" height="${r2(height)}" fill="none" stroke="${GRID_COLOR}" stroke-width="0.5"/>` +
        embedSvg(svg, MARGIN + (CONTENT_WIDTH - width) / 2, y, width, height),
    });
  } else blocks.push(textBlock(labels.noFigures, 7.5, { maxLines: 2 }));
  blocks.push(headingBlock(labels.npsOverTime));
  if (report.nps.some((m) => m.n > 0)) {
    const chart = drawNpsChart(report.nps, {
      width: CONTENT_WIDTH,
      height: NPS_CHART_HEIGHT,
      lang,
      title: labels.npsChartAlt,
    });
    blocks.push({
      height: NPS_CHART_HEIGHT + 4,
      draw: (y) => embedSvg(chart, MARGIN, y, CONTENT_WIDTH, NPS_CHART_HEIGHT),
    });
  } else blocks.push(textBlock(labels.npsNone, 7.5, { maxLines: 1 }));
  blocks.push(headingBlock(labels.projects));
  if (report.projects.length === 0) blocks.push(textBlock(labels.noProjects, 7.5, { maxLines: 1 }));
  for (const project of report.projects) blocks.push(...projectBlocks(project, labels, lang));
  blocks.push(headingBlock(labels.learned));
  blocks.push(...learnedBlocks(report.projects, labels));
  return blocks;
}

function page(content: string, footer: string): string {
  const { width, height } = A4_PORTRAIT;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" fill="${TEXT_COLOR}">` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    content +
    drawText(MARGIN, FOOTER_TOP, [footer], { sizePx: 6.5, fill: MUTED_TEXT_COLOR }) +
    '</svg>'
  );
}

/**
 * Packs blocks onto A4 pages from the top margin down. With `onePage`, blocks that do not fit are left
 * out and the last line says how many; otherwise they go on the next page.
 */
function packPages(
  blocks: readonly Block[],
  footer: string,
  labels: ReportLabels,
  onePage: boolean,
): string[] {
  const pages: string[] = [];
  const bottom = FOOTER_TOP - 6;
  let content = '';
  let y = MARGIN;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (y + block.height > bottom && content !== '') {
      if (onePage) {
        const rest = blocks.length - i;
        const note = textBlock(labels.more(rest), 7.5, { fill: MUTED_TEXT_COLOR, maxLines: 1 });
        content += note.draw(Math.min(y, bottom - note.height));
        break;
      }
      pages.push(page(content, footer));
      content = '';
      y = MARGIN;
    }
    content += block.draw(y);
    y += block.height;
  }
  pages.push(page(content, footer));
  return pages;
}

/** The board report of a journey as one A4 portrait page of SVG (595.28 × 841.89 pt), for the PDF. */
export function layoutJourneyReportPage(report: JourneyReport, lang: ExportLang, madeOn: string): string {
  const labels = REPORT_LABELS[lang];
  const footer = `${labels.made(formatReportDate(madeOn, lang))} · ${report.title}`;
  return packPages(journeyBlocks(report, labels, lang), footer, labels, true)[0]!;
}

/**
 * The workspace overview as A4 portrait pages of SVG: per journey its title, data and projects with their
 * results (no map or chart), flowing over as many pages as needed.
 */
export function layoutWorkspaceReportPages(
  report: WorkspaceReport,
  lang: ExportLang,
  madeOn: string,
): string[] {
  const labels = REPORT_LABELS[lang];
  const blocks: Block[] = [
    textBlock(labels.overview.toUpperCase(), 7.5, { fill: MUTED_TEXT_COLOR, maxLines: 1 }),
    textBlock(report.workspaceName, 17, { bold: true, maxLines: 2, gap: 4 }),
  ];
  for (const journey of report.journeys) {
    blocks.push(headingBlock(journey.title));
    blocks.push(textBlock(dataLine(journey, labels, lang), 7.5, { fill: MUTED_TEXT_COLOR, maxLines: 3 }));
    if (journey.projects.length === 0) blocks.push(textBlock(labels.noProjects, 7.5, { maxLines: 1 }));
    for (const project of journey.projects) blocks.push(...projectBlocks(project, labels, lang));
  }
  const footer = `${labels.made(formatReportDate(madeOn, lang))} · ${report.workspaceName}`;
  return packPages(blocks, footer, labels, false);
}
