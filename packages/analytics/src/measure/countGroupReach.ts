import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import type { MeasureTouchpoint } from './types.js';

const query = defineQuery('countGroupReach', import.meta.url, {
  params: {
    ...matcherParamSpec,
    window_from: 'text',
    window_to: 'text',
    group_index: 'textList',
    group_position: 'textList',
  },
  decode: decodeColumns({
    groupIndex: column.number('group_index'),
    journeys: column.number('journeys'),
  }),
});

/** A group of a map's touchpoints (e.g. those one idea improves). */
export interface TouchpointGroup {
  id: string;
  touchpointIds: readonly string[];
}

/** Per group: the journeys that reach any of its measured touchpoints, and their share of the journeys in scope. */
export interface GroupReach {
  id: string;
  /** Whether any of the group's touchpoints has a matcher (else nothing can be measured: journeys 0, share null). */
  measured: boolean;
  journeys: number;
  reachShare: number | null;
}

/**
 * The reach of groups of touchpoints (groups may share touchpoints): per group, the journeys in scope with an
 * event matching any of its touchpoints, counted once — the union, not the largest touchpoint's reach — over
 * all journeys in scope. `touchpoints` are the map's, with the measured map's matching.
 */
export async function countGroupReach(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  groups: readonly TouchpointGroup[],
  filter: EventFilter = {},
): Promise<{ journeys: number; groups: GroupReach[] }> {
  const positionOf = new Map(touchpoints.map((t, i) => [t.id, i]));
  const groupIndex: string[] = [];
  const groupPosition: string[] = [];
  const measured = groups.map((group, g) => {
    let any = false;
    for (const id of new Set(group.touchpointIds)) {
      const pos = positionOf.get(id);
      if (pos === undefined || !touchpoints[pos]!.matcher) continue;
      any = true;
      groupIndex.push(String(g));
      groupPosition.push(String(pos));
    }
    return any;
  });
  const rows = await runQuery(store, query, scope, filter, {
    ...compileMatchers(touchpoints.map((t) => t.matcher ?? null)),
    window_from: '-inf',
    window_to: 'inf',
    group_index: groupIndex,
    group_position: groupPosition,
  });
  const counts = new Map(rows.map((row) => [row.groupIndex, row.journeys]));
  const journeys = counts.get(-1) ?? 0;
  return {
    journeys,
    groups: groups.map((group, g) => {
      const reached = counts.get(g) ?? 0;
      return {
        id: group.id,
        measured: measured[g]!,
        journeys: measured[g] ? reached : 0,
        reachShare: measured[g] && journeys > 0 ? reached / journeys : null,
      };
    }),
  };
}
