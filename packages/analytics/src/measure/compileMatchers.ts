import { toPropertyPath } from '../cx/propertyPath.js';
import type { SqlParams } from '../engine/SqlValue.js';
import type { TouchpointMatcher } from './types.js';

/**
 * The matchers of a map's touchpoints as SQL pieces of `measureJourney.duckdb.sql`: the (position,
 * activity) pairs, and one condition over `ev` (the event) and `tp.pos` (the matched position) for the
 * channels and property conditions. Every value is a bound parameter; only positions (numbers the engine
 * made) are written into the text.
 */
export function compileMatchers(matchers: readonly (TouchpointMatcher | null)[]): {
  params: SqlParams;
  conditions: string;
} {
  const positions: string[] = [];
  const activities: string[] = [];
  const params: SqlParams = {};
  const branches: string[] = [];
  matchers.forEach((matcher, pos) => {
    if (!matcher || matcher.activities.length === 0) return;
    for (const activity of new Set(matcher.activities)) {
      positions.push(String(pos));
      activities.push(activity);
    }
    const parts: string[] = [];
    if (matcher.channels?.length) {
      params[`m${pos}_ch`] = [...matcher.channels];
      parts.push(`list_contains($m${pos}_ch, ev.channel)`);
    }
    matcher.properties?.forEach((condition, i) => {
      const name = `m${pos}_p${i}`;
      params[`${name}_path`] = toPropertyPath(condition.key);
      const value = `json_extract_string(ev.properties, $${name}_path)`;
      const { op } = condition;
      if (op === 'in') {
        const values = Array.isArray(condition.value) ? condition.value : [condition.value];
        params[name] = values.map(String);
        parts.push(`list_contains($${name}, ${value})`);
        return;
      }
      const single = Array.isArray(condition.value) ? condition.value[0] : condition.value;
      if (op === 'gt' || op === 'lt') {
        const compare = op === 'gt' ? '>' : '<';
        if (typeof single === 'number') {
          params[name] = single;
          parts.push(`TRY_CAST(${value} AS DOUBLE) ${compare} $${name}`);
        } else {
          // text (for example ISO dates) compares as text
          params[name] = String(single ?? '');
          parts.push(`${value} ${compare} $${name}`);
        }
        return;
      }
      params[name] = String(single ?? '');
      if (op === 'eq') parts.push(`${value} = $${name}`);
      else if (op === 'ne') parts.push(`${value} IS DISTINCT FROM $${name}`);
      else parts.push(`contains(${value}, $${name})`);
    });
    if (parts.length) branches.push(`WHEN ${pos} THEN coalesce(${parts.join(' AND ')}, false)`);
  });
  params.tp_position = positions;
  params.tp_activity = activities;
  return {
    params,
    conditions: branches.length ? `CASE tp.pos ${branches.join(' ')} ELSE true END` : 'true',
  };
}
