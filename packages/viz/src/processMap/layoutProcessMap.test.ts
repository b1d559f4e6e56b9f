import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { measureText } from '../text/measureText.js';
import { checkProcessMapLayout } from './checkProcessMapLayout.js';
import {
  flowOrder,
  layoutProcessMap,
  PROCESS_MAP_GEOMETRY,
  restyleProcessMap,
  wrapActivityName,
} from './layoutProcessMap.js';
import { createProcessMapFormat } from './processMapLabels.js';
import { PROCESS_MAP_FONT } from './processMapStyle.js';
import { selectProcessMap } from './selectProcessMap.js';
import { FIVE_ACTIVITY_LOG, inputFromVariants } from './testProcessMaps.js';
import type { ProcessMapLayout } from './types.js';

const elk = new ELK();
const full = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 1 });

const nodeOf = (layout: ProcessMapLayout, name: string) =>
  layout.nodes.find((n) => (n.node.activity || n.node.kind) === name)!;
const labelOf = (layout: ProcessMapLayout, id: string) => layout.edges.find((e) => e.edge.id === id)!.label;

describe('layoutProcessMap', () => {
  it('flowOrder(five-activity log) follows where activities typically first happen: start, A, B, C, D, E, end', () => {
    const order = flowOrder(full);
    const names = [...order.keys()].map((id) => {
      const node = full.nodes.find((n) => n.id === id)!;
      return node.activity || node.kind;
    });
    expect(names).toEqual(['start', 'A', 'B', 'C', 'D', 'E', 'end']);
  });

  it('layoutProcessMap(five-activity log) draws it from top to bottom: start above A above D above E above end', async () => {
    const layout = await layoutProcessMap(full, { elk, view: 'frequency', metric: 'events' });
    const y = (name: string) => nodeOf(layout, name).y;
    expect(y('start')).toBeLessThan(y('A'));
    expect(y('A')).toBeLessThan(y('B'));
    expect(y('A')).toBeLessThan(y('D'));
    expect(y('D')).toBeLessThan(y('E'));
    expect(y('E')).toBeLessThan(y('end'));
    expect(layout.edges).toHaveLength(10);
    expect(checkProcessMapLayout(layout)).toEqual([]);
    // every route ends on its target's border, where the arrow's tip is
    for (const e of layout.edges) {
      const target = layout.nodes.find((n) => n.node.id === e.edge.to)!;
      const tip = e.points.at(-1)!;
      const onBorder =
        tip.x >= target.x - 0.2 &&
        tip.x <= target.x + target.width + 0.2 &&
        tip.y >= target.y - 0.2 &&
        tip.y <= target.y + target.height + 0.2;
      expect(onBorder, e.edge.id).toBe(true);
      expect(e.arrow.startsWith(`M${tip.x},${tip.y}`), e.edge.id).toBe(true);
    }
  });

  it('layoutProcessMap(frequency, events) shows events on nodes and counts on paths; thicker where busier', async () => {
    const layout = await layoutProcessMap(full, { elk, view: 'frequency', metric: 'events' });
    expect(nodeOf(layout, 'B')).toMatchObject({ lines: ['B'], figure: '62' });
    expect(nodeOf(layout, 'start').figure).toBeNull();
    expect(labelOf(layout, 'a0>a3')?.text).toBe('61');
    expect(labelOf(layout, 'start>a0')?.text).toBe('96');
    const width = (id: string) => layout.edges.find((e) => e.edge.id === id)!.strokeWidth;
    expect(width('start>a0')).toBe(6);
    expect(width('a3>a3')).toBe(1);
    expect(width('a0>a3')).toBeGreaterThan(width('a3>a4'));
  });

  it('layoutProcessMap(frequency, cases) counts cases: B has 62 events in 61 cases', async () => {
    const layout = await layoutProcessMap(full, { elk, view: 'frequency', metric: 'cases' });
    expect(nodeOf(layout, 'B').figure).toBe('61');
    expect(labelOf(layout, 'a3>a3')?.text).toBe('1');
  });

  it('layoutProcessMap(performance, median) writes waiting times on activity paths, none on start and end paths', async () => {
    const layout = await layoutProcessMap(full, { elk, view: 'performance', metric: 'median' });
    expect(labelOf(layout, 'a0>a3')?.text).toBe('30 min');
    expect(labelOf(layout, 'start>a0')).toBeNull();
    expect(layout.edges.find((e) => e.edge.id === 'start>a0')!.intensity).toBeNull();
    expect(nodeOf(layout, 'A').figure).toBeNull(); // no start times, so no durations
    const total = await layoutProcessMap(full, { elk, view: 'performance', metric: 'total' });
    expect(labelOf(total, 'a0>a3')?.text).toBe('2.5 d'); // 61 × 1 h
  });

  it('layoutProcessMap(format) measures the texts the caller writes', async () => {
    const nl = await layoutProcessMap(
      selectProcessMap(inputFromVariants([{ activities: ['Aanvraag', 'Besluit'], cases: 12_345 }]), {
        activityShare: 1,
        pathShare: 1,
      }),
      { elk, view: 'frequency', metric: 'events', format: createProcessMapFormat('nl') },
    );
    expect(nodeOf(nl, 'Aanvraag').figure).toBe('12.345');
    expect(checkProcessMapLayout(nl)).toEqual([]);
  });

  it('layoutProcessMap gives every view the same geometry; restyleProcessMap switches views without ELK', async () => {
    const frequency = await layoutProcessMap(full, { elk, view: 'frequency', metric: 'events' });
    const performance = await layoutProcessMap(full, { elk, view: 'performance', metric: 'total' });
    const boxes = (l: ProcessMapLayout) =>
      l.nodes.map(({ x, y, width, height }) => ({ x, y, width, height }));
    expect(boxes(performance)).toEqual(boxes(frequency));
    expect(performance.edges.map((e) => e.points)).toEqual(frequency.edges.map((e) => e.points));
    expect(restyleProcessMap(frequency, { view: 'performance', metric: 'total' })).toEqual(performance);
    expect(restyleProcessMap(performance, { view: 'frequency', metric: 'events' })).toEqual(frequency);
  });

  it('layoutProcessMap is deterministic', async () => {
    const a = await layoutProcessMap(full, { elk, view: 'frequency', metric: 'events' });
    const b = await layoutProcessMap(full, { elk: new ELK(), view: 'frequency', metric: 'events' });
    expect(b).toEqual(a);
  });

  it('layoutProcessMap(long names) wraps them on at most three lines and sizes the box to fit, never cutting', async () => {
    const long = 'Send the customer a written confirmation that the application was received and registered';
    const word = 'Antragsbestätigungsschreibenversandvorbereitungsabschlusskontrolle';
    const layout = await layoutProcessMap(
      selectProcessMap(inputFromVariants([{ activities: ['Start here', long, word], cases: 3 }]), {
        activityShare: 1,
        pathShare: 1,
      }),
      { elk, view: 'frequency', metric: 'events' },
    );
    for (const name of [long, word]) {
      const node = nodeOf(layout, name);
      expect(node.lines.length).toBeGreaterThanOrEqual(2);
      expect(node.lines.length).toBeLessThanOrEqual(PROCESS_MAP_GEOMETRY.maxNameLines);
      for (const line of node.lines)
        expect(measureText(line, PROCESS_MAP_FONT.name)).toBeLessThanOrEqual(
          node.width - 2 * PROCESS_MAP_GEOMETRY.paddingX,
        );
    }
    expect(nodeOf(layout, long).lines.join(' ')).toBe(long);
    expect(nodeOf(layout, word).lines.join('')).toBe(word);
    expect(checkProcessMapLayout(layout)).toEqual([]);
  });

  it('wrapActivityName keeps short names on one line', () => {
    expect(wrapActivityName('W_Valideren aanvraag')).toEqual(['W_Valideren aanvraag']);
  });

  it('checkProcessMapLayout names overlapping boxes, cut names and anything outside the drawing', async () => {
    const layout = await layoutProcessMap(full, { elk, view: 'frequency', metric: 'events' });
    const [a, b] = layout.nodes.filter((n) => n.node.kind === 'activity');
    const broken: ProcessMapLayout = {
      ...layout,
      height: layout.height / 2, // cuts off the lower half
      nodes: layout.nodes.map((n) =>
        n === b ? { ...n, x: a!.x + 5, y: a!.y + 5 } : n === a ? { ...n, lines: ['A very long line'] } : n,
      ),
    };
    const problems = checkProcessMapLayout(broken);
    expect(problems).toContain(`nodes ${a!.node.activity} and ${b!.node.activity} overlap`);
    expect(problems).toContain(`"A very long line" is wider than the box of ${a!.node.activity}`);
    expect(
      problems.some((p) => p.endsWith('lies outside the drawing') || p.endsWith('leaves the drawing')),
    ).toBe(true);
  });
});
