import { createId } from '../ids.js';
import type { JourneyContent } from '../records/JourneyMap.js';
import type { Phase, PhaseFields } from '../records/Phase.js';
import { unlinkTouchpoints } from './unlinkTouchpoints.js';

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

/** Adds a phase at `index` (default: at the end). */
export function addPhase(
  content: JourneyContent,
  fields: PhaseFields,
  index?: number,
): { content: JourneyContent; phase: Phase } {
  const phase: Phase = { ...fields, id: createId('phase') };
  const phases = [...content.phases, phase];
  return {
    content: {
      ...content,
      phases: index === undefined ? phases : moveItem(phases, phases.length - 1, index),
    },
    phase,
  };
}

/** Renames a phase or changes its need; `index` moves it to another position. */
export function updatePhase(
  content: JourneyContent,
  id: string,
  patch: Partial<PhaseFields>,
  index?: number,
): JourneyContent | null {
  const at = content.phases.findIndex((p) => p.id === id);
  if (at < 0) return null;
  const phases = content.phases.map((p) => (p.id === id ? { ...p, ...patch } : p));
  return { ...content, phases: index === undefined ? phases : moveItem(phases, at, index) };
}

/**
 * Removes a phase with the touchpoints and pain points in it; ideas keep their text but lose the
 * links to what was removed; KPI and custom lane cells of the phase go too.
 */
export function removePhase(content: JourneyContent, id: string): JourneyContent | null {
  if (!content.phases.some((p) => p.id === id)) return null;
  const goneTouchpoints = new Set(
    content.touchpoints.filter((t) => t.phaseId === id).map((t) => t.id as string),
  );
  const gonePainPoints = new Set(
    content.painPoints.filter((p) => p.phaseId === id).map((p) => p.id as string),
  );
  return {
    phases: content.phases.filter((p) => p.id !== id),
    lanes: content.lanes.map((lane) => {
      if (!(id in lane.cells)) return lane;
      const { [id]: _removed, ...cells } = lane.cells;
      return { ...lane, cells };
    }),
    touchpoints: content.touchpoints.filter((t) => t.phaseId !== id),
    painPoints: content.painPoints
      .filter((p) => p.phaseId !== id)
      .map((p) => (p.touchpointId && goneTouchpoints.has(p.touchpointId) ? { ...p, touchpointId: null } : p)),
    ideas: content.ideas.map((i) => {
      const rest = unlinkTouchpoints(i, goneTouchpoints);
      return {
        ...rest,
        phaseId: i.phaseId === id ? null : i.phaseId,
        phaseIds: i.phaseIds.filter((p) => p !== id),
        painPointIds: i.painPointIds.filter((p) => !gonePainPoints.has(p)),
      };
    }),
  };
}
