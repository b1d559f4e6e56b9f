import type { JourneyContent } from '../records/JourneyMap.js';

/**
 * The map as people outside the team may see it: every touchpoint's back-stage notes emptied and the
 * back-stage lane hidden (share links show them only when they were made with them).
 */
export function hideBackstage<T extends JourneyContent>(journey: T): T {
  return {
    ...journey,
    touchpoints: journey.touchpoints.map((t) => (t.backstageNotes ? { ...t, backstageNotes: '' } : t)),
    lanes: journey.lanes.map((lane) => (lane.kind === 'backstage' ? { ...lane, visible: false } : lane)),
  };
}
