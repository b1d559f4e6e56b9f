import { measureText } from '../text/measureText.js';
import { PROCESS_MAP_GEOMETRY } from './layoutProcessMap.js';
import type { ProcessMapBox, ProcessMapLayout, ProcessMapPoint } from './types.js';

const G = PROCESS_MAP_GEOMETRY;

/** Whether two boxes share more than a hair (touching edges do not count). */
function overlaps(a: ProcessMapBox, b: ProcessMapBox, tolerancePx = 0.5): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > tolerancePx &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > tolerancePx
  );
}

function inside(p: ProcessMapPoint, layout: ProcessMapLayout): boolean {
  return p.x >= 0 && p.y >= 0 && p.x <= layout.width && p.y <= layout.height;
}

/** Every number in SVG path data, paired as points. */
function pathPoints(d: string): ProcessMapPoint[] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const points: ProcessMapPoint[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

/**
 * What makes a laid-out map hard to read, as sentences (empty when none): overlapping node boxes, an
 * edge label on a node or on another label, a name or figure wider than its box, anything outside the
 * drawing. The tests run it on real logs; the web app can run it on what it draws.
 */
export function checkProcessMapLayout(layout: ProcessMapLayout): string[] {
  const problems: string[] = [];
  const name = (i: number) => layout.nodes[i]!.node.activity || layout.nodes[i]!.node.kind;
  const { nodes } = layout;
  // every reserved label place counts, drawn in this view or not: another view draws it
  const labels = layout.edges.flatMap((e) =>
    e.labelBox ? [{ id: e.edge.id, box: e.labelBox, text: e.label?.text ?? '' }] : [],
  );
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++)
      if (overlaps(nodes[i]!, nodes[j]!)) problems.push(`nodes ${name(i)} and ${name(j)} overlap`);
    for (const label of labels)
      if (overlaps(nodes[i]!, label.box)) problems.push(`the label of ${label.id} lies on node ${name(i)}`);
    const room = nodes[i]!.width - 2 * G.paddingX + 0.01;
    if (nodes[i]!.node.kind === 'activity') {
      for (const line of nodes[i]!.lines)
        if (measureText(line, layout.fontSizes.name) > room)
          problems.push(`"${line}" is wider than the box of ${name(i)}`);
      const figure = nodes[i]!.figure;
      if (figure !== null && measureText(figure, layout.fontSizes.figure, true) > room)
        problems.push(`the figure of ${name(i)} is wider than its box`);
      // every character of the name, in order (lines break at spaces or, in over-long words, anywhere)
      const drawn = nodes[i]!.lines.join('').replace(/\s+/g, '');
      if (drawn !== nodes[i]!.node.activity.replace(/\s+/g, ''))
        problems.push(`the name of ${name(i)} is not drawn whole`);
    }
    const n = nodes[i]!;
    if (!inside(n, layout) || !inside({ x: n.x + n.width, y: n.y + n.height }, layout))
      problems.push(`node ${name(i)} lies outside the drawing`);
  }
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    for (let j = i + 1; j < labels.length; j++)
      if (overlaps(a.box, labels[j]!.box))
        problems.push(`the labels of ${a.id} and ${labels[j]!.id} overlap`);
    if (measureText(a.text, layout.fontSizes.edge) > a.box.width + 0.01)
      problems.push(`the label of ${a.id} is wider than its box`);
    if (!inside(a.box, layout) || !inside({ x: a.box.x + a.box.width, y: a.box.y + a.box.height }, layout))
      problems.push(`the label of ${a.id} lies outside the drawing`);
  }
  for (const e of layout.edges) {
    if (e.points.length < 2) problems.push(`edge ${e.edge.id} has no route`);
    const points = [...e.points, ...pathPoints(e.path), ...pathPoints(e.arrow)];
    if (!points.every((p) => inside(p, layout))) problems.push(`edge ${e.edge.id} leaves the drawing`);
  }
  return problems;
}
