import type { ELK, ElkExtendedEdge, ElkNode, ElkPoint, LayoutOptions } from 'elkjs/lib/elk-api';
import { measureText } from '../text/measureText.js';
import { wrapText } from '../text/wrapText.js';
import { createProcessMapFormat } from './processMapLabels.js';
import { PROCESS_MAP_FONT, scaleIntensity, strokeWidthFor } from './processMapStyle.js';
import type {
  ProcessMapEdge,
  ProcessMapFormat,
  ProcessMapLayout,
  ProcessMapMeasure,
  ProcessMapNode,
  ProcessMapPoint,
  ProcessMapSelection,
} from './types.js';

/**
 * The part of an ELK instance the layout uses. In Node and tests: `new ELK()` from
 * 'elkjs/lib/elk.bundled.js'; in the browser, off the main thread: `new ELK({ workerFactory })` from
 * 'elkjs/lib/elk-api' with 'elkjs/lib/elk-worker.min.js' as the worker (see CONTEXT.md).
 */
export type ProcessMapElk = Pick<ELK, 'layout'>;

export type LayoutProcessMapOptions = ProcessMapMeasure & {
  elk: ProcessMapElk;
  /** How figures are written (default: English); the texts are measured, so pass the renderer's. */
  format?: ProcessMapFormat;
  /** ELK options over PROCESS_MAP_ELK_OPTIONS (for experiments; the defaults are what the tests check). */
  elkOptions?: LayoutOptions;
};

/** Sizes of the drawing, in px. */
export const PROCESS_MAP_GEOMETRY = {
  /** A name wraps at this width, wider only when it would otherwise need more than `maxNameLines`. */
  nameWidth: 170,
  maxNameLines: 3,
  minNodeWidth: 90,
  paddingX: 12,
  paddingY: 8,
  nameLineHeight: 17,
  figureLineHeight: 16,
  /** Diameter of the start circle and side of the end square. */
  terminalSize: 26,
  edgeLabelPaddingX: 4,
  edgeLabelHeight: 15,
  arrowLength: 9,
  arrowWidth: 8,
  margin: 24,
} as const;

const G = PROCESS_MAP_GEOMETRY;

/**
 * ELK layered, top to bottom, orthogonal paths; labels are placed by ELK as dummy nodes, so they never
 * overlap. Node placement: see NODE_PLACEMENT.
 */
export const PROCESS_MAP_ELK_OPTIONS: Readonly<LayoutOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.randomSeed': '1',
  'elk.padding': `[top=${G.margin},left=${G.margin},bottom=${G.margin},right=${G.margin}]`,
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '34',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '9',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '9',
  'elk.spacing.edgeLabel': '3',
  'elk.spacing.labelLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
  // the children come in flow order (flowOrder below), so edges against it are exactly the loops back;
  // crossing minimisation is free to reorder them within a layer (keeping the model order there too
  // doubles the time on large maps and draws no better)
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
};

/**
 * Network simplex places nodes so that edges run straightest, but its time grows steeply with the
 * number of paths (BPIC 2012 at 100 %, 137 paths: ≈ 7 s); above `maxEdgesForNetworkSimplex` the map is
 * placed by linear segments (≈ 1.5 s there), which bends a few more edges.
 */
