import type { DfgEdge, StartEndResult, StepTime, Variant } from '@trailmap/analytics';
import { DEFAULT_PROCESS_MAP_SHARES, selectProcessMap, type ProcessMapSelection } from '@trailmap/viz';

/** The report's process map: what the engine mined, at the default sliders (every variant for exact hidden shares). */
export function selectReportProcessMap(mined: {
  steps: readonly StepTime[];
  dfg: readonly DfgEdge[];
  startEnd: StartEndResult;
  variants: readonly Variant[];
}): ProcessMapSelection {
  return selectProcessMap(
    {
      activities: mined.steps.map((s) => ({
        activity: s.activity,
        events: s.events,
        medianDurationSeconds: s.medianDurationSeconds,
      })),
      edges: mined.dfg,
      startActivities: mined.startEnd.startActivities,
      endActivities: mined.startEnd.endActivities,
      variants: mined.variants,
    },
    DEFAULT_PROCESS_MAP_SHARES,
  );
}
