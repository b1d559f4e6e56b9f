import { z } from 'zod';
import { isoDateTime } from './text.js';

/** Limits of a touchpoint matcher. */
export const MATCHER_LIMITS = {
  activities: 200,
  activityLength: 500,
  channels: 20,
  properties: 20,
  propertyKeyLength: 200,
  valueLength: 1_000,
  inValues: 100,
} as const;

/** The comparisons a property condition makes. */
export const MATCHER_OPERATORS = ['eq', 'ne', 'in', 'contains', 'gt', 'lt'] as const;
export type MatcherOperator = (typeof MATCHER_OPERATORS)[number];

const activityName = z.string().min(1, 'must not be empty').max(MATCHER_LIMITS.activityLength);
const channelName = z.string().min(1, 'must not be empty').max(MATCHER_LIMITS.activityLength);
const key = z.string().min(1, 'must not be empty').max(MATCHER_LIMITS.propertyKeyLength);
const number = z.number();
/** A string or a number; compared by its text (a number as JavaScript writes it: 1, 2.5). */
const scalar = z.union([z.string().max(MATCHER_LIMITS.valueLength), number]);
/** A number, or an ISO 8601 date-time with offset (`2024-07-01T00:00:00Z`). */
const bound = z.union([number, isoDateTime]);

/**
 * One condition on an event property (`properties.<key>`). `eq`, `ne`, `in` and `contains` compare the
 * property's text (a JSON number 1 reads "1", true reads "true") with the value's text; `ne` also holds
 * when the event lacks the property. `gt` and `lt` compare numbers when `value` is a number and instants
 * when it is an ISO date-time; a property that is missing or does not read as one never holds for them.
 */
export const matcherConditionSchema = z.discriminatedUnion('op', [
  z.object({ key, op: z.literal('eq'), value: scalar }).strict(),
  z.object({ key, op: z.literal('ne'), value: scalar }).strict(),
  z.object({ key, op: z.literal('in'), value: z.array(scalar).min(1).max(MATCHER_LIMITS.inValues) }).strict(),
  z
    .object({
      key,
      op: z.literal('contains'),
      value: z.union([z.string().min(1).max(MATCHER_LIMITS.valueLength), number]),
    })
    .strict(),
  z.object({ key, op: z.literal('gt'), value: bound }).strict(),
  z.object({ key, op: z.literal('lt'), value: bound }).strict(),
]);
export type MatcherCondition = z.infer<typeof matcherConditionSchema>;

/**
 * Which events of the linked dataset are this touchpoint: an event matches when its activity is one of
 * `activities` (exact, case-sensitive names) and every other given condition holds — its channel is one
 * of `channels` (when given) and every one of `properties` holds (when given). There is no activity
 * pattern: an editor that offers one writes the activities it stands for into `activities`.
 */
export const touchpointMatcherSchema = z
  .object({
    activities: z.array(activityName).min(1).max(MATCHER_LIMITS.activities),
    channels: z.array(channelName).min(1).max(MATCHER_LIMITS.channels).optional(),
    properties: z.array(matcherConditionSchema).min(1).max(MATCHER_LIMITS.properties).optional(),
  })
  .strict();
export type TouchpointMatcher = z.infer<typeof touchpointMatcherSchema>;

/** An event as a matcher sees it (the event model's `activity`, `channel` and `properties`). */
export interface MatchableEvent {
  activity: string;
  channel: string | null;
  properties: Readonly<Record<string, unknown>>;
}

/** The text a property value compares by: strings as they are, numbers and booleans in JSON form. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return null;
  return JSON.stringify(value);
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function instantOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function compare(value: unknown, bound: number | string): number | null {
  if (typeof bound === 'number') {
    const n = numberOf(value);
    return n === null ? null : n - bound;
  }
  const ms = instantOf(value);
  return ms === null ? null : ms - Date.parse(bound);
}

function holds(condition: MatcherCondition, properties: Readonly<Record<string, unknown>>): boolean {
  const value = Object.hasOwn(properties, condition.key) ? properties[condition.key] : undefined;
  const text = textOf(value);
  switch (condition.op) {
    case 'eq':
      return text !== null && text === String(condition.value);
    case 'ne':
      return text === null || text !== String(condition.value);
    case 'in':
      return text !== null && condition.value.some((v) => String(v) === text);
    case 'contains':
      return text !== null && text.includes(String(condition.value));
    case 'gt': {
      const d = compare(value, condition.value);
      return d !== null && d > 0;
    }
    case 'lt': {
      const d = compare(value, condition.value);
      return d !== null && d < 0;
    }
  }
}

/**
 * Whether `event` is one of the touchpoint's events under `matcher` — the reference meaning of a matcher,
 * which the measuring engine's queries must agree with.
 */
export function matchesEvent(matcher: TouchpointMatcher, event: MatchableEvent): boolean {
  if (!matcher.activities.includes(event.activity)) return false;
  if (matcher.channels && (event.channel === null || !matcher.channels.includes(event.channel))) return false;
  return (matcher.properties ?? []).every((condition) => holds(condition, event.properties));
}