export const NODE_PLACEMENT = { maxEdgesForNetworkSimplex: 60 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => String(round1(n));

/** The value a node or edge is measured by in the chosen view (null: nothing to show). */
function nodeValue(node: ProcessMapNode, measure: ProcessMapMeasure): number | null {
  if (node.kind !== 'activity') return null;
  if (measure.view === 'frequency') return measure.metric === 'events' ? node.events : node.cases;
  return node.medianDurationSeconds;
}

function edgeValue(edge: ProcessMapEdge, measure: ProcessMapMeasure): number | null {
  if (measure.view === 'frequency') return measure.metric === 'events' ? edge.count : edge.cases;
  if (measure.metric === 'mean') return edge.meanSeconds;
  if (measure.metric === 'median') return edge.medianSeconds;
  return edge.totalSeconds;
}

function formatValue(value: number, measure: ProcessMapMeasure, format: ProcessMapFormat): string {
  return measure.view === 'frequency' ? format.count(value) : format.duration(value);
}

/**
 * A name in at most `maxNameLines` lines: wrapped at `nameWidth`, or at the narrowest wider width that
 * needs no more lines — never cut, so no label is ever clipped.
 */
export function wrapActivityName(name: string): string[] {
  const wrap = (maxWidthPx: number) =>
    wrapText(name, { maxWidthPx, fontSizePx: PROCESS_MAP_FONT.name, maxLines: Number.MAX_SAFE_INTEGER });
  let width: number = G.nameWidth;
  let lines = wrap(width);
  const full = measureText(name.replace(/\s+/g, ' ').trim(), PROCESS_MAP_FONT.name);
  while (lines.length > G.maxNameLines && width < full) {
    width += 10;
    lines = wrap(width);
  }
  return lines.length > 0 ? lines : [''];
}

/** Every figure a map can show. Boxes are sized for the widest, so switching views moves nothing. */
export const PROCESS_MAP_MEASURES: readonly ProcessMapMeasure[] = [
  { view: 'frequency', metric: 'events' },
  { view: 'frequency', metric: 'cases' },
  { view: 'performance', metric: 'mean' },
  { view: 'performance', metric: 'median' },
  { view: 'performance', metric: 'total' },
];

/** Min and max of the non-null values. */
function range(values: readonly (number | null)[]): [number, number] {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? [Math.min(...present), Math.max(...present)] : [0, 0];
}

/** What one measure writes and how strongly it draws each node and edge of a selection. */
function styleFor(
  selection: Pick<ProcessMapSelection, 'nodes' | 'edges'>,
  measure: ProcessMapMeasure,
  format: ProcessMapFormat,
) {
  const nodeValues = selection.nodes.map((n) => nodeValue(n, measure));
  const [nodeMin, nodeMax] = range(nodeValues);
  const edgeValues = selection.edges.map((e) => edgeValue(e, measure));
  const [edgeMin, edgeMax] = range(edgeValues);
  return {
    nodes: nodeValues.map((value) => ({
      figure: value === null ? null : formatValue(value, measure, format),
      intensity: value === null ? 0 : scaleIntensity(value, nodeMin, nodeMax),
    })),
    edges: edgeValues.map((value) => {
      const intensity = value === null ? null : scaleIntensity(value, edgeMin, edgeMax);
      return {
        text: value === null ? null : formatValue(value, measure, format),
        intensity,
        strokeWidth: strokeWidthFor(intensity),
      };
    }),
  };
}

function measureOf(options: ProcessMapMeasure): ProcessMapMeasure {
  return options.view === 'frequency'
    ? { view: 'frequency', metric: options.metric }
    : { view: 'performance', metric: options.metric };
}

/**
 * Lays out a selected process map with ELK's layered algorithm (top to bottom): node boxes sized to their
 * measured text, orthogonal edge routes, edge labels where ELK put them. Coordinates are rounded to
 * 0.1 px. The geometry is the same for every view and metric (boxes fit the widest figure of all), so
 * `restyleProcessMap` switches views without laying out again.
 */
export async function layoutProcessMap(
  selection: ProcessMapSelection,
  options: LayoutProcessMapOptions,
): Promise<ProcessMapLayout> {
  const format = options.format ?? createProcessMapFormat('en');
  const styles = PROCESS_MAP_MEASURES.map((m) => styleFor(selection, m, format));
  const widest = (texts: (string | null)[], size: number, bold = false) =>
    Math.max(0, ...texts.map((t) => (t === null ? 0 : measureText(t, size, bold))));

  const sized = selection.nodes.map((node, i) => {
    if (node.kind !== 'activity')
      return { node, lines: [] as string[], width: G.terminalSize, height: G.terminalSize };
    const lines = wrapActivityName(node.activity);
    const figures = styles.map((s) => s.nodes[i]!.figure);
    const textWidth = Math.max(
      widest(lines, PROCESS_MAP_FONT.name),
      widest(figures, PROCESS_MAP_FONT.figure, true),
    );
    const hasFigure = figures.some((f) => f !== null);
    return {
      node,
      lines,
      width: Math.max(G.minNodeWidth, Math.ceil(textWidth + 2 * G.paddingX)),
      height: 2 * G.paddingY + lines.length * G.nameLineHeight + (hasFigure ? G.figureLineHeight : 0),
    };
  });
  const order = flowOrder(selection);
  sized.sort((a, b) => order.get(a.node.id)! - order.get(b.node.id)!);

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      ...PROCESS_MAP_ELK_OPTIONS,
      'elk.layered.nodePlacement.strategy':
        selection.edges.length <= NODE_PLACEMENT.maxEdgesForNetworkSimplex
          ? 'NETWORK_SIMPLEX'
          : 'LINEAR_SEGMENTS',
      ...options.elkOptions,
    },
    children: sized.map((s) => ({
      id: s.node.id,
      width: s.width,
      height: s.height,
      ...(s.node.kind === 'start'
        ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'FIRST_SEPARATE' } }
        : s.node.kind === 'end'
          ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST_SEPARATE' } }
          : {}),
    })),
    edges: selection.edges.map((edge, i): ElkExtendedEdge => {
      const texts = styles.map((s) => s.edges[i]!.text);
      const thickness = Math.max(...styles.map((s) => s.edges[i]!.strokeWidth));
      return {
        id: edge.id,
        sources: [edge.from],
        targets: [edge.to],
        layoutOptions: { 'elk.edge.thickness': String(thickness) },
        labels: texts.some((t) => t !== null)
          ? [
              {
                id: `${edge.id}:label`,
                // ELK ignores a label without text; its size is what counts
                text: texts.find((t) => t !== null) ?? '',
                width: Math.ceil(widest(texts, PROCESS_MAP_FONT.edge) + 2 * G.edgeLabelPaddingX),
                height: G.edgeLabelHeight,
              },
            ]
          : [],
      };
    }),
  };
  const laid = await options.elk.layout(graph);

  const boxes = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const routes = new Map((laid.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  const geometry: ProcessMapLayout = {
    measure: measureOf(options),
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: sized.map((s) => {
      const box = boxes.get(s.node.id);
      return {
        node: s.node,
        x: round1(box?.x ?? 0),
        y: round1(box?.y ?? 0),
        width: s.width,
        height: s.height,
        lines: s.lines,
        figure: null,
        intensity: 0,
      };
    }),
    edges: selection.edges.map((edge) => {
      const routed = routes.get(edge.id);
      const label = routed?.labels?.[0];
      return {
        edge,
        points: routePoints(routed),
        path: '',
        arrow: '',
        labelBox: label
          ? {
              x: round1(label.x ?? 0),
              y: round1(label.y ?? 0),
              width: label.width ?? 0,
              height: label.height ?? 0,
            }
          : null,
        label: null,
        intensity: null,
        strokeWidth: 1,
      };
    }),
    fontSizes: { ...PROCESS_MAP_FONT },
  };
  return restyleProcessMap(geometry, { ...measureOf(options), format });
}

/**
 * The same map read another way: figures, label texts, intensities and stroke widths for `measure`, on
 * the geometry `layoutProcessMap` made (which fits every measure). Pure and fast: the web can switch
 * views on the main thread without asking ELK again.
 */
export function restyleProcessMap(
  layout: ProcessMapLayout,
  options: ProcessMapMeasure & { format?: ProcessMapFormat },
): ProcessMapLayout {
  const measure = measureOf(options);
  const format = options.format ?? createProcessMapFormat('en');
  const style = styleFor(
    { nodes: layout.nodes.map((n) => n.node), edges: layout.edges.map((e) => e.edge) },
    measure,
    format,
  );
  return {
    ...layout,
    measure,
    nodes: layout.nodes.map((n, i) => ({ ...n, ...style.nodes[i]! })),
    edges: layout.edges.map((e, i) => {
      const { text, intensity, strokeWidth } = style.edges[i]!;
      return {
        ...e,
        ...drawRoute(e.points, strokeWidth),
        label: e.labelBox && text !== null ? { ...e.labelBox, text } : null,
        intensity,
        strokeWidth,
      };
    }),
  };
}

/**
 * The nodes in the order the process flows: by where they typically first happen in a case (start
 * first, end last; ties by selection order). Edges against this order close loops; ELK turns exactly
 * those upwards (cycle breaking by model order), so the map reads from top to bottom as cases run.
 */
export function flowOrder(selection: ProcessMapSelection): Map<string, number> {
  const order = selection.nodes
    .map((node, i) => ({ id: node.id, position: node.typicalPosition, i }))
    .sort((a, b) => a.position - b.position || a.i - b.i);
  return new Map(order.map((n, i) => [n.id, i]));
}

/** The route of an edge as one polyline (ELK gives one section per edge in a flat graph). */
function routePoints(edge: ElkExtendedEdge | undefined): ProcessMapPoint[] {
  const points: ElkPoint[] = [];
  for (const section of edge?.sections ?? []) {
    points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
  }
  const out: ProcessMapPoint[] = [];
  for (const p of points) {
    const q = { x: round1(p.x), y: round1(p.y) };
    const last = out.at(-1);
    if (!last || last.x !== q.x || last.y !== q.y) out.push(q);
  }
  return out;
}

/**
 * SVG path data for a route with rounded corners, ending where its arrowhead starts, and the arrowhead
 * (a triangle whose tip is the route's last point, on the target's border).
 */
function drawRoute(points: readonly ProcessMapPoint[], strokeWidth: number): { path: string; arrow: string } {
  if (points.length < 2) return { path: '', arrow: '' };
  const tip = points.at(-1)!;
  const before = points.at(-2)!;
  const dx = tip.x - before.x;
  const dy = tip.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const arrowLength = Math.min(G.arrowLength + strokeWidth, length);
  const halfWidth = (G.arrowWidth + strokeWidth) / 2;
  const base = { x: tip.x - ux * arrowLength, y: tip.y - uy * arrowLength };
  const arrow =
    `M${fmt(tip.x)},${fmt(tip.y)}` +
    `L${fmt(base.x - uy * halfWidth)},${fmt(base.y + ux * halfWidth)}` +
    `L${fmt(base.x + uy * halfWidth)},${fmt(base.y - ux * halfWidth)}Z`;
  // the line stops inside the arrowhead, so a thick line's square end never shows past the tip
  const stop = { x: tip.x - ux * arrowLength * 0.6, y: tip.y - uy * arrowLength * 0.6 };
  const line = [...points.slice(0, -1), stop];
  let path = `M${fmt(line[0]!.x)},${fmt(line[0]!.y)}`;
  const radius = 8;
  for (let i = 1; i < line.length - 1; i++) {
    const p = line[i - 1]!;
    const c = line[i]!;
    const n = line[i + 1]!;
    const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const a = towards(c, p, r);
    const b = towards(c, n, r);
    path += `L${fmt(a.x)},${fmt(a.y)}Q${fmt(c.x)},${fmt(c.y)} ${fmt(b.x)},${fmt(b.y)}`;
  }
  const last = line.at(-1)!;
  path += `L${fmt(last.x)},${fmt(last.y)}`;
  return { path, arrow };
}

/** The point `distance` from `from` towards `to`. */
function towards(from: ProcessMapPoint, to: ProcessMapPoint, distance: number): ProcessMapPoint {
  const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) * distance) / d, y: from.y + ((to.y - from.y) * distance) / d };
}
