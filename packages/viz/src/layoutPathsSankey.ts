import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';

/** The paths from or to an anchor activity, as the API's `…/paths` answers them (analytics `getPaths`). */
export interface PathsGraph {
  anchor: string;
  direction: 'from' | 'to';
  /** `offset`: steps from the anchor (0), positive after it, negative before it. */
  nodes: readonly { offset: number; activity: string; cases: number }[];
  /** Between consecutive offsets (`fromOffset + 1 === toOffset`). */
  links: readonly {
    fromOffset: number;
    fromActivity: string;
    toOffset: number;
    toActivity: string;
    cases: number;
  }[];
}

export interface PathsSankeyOptions {
  /** The whole picture, labels included. */
  width: number;
  height: number;
  nodeWidth?: number;
  /** Vertical room between nodes of a step; keep it at least a label's line height. */
  nodePadding?: number;
  /** At most this many nodes per step; the rest are joined into one "other" node. */
  maxNodesPerStep?: number;
  /** Activities with fewer cases than this share of the anchor's cases are joined too. */
  minShare?: number;
}

export interface PathsSankeyNode {
  id: string;
  offset: number;
  /** The activity, or null for the node that joins a step's smaller activities. */
  activity: string | null;
  /** The activities the node stands for: one, or the joined ones (most cases first). */
  activities: string[];
  cases: number;
  /**
   * Cases whose path stops at this node inside the picture: `from` — the case has no further event
   * (not counted in the last step, where the depth cuts it); `to` — the case begins here (not counted in
   * the first step).
   */
  endCases: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Room for the node's label, right of it (up to the next step). */
  labelWidth: number;
}

export interface PathsSankeyLink {
  id: string;
  sourceId: string;
  targetId: string;
  cases: number;
  /** Stroke width of the band. */
  width: number;
  /** A horizontal cubic band centre line (`M … C …`). */
  path: string;
}

export interface PathsSankeyStep {
  offset: number;
  /** Left edge of the step's nodes. */
  x: number;
  /** Cases at this step (sum of its nodes). */
  cases: number;
}

export interface PathsSankeyLayout {
  width: number;
  height: number;
  /** Cases that reach the anchor: everything drawn comes from them. */
  anchorCases: number;
  steps: PathsSankeyStep[];
  nodes: PathsSankeyNode[];
  links: PathsSankeyLink[];
}

const OTHER = '*';
const round = (n: number) => Math.round(n * 10) / 10;

interface NodeDatum {
  id: string;
  offset: number;
  activity: string | null;
  activities: string[];
  cases: number;
  fixedValue: number;
}
interface LinkDatum {
  source: string;
  target: string;
  value: number;
}

/** Which node each (offset, activity) is drawn in: itself, or its step's "other" node. */
function groupSteps(
  graph: PathsGraph,
  anchorCases: number,
  maxNodesPerStep: number,
  minShare: number,
): { nodes: NodeDatum[]; nodeOf: Map<string, string> } {
  const byOffset = new Map<number, PathsGraph['nodes'][number][]>();
  for (const node of graph.nodes) {
    const list = byOffset.get(node.offset) ?? [];
    list.push(node);
    byOffset.set(node.offset, list);
  }
  const nodes: NodeDatum[] = [];
  const nodeOf = new Map<string, string>();
  for (const offset of [...byOffset.keys()].sort((a, b) => a - b)) {
    const list = byOffset
      .get(offset)!
      .slice()
      .sort((a, b) => b.cases - a.cases || (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0));
    const keep = (node: (typeof list)[number], i: number) =>
      offset === 0 || (i < maxNodesPerStep - 1 && node.cases >= minShare * anchorCases);
    let kept = list.filter(keep);
    let joined = list.filter((node, i) => !keep(node, i));
    // joining one activity hides its name for nothing: draw it as itself
    if (joined.length === 1) {
      kept = list;
      joined = [];
    }
    for (const node of kept) {
      const id = `${offset}:${node.activity}`;
      nodes.push({
        id,
        offset,
        activity: node.activity,
        activities: [node.activity],
        cases: node.cases,
        fixedValue: node.cases,
      });
      nodeOf.set(id, id);
    }
    if (joined.length > 0) {
      const id = `${offset}:${OTHER}`;
      const cases = joined.reduce((sum, node) => sum + node.cases, 0);
      nodes.push({
        id,
        offset,
        activity: null,
        activities: joined.map((node) => node.activity),
        cases,
        fixedValue: cases,
      });
      for (const node of joined) nodeOf.set(`${offset}:${node.activity}`, id);
    }
  }
  return { nodes, nodeOf };
}

/**
 * Lays out the paths from or to an anchor as a Sankey (d3-sankey): one column per step from the anchor,
 * nodes sized by cases, each step's nodes ordered by cases (the joined "other" node last), and links
 * between consecutive steps. Each column gets an equal share of the width: the node at its left, its
 * labels in the rest. Pure and deterministic (numbers rounded to 0.1 px).
 */
