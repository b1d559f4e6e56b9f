import { describe, expect, it } from 'vitest';
import { layoutPathsSankey, type PathsGraph } from './layoutPathsSankey.js';

/** 10 cases start with A; 6 go on to B, 3 to C, 1 ends; then B → D (4), C → D (2), C → E (1). */
const FROM_A: PathsGraph = {
  anchor: 'A',
  direction: 'from',
  nodes: [
    { offset: 0, activity: 'A', cases: 10 },
    { offset: 1, activity: 'B', cases: 6 },
    { offset: 1, activity: 'C', cases: 3 },
    { offset: 2, activity: 'D', cases: 6 },
    { offset: 2, activity: 'E', cases: 1 },
  ],
  links: [
    { fromOffset: 0, fromActivity: 'A', toOffset: 1, toActivity: 'B', cases: 6 },
    { fromOffset: 0, fromActivity: 'A', toOffset: 1, toActivity: 'C', cases: 3 },
    { fromOffset: 1, fromActivity: 'B', toOffset: 2, toActivity: 'D', cases: 4 },
    { fromOffset: 1, fromActivity: 'C', toOffset: 2, toActivity: 'D', cases: 2 },
    { fromOffset: 1, fromActivity: 'C', toOffset: 2, toActivity: 'E', cases: 1 },
  ],
};

describe('layoutPathsSankey', () => {
  it('layoutPathsSankey(from A) puts one step per column, sizes nodes by cases and links consecutive steps', () => {
    const layout = layoutPathsSankey(FROM_A, { width: 600, height: 300, nodeWidth: 10, nodePadding: 20 });
    expect(layout.anchorCases).toBe(10);
    expect(layout.steps).toEqual([
      { offset: 0, x: 0, cases: 10 },
      { offset: 1, x: 200, cases: 9 },
      { offset: 2, x: 400, cases: 7 },
    ]);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    expect([...byId.keys()]).toEqual(['0:A', '1:B', '1:C', '2:D', '2:E']);
    for (const node of layout.nodes) {
      expect(node.x0).toBe(layout.steps.find((s) => s.offset === node.offset)!.x);
      expect(node.x1 - node.x0).toBe(10);
      expect(node.labelWidth).toBe(184);
    }
    // the anchor is the whole height; every node's height is proportional to its cases
    const a = byId.get('0:A')!;
    expect(a.y1 - a.y0).toBe(300);
    const perCase = (a.y1 - a.y0) / 10;
    for (const node of layout.nodes) expect(node.y1 - node.y0).toBeCloseTo(node.cases * perCase, 0);
    // in a step, bigger first (top to bottom), at least the padding apart
    const b = byId.get('1:B')!;
    const c = byId.get('1:C')!;
    expect(c.y0 - b.y1).toBeGreaterThanOrEqual(19.9);
    // cases that end: A → 1 (10 − 9), B → 2, C → 0; the last step is cut by the depth, not an end
    expect(layout.nodes.map((n) => n.endCases)).toEqual([1, 2, 0, 0, 0]);
    expect(layout.links.map((l) => [l.sourceId, l.targetId, l.cases])).toEqual([
      ['0:A', '1:B', 6],
      ['0:A', '1:C', 3],
      ['1:B', '2:D', 4],
      ['1:C', '2:D', 2],
      ['1:C', '2:E', 1],
    ]);
    for (const link of layout.links) {
      expect(link.width).toBeCloseTo(link.cases * perCase, 0);
      expect(link.path).toMatch(/^M[\d.]+,[\d.]+ C[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    }
    // deterministic: the same input gives the same picture
    expect(layoutPathsSankey(FROM_A, { width: 600, height: 300, nodeWidth: 10, nodePadding: 20 })).toEqual(
      layout,
    );
  });

  it('layoutPathsSankey joins the small activities of a step into one "other" node and sums its links', () => {
    // one small activity (C under 35 %, E) is drawn as itself: joining it would only hide its name
    const alone = layoutPathsSankey(FROM_A, { width: 600, height: 300, minShare: 0.35 });
    expect(alone.nodes.map((n) => n.id)).toEqual(['0:A', '1:B', '1:C', '2:D', '2:E']);
    const wide: PathsGraph = {
      ...FROM_A,
      nodes: [...FROM_A.nodes, { offset: 2, activity: 'F', cases: 1 }],
      links: [...FROM_A.links, { fromOffset: 1, fromActivity: 'B', toOffset: 2, toActivity: 'F', cases: 1 }],
    };
    // at most 2 nodes per step: the largest, and the others joined
    const grouped = layoutPathsSankey(wide, { width: 600, height: 300, maxNodesPerStep: 2 });
    expect(grouped.nodes.map((n) => n.id)).toEqual(['0:A', '1:B', '1:C', '2:D', '2:*']);
    const other = grouped.nodes.find((n) => n.id === '2:*')!;
    expect(other).toMatchObject({ activity: null, activities: ['E', 'F'], cases: 2 });
    expect(grouped.links.map((l) => [l.sourceId, l.targetId, l.cases])).toEqual([
      ['0:A', '1:B', 6],
      ['0:A', '1:C', 3],
      ['1:B', '2:D', 4],
      ['1:B', '2:*', 1],
      ['1:C', '2:D', 2],
      ['1:C', '2:*', 1],
    ]);
  });

  it('layoutPathsSankey(to Z) lays steps before the anchor left of it; a case that begins there is counted', () => {
    const layout = layoutPathsSankey(
      {
        anchor: 'Z',
        direction: 'to',
        nodes: [
          { offset: -2, activity: 'X', cases: 2 },
          { offset: -1, activity: 'Y', cases: 5 },
          { offset: 0, activity: 'Z', cases: 6 },
        ],
        links: [
          { fromOffset: -2, fromActivity: 'X', toOffset: -1, toActivity: 'Y', cases: 2 },
          { fromOffset: -1, fromActivity: 'Y', toOffset: 0, toActivity: 'Z', cases: 5 },
        ],
      },
      { width: 300, height: 120 },
    );
    expect(layout.steps.map((s) => [s.offset, s.x])).toEqual([
      [-2, 0],
      [-1, 100],
      [0, 200],
    ]);
    // Y: 5 cases, 2 came from X, so 3 begin at Y; Z: 6, 5 from Y, 1 begins at Z
    expect(layout.nodes.map((n) => [n.id, n.endCases])).toEqual([
      ['-2:X', 0],
      ['-1:Y', 3],
      ['0:Z', 1],
    ]);
  });

  it('layoutPathsSankey of the anchor alone draws one bar; of nothing, nothing', () => {
    const one = layoutPathsSankey(
      { anchor: 'A', direction: 'from', nodes: [{ offset: 0, activity: 'A', cases: 4 }], links: [] },
      { width: 200, height: 100 },
    );
    expect(one.nodes).toHaveLength(1);
    expect(one.nodes[0]).toMatchObject({ x0: 0, y0: 0, y1: 100, endCases: 0 });
    expect(one.links).toEqual([]);
    const none = layoutPathsSankey(
      { anchor: 'Q', direction: 'from', nodes: [], links: [] },
      { width: 200, height: 100 },
    );
    expect(none).toMatchObject({ anchorCases: 0, nodes: [], links: [], steps: [] });
  });
});
