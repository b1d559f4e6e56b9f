import { wrapText } from '@trailmap/viz';
import type { FlowDirection } from './actualFlow.js';

/** Sizes of the designed vs actual drawing (px). */
export const FLOW_COLUMNS = {
  margin: 30,
  nodeWidth: 108,
  columnGap: 36,
  rowGap: 30,
  headerHeight: 34,
  /** Space between the phase header and the first row (the arcs of steps back run there). */
  headerGap: 18,
  paddingX: 8,
  paddingY: 7,
  nameFont: 11.5,
  nameLineHeight: 14,
  maxNameLines: 3,
  figureLineHeight: 14,
  labelHeight: 16,
} as const;

const G = FLOW_COLUMNS;

export interface FlowColumnsInput {
  phases: readonly { id: string; name: string }[];
  /** The map's touchpoints in designed order. */
  touchpoints: readonly { id: string; phaseId: string; title: string }[];
  /** Lines of figures under each name (0 for the designed journey, 2 for the actual one). */
  figureLines: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedColumn extends Box {
  phaseId: string;
  index: number;
  lines: string[];
}

export interface PlacedFlowNode extends Box {
  touchpointId: string;
  column: number;
  row: number;
  /** Position in the designed order (0-based). */
  step: number;
  lines: string[];
}

export interface FlowColumnsLayout {
  width: number;
  height: number;
  columns: PlacedColumn[];
  nodes: PlacedFlowNode[];
}

/**
 * The journey laid out by phase: one column per phase (its name on top), the touchpoints in it top to
 * bottom in designed order. The designed and the actual journey use the same layout, so a touchpoint sits
 * in the same place on both sides. Every node has the height of the tallest name.
 */
export function layoutFlowColumns({ phases, touchpoints, figureLines }: FlowColumnsInput): FlowColumnsLayout {
  const inner = G.nodeWidth - 2 * G.paddingX;
  const names = touchpoints.map((tp) =>
    wrapText(tp.title || '…', { maxWidthPx: inner, fontSizePx: G.nameFont, maxLines: G.maxNameLines }),
  );
  const nameLines = Math.max(1, ...names.map((lines) => lines.length));
  const nodeHeight = 2 * G.paddingY + nameLines * G.nameLineHeight + figureLines * G.figureLineHeight;
  const pitch = G.nodeWidth + G.columnGap;
  const columns: PlacedColumn[] = phases.map((phase, index) => ({
    phaseId: phase.id,
    index,
    x: G.margin + index * pitch,
    y: G.margin,
    width: G.nodeWidth,
    height: G.headerHeight,
    lines: wrapText(phase.name || '…', {
      maxWidthPx: inner,
      fontSizePx: G.nameFont,
      bold: true,
      maxLines: 2,
    }),
  }));
  const columnOf = new Map(phases.map((p, i) => [p.id, i]));
  const rows = phases.map(() => 0);
  const top = G.margin + G.headerHeight + G.headerGap;
  const nodes: PlacedFlowNode[] = [];
  touchpoints.forEach((tp, step) => {
    const column = columnOf.get(tp.phaseId);
    if (column === undefined) return;
    const row = rows[column]!;
    rows[column] = row + 1;
    nodes.push({
      touchpointId: tp.id,
      column,
      row,
      step,
      x: G.margin + column * pitch,
      y: top + row * (nodeHeight + G.rowGap),
      width: G.nodeWidth,
      height: nodeHeight,
      lines: names[step]!,
    });
  });
  const deepest = Math.max(0, ...rows);
  return {
    width: 2 * G.margin + Math.max(1, phases.length) * pitch - G.columnGap,
    height: top + deepest * (nodeHeight + G.rowGap) - (deepest > 0 ? G.rowGap : 0) + G.margin + 24,
    columns,
    nodes,
  };
}

export interface RoutedEdge {
  /** SVG path data from the source's border to the target's. */
  path: string;
  /** The label's centre. */
  label: { x: number; y: number };
}

type Point = { x: number; y: number };

const cubic = (p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point => {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
};

/**
 * The route of a step between two placed touchpoints: down to the next card of the same phase; a curve
 * from the right side to the next phase's left side forward; a loop on the right of the column when it
 * skips cards of its phase; steps back leave from the left (or, in one column, loop on the left) and bend
 * down, so a step and its way back never share a line. `t`: where on the curve the label sits (0.5 = the
 * middle; the caller moves it along the curve to avoid other labels).
 */
export function routeFlowEdge(
  from: PlacedFlowNode,
  to: PlacedFlowNode,
  direction: FlowDirection,
  t = 0.5,
  ports: { fromY?: number | undefined; toY?: number | undefined } = {},
): RoutedEdge {
  const path = (p0: Point, p1: Point, p2: Point, p3: Point): RoutedEdge => ({
    path: `M ${r(p0.x)} ${r(p0.y)} C ${r(p1.x)} ${r(p1.y)}, ${r(p2.x)} ${r(p2.y)}, ${r(p3.x)} ${r(p3.y)}`,
    label: cubic(p0, p1, p2, p3, t),
  });
  const midY = (n: PlacedFlowNode) => n.y + n.height / 2;
  const back = direction === 'backward';
  if (from.column === to.column) {
    if (!back && to.row === from.row + 1) {
      const x = from.x + from.width / 2;
      const p0 = { x, y: from.y + from.height };
      const p3 = { x, y: to.y };
      return path(p0, p0, p3, p3);
    }
    const side = back ? from.x : from.x + from.width;
    const bulge = (back ? -1 : 1) * (16 + 6 * Math.abs(to.row - from.row));
    const p0 = { x: side, y: midY(from) };
    const p3 = { x: side, y: midY(to) };
    return path(p0, { x: side + bulge, y: p0.y }, { x: side + bulge, y: p3.y }, p3);
  }
  if (to.column > from.column) {
    const p0 = { x: from.x + from.width, y: ports.fromY ?? midY(from) - 6 };
    const p3 = { x: to.x, y: ports.toY ?? midY(to) - 6 };
    const dx = (p3.x - p0.x) / 2;
    return path(p0, { x: p0.x + dx, y: p0.y }, { x: p3.x - dx, y: p3.y }, p3);
  }
  const p0 = { x: from.x, y: midY(from) + 8 };
  const p3 = { x: to.x + to.width, y: midY(to) + 8 };
  const dx = (p0.x - p3.x) / 2;
  return path(p0, { x: p0.x - dx, y: p0.y + 28 }, { x: p3.x + dx, y: p3.y + 28 }, p3);
}

const r = (n: number) => Math.round(n * 10) / 10;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Routes the steps and places their labels (`width` each) where they cover neither a node nor an earlier
 * label when they can: tried at the middle of the curve first, then further along it either way.
 */
export function routeFlowEdges<
  E extends { from: string; to: string; direction: FlowDirection; labelWidth: number },
>(layout: FlowColumnsLayout, edges: readonly E[]): (RoutedEdge & { edge: E; labelBox: Box })[] {
  const byId = new Map(layout.nodes.map((n) => [n.touchpointId, n]));
  const taken: Box[] = [...layout.nodes];
  // several steps forward to other phases leave (and enter) a node at their own heights, in the order of
  // where they go (come from), so that they do not cross at the node
  const across = edges.filter((e) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    return from && to && e.direction !== 'backward' && to.column > from.column;
  });
  const portY = new Map<E, { fromY?: number; toY?: number }>();
  const spread = (side: 'from' | 'to') => {
    const other = side === 'from' ? 'to' : 'from';
    const groups = new Map<string, E[]>();
    for (const e of across) groups.set(e[side], [...(groups.get(e[side]) ?? []), e]);
    for (const [id, group] of groups) {
      if (group.length < 2) continue;
      const node = byId.get(id)!;
      const place = (e: E) => byId.get(e[other])!;
      group
        .sort((a, b) => place(a).y - place(b).y || place(a).x - place(b).x)
        .forEach((e, i) => {
          const y = node.y + (node.height * (i + 1)) / (group.length + 1);
          portY.set(e, { ...portY.get(e), [side === 'from' ? 'fromY' : 'toY']: y });
        });
    }
  };
  spread('from');
  spread('to');
  const routed: (RoutedEdge & { edge: E; labelBox: Box })[] = [];
  for (const edge of edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || from === to) continue;
    const tries = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85].map((t) => {
      const route = routeFlowEdge(from, to, edge.direction, t, portY.get(edge));
      const labelBox = {
        x: route.label.x - edge.labelWidth / 2,
        y: route.label.y - G.labelHeight / 2,
        width: edge.labelWidth,
        height: G.labelHeight,
      };
      return { ...route, labelBox };
    });
    // clear of nodes and labels; else clear of labels (over a node's edge); else the middle
    const chosen =
      tries.find((r) => !taken.some((box) => overlaps(box, r.labelBox))) ??
      tries.find((r) => !taken.slice(layout.nodes.length).some((box) => overlaps(box, r.labelBox))) ??
      tries[0]!;
    taken.push(chosen.labelBox);
    routed.push({ ...chosen, edge });
  }
  return routed;
}