export function layoutPathsSankey(graph: PathsGraph, options: PathsSankeyOptions): PathsSankeyLayout {
  const { width, height } = options;
  const nodeWidth = options.nodeWidth ?? 12;
  const nodePadding = options.nodePadding ?? 16;
  const maxNodesPerStep = Math.max(2, options.maxNodesPerStep ?? 8);
  const minShare = options.minShare ?? 0.02;
  const anchorCases = graph.nodes.find((n) => n.offset === 0)?.cases ?? 0;
  if (graph.nodes.length === 0) return { width, height, anchorCases, steps: [], nodes: [], links: [] };

  const { nodes, nodeOf } = groupSteps(graph, anchorCases, maxNodesPerStep, minShare);
  const linkCases = new Map<string, number>();
  for (const link of graph.links) {
    const source = nodeOf.get(`${link.fromOffset}:${link.fromActivity}`);
    const target = nodeOf.get(`${link.toOffset}:${link.toActivity}`);
    if (!source || !target) continue;
    const key = `${source}\u0000${target}`;
    linkCases.set(key, (linkCases.get(key) ?? 0) + link.cases);
  }
  const links: LinkDatum[] = [...linkCases].map(([key, value]) => {
    const [source, target] = key.split('\u0000') as [string, string];
    return { source, target, value };
  });

  const offsets = [...new Set(nodes.map((n) => n.offset))].sort((a, b) => a - b);
  const firstOffset = offsets[0]!;
  const lastOffset = offsets.at(-1)!;
  const columns = lastOffset - firstOffset + 1;
  const columnWidth = width / columns;
  const labelWidth = Math.max(0, columnWidth - nodeWidth - 6);
  const order = new Map(nodes.map((n, i) => [n.id, i]));

  let laidNodes: SankeyNode<NodeDatum, LinkDatum>[];
  let laidLinks: SankeyLink<NodeDatum, LinkDatum>[];
  if (columns === 1) {
    // d3-sankey needs two columns: one step is one full-height bar per node
    const total = nodes.reduce((sum, n) => sum + n.cases, 0);
    const ky = (height - (nodes.length - 1) * nodePadding) / Math.max(1, total);
    let y = 0;
    laidNodes = nodes.map((n) => {
      const laid = { ...n, x0: 0, x1: nodeWidth, y0: y, y1: y + n.cases * ky } as SankeyNode<
        NodeDatum,
        LinkDatum
      >;
      y += n.cases * ky + nodePadding;
      return laid;
    });
    laidLinks = [];
  } else {
    const layout = sankey<NodeDatum, LinkDatum>()
      .nodeId((n) => n.id)
      .nodeWidth(nodeWidth)
      .nodePadding(nodePadding)
      .extent([
        [0, 0],
        [width - columnWidth + nodeWidth, height],
      ])
      .nodeAlign((n) => n.offset - firstOffset)
      .nodeSort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .linkSort((a, b) => b.value - a.value)
      .iterations(16);
    const laid = layout({
      nodes: nodes.map((n) => ({ ...n })),
      links: links.map((l) => ({ ...l })),
    });
    laidNodes = laid.nodes;
    laidLinks = laid.links;
  }

  const out = new Map<string, number>();
  const into = new Map<string, number>();
  for (const link of links) {
    out.set(link.source, (out.get(link.source) ?? 0) + link.value);
    into.set(link.target, (into.get(link.target) ?? 0) + link.value);
  }
  const forward = graph.direction === 'from';
  const resultNodes: PathsSankeyNode[] = laidNodes.map((n) => ({
    id: n.id,
    offset: n.offset,
    activity: n.activity,
    activities: n.activities,
    cases: n.cases,
    endCases: forward
      ? n.offset === lastOffset
        ? 0
        : n.cases - (out.get(n.id) ?? 0)
      : n.offset === firstOffset
        ? 0
        : n.cases - (into.get(n.id) ?? 0),
    x0: round(n.x0 ?? 0),
    x1: round(n.x1 ?? 0),
    y0: round(n.y0 ?? 0),
    y1: round(n.y1 ?? 0),
    labelWidth: round(labelWidth),
  }));
  const resultLinks: PathsSankeyLink[] = laidLinks
    .slice()
    .sort(
      (a, b) =>
        order.get((a.source as NodeDatum).id)! - order.get((b.source as NodeDatum).id)! ||
        order.get((a.target as NodeDatum).id)! - order.get((b.target as NodeDatum).id)!,
    )
    .map((l) => {
      const source = l.source as SankeyNode<NodeDatum, LinkDatum>;
      const target = l.target as SankeyNode<NodeDatum, LinkDatum>;
      const x0 = round(source.x1 ?? 0);
      const x1 = round(target.x0 ?? 0);
      const xm = round((x0 + x1) / 2);
      const y0 = round(l.y0 ?? 0);
      const y1 = round(l.y1 ?? 0);
      return {
        id: `${source.id}\u2192${target.id}`,
        sourceId: source.id,
        targetId: target.id,
        cases: l.value,
        width: round(l.width ?? 0),
        path: `M${x0},${y0} C${xm},${y0} ${xm},${y1} ${x1},${y1}`,
      };
    });
  const steps: PathsSankeyStep[] = offsets.map((offset) => ({
    offset,
    x: round((offset - firstOffset) * columnWidth),
    cases: nodes.filter((n) => n.offset === offset).reduce((sum, n) => sum + n.cases, 0),
  }));
  return { width, height, anchorCases, steps, nodes: resultNodes, links: resultLinks };
}
