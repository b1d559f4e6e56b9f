export interface MapNodeInput {
  activity: string;
  events: number;
}

export interface MapEdgeInput {
  from: string;
  to: string;
  count: number;
  medianSeconds: number;
}

export interface PlacedNode extends MapNodeInput {
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends MapEdgeInput {
  /** SVG path data. */
  path: string;
  labelX: number;
  labelY: number;
}

export interface ProcessMapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const nodeWidth = 200;
const nodeHeight = 38;
const layerGap = 96;
const columnGap = 36;
const margin = 40;

/**
 * A simple layered layout: layers by breadth-first distance from the start activities along the edges
 * (most frequent first), nodes in a layer by frequency; forward edges as curves, backward and same-layer
 * edges routed around the right side.
 */
export function layoutProcessMap(
  nodes: readonly MapNodeInput[],
  edges: readonly MapEdgeInput[],
  starts: readonly string[],
): ProcessMapLayout {
  const layerOf = new Map<string, number>();
  const queue: string[] = [];
  for (const start of starts) {
    if (!layerOf.has(start)) {
      layerOf.set(start, 0);
      queue.push(start);
    }
  }
  const outgoing = new Map<string, MapEdgeInput[]>();
  for (const edge of [...edges].sort((a, b) => b.count - a.count)) {
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }
  for (let head = 0; head < queue.length; head++) {
    const activity = queue[head] as string;
    for (const edge of outgoing.get(activity) ?? []) {
      if (!layerOf.has(edge.to)) {
        layerOf.set(edge.to, (layerOf.get(activity) ?? 0) + 1);
        queue.push(edge.to);
      }
    }
  }
  const deepest = Math.max(0, ...layerOf.values());
  const layers: MapNodeInput[][] = [];
  for (const node of [...nodes].sort((a, b) => b.events - a.events || (a.activity < b.activity ? -1 : 1))) {
    const layer = layerOf.get(node.activity) ?? deepest + 1;
    (layers[layer] ??= []).push(node);
  }
  const widest = Math.max(1, ...layers.map((l) => l?.length ?? 0));
  const width = margin * 2 + widest * nodeWidth + (widest - 1) * columnGap + 160;
  const placed = new Map<string, PlacedNode>();
  layers.forEach((layer, index) => {
    if (!layer) return;
    const rowWidth = layer.length * nodeWidth + (layer.length - 1) * columnGap;
    const left = (width - 160 - rowWidth) / 2;
    layer.forEach((node, i) => {
      placed.set(node.activity, {
        ...node,
        layer: index,
        x: left + i * (nodeWidth + columnGap),
        y: margin + index * (nodeHeight + layerGap),
        width: nodeWidth,
        height: nodeHeight,
      });
    });
  });
  const height = margin * 2 + layers.length * (nodeHeight + layerGap) - layerGap;
  const placedEdges: PlacedEdge[] = [];
  for (const edge of edges) {
    const a = placed.get(edge.from);
    const b = placed.get(edge.to);
    if (!a || !b) continue;
    placedEdges.push({ ...edge, ...routeEdge(a, b) });
  }
  return { width, height, nodes: [...placed.values()], edges: placedEdges };
}

function routeEdge(a: PlacedNode, b: PlacedNode): { path: string; labelX: number; labelY: number } {
  const f = (n: number): string => n.toFixed(1);
  if (a === b) {
    const x = a.x + a.width;
    const y = a.y + a.height / 2;
    return {
      path: `M${f(x)},${f(y - 8)} C${f(x + 40)},${f(y - 30)} ${f(x + 40)},${f(y + 30)} ${f(x)},${f(y + 8)}`,
      labelX: x + 44,
      labelY: y,
    };
  }
  if (b.layer > a.layer) {
    const x1 = a.x + a.width / 2;
    const y1 = a.y + a.height;
    const x2 = b.x + b.width / 2;
    const y2 = b.y;
    const dy = (y2 - y1) / 2;
    return {
      path: `M${f(x1)},${f(y1)} C${f(x1)},${f(y1 + dy)} ${f(x2)},${f(y2 - dy)} ${f(x2)},${f(y2)}`,
      labelX: (x1 + x2) / 2,
      labelY: (y1 + y2) / 2,
    };
  }
  const x1 = a.x + a.width;
  const y1 = a.y + a.height / 2;
  const x2 = b.x + b.width;
  const y2 = b.y + b.height / 2;
  const bulge = Math.max(x1, x2) + 50 + Math.abs(a.layer - b.layer) * 12;
  return {
    path: `M${f(x1)},${f(y1)} C${f(bulge)},${f(y1)} ${f(bulge)},${f(y2)} ${f(x2)},${f(y2)}`,
    labelX: bulge - 10,
    labelY: (y1 + y2) / 2,
  };
}
