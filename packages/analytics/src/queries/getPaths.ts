import { defineQuery } from '../engine/defineQuery.js';
import { readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

/** `from`: what happens after the anchor's first occurrence; `to`: what leads to its last occurrence. */
export type PathDirection = 'from' | 'to';

export interface PathOptions {
  anchor: string;
  direction: PathDirection;
  /** How many steps away from the anchor (default 3). */
  depth?: number;
}

export interface PathNode {
  /** Steps from the anchor: 0 is the anchor, positive after it, negative before it. */
  offset: number;
  activity: string;
  cases: number;
}

export interface PathLink {
  fromOffset: number;
  fromActivity: string;
  toOffset: number;
  toActivity: string;
  cases: number;
}

export interface PathsResult {
  anchor: string;
  direction: PathDirection;
  nodes: PathNode[];
  /** Links in time order (`fromOffset + 1 === toOffset`). */
  links: PathLink[];
}

const query = defineQuery('getPaths', import.meta.url);

/** Sankey data of the paths from or to an anchor activity. */
export async function getPaths(
  store: EventStore,
  scope: QueryScope,
  options: PathOptions,
  filter: EventFilter = {},
): Promise<PathsResult> {
  const rows = await runQuery(store, query, scope, filter, {
    anchor: options.anchor,
    forward: options.direction === 'from',
    depth: options.depth ?? 3,
  });
  return {
    anchor: options.anchor,
    direction: options.direction,
    nodes: rows
      .filter((row) => row.kind === 'node')
      .map((row) => ({
        offset: readNumber(row.from_offset),
        activity: readText(row.from_activity),
        cases: readNumber(row.cases),
      }))
      .sort((a, b) => a.offset - b.offset || b.cases - a.cases || (a.activity < b.activity ? -1 : 1)),
    links: rows
      .filter((row) => row.kind === 'link')
      .map((row) => ({
        fromOffset: readNumber(row.from_offset),
        fromActivity: readText(row.from_activity),
        toOffset: readNumber(row.to_offset),
        toActivity: readText(row.to_activity),
        cases: readNumber(row.cases),
      }))
      .sort((a, b) => a.fromOffset - b.fromOffset || b.cases - a.cases),
  };
}
