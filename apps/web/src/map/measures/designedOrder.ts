import type { Touchpoint } from '@trailmap/domain';
import type { MapView } from '../mapDoc.js';

/** The map's touchpoints in their designed order: phases left to right, cards left to right within one. */
export function touchpointsInDesignedOrder(view: Pick<MapView, 'phases' | 'touchpoints'>): Touchpoint[] {
  const phaseIndex = new Map(view.phases.map((p, i) => [p.id, i]));
  return view.touchpoints
    .map((tp, index) => ({ tp, index }))
    .sort(
      (a, b) =>
        (phaseIndex.get(a.tp.phaseId) ?? 0) - (phaseIndex.get(b.tp.phaseId) ?? 0) ||
        a.tp.order - b.tp.order ||
        a.index - b.index,
    )
    .map(({ tp }) => tp);
}
