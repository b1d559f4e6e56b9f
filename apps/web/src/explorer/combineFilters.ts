import type { DatasetFilter } from '@trailmap/domain';
import { tidyFilter } from './explorerFilter.js';

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, key: (item: T) => string) => {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...(a ?? []), ...(b ?? [])]) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out.length ? out : undefined;
};

/** Both lists when both are given (null when they share nothing), else the one given. */
const intersect = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, key: (item: T) => string) => {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  const inB = new Set(b.map(key));
  const out = a.filter((item) => inB.has(key(item)));
  return out.length ? out : null;
};

/**
 * A filter applied on top of another: cases and events must pass both. Time ranges and case durations
 * narrow to their overlap, channels and variants to those in both, and the other parts add up. Null when
 * the two exclude each other (no overlap, no shared channel, an activity both required and excluded): no
 * case can pass, and the one filter object of the API cannot say so.
 */
export function combineFilters(base: DatasetFilter, extra: DatasetFilter): DatasetFilter | null {
  const later = (a?: string, b?: string) => (!a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b);
  const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : Date.parse(a) <= Date.parse(b) ? a : b);
  const from = later(base.from, extra.from);
  const to = earlier(base.to, extra.to);
  if (from && to && Date.parse(from) >= Date.parse(to)) return null;

  const channels = intersect(base.channels, extra.channels, String);
  const variants = intersect(base.variants, extra.variants, (v) => JSON.stringify(v));
  if (channels === null || variants === null) return null;

  let caseDuration: DatasetFilter['caseDuration'];
  if (base.caseDuration || extra.caseDuration) {
    const mins = [base.caseDuration?.minSeconds, extra.caseDuration?.minSeconds].filter(
      (n): n is number => n !== undefined,
    );
    const maxes = [base.caseDuration?.maxSeconds, extra.caseDuration?.maxSeconds].filter(
      (n): n is number => n !== undefined,
    );
    const minSeconds = mins.length ? Math.max(...mins) : undefined;
    const maxSeconds = maxes.length ? Math.min(...maxes) : undefined;
    if (minSeconds !== undefined && maxSeconds !== undefined && minSeconds > maxSeconds) return null;
    caseDuration = {
      ...(minSeconds !== undefined ? { minSeconds } : {}),
      ...(maxSeconds !== undefined ? { maxSeconds } : {}),
    };
  }

  const contains = union(base.contains, extra.contains, String);
  const notContains = union(base.notContains, extra.notContains, String);
  if (contains?.some((activity) => notContains?.includes(activity))) return null;

  return tidyFilter({
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    channels,
    attributes: union(base.attributes, extra.attributes, (c) => JSON.stringify(c)),
    variants,
    caseDuration,
    contains,
    notContains,
    edges: union(base.edges, extra.edges, (e) => `${e.from}\u0000${e.to}`),
  });
}
