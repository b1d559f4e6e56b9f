import { toPropertyPath } from '../cx/propertyPath.js';
import type { TouchpointMatcher } from './types.js';

/** The matchers' parameters of `journeyMatches.duckdb.sql` (lists of text, one entry per pair or condition). */
export interface MatcherParams {
  tp_position: string[];
  tp_activity: string[];
  cond_position: string[];
  cond_op: string[];
  cond_path: string[];
  cond_text: string[];
  cond_number: string[];
}

/** The parameter kinds of `MatcherParams`, for a query's `params`. */
export const matcherParamSpec = {
  tp_position: 'textList',
  tp_activity: 'textList',
  cond_position: 'textList',
  cond_op: 'textList',
  cond_path: 'textList',
  cond_text: 'textList',
  cond_number: 'textList',
} as const;

/** Separates the names of a channel condition and the values of an `in` condition (no name holds it). */
const unitSeparator = '\u001f';

/**
 * A map's matchers (in its designed order; null = no matcher) as data for `journeyMatches.duckdb.sql`: each
 * (position, activity) pair, and one row per channel or property condition of a position. Values are
 * compared as the domain's `matchesEvent` does (text for eq/ne/in/contains; numbers or instants for gt/lt).
 */
export function compileMatchers(matchers: readonly (TouchpointMatcher | null)[]): MatcherParams {
  const params: MatcherParams = {
    tp_position: [],
    tp_activity: [],
    cond_position: [],
    cond_op: [],
    cond_path: [],
    cond_text: [],
    cond_number: [],
  };
  const condition = (pos: number, op: string, path: string, text: string, number: number | null) => {
    params.cond_position.push(String(pos));
    params.cond_op.push(op);
    params.cond_path.push(path);
    params.cond_text.push(text);
    params.cond_number.push(number === null ? '' : String(number));
  };
  matchers.forEach((matcher, pos) => {
    if (!matcher || matcher.activities.length === 0) return;
    for (const activity of new Set(matcher.activities)) {
      params.tp_position.push(String(pos));
      params.tp_activity.push(activity);
    }
    if (matcher.channels?.length) condition(pos, 'channel', '', matcher.channels.join(unitSeparator), null);
    for (const { key, op, value } of matcher.properties ?? []) {
      const values = Array.isArray(value) ? value : [value];
      const first = values[0];
      if (op === 'gt' || op === 'lt')
        condition(
          pos,
          op,
          toPropertyPath(key),
          String(first ?? ''),
          typeof first === 'number' ? first : null,
        );
      else condition(pos, op, toPropertyPath(key), values.map(String).join(unitSeparator), null);
    }
  });
  return params;
}
