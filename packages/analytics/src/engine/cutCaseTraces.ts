import type { EventFilter } from '../queries/EventFilter.js';

/** Activity and channel codes of a base trace set (name → code). */
export interface TraceCodes {
  activities: ReadonlyMap<string, number>;
  channels: ReadonlyMap<string, number>;
}

/** The parts of a filter a cut applies to a base trace set (everything but the attribute conditions). */
export function hasCutConditions(filter: EventFilter): boolean {
  return (
    filter.timeRange?.fromMs !== undefined ||
    filter.timeRange?.toMs !== undefined ||
    filter.channels !== undefined ||
    hasCaseConditions(filter)
  );
}

/** Whether a filter's only cut condition is its time range (no channels, nothing on cases). */
export function cutsTimeRangeOnly(filter: EventFilter): boolean {
  return (
    (filter.timeRange?.fromMs !== undefined || filter.timeRange?.toMs !== undefined) &&
    filter.channels === undefined &&
    !hasCaseConditions(filter)
  );
}

/** Whether a filter keeps or drops whole cases (variants, duration, contains, edges). */
export function hasCaseConditions(filter: EventFilter): boolean {
  return (
    filter.variants !== undefined ||
    filter.caseDurationSeconds?.minSeconds !== undefined ||
    filter.caseDurationSeconds?.maxSeconds !== undefined ||
    (filter.caseContains?.length ?? 0) > 0 ||
    (filter.caseNotContains?.length ?? 0) > 0 ||
    (filter.caseEdges?.length ?? 0) > 0
  );
}

function literal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/**
 * The SQL pieces of `cutCaseTraces.duckdb.sql` for a filter (`full`: the cut keeps the channel codes and
 * seqs too), with the activities and channels resolved to
 * the base set's integer codes (written into the text: they are numbers the engine made). An activity or
 * channel the base set lacks matches nothing: a case cannot contain it, and a variant holding it is no case's.
 */
export function compileTraceCut(
  filter: EventFilter,
  codes: TraceCodes,
  full = false,
): { keepActs: string; keepTs: string; keepChs: string; keepSs: string; cases: string } {
  const keep: string[] = [];
  if (filter.timeRange?.fromMs !== undefined) keep.push(`ts_ms[i] >= ${literal(filter.timeRange.fromMs)}`);
  if (filter.timeRange?.toMs !== undefined) keep.push(`ts_ms[i] < ${literal(filter.timeRange.toMs)}`);
  if (filter.channels !== undefined) {
    const known = filter.channels.flatMap((name) => codes.channels.get(name) ?? []);
    keep.push(known.length ? `chs[i] IN (${known.map(literal).join(', ')})` : 'false');
  }
  const keepList = (list: string) =>
    keep.length ? `list_filter(${list}, (x, i) -> ${keep.join(' AND ')})` : list;

  const act = (name: string): number | undefined => codes.activities.get(name);
  const cases: string[] = [];
  for (const name of filter.caseContains ?? []) {
    const code = act(name);
    cases.push(code === undefined ? 'false' : `list_contains(k_acts, ${literal(code)})`);
  }
  for (const name of filter.caseNotContains ?? []) {
    const code = act(name);
    if (code !== undefined) cases.push(`NOT list_contains(k_acts, ${literal(code)})`);
  }
  if (filter.variants !== undefined) {
    const lists = filter.variants.flatMap((variant) => {
      const list = variant.map(act);
      return list.every((code) => code !== undefined) ? [`[${list.map((c) => literal(c!)).join(', ')}]`] : [];
    });
    // an empty variant is no case's (a case has at least one event)
    const nonEmpty = lists.filter((list) => list !== '[]');
    cases.push(
      nonEmpty.length ? `k_acts IN (${nonEmpty.map((l) => `${l}::INTEGER[]`).join(', ')})` : 'false',
    );
  }
  const span = '(k_ts_ms[len(k_ts_ms)] - k_ts_ms[1]) / 1000.0';
  if (filter.caseDurationSeconds?.minSeconds !== undefined)
    cases.push(`${span} >= ${literal(filter.caseDurationSeconds.minSeconds)}`);
  if (filter.caseDurationSeconds?.maxSeconds !== undefined)
    cases.push(`${span} <= ${literal(filter.caseDurationSeconds.maxSeconds)}`);
  for (const edge of filter.caseEdges ?? []) {
    const from = act(edge.from);
    const to = act(edge.to);
    cases.push(
      from === undefined || to === undefined
        ? 'false'
        : // element i of k_acts[2:] is k_acts[i + 1]; the one before it is k_acts[i]
          `len(list_filter(k_acts[2:], (x, i) -> x = ${literal(to)} AND k_acts[i] = ${literal(from)})) > 0`,
    );
  }
  return {
    keepActs: keepList('acts'),
    keepTs: keepList('ts_ms'),
    keepChs: full ? keepList('chs') : 'CAST(NULL AS INTEGER[])',
    keepSs: full ? keepList('ss') : 'CAST(NULL AS BIGINT[])',
    cases: cases.length ? cases.join(' AND ') : 'true',
  };
}
