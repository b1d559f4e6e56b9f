import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { compileTraceCut, cutsTimeRangeOnly, hasCutConditions, type TraceCodes } from './cutCaseTraces.js';
import { defineSql, type SqlFiles } from './defineQuery.js';
import { maxCachedTables, type CachedTables } from './withCachedTables.js';
import type { SqlParams } from './SqlValue.js';

/**
 * The shared, cached "ordered events" set of one scope + filter: temp tables, built once and reused by
 * every query whose SQL names `{{traces}}` or `{{activities}}` until the store changes (the backend's
 * `withCachedTables`).
 *
 * - `{{activities}}` (activity VARCHAR, act INTEGER): a dense code per activity, numbered in the
 *   activities' sort order, so that ordering code lists orders the activity names the same way.
 * - `{{channels}}` (channel VARCHAR, ch INTEGER): a dense code per channel.
 * - `{{traces}}` (case_id VARCHAR, acts INTEGER[], ts_ms BIGINT[], chs INTEGER[], ss BIGINT[]): one row
 *   per case (its `rowid` identifies it in the queries), its activity codes and epoch-millisecond
 *   timestamps in event order `(ts, seq)`, and — in a base set and a full cut — the channel codes and the
 *   events' seqs (NULL in a lean cut). A query whose SQL names `{{fullTraces}}` instead gets a set with
 *   them (the touchpoint matching of src/measure/); a cut is lean otherwise (half the lists to cut).
 *
 * Build or cut: a **base** set is built from the events of the scope and the filter's attribute conditions
 * (the only part that needs the events' properties). Every other part of a filter — time range and channels
 * on events, then variants, duration, contains / does not contain, directly-follows on cases — is a **cut**
 * of the base set's lists (`cutCaseTraces.duckdb.sql`): no pass over the events, so a filter change in the
 * explorer costs a list scan, not a new aggregate. Both kinds are cached (the backend's `withCachedTables`).
 */
export interface CaseTraces {
  traces: string;
  activities: string;
  channels: string;
}

/** How many sets of each kind (base, cut) one store keeps (least recently used dropped first). */
export const maxCachedTraceSets = maxCachedTables;

/** Events per partition of the base build (one aggregate per partition), and the most partitions. */
export const eventsPerTracePart = 5_000_000;
const maxTraceParts = 4;

const activitiesQuery = defineSql('caseActivities', import.meta.url);
const channelsQuery = defineSql('caseChannels', import.meta.url);
const tracesTableQuery = defineSql('caseTracesTable', import.meta.url);
const tracesQuery = defineSql('caseTraces', import.meta.url);
const cutQuery = defineSql('cutCaseTraces', import.meta.url);

/** Runs a SQL text with the parameters it names (the adapter's binding); `read` gives its rows. */
export interface SqlRunner {
  run(sql: string, params: SqlParams): Promise<unknown>;
  read(sql: string): Promise<unknown[][]>;
}

/** The attribute conditions and the case rule of a filter: what a base set is built with (they need the events). */
function baseFilter(filter: EventFilter): EventFilter {
  return {
    ...(filter.attributes ? { attributes: filter.attributes } : {}),
    ...(filter.caseRule ? { caseRule: filter.caseRule } : {}),
  };
}

function withBaseTraces<T>(
  cache: CachedTables,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string, filter: EventFilter) => { sql: string; params: SqlParams },
  runner: SqlRunner,
  use: (tables: CaseTraces) => Promise<T>,
): Promise<T> {
  const base = baseFilter(filter);
  const build = async (tables: CaseTraces, storeEvents: number): Promise<void> => {
    const runStatement = (query: SqlFiles, part = 0, parts = 1) => {
      const text = substituteTables(query.readSql('duckdb'), tables)
        .replaceAll('{{parts}}', String(parts))
        .replaceAll('{{part}}', String(part));
      const { sql, params } = compile(text, base);
      return runner.run(sql, params);
    };
    await runStatement(activitiesQuery);
    await runStatement(channelsQuery);
    await runStatement(tracesTableQuery);
    // The store's size (all datasets) bounds the scope's: a cheap guess at how many parts pay off.
    const parts = Math.min(maxTraceParts, Math.max(1, Math.ceil(storeEvents / eventsPerTracePart)));
    for (let part = 0; part < parts; part++) await runStatement(tracesQuery, part, parts);
  };
  const key = JSON.stringify([scope.dataset, scope.version ?? null, base]);
  return cache.withCachedTables(
    { kind: 'traces', key, names: ['traces', 'activities', 'channels'], build },
    use,
  );
}

async function readCodes(runner: SqlRunner, tables: CaseTraces): Promise<TraceCodes> {
  const read = async (sql: string) =>
    new Map((await runner.read(sql)).map((row) => [String(row[0]), Number(row[1])]));
  return {
    activities: await read(`SELECT activity, act FROM ${tables.activities}`),
    channels: await read(`SELECT channel, ch FROM ${tables.channels}`),
  };
}

/**
 * Calls `use` with the trace tables of `scope` + `filter`: the base set when the filter has nothing but
 * attribute conditions (or a time range that holds every event of the base set), else a cut of it (each built first when no valid set is in `cache`). `compile`
 * gives the `{{events}}` SQL and parameters of a filter; `runner` executes statements.
 */
