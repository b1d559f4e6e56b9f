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
}

/** Joins a variant's activities into one key (unit separator, which activity names do not hold). */
export const variantSeparator = '\u001f';

export function toVariantKey(activities: readonly string[]): string {
  return activities.join(variantSeparator);
}
