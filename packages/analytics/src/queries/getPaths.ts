import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
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

/** One node (`kind` 'node': its offset and activity in `from…`) or link (`kind` 'link') per row. */
const query = defineQuery('getPaths', import.meta.url, {
  params: { anchor: 'text', forward: 'boolean', depth: 'number' },
  decode: decodeColumns({
    kind: column.text('kind'),
    fromOffset: column.number('from_offset'),
    fromActivity: column.text('from_activity'),
    toOffset: column.number('to_offset'),
    toActivity: column.text('to_activity'),
    cases: column.number('cases'),
  }),
});

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
      .map((row) => ({ offset: row.fromOffset, activity: row.fromActivity, cases: row.cases }))
      .sort((a, b) => a.offset - b.offset || b.cases - a.cases || (a.activity < b.activity ? -1 : 1)),
    links: rows
      .filter((row) => row.kind === 'link')
      .map(({ kind: _, ...link }) => link)
      .sort((a, b) => a.fromOffset - b.fromOffset || b.cases - a.cases),
  };
}
