// The process maps of real logs, mined with the engine from samples/ in the test itself (an import of
// BPIC 2012 takes about a second, so no fixture can go stale), checked geometrically: what makes a map
// unreadable is measured, not looked at.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { measureText } from '../text/measureText.js';
import { checkProcessMapLayout } from './checkProcessMapLayout.js';
import { layoutProcessMap, PROCESS_MAP_GEOMETRY } from './layoutProcessMap.js';
import { renderProcessMapSvg } from './renderProcessMapSvg.js';
import { DEFAULT_PROCESS_MAP_SHARES, selectProcessMap } from './selectProcessMap.js';
import { mineSampleMapInput } from './testSamples.js';
import type { ProcessMapBox, ProcessMapLayout, ProcessMapShares } from './types.js';

const elk = new ELK();

const overlap = (a: ProcessMapBox, b: ProcessMapBox) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** The assertions of a readable map, spelled out here rather than only through checkProcessMapLayout. */
function expectReadable(layout: ProcessMapLayout, svg: string) {
  const nodes = layout.nodes;
  // every label place ELK reserved (some views leave a few empty)
  const labels = layout.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []));
  for (const e of layout.edges)
    if (e.label) expect(measureText(e.label.text, layout.fontSizes.edge)).toBeLessThanOrEqual(e.label.width);
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) expect(overlap(nodes[i]!, nodes[j]!)).toBe(false);
    for (const label of labels) expect(overlap(nodes[i]!, label)).toBe(false);
    const room = nodes[i]!.width - 2 * PROCESS_MAP_GEOMETRY.paddingX;
    for (const line of nodes[i]!.lines)
      expect(measureText(line, layout.fontSizes.name)).toBeLessThanOrEqual(room);
    expect(nodes[i]!.lines.length).toBeLessThanOrEqual(PROCESS_MAP_GEOMETRY.maxNameLines);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!)).toBe(false);
  // the SVG's viewBox holds every node, label and route
  const [, , width, height] = svg
    .match(/viewBox="([^"]+)"/)![1]!
    .split(' ')
    .map(Number);
  expect([width, height]).toEqual([layout.width, layout.height]);
  const boxes = [...nodes, ...labels];
  for (const b of boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(width!);
    expect(b.y + b.height).toBeLessThanOrEqual(height!);
  }
  for (const e of layout.edges)
    for (const p of e.points) {
      expect(p.x >= 0 && p.x <= width! && p.y >= 0 && p.y <= height!, e.edge.id).toBe(true);
    }
  expect(checkProcessMapLayout(layout)).toEqual([]);
}

async function drawSample(file: string, shares: ProcessMapShares) {
  const input = await mineSampleMapInput(file);
  const selection = selectProcessMap(input, shares);
  const layout = await layoutProcessMap(selection, { elk, view: 'frequency', metric: 'events' });
  const performance = await layoutProcessMap(selection, { elk, view: 'performance', metric: 'median' });
  return { input, selection, layout, performance };
}

describe('process maps of the sample logs', () => {
  it('BPIC 2012 at the default sliders (100 % activities, 20 % paths) is readable', async () => {
    const { input, selection, layout, performance } = await drawSample(
      'bpic2012.xes.gz',
      DEFAULT_PROCESS_MAP_SHARES,
    );
    // 24 activities; 125 directly-follows paths plus the start and end paths
    expect(selection.totals.activities).toBe(24);
    expect(selection.totals.paths).toBe(125 + input.startActivities.length + input.endActivities.length);
    expect(selection.nodes).toHaveLength(24 + 2);
    // the path slider keeps ⌈20 %⌉ outright and what connectivity needs: far fewer than all
    expect(selection.edges.length).toBeGreaterThanOrEqual(Math.ceil(0.2 * selection.totals.paths));
    expect(selection.edges.length).toBeLessThan(selection.totals.paths / 2);
    expect(selection.hidden.cases).toBeGreaterThan(0);
    expectReadable(layout, renderProcessMapSvg(layout));
    expectReadable(performance, renderProcessMapSvg(performance));
    // at any slider position every drawn activity is reached from the start and reaches the end
    for (const activityShare of [0, 0.3, 0.6, 1])
      for (const pathShare of [0, 0.1, 0.5]) {
        const s = selectProcessMap(input, { activityShare, pathShare });
        const reach = (from: string, forward: boolean) => {
          const seen = new Set([from]);
          for (let grew = true; grew;) {
            grew = false;
            for (const e of s.edges) {
              const [a, b] = forward ? [e.from, e.to] : [e.to, e.from];
              if (seen.has(a) && !seen.has(b)) {
                seen.add(b);
                grew = true;
              }
            }
          }
          return seen;
        };
        const fromStart = reach('start', true);
        const toEnd = reach('end', false);
        for (const n of s.nodes)
          expect(fromStart.has(n.id) && toEnd.has(n.id), `${n.id} at ${activityShare}/${pathShare}`).toBe(
            true,
          );
        expect(s.nodes.length - 2).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(activityShare * 24)));
      }
  });

  it('helpdesk at 100 % / 100 % is readable', async () => {
    const { selection, layout, performance } = await drawSample('helpdesk.xes.gz', {
      activityShare: 1,
      pathShare: 1,
    });
    expect(selection.hidden).toMatchObject({ activities: 0, paths: 0, cases: 0 });
    expectReadable(layout, renderProcessMapSvg(layout));
    expectReadable(performance, renderProcessMapSvg(performance));
  });

  it('receipt at 100 % / 100 % is readable', async () => {
    const { selection, layout, performance } = await drawSample('receipt.csv', {
      activityShare: 1,
      pathShare: 1,
    });
    expect(selection.edges).toHaveLength(selection.totals.paths);
    expectReadable(layout, renderProcessMapSvg(layout));
    expectReadable(performance, renderProcessMapSvg(performance));
  });
});
