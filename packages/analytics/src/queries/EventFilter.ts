/** Which dataset (and version) a query reads; the latest version when `version` is omitted. */
export interface QueryScope {
  dataset: string;
  /** A dataset version reads every event imported up to and including it. */
  version?: number;
}

/** A condition on one attribute in `properties` (case attributes are keyed `case:…`). */
export type AttributeCondition =
  | { key: string; op: 'equals'; value: string }
  | { key: string; op: 'notEquals'; value: string }
  | { key: string; op: 'in'; values: readonly string[] }
  | { key: string; op: 'exists' };

/**
 * The one filter every mining query takes. Event-level parts (time range, channels, attributes) keep the
 * matching events; case-level parts (variants, case duration) then keep whole cases of what remains.
 */
export interface EventFilter {
  /** Events with `fromMs <= ts < toMs` (epoch milliseconds). */
  timeRange?: { fromMs?: number; toMs?: number };
  channels?: readonly string[];
  attributes?: readonly AttributeCondition[];
  /** Cases whose variant (activity sequence) is one of these. */
  variants?: readonly (readonly string[])[];
  /** Cases whose duration (first to last event) lies in `[minSeconds, maxSeconds]`. */
  caseDurationSeconds?: { minSeconds?: number; maxSeconds?: number };
  /** Cases that contain every one of these activities. */
  caseContains?: readonly string[];
  /** Cases that contain none of these activities. */
  caseNotContains?: readonly string[];
  /** Cases in which each of these steps happens: `to` directly after `from` (in `(ts, seq)` order). */
  caseEdges?: readonly { from: string; to: string }[];
  /**
   * Cases of a segment (a persona's segment rule): a condition holds for a case when one of its events (of
   * the scope's version, whatever else the filter keeps) satisfies it; `all` needs every condition, `any` one.
   */
  caseRule?: CaseRule;
}

/**
 * A condition on an event field: `channel`, `activity`, `source`, `customer_id`, `anonymous_id`, or
 * `properties.<key>` (a top-level property). `eq`/`neq`/`in`/`contains` compare text (a number 3 reads "3");
 * `gt`/`gte`/`lt`/`lte` compare numbers, or instants when the value is an ISO date-time; `exists` needs a value.
 */
export interface CaseRuleCondition {
  field: string;
  op: 'eq' | 'neq' | 'in' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
  value?: string | number | boolean | readonly (string | number | boolean)[];
}

export interface CaseRule {
  match: 'all' | 'any';
  conditions: readonly CaseRuleCondition[];
}

/** The event fields a case rule may name beside `properties.<key>`. */
export const CASE_RULE_FIELDS = ['channel', 'activity', 'source', 'customer_id', 'anonymous_id'] as const;

/** Whether a case rule can name `field`. */
export function isCaseRuleField(field: string): boolean {
  return (
    (CASE_RULE_FIELDS as readonly string[]).includes(field) ||
    (field.startsWith('properties.') && field.length > 'properties.'.length)
  );
}

/** Joins a variant's activities into one key (unit separator, which activity names do not hold). */
export const variantSeparator = '\u001f';

export function toVariantKey(activities: readonly string[]): string {
  return activities.join(variantSeparator);
}
