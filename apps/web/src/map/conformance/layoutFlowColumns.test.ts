import { describe, expect, it } from 'vitest';
import { FLOW_COLUMNS as G, layoutFlowColumns, routeFlowEdge, routeFlowEdges } from './layoutFlowColumns.js';

const input = {
  phases: [
    { id: 'see', name: 'See' },
    { id: 'do', name: 'Do' },
  ],
  touchpoints: [
    { id: 'ad', phaseId: 'see', title: 'Ad' },
    { id: 'visit', phaseId: 'see', title: 'Visit' },
    { id: 'cart', phaseId: 'see', title: 'Cart' },
    { id: 'pay', phaseId: 'do', title: 'Pay' },
  ],
  figureLines: 2,
};

describe('layoutFlowColumns', () => {
  const layout = layoutFlowColumns(input);
  const node = (id: string) => layout.nodes.find((n) => n.touchpointId === id)!;

  it('layoutFlowColumns(map) puts each phase in a column and its touchpoints top to bottom', () => {
    // one name line: 7 + 14 + 2 · 14 + 7 = 56 px high
    expect(layout.nodes.map((n) => [n.touchpointId, n.column, n.row, n.step, n.x, n.y, n.height])).toEqual([
      ['ad', 0, 0, 0, 30, 82, 56],
      ['visit', 0, 1, 1, 30, 168, 56],
      ['cart', 0, 2, 2, 30, 254, 56],
      ['pay', 1, 0, 3, 174, 82, 56],
    ]);
    expect(layout.columns.map((c) => [c.phaseId, c.x, c.lines])).toEqual([
      ['see', 30, ['See']],
      ['do', 174, ['Do']],
    ]);
    // 30 + 2 · 144 − 36 + 30 wide; three rows end at 310, then the margin and room for a loop back
    expect(layout.width).toBe(312);
    expect(layout.height).toBe(310 + 30 + 24);
  });

  it('layoutFlowColumns(map) wraps long names and gives every node the tallest name’s height', () => {
    const long = layoutFlowColumns({
      ...input,
      touchpoints: [{ id: 'x', phaseId: 'see', title: 'Influencer posts and retargeting ads' }],
      figureLines: 0,
    });
    expect(long.nodes[0]!.lines.length).toBeGreaterThan(1);
    expect(long.nodes[0]!.height).toBe(2 * G.paddingY + long.nodes[0]!.lines.length * G.nameLineHeight);
  });

  it('routeFlowEdge(step) goes straight down to the next card of a phase and curves to the next phase', () => {
    expect(routeFlowEdge(node('ad'), node('visit'), 'forward').path).toBe(
      'M 84 138 C 84 138, 84 168, 84 168',
    );
    // from the right side of cart (y 282 − 6) to the left side of pay (y 110 − 6)
    expect(routeFlowEdge(node('cart'), node('pay'), 'forward').path).toBe(
      'M 138 276 C 156 276, 156 104, 174 104',
    );
  });

  it('routeFlowEdge(step) loops a skip on the right of the column and a step back on the left', () => {
    // ad → cart skips visit: two rows, a bulge of 16 + 6 · 2 = 28 to the right
    expect(routeFlowEdge(node('ad'), node('cart'), 'skipping').path).toBe(
      'M 138 110 C 166 110, 166 282, 138 282',
    );
    // visit → ad goes back: one row, a bulge of 22 to the left
    const back = routeFlowEdge(node('visit'), node('ad'), 'backward');
    expect(back.path).toBe('M 30 196 C 8 196, 8 110, 30 110');
    expect(back.label).toEqual({ x: 30 - 0.75 * 22, y: 153 });
    // pay → visit goes back a phase: from pay's left side to visit's right side, bent down
    expect(routeFlowEdge(node('pay'), node('visit'), 'backward').path).toBe(
      'M 174 118 C 156 146, 156 232, 138 204',
    );
  });

  it('routeFlowEdges(steps) moves a label along its curve off a label placed before it', () => {
    const [first, second] = routeFlowEdges(layout, [
      { from: 'ad', to: 'cart', direction: 'skipping', labelWidth: 30 },
      { from: 'ad', to: 'cart', direction: 'skipping', labelWidth: 30 },
    ]);
    // the middle of the loop right of the column is free: the first label sits there
    expect(first!.label).toEqual({ x: 159, y: 196 });
    expect(second!.label.y).not.toBe(196);
    const a = first!.labelBox;
    const b = second!.labelBox;
    expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  });

  it('routeFlowEdges(steps) gives steps into one node from several cards their own heights, in order', () => {
    const routed = routeFlowEdges(layout, [
      { from: 'cart', to: 'pay', direction: 'forward', labelWidth: 0 },
      { from: 'ad', to: 'pay', direction: 'skipping', labelWidth: 0 },
    ]);
    // pay is 82..138: the step from ad (higher up) enters at a third, the one from cart at two thirds
    expect(routed[0]!.path.endsWith('174 119.3')).toBe(true);
    expect(routed[1]!.path.endsWith('174 100.7')).toBe(true);
    // each leaves its own card at the middle less 6 (one step out)
    expect(routed[0]!.path.startsWith('M 138 276 ')).toBe(true);
  });
});
