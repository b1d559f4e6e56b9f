import { LIST, VARCHAR, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { isCaseRuleField, type CaseRule, type EventFilter, type QueryScope } from '../queries/EventFilter.js';
import { substituteTables, usesCaseTraces, usesFullTraces, withCaseTraces } from './caseTraces.js';
import { hasCaseConditions } from './cutCaseTraces.js';
import type { SqlFiles } from './defineQuery.js';
import type { SqlParams, SqlRow, SqlValue } from './SqlValue.js';
import type { CachedTables } from './withCachedTables.js';

/** What the adapter runs on: the DuckDB backend's query connection and its cached tables. */
export interface DuckdbRunner extends CachedTables {
  readonly connection: DuckDBConnection;
}

/** The version a scope without one reads: every version (the largest INTEGER). */
export const latestVersion = 2_147_483_647;

/**
 * Builds the scoped, filtered event set that replaces `{{events}}` in a DuckDB query, with its parameters.
 * The event-level parts of the filter (time range, channels, attributes) are conditions on each event; when
 * the filter also keeps or drops whole cases, `keptCases` names a table of the cases it keeps (a trace cut
 * of `caseTraces.ts`, its `case_id` column), and only their events remain.
 */
export function compileDuckdbEvents(
  scope: QueryScope,
  filter: EventFilter,
  keptCases?: string,
): { sql: string; params: SqlParams } {
  const params: SqlParams = { f_dataset: scope.dataset, f_version: scope.version ?? latestVersion };
  const where = ['e.dataset = $f_dataset', 'e.dataset_version <= $f_version', 'e.case_id IS NOT NULL'];
  if (filter.timeRange?.fromMs !== undefined) {
    where.push('epoch_ms(e.ts) >= $f_from_ms');
    params.f_from_ms = filter.timeRange.fromMs;
  }
  if (filter.timeRange?.toMs !== undefined) {
    where.push('epoch_ms(e.ts) < $f_to_ms');
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
  if (filter.caseRule) where.push(compileCaseRule(filter.caseRule, params));
  if (hasCaseConditions(filter)) {
    if (keptCases === undefined) throw new Error('a case-level filter needs the table of the cases it keeps');
    where.push(`e.case_id IN (SELECT case_id FROM ${keptCases})`);
  }
  return { sql: `(SELECT e.* FROM events e WHERE ${where.join(' AND ')})`, params };
}

/**
 * A case rule (EventFilter.caseRule) as a condition on `e.case_id`: the cases of the scope's version with
 * an event satisfying each condition (`all`) or one of them (`any`), over all their events.
 */
function compileCaseRule(rule: CaseRule, params: SqlParams): string {
  const parts = rule.conditions.map((condition, i) => {
    const name = `f_rule_${i}`;
    const field = condition.field;
    if (!isCaseRuleField(field)) throw new RangeError(`a case rule cannot name the field ${field}`);
    let value: string;
    if (field.startsWith('properties.')) {
      params[`${name}_path`] = `$."${field.slice('properties.'.length).replaceAll('"', '\\"')}"`;
      value = `json_extract_string(r.properties, $${name}_path)`;
    } else value = `r.${field}`;
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    const first = values[0];
    switch (condition.op) {
      case 'exists':
        return `${value} IS NOT NULL`;
      case 'eq':
        params[name] = String(first);
        return `${value} = $${name}`;
      case 'neq':
        params[name] = String(first);
        return `${value} IS DISTINCT FROM $${name}`;
      case 'in':
        params[name] = values.map(String);
        return `list_contains($${name}, ${value})`;
      case 'contains':
        params[name] = String(first);
        return `contains(${value}, $${name})`;
      default: {
        const compare = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[condition.op];
        if (typeof first === 'number') {
          params[name] = first;
          return `TRY_CAST(${value} AS DOUBLE) ${compare} $${name}`;
        }
        params[name] = String(first);
        return `TRY_CAST(${value} AS TIMESTAMPTZ) ${compare} TRY_CAST($${name} AS TIMESTAMPTZ)`;
      }
    }
  });
  const held = parts
    .map((part) => `bool_or(coalesce(${part}, false))`)
    .join(rule.match === 'all' ? ' AND ' : ' OR ');
  return `e.case_id IN (SELECT r.case_id FROM events r
    WHERE r.dataset = $f_dataset AND r.dataset_version <= $f_version AND r.case_id IS NOT NULL
    GROUP BY r.case_id HAVING ${held || 'true'})`;
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

async function execute(connection: DuckDBConnection, sql: string, all: SqlParams) {
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
  return connection.runAndReadAll(sql, used, types);
}

/**
 * Runs a query on DuckDB: substitutes the event set (and, when the SQL names `{{traces}}`/`{{activities}}`
 * or the filter keeps whole cases, the cached per-case traces of `engine/caseTraces.ts`), binds parameters,
 * normalises values.
 */
export async function runDuckdbQuery(
  backend: DuckdbRunner,
  query: SqlFiles,
  scope: QueryScope,
  filter: EventFilter,
  params: SqlParams,
): Promise<SqlRow[]> {
  const text = query.readSql('duckdb');
  const { connection } = backend;
  const runner = {
    run: (sql: string, bound: SqlParams) => execute(connection, sql, bound),
    read: async (sql: string) => (await connection.runAndReadAll(sql)).getRows() as unknown[][],
  };
  const compileFor =
    (keptCases?: string) =>
    (sqlText: string, eventFilter: EventFilter): { sql: string; params: SqlParams } => {
      const events = compileDuckdbEvents(scope, eventFilter, keptCases);
      return { sql: sqlText.replaceAll('{{events}}', events.sql), params: events.params };
    };
  const reader =
    usesCaseTraces(text) || hasCaseConditions(filter)
      ? await withCaseTraces(
          backend,
          scope,
          filter,
          compileFor(),
          runner,
          (tables) => {
            const { sql, params: bound } = compileFor(tables.traces)(substituteTables(text, tables), filter);
            return execute(connection, sql, { ...bound, ...params });
          },
          usesFullTraces(text),
        )
      : await (() => {
          const { sql, params: bound } = compileFor()(text, filter);
          return execute(connection, sql, { ...bound, ...params });
        })();
  return reader.getRowObjectsJS().map((row) => {
    const out: SqlRow = {};
    for (const key in row) out[key] = normalise(row[key]);
    return out;
  });
}
