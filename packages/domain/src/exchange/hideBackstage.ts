import type { JourneyContent, JourneyMeta } from '../records/JourneyMap.js';

type DataLink = Partial<Pick<JourneyMeta, 'datasetId' | 'datasetFilter'>>;

/**
 * The map as people outside the team may see it: every touchpoint's back-stage notes emptied and the
 * back-stage lane hidden (share links show them only when they were made with them). What ties the map
 * to the organisation's data is back stage too: the touchpoints' matchers (event names, property
 * values) and, when the map carries them, its dataset link and standing filter are cleared.
 */
export function hideBackstage<T extends JourneyContent & DataLink>(journey: T): T {
  return {
    ...journey,
    ...('datasetId' in journey ? { datasetId: null } : {}),
    ...('datasetFilter' in journey ? { datasetFilter: null } : {}),
    touchpoints: journey.touchpoints.map((t) =>
      t.backstageNotes || t.matcher ? { ...t, backstageNotes: '', matcher: null } : t,
    ),
    lanes: journey.lanes.map((lane) => (lane.kind === 'backstage' ? { ...lane, visible: false } : lane)),
  };
}