export function withCaseTraces<T>(
  cache: CachedTables,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string, filter: EventFilter) => { sql: string; params: SqlParams },
  runner: SqlRunner,
  use: (tables: CaseTraces) => Promise<T>,
  full = false,
): Promise<T> {
  if (!hasCutConditions(filter)) return withBaseTraces(cache, scope, filter, compile, runner, use);
  if (cutsTimeRangeOnly(filter)) return withTimeRangeCut(cache, scope, filter, compile, runner, use, full);
  return withCut(cache, scope, filter, compile, runner, use, full);
}

/**
 * A time range that holds every event of the base set cuts nothing: the base set is used as it is (no
 * copy of its lists; e.g. a period around all the data). Else the cut.
 */
async function withTimeRangeCut<T>(
  cache: CachedTables,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string, filter: EventFilter) => { sql: string; params: SqlParams },
  runner: SqlRunner,
  use: (tables: CaseTraces) => Promise<T>,
  full: boolean,
): Promise<T> {
  const covered = await withBaseTraces(cache, scope, filter, compile, runner, async (base) =>
    (await holdsEveryEvent(cache, runner, base, filter)) ? { answer: await use(base) } : null,
  );
  return covered ? covered.answer : withCut(cache, scope, filter, compile, runner, use, full);
}

/** The first and the last event time of a base set (null: it has no case). */
type TraceSpan = { first: number; last: number } | null;

/** Per cache, the span of each base set read so far, by its table (a cache never reuses a table's name). */
const knownSpans = new WeakMap<CachedTables, Map<string, TraceSpan>>();
const maxKnownSpans = 16;

async function readSpan(cache: CachedTables, runner: SqlRunner, base: CaseTraces): Promise<TraceSpan> {
  let spans = knownSpans.get(cache);
  if (!spans) knownSpans.set(cache, (spans = new Map()));
  const known = spans.get(base.traces);
  if (known !== undefined) return known;
  const [row] = await runner.read(`SELECT min(ts_ms[1]), max(ts_ms[-1]) FROM ${base.traces}`);
  const span =
    !row || row[0] === null || row[1] === null ? null : { first: Number(row[0]), last: Number(row[1]) };
  spans.set(base.traces, span);
  for (const table of spans.keys()) if (spans.size > maxKnownSpans) spans.delete(table);
  return span;
}

/** Whether the filter's time range holds the first and the last event of every case of the base set. */
async function holdsEveryEvent(
  cache: CachedTables,
  runner: SqlRunner,
  base: CaseTraces,
  filter: EventFilter,
): Promise<boolean> {
  const span = await readSpan(cache, runner, base);
  if (!span) return false;
  const { fromMs, toMs } = filter.timeRange ?? {};
  return (fromMs === undefined || span.first >= fromMs) && (toMs === undefined || span.last < toMs);
}

function withCut<T>(
  cache: CachedTables,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string, filter: EventFilter) => { sql: string; params: SqlParams },
  runner: SqlRunner,
  use: (tables: CaseTraces) => Promise<T>,
  full: boolean,
): Promise<T> {
  const build = (tables: Record<'traceCut' | 'traceCutActivities' | 'traceCutChannels', string>) =>
    withBaseTraces(cache, scope, filter, compile, runner, async (base) => {
      const pieces = compileTraceCut(filter, await readCodes(runner, base), full);
      const sql = Object.entries(pieces).reduce(
        (text, [name, piece]) => text.replaceAll(`{{${name}}}`, piece),
        cutQuery
          .readSql('duckdb')
          .replaceAll('{{traces}}', tables.traceCut)
          .replaceAll('{{base}}', base.traces),
      );
      await runner.run(
        `CREATE TEMP TABLE ${tables.traceCutActivities} AS SELECT * FROM ${base.activities}`,
        {},
      );
      await runner.run(`CREATE TEMP TABLE ${tables.traceCutChannels} AS SELECT * FROM ${base.channels}`, {});
      await runner.run(sql, {});
    });
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter, full]);
  return cache.withCachedTables(
    { kind: 'traceCuts', key, names: ['traceCut', 'traceCutActivities', 'traceCutChannels'], build },
    (tables) =>
      use({
        traces: tables.traceCut,
        activities: tables.traceCutActivities,
        channels: tables.traceCutChannels,
      }),
  );
}

/** Replaces `{{traces}}` (and `{{fullTraces}}`), `{{activities}}` and `{{channels}}` with the tables' names. */
export function substituteTables(sql: string, tables: CaseTraces): string {
  return sql
    .replaceAll('{{traces}}', tables.traces)
    .replaceAll('{{fullTraces}}', tables.traces)
    .replaceAll('{{activities}}', tables.activities)
    .replaceAll('{{channels}}', tables.channels);
}

/** Whether a query's SQL reads the trace tables. */
export function usesCaseTraces(sql: string): boolean {
  return sql.includes('{{traces}}') || sql.includes('{{fullTraces}}') || sql.includes('{{activities}}');
}

/** Whether a query's SQL needs the channel codes and seqs of its traces (it names `{{fullTraces}}`). */
export function usesFullTraces(sql: string): boolean {
  return sql.includes('{{fullTraces}}');
}
