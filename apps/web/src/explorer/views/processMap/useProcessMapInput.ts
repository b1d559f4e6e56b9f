import type { DatasetFilter } from '@trailmap/domain';
import { useMemo, useState } from 'react';
import { datasetQueryUrl, useDatasetQuery } from '../../useDatasetQuery.js';
import type { InputWithoutVariants } from './selectionProtocol.js';

/** `…/step-times`: one row per activity. */
export interface StepTimeRow {
  activity: string;
  events: number;
  meanWaitingSeconds: number | null;
  medianWaitingSeconds: number | null;
  meanDurationSeconds: number | null;
  medianDurationSeconds: number | null;
}
export interface DfgRow {
  from: string;
  to: string;
  count: number;
  meanSeconds: number;
  medianSeconds: number;
}
export interface StartEndAnswer {
  startActivities: { activity: string; cases: number }[];
  endActivities: { activity: string; cases: number }[];
}

/** The most variants the API gives at once; the map asks for all of them so its hidden shares are exact. */
export const ALL_VARIANTS = 5000;

/** What the map reads from the engine in the page (the variants are read by the selection worker). */
export interface ProcessMapData {
  /** The map's input but its variants; one object per set of answers to the same filter. */
  input: InputWithoutVariants;
  steps: readonly StepTimeRow[];
  dfg: readonly DfgRow[];
  startEnd: StartEndAnswer;
  /** Where the variants of the same filter are (all of them, for exact hidden shares). */
  variantsUrl: string;
}

/**
 * The small queries of the map (step times, DFG, start and end activities) and the URL of its variants.
 * `data` changes only when all three answer the same filter; meanwhile the previous map's stays.
 */
export function useProcessMapInput(workspaceId: string, datasetId: string, filter: DatasetFilter) {
  const steps = useDatasetQuery<StepTimeRow[]>(workspaceId, datasetId, 'step-times', filter);
  const dfg = useDatasetQuery<DfgRow[]>(workspaceId, datasetId, 'dfg', filter);
  const startEnd = useDatasetQuery<StartEndAnswer>(workspaceId, datasetId, 'start-end', filter);
  const variantsUrl = datasetQueryUrl(workspaceId, datasetId, 'variants', filter, { limit: ALL_VARIANTS });
  const queries = [steps, dfg, startEnd];
  const consistent = queries.every((q) => !q.isPlaceholderData);
  const fresh = useMemo((): ProcessMapData | null => {
    if (!consistent || !steps.data || !dfg.data || !startEnd.data) return null;
    return {
      input: {
        activities: steps.data.map((s) => ({
          activity: s.activity,
          events: s.events,
          medianDurationSeconds: s.medianDurationSeconds,
        })),
        edges: dfg.data,
        startActivities: startEnd.data.startActivities,
        endActivities: startEnd.data.endActivities,
      },
      steps: steps.data,
      dfg: dfg.data,
      startEnd: startEnd.data,
      variantsUrl,
    };
  }, [consistent, steps.data, dfg.data, startEnd.data, variantsUrl]);
  const [last, setLast] = useState<ProcessMapData | null>(null);
  if (fresh && fresh !== last) setLast(fresh);
  return {
    data: fresh ?? last,
    variantsUrl,
    /** A newer filter's answers are on their way (the previous map stays on screen). */
    isUpdating: queries.some((q) => q.isFetching),
    error: queries.find((q) => q.isError)?.error ?? null,
    retry: () => queries.filter((q) => q.isError).forEach((q) => void q.refetch()),
  };
}
