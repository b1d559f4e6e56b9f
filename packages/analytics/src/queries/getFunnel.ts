import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

/** `strict`: each step must be the very next event of the case; `loose`: other events may come between. */
export type FunnelOrder = 'strict' | 'loose';

export interface FunnelOptions {
  /** Activities in funnel order (at least one). */
  steps: readonly string[];
  order?: FunnelOrder;
  /** Every step must happen within this many seconds of step 1; unlimited when omitted. */
  windowSeconds?: number;
}

export interface FunnelStep {
  step: number;
  activity: string;
  /** Cases that reached this step. */
  cases: number;
  /** Share of the cases that entered the funnel (reached step 1). */
  conversionFromStart: number;
  conversionFromPrevious: number;
  /** Cases that reached the previous step but not this one (0 for step 1). */
  dropOffCases: number;
  /** Median seconds from the previous step to this one (null for step 1). */
  medianSecondsFromPrevious: number | null;
}

export interface FunnelResult {
  casesInScope: number;
  steps: FunnelStep[];
}

const query = defineQuery('getFunnel', import.meta.url, {
  params: { steps: 'textList', strict: 'boolean', all_starts: 'boolean', window_ms: 'number' },
  decode: decodeColumns({
    step: column.number('step'),
    cases: column.number('cases'),
    medianSecondsFromPrevious: column.nullableNumber('median_seconds_from_previous'),
    casesInScope: column.number('cases_in_scope'),
  }),
});

/** Conversion, drop-off and median time per step of an ordered funnel. */
export async function getFunnel(
  store: EventStore,
  scope: QueryScope,
  options: FunnelOptions,
  filter: EventFilter = {},
): Promise<FunnelResult> {
  if (options.steps.length === 0) throw new Error('getFunnel needs at least one step');
  const strict = (options.order ?? 'loose') === 'strict';
  const rows = await runQuery(store, query, scope, filter, {
    steps: options.steps,
    strict,
    all_starts: strict || options.windowSeconds !== undefined,
    window_ms: options.windowSeconds === undefined ? Number.MAX_SAFE_INTEGER : options.windowSeconds * 1000,
  });
  const byStep = new Map(rows.map((row) => [row.step, row]));
  const casesInScope = rows[0]?.casesInScope ?? 0;
  const entered = byStep.get(1)?.cases ?? 0;
  let previous = entered;
  const steps = options.steps.map((activity, i) => {
    const row = byStep.get(i + 1);
    const cases = row?.cases ?? 0;
    const step: FunnelStep = {
      step: i + 1,
      activity,
      cases,
      conversionFromStart: entered ? cases / entered : 0,
      conversionFromPrevious:
        i === 0 ? (casesInScope ? cases / casesInScope : 0) : previous ? cases / previous : 0,
      dropOffCases: i === 0 ? 0 : previous - cases,
      medianSecondsFromPrevious: i === 0 ? null : (row?.medianSecondsFromPrevious ?? null),
    };
    previous = cases;
    return step;
  });
  return { casesInScope, steps };
}
