// Test helper (not exported from the package): builds a valid JourneyMap from a compact description.
import { createId } from '../ids.js';
import type { PhaseId, TouchpointId } from '../ids.js';
import { findReferenceProblems, journeyMapSchema } from '../records/JourneyMap.js';
import type { JourneyMap, JourneyState } from '../records/JourneyMap.js';
import type { TouchpointFields } from '../records/Touchpoint.js';

/** A touchpoint: a title plus any field to set; `channel` defaults to 'web', `order` to its position. */
export type TestTouchpoint = { title: string; id?: TouchpointId } & Partial<
  Omit<TouchpointFields, 'phaseId' | 'title'>
>;

export interface TestPhase {
  name: string;
  id?: PhaseId;
  touchpoints?: TestTouchpoint[];
}

export interface TestMapSpec {
  state?: JourneyState;
  title?: string;
  phases: TestPhase[];
}

/**
 * Makes a real JourneyMap (parsed by `journeyMapSchema`, checked by `findReferenceProblems`) with fresh
 * ids wherever the description gives none. Throws when the description is not a valid map.
 */
export function makeTestMap(spec: TestMapSpec): JourneyMap {
  const phases = spec.phases.map((p) => ({ ...p, id: p.id ?? createId('phase') }));
  const now = '2026-01-01T00:00:00.000Z';
  const raw = {
    id: createId('journey'),
    workspaceId: createId('workspace'),
    version: 1,
    createdAt: now,
    updatedAt: now,
    title: spec.title ?? 'Test journey',
    state: spec.state ?? 'current',
    phases: phases.map((p) => ({ id: p.id, name: p.name })),
    touchpoints: phases.flatMap((p) =>
      (p.touchpoints ?? []).map((t, i) => ({
        channel: 'web',
        order: i,
        ...t,
        id: t.id ?? createId('touchpoint'),
        phaseId: p.id,
      })),
    ),
  };
  const map = journeyMapSchema.parse(raw);
  const problems = findReferenceProblems(map);
  if (problems.length > 0) throw new Error(`invalid test map: ${problems.map((p) => p.message).join('; ')}`);
  return map;
}

/** A map of one phase per entry of `emotionsByPhase`, one touchpoint per emotion, titled `t0`, `t1`, … */
export function makeCurveMap(emotionsByPhase: number[][], state: JourneyState = 'current'): JourneyMap {
  let n = 0;
  return makeTestMap({
    state,
    phases: emotionsByPhase.map((emotions, i) => ({
      name: `Phase ${i}`,
      touchpoints: emotions.map((emotion) => ({ title: `t${n++}`, emotion })),
    })),
  });
}

/** The touchpoint with this exact title (throws when there is none), for fixtures that refer to each other. */
export function touchpointByTitle(map: JourneyMap, title: string): JourneyMap['touchpoints'][number] {
  const t = map.touchpoints.find((x) => x.title === title);
  if (!t) throw new Error(`no touchpoint titled ${title}`);
  return t;
}

/** The phase with this exact name (throws when there is none). */
export function phaseByName(map: JourneyMap, name: string): JourneyMap['phases'][number] {
  const p = map.phases.find((x) => x.name === name);
  if (!p) throw new Error(`no phase named ${name}`);
  return p;
}
