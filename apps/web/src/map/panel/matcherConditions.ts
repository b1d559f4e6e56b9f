import {
  MATCHER_LIMITS,
  matcherConditionSchema,
  type MatcherCondition,
  type MatcherOperator,
} from '@trailmap/domain';

/** A property condition as the editor holds it while it is typed: the value as text. */
export interface ConditionDraft {
  key: string;
  op: MatcherOperator;
  value: string;
}

/** Why a draft is not (yet) a condition: a message key of `measures:matcher.conditionError`. */
export type ConditionError = 'key' | 'keyLength' | 'value' | 'valueLength' | 'values' | 'bound' | 'invalid';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A condition as the editor shows it (`in` values joined by ", "). */
export function toDraft(condition: MatcherCondition): ConditionDraft {
  const value = Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value);
  return { key: condition.key, op: condition.op, value };
}

/** The values of an `in` draft: separated by commas, trimmed, empty ones left out. */
export function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * The bound of a `gt`/`lt` draft: a number, or an ISO 8601 date-time with offset; a plain date
 * (`2024-07-01`) stands for its midnight in UTC. Null when the text is neither.
 */
export function readBound(text: string): number | string | null {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : null;
  }
  const iso = DATE.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed;
  return matcherConditionSchema.safeParse({ key: 'k', op: 'gt', value: iso }).success ? iso : null;
}

/**
 * A draft read as the schema's condition (`matcherConditionSchema`), or why it is not one. Values are kept
 * as text for eq/ne/in/contains (they compare as text), a number or a date-time for gt/lt. The editor asks
 * for a value even where the schema would take an empty text: a blank value is a row not yet filled in.
 */
export function readCondition(
  draft: ConditionDraft,
): { condition: MatcherCondition } | { error: ConditionError } {
  const key = draft.key.trim();
  if (!key) return { error: 'key' };
  if (key.length > MATCHER_LIMITS.propertyKeyLength) return { error: 'keyLength' };
  let value: unknown;
  if (draft.op === 'in') {
    const values = splitValues(draft.value);
    if (values.length === 0) return { error: 'value' };
    if (values.length > MATCHER_LIMITS.inValues) return { error: 'values' };
    if (values.some((v) => v.length > MATCHER_LIMITS.valueLength)) return { error: 'valueLength' };
    value = values;
  } else if (draft.op === 'gt' || draft.op === 'lt') {
    if (!draft.value.trim()) return { error: 'value' };
    value = readBound(draft.value);
    if (value === null) return { error: 'bound' };
  } else {
    if (!draft.value.trim()) return { error: 'value' };
    if (draft.value.length > MATCHER_LIMITS.valueLength) return { error: 'valueLength' };
    value = draft.value;
  }
  const parsed = matcherConditionSchema.safeParse({ key, op: draft.op, value });
  return parsed.success ? { condition: parsed.data } : { error: 'invalid' };
}

/** The conditions of the drafts that read as one (the others wait until they are complete). */
export function collectConditions(drafts: readonly ConditionDraft[]): MatcherCondition[] {
  return drafts.flatMap((draft) => {
    const read = readCondition(draft);
    return 'condition' in read ? [read.condition] : [];
  });
}
