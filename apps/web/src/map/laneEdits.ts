import { createDefaultLanes, createId, type JourneyContent, type Lane } from '@trailmap/domain';

/** Lane edits (the domain has none: lanes are layout). Each returns new content. */

/** The lanes to show: a map saved without lanes gets the default ones. */
export function lanesOf(content: Pick<JourneyContent, 'lanes'>): Lane[] {
  return content.lanes.length > 0 ? content.lanes : DEFAULT_LANES;
}

const DEFAULT_LANES = createDefaultLanes();

function withLanes(content: JourneyContent, change: (lanes: Lane[]) => Lane[]): JourneyContent {
  return { ...content, lanes: change([...lanesOf(content)]) };
}

export function setLaneVisible(content: JourneyContent, laneId: string, visible: boolean): JourneyContent {
  return withLanes(content, (lanes) => lanes.map((l) => (l.id === laneId ? { ...l, visible } : l)));
}

/** Moves a lane one place up (−1) or down (+1). */
export function moveLane(content: JourneyContent, laneId: string, step: -1 | 1): JourneyContent {
  return withLanes(content, (lanes) => {
    const from = lanes.findIndex((l) => l.id === laneId);
    const to = from + step;
    if (from < 0 || to < 0 || to >= lanes.length) return lanes;
    const [lane] = lanes.splice(from, 1);
    lanes.splice(to, 0, lane!);
    return lanes;
  });
}

export function addCustomLane(
  content: JourneyContent,
  title: string,
): { content: JourneyContent; lane: Lane } {
  const lane: Lane = { id: createId('lane'), kind: 'custom', title, visible: true, cells: {} };
  return { content: withLanes(content, (lanes) => [...lanes, lane]), lane };
}

export function renameLane(content: JourneyContent, laneId: string, title: string): JourneyContent {
  return withLanes(content, (lanes) => lanes.map((l) => (l.id === laneId ? { ...l, title } : l)));
}

export function removeLane(content: JourneyContent, laneId: string): JourneyContent {
  return withLanes(content, (lanes) => lanes.filter((l) => l.id !== laneId));
}

/** Sets the text of one phase's cell in a KPI or custom lane; empty text removes the cell. */
export function setLaneCell(
  content: JourneyContent,
  laneId: string,
  phaseId: string,
  text: string,
): JourneyContent {
  return withLanes(content, (lanes) =>
    lanes.map((l) => {
      if (l.id !== laneId) return l;
      const { [phaseId]: _old, ...rest } = l.cells;
      return { ...l, cells: text ? { ...rest, [phaseId]: text } : rest };
    }),
  );
}
