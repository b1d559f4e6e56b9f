import { LIST, VARCHAR, listValue, type DuckDBValue } from '@duckdb/node-api';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { toVariantKey, variantSeparator } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { substituteTables, usesCaseTraces, withCaseTraces } from './caseTraces.js';
import type { QueryDefinition } from './defineQuery.js';
import type { SqlParams, SqlRow, SqlValue } from './SqlValue.js';

/** The version a scope without one reads: every version (the largest INTEGER). */
export const latestVersion = 2_147_483_647;

/** Builds the scoped, filtered event set that replaces `{{events}}` in a DuckDB query, with its parameters. */
export function compileDuckdbEvents(
  scope: QueryScope,
  filter: EventFilter,
): { sql: string; params: SqlParams } {
  const params: SqlParams = { f_dataset: scope.dataset, f_version: scope.version ?? latestVersion };
  const where = ['e.dataset = $f_dataset', 'e.dataset_version <= $f_version', 'e.case_id IS NOT NULL'];
  if (filter.timeRange?.fromMs !== undefined) {
    where.push('e.ts >= to_timestamp($f_from_ms / 1000)');
    params.f_from_ms = filter.timeRange.fromMs;
  }
  if (filter.timeRange?.toMs !== undefined) {
    where.push('e.ts < to_timestamp($f_to_ms / 1000)');
    params.f_to_ms = filter.timeRange.toMs;
  }
  if (filter.channels) {
    where.push('list_contains($f_channels, e.channel)');
    params.f_channels = filter.channels;
  }
  filter.attributes?.forEach((condition, i) => {
    const path = `$f_attr_path_${i}`;
    params[`f_attr_path_${i}`] = `$."${condition.key.replaceAll('"', '\\"')}"`;
    const value = `json_extract_string(e.properties, ${path})`;
    switch (condition.op) {
      case 'equals':
        where.push(`${value} = $f_attr_${i}`);
        params[`f_attr_${i}`] = condition.value;
        break;
      case 'notEquals':
        where.push(`${value} IS DISTINCT FROM $f_attr_${i}`);
        params[`f_attr_${i}`] = condition.value;
        break;
      case 'in':
        where.push(`list_contains($f_attr_${i}, ${value})`);
        params[`f_attr_${i}`] = condition.values;
        break;
      case 'exists':
        where.push(`${value} IS NOT NULL`);
        break;
    }
  });
  const events = `SELECT e.* FROM events e WHERE ${where.join(' AND ')}`;
  const caseConditions: string[] = [];
  if (filter.variants) {
    caseConditions.push('list_contains($f_variants, variant_key)');
    params.f_variants = filter.variants.map(toVariantKey);
  }
  if (filter.caseDurationSeconds?.minSeconds !== undefined) {
    caseConditions.push('duration_seconds >= $f_min_duration');
    params.f_min_duration = filter.caseDurationSeconds.minSeconds;
  }
  if (filter.caseDurationSeconds?.maxSeconds !== undefined) {
    caseConditions.push('duration_seconds <= $f_max_duration');
    params.f_max_duration = filter.caseDurationSeconds.maxSeconds;
  }
  // Each case aggregate is computed only when a condition needs it (the sorted variant key is the costly one).
  const columns: string[] = [];
  filter.caseContains?.forEach((activity, i) => {
    columns.push(`bool_or(activity = $f_contains_${i}) AS has_${i}`);
    caseConditions.push(`has_${i}`);
    params[`f_contains_${i}`] = activity;
  });
  if (filter.caseNotContains?.length) {
    columns.push('bool_or(list_contains($f_not_contains, activity)) AS has_excluded');
    caseConditions.push('NOT has_excluded');
    params.f_not_contains = filter.caseNotContains;
  }
  filter.caseEdges?.forEach((edge, i) => {
    // the variant key wrapped in separators holds `<sep>from<sep>to<sep>` exactly when `to` directly follows `from`
    caseConditions.push(
      `contains('${variantSeparator}' || variant_key || '${variantSeparator}', $f_edge_${i})`,
    );
    params[`f_edge_${i}`] = `${variantSeparator}${edge.from}${variantSeparator}${edge.to}${variantSeparator}`;
  });
  if (caseConditions.length === 0) return { sql: `(${events})`, params };
  if (filter.variants || filter.caseEdges?.length)
    columns.push(
      `array_to_string(list_transform(list_sort(list({'t': ts, 's': seq, 'a': activity})), x -> x.a), '${variantSeparator}') AS variant_key`,
    );
  if (filter.caseDurationSeconds)
    columns.push('(epoch_ms(max(ts)) - epoch_ms(min(ts))) / 1000.0 AS duration_seconds');
  const sql = `(WITH fe AS (${events}),
    per_case AS (SELECT case_id, ${columns.join(', ')} FROM fe GROUP BY case_id),
    kept AS (SELECT case_id FROM per_case WHERE ${caseConditions.join(' AND ')})
    SELECT fe.* FROM fe SEMI JOIN kept ON kept.case_id = fe.case_id)`;
  return { sql, params };
}

function toDuckdbValue(value: SqlValue): DuckDBValue {
  if (Array.isArray(value)) return listValue(value as string[]);
  return value as DuckDBValue;
}

function normalise(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(normalise);
  return value;
}

async function execute(store: EventStore, sql: string, all: SqlParams) {
  const used = Object.fromEntries(
    Object.entries(all)
      .filter(([name]) => new RegExp(`\\$${name}\\b`).test(sql))
      .map(([name, value]) => [name, toDuckdbValue(value)]),
  );
  const types = Object.fromEntries(
    Object.entries(all)
      .filter(([, value]) => Array.isArray(value))
      .map(([name]) => [name, LIST(VARCHAR)]),
  );
  return store.connection.runAndReadAll(sql, used, types);
}

/**
 * Runs a query on DuckDB: substitutes the event set (and, when the SQL names `{{traces}}`/`{{activities}}`,
 * the cached per-case traces of `engine/caseTraces.ts`), binds parameters, normalises values.
 */
export async function runDuckdbQuery(
  store: EventStore,
  query: QueryDefinition,
  scope: QueryScope,
  filter: EventFilter,
  params: SqlParams,
): Promise<SqlRow[]> {
  const events = compileDuckdbEvents(scope, filter);
  const compile = (text: string): { sql: string; params: SqlParams } => ({
    sql: text.replaceAll('{{events}}', events.sql),
    params: events.params,
  });
  const text = query.readSql('duckdb');
  const all: SqlParams = { ...events.params, ...params };
  const reader = usesCaseTraces(text)
    ? await withCaseTraces(
        store,
        scope,
        filter,
        compile,
        (sql, bound) => execute(store, sql, bound),
        (tables) => execute(store, compile(substituteTables(text, tables)).sql, all),
      )
    : await execute(store, compile(text).sql, all);
  return reader.getRowObjectsJS().map((row) => {
    const out: SqlRow = {};
    for (const key in row) out[key] = normalise(row[key]);
    return out;
  });
}
