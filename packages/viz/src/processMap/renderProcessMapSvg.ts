import { drawText, FONT_FAMILY, r2 } from '../svg/drawText.js';
import { escapeXml } from '../text/escapeXml.js';
import { PROCESS_MAP_GEOMETRY } from './layoutProcessMap.js';
import { createProcessMapFormat, PROCESS_MAP_LABELS, type ProcessMapLabels } from './processMapLabels.js';
import { edgeColorFor, nodeFillFor, PROCESS_MAP_COLORS } from './processMapStyle.js';
import type {
  PlacedProcessMapEdge,
  PlacedProcessMapNode,
  ProcessMapEdge,
  ProcessMapFormat,
  ProcessMapLayout,
  ProcessMapNode,
} from './types.js';

export interface RenderProcessMapOptions {
  /** The strings of the picture (tooltips, aria label); default English. */
  labels?: ProcessMapLabels;
  /** How tooltip figures are written; pass the one the layout measured with. */
  format?: ProcessMapFormat;
}

const G = PROCESS_MAP_GEOMETRY;
const C = PROCESS_MAP_COLORS;

/**
 * The process map as one SVG string: paths, then nodes, then edge labels on a white ground. Every node
 * carries `data-node` (its id) and, for activities, `data-activity` (its name); every path and its label
 * carry `data-edge` (the edge id) with `data-from` and `data-to` (activity names, empty for start and
 * end), so the app can hook clicks. All text is XML-escaped; output is deterministic.
 */
export function renderProcessMapSvg(layout: ProcessMapLayout, options: RenderProcessMapOptions = {}): string {
  const labels = options.labels ?? PROCESS_MAP_LABELS.en;
  const format = options.format ?? createProcessMapFormat('en');
  const byId = new Map(layout.nodes.map((n) => [n.node.id, n.node]));
  const nameOf = (id: string): string => byId.get(id)?.activity ?? '';
  const displayName = (node: ProcessMapNode | undefined): string =>
    !node ? '' : node.kind === 'start' ? labels.start : node.kind === 'end' ? labels.end : node.activity;
  const edgeAttributes = (edge: ProcessMapEdge) =>
    `data-edge="${escapeXml(edge.id)}" data-from="${escapeXml(nameOf(edge.from))}" data-to="${escapeXml(nameOf(edge.to))}"`;

  const edgeTitle = (edge: ProcessMapEdge): string => {
    const head = `${displayName(byId.get(edge.from))} → ${displayName(byId.get(edge.to))}`;
    const parts =
      edge.meanSeconds === null
        ? [`${format.count(edge.count)} ${labels.cases}`]
        : [
            `${format.count(edge.count)} ${labels.times}`,
            `${format.count(edge.cases)} ${labels.cases}`,
            `${labels.meanWait} ${format.duration(edge.meanSeconds)}`,
            `${labels.medianWait} ${format.duration(edge.medianSeconds ?? 0)}`,
            `${labels.totalWait} ${format.duration(edge.totalSeconds ?? 0)}`,
          ];
    return `${head}: ${parts.join(' · ')}`;
  };
  const nodeTitle = (node: ProcessMapNode): string => {
    if (node.kind !== 'activity') return `${displayName(node)}: ${format.count(node.cases)} ${labels.cases}`;
    const parts = [
      `${format.count(node.events)} ${labels.events}`,
      `${format.count(node.cases)} ${labels.cases}`,
    ];
    if (node.medianDurationSeconds !== null)
      parts.push(`${labels.medianDuration} ${format.duration(node.medianDurationSeconds)}`);
    return `${node.activity}: ${parts.join(' · ')}`;
  };

  const view = layout.measure.view;
  const paths = layout.edges
    .filter((e) => e.path)
    .map((e) => {
      const color = edgeColorFor(view, e.intensity);
      const terminal = e.edge.meanSeconds === null ? ' stroke-dasharray="5 4"' : '';
      return (
        `<g ${edgeAttributes(e.edge)}><title>${escapeXml(edgeTitle(e.edge))}</title>` +
        `<path d="${e.path}" fill="none" stroke="${color}" stroke-width="${e.strokeWidth}"${terminal}/>` +
        `<path d="${e.arrow}" fill="${color}"/></g>`
      );
    });
  const nodes = layout.nodes.map((n) => drawNode(n, nodeTitle(n.node), layout));
  const edgeLabels = layout.edges
    .filter((e) => e.label)
    .map((e) => drawEdgeLabel(e, edgeAttributes(e.edge), layout));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONT_FAMILY}" role="img" aria-label="${escapeXml(labels.title)}">`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#FFFFFF"/>`,
    `<g class="paths">`,
    ...paths,
    `</g>`,
    `<g class="nodes">`,
    ...nodes,
    `</g>`,
    `<g class="path-labels">`,
    ...edgeLabels,
    `</g>`,
    `</svg>`,
  ].join('\n');
}

function drawNode(placed: PlacedProcessMapNode, title: string, layout: ProcessMapLayout): string {
  const { node, x, y, width, height } = placed;
  const head = `<g data-node="${escapeXml(node.id)}"${node.kind === 'activity' ? ` data-activity="${escapeXml(node.activity)}"` : ''}><title>${escapeXml(title)}</title>`;
  if (node.kind === 'start')
    return `${head}<circle cx="${r2(x + width / 2)}" cy="${r2(y + height / 2)}" r="${r2(width / 2)}" fill="${C.startFill}"/></g>`;
  if (node.kind === 'end')
    return `${head}<rect x="${r2(x + 2)}" y="${r2(y + 2)}" width="${r2(width - 4)}" height="${r2(height - 4)}" fill="${C.endFill}"/></g>`;
  const cx = x + width / 2;
  const sizes = layout.fontSizes;
  // without a figure (a duration the log does not have) the name sits in the middle of the box
  const linesTop =
    placed.figure === null ? y + (height - placed.lines.length * G.nameLineHeight) / 2 : y + G.paddingY;
  const nameTop = linesTop + (G.nameLineHeight - sizes.name) / 2;
  const name = drawText(cx, nameTop, placed.lines, {
    sizePx: sizes.name,
    fill: C.text,
    anchor: 'middle',
    lineHeightPx: G.nameLineHeight,
  });
  const figure =
    placed.figure === null
      ? ''
      : drawText(
          cx,
          y + G.paddingY + placed.lines.length * G.nameLineHeight + (G.figureLineHeight - sizes.figure) / 2,
          [placed.figure],
          { sizePx: sizes.figure, bold: true, fill: C.mutedText, anchor: 'middle' },
        );
  const fill = nodeFillFor(layout.measure.view, placed.intensity);
  return (
    `${head}<rect x="${r2(x)}" y="${r2(y)}" width="${r2(width)}" height="${r2(height)}" rx="6" fill="${fill}" stroke="${C.nodeStroke}"/>` +
    `${name}${figure}</g>`
  );
}

function drawEdgeLabel(placed: PlacedProcessMapEdge, attributes: string, layout: ProcessMapLayout): string {
  const label = placed.label!;
  const size = layout.fontSizes.edge;
  const text = drawText(label.x + label.width / 2, label.y + (label.height - size) / 2, [label.text], {
    sizePx: size,
    fill: C.text,
    anchor: 'middle',
  });
  return `<g ${attributes}><rect x="${r2(label.x)}" y="${r2(label.y)}" width="${r2(label.width)}" height="${r2(label.height)}" rx="3" fill="${C.labelBackground}" fill-opacity="0.9"/>${text}</g>`;
}
