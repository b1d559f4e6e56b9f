import { createId } from '../ids.js';
import type { JourneyContent } from '../records/JourneyMap.js';
import { touchpointsInPhase } from '../records/JourneyMap.js';
import { unlinkTouchpoints } from './unlinkTouchpoints.js';
import type { Touchpoint, TouchpointFields } from '../records/Touchpoint.js';

/** Renumbers `order` 0..n-1 within each given phase, keeping the current order. */
function renumber(touchpoints: Touchpoint[], phaseIds: Iterable<string>): Touchpoint[] {
  const next = new Map<string, number>();
  for (const phaseId of phaseIds) {
    touchpointsInPhase(touchpoints, phaseId).forEach((t, i) => next.set(t.id, i));
  }
  return touchpoints.map((t) => (next.has(t.id) ? { ...t, order: next.get(t.id)! } : t));
}

/** Puts touchpoint `id` at position `index` (clamped) of `phaseId`, shifting the others; orders renumbered. */
export function placeTouchpoint(
  content: JourneyContent,
  id: string,
  phaseId: string,
  index: number,
): JourneyContent {
  const moving = content.touchpoints.find((t) => t.id === id);
  if (!moving) return content;
  const others = content.touchpoints.filter((t) => t.id !== id);
  const target = touchpointsInPhase(others, phaseId);
  const at = Math.max(0, Math.min(Math.trunc(index), target.length));
  const ordered = [
    ...target.slice(0, at),
    { ...moving, phaseId: phaseId as Touchpoint['phaseId'] },
    ...target.slice(at),
  ];
  const orderOf = new Map(ordered.map((t, i) => [t.id, i]));
  const placed = [...others, { ...moving, phaseId: phaseId as Touchpoint['phaseId'] }].map((t) =>
    orderOf.has(t.id) ? { ...t, order: orderOf.get(t.id)! } : t,
  );
  return { ...content, touchpoints: renumber(placed, [moving.phaseId]) };
}

/** Adds a touchpoint at the end of its phase (or at `fields.order` when given). */
export function addTouchpoint(
  content: JourneyContent,
  fields: TouchpointFields,
  options: { atIndex?: number } = {},
): { content: JourneyContent; touchpoint: Touchpoint } {
  const touchpoint: Touchpoint = { ...fields, id: createId('touchpoint') };
  const inPhase = touchpointsInPhase(content.touchpoints, fields.phaseId);
  const withNew: JourneyContent = { ...content, touchpoints: [...content.touchpoints, touchpoint] };
  const index = options.atIndex ?? inPhase.length;
  const placed = placeTouchpoint(withNew, touchpoint.id, fields.phaseId, index);
  return { content: placed, touchpoint: placed.touchpoints.find((t) => t.id === touchpoint.id)! };
}

/**
 * Changes fields of a touchpoint; a new `phaseId` or `order` moves it (order = position in the phase).
 * Returns null when there is no such touchpoint.
 */
export function updateTouchpoint(
  content: JourneyContent,
  id: string,
  patch: Partial<TouchpointFields>,
): JourneyContent | null {
  const current = content.touchpoints.find((t) => t.id === id);
  if (!current) return null;
  const { phaseId, order, ...rest } = patch;
  const updated: JourneyContent = {
    ...content,
    touchpoints: content.touchpoints.map((t) => (t.id === id ? { ...t, ...rest } : t)),
  };
  if (phaseId === undefined && order === undefined) return updated;
  const targetPhase = phaseId ?? current.phaseId;
  const index =
    order ??
    (targetPhase === current.phaseId
      ? current.order
      : touchpointsInPhase(content.touchpoints, targetPhase).length);
  return placeTouchpoint(updated, id, targetPhase, index);
}

/** Removes a touchpoint; pain points and ideas that pointed to it keep their phase but lose the link. */
export function removeTouchpoint(content: JourneyContent, id: string): JourneyContent | null {
  const current = content.touchpoints.find((t) => t.id === id);
  if (!current) return null;
  const touchpoints = renumber(
    content.touchpoints.filter((t) => t.id !== id),
    [current.phaseId],
  );
  return {
    ...content,
    touchpoints,
    painPoints: content.painPoints.map((p) => (p.touchpointId === id ? { ...p, touchpointId: null } : p)),
    ideas: content.ideas.map((i) => unlinkTouchpoints(i, new Set([id]))),
  };
}
