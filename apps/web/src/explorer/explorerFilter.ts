import type { DatasetFilter } from '@trailmap/domain';

/** The filter as the URL keeps it (`?filter=<JSON>`); an unreadable one counts as none. */
export function readFilter(text: string | null): DatasetFilter {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as DatasetFilter)
      : {};
  } catch {
    return {};
  }
}

/** Drops empty parts, so the URL and the query keys stay short and equal filters compare equal. */
export function tidyFilter(filter: DatasetFilter): DatasetFilter {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out as DatasetFilter;
}

export function writeFilter(filter: DatasetFilter): string | null {
  const tidy = tidyFilter(filter);
  return Object.keys(tidy).length === 0 ? null : JSON.stringify(tidy);
}

/** One active part of the filter, as the filter bar shows and removes it. */
export type FilterPart =
  | { kind: 'from'; value: string }
  | { kind: 'to'; value: string }
  | { kind: 'channel'; value: string }
  | { kind: 'attribute'; index: number; key: string; label: string }
  | { kind: 'variants'; count: number }
  | { kind: 'caseDuration'; minSeconds?: number; maxSeconds?: number }
  | { kind: 'contains'; value: string }
  | { kind: 'notContains'; value: string }
  | { kind: 'edge'; from: string; to: string };

/** The active parts of a filter, in a stable order. */
export function listFilterParts(filter: DatasetFilter): FilterPart[] {
  const parts: FilterPart[] = [];
  if (filter.from) parts.push({ kind: 'from', value: filter.from });
  if (filter.to) parts.push({ kind: 'to', value: filter.to });
  for (const value of filter.channels ?? []) parts.push({ kind: 'channel', value });
  (filter.attributes ?? []).forEach((condition, index) => {
    const label =
      condition.op === 'equals'
        ? `${condition.key} = ${condition.value}`
        : condition.op === 'notEquals'
          ? `${condition.key} ≠ ${condition.value}`
          : condition.op === 'in'
            ? `${condition.key} ∈ ${condition.values.join(', ')}`
            : `${condition.key} ∃`;
    parts.push({ kind: 'attribute', index, key: condition.key, label });
  });
  if (filter.variants?.length) parts.push({ kind: 'variants', count: filter.variants.length });
  if (filter.caseDuration) parts.push({ kind: 'caseDuration', ...filter.caseDuration });
  for (const value of filter.contains ?? []) parts.push({ kind: 'contains', value });
  for (const value of filter.notContains ?? []) parts.push({ kind: 'notContains', value });
  for (const edge of filter.edges ?? []) parts.push({ kind: 'edge', from: edge.from, to: edge.to });
  return parts;
}

/** The filter without one of its parts. */
export function removeFilterPart(filter: DatasetFilter, part: FilterPart): DatasetFilter {
  const next: DatasetFilter = { ...filter };
  const without = <T>(list: readonly T[] | undefined, keep: (item: T, i: number) => boolean) => {
    const kept = (list ?? []).filter(keep);
    return kept.length ? kept : undefined;
  };
  switch (part.kind) {
    case 'from':
      delete next.from;
      break;
    case 'to':
      delete next.to;
      break;
    case 'channel':
      next.channels = without(filter.channels, (c) => c !== part.value);
      break;
    case 'attribute':
      next.attributes = without(filter.attributes, (_, i) => i !== part.index);
      break;
    case 'variants':
      delete next.variants;
      break;
    case 'caseDuration':
      delete next.caseDuration;
      break;
    case 'contains':
      next.contains = without(filter.contains, (a) => a !== part.value);
      break;
    case 'notContains':
      next.notContains = without(filter.notContains, (a) => a !== part.value);
      break;
    case 'edge':
      next.edges = without(filter.edges, (e) => e.from !== part.from || e.to !== part.to);
      break;
  }
  return tidyFilter(next);
}

/** Adds a value to a list part of the filter (no duplicates). */
export function addToFilter(
  filter: DatasetFilter,
  key: 'channels' | 'contains' | 'notContains',
  value: string,
): DatasetFilter {
  const list = filter[key] ?? [];
  return list.includes(value) ? filter : { ...filter, [key]: [...list, value] };
}

/** Adds a direct step (an edge of the process map) to the filter. */
export function addEdgeToFilter(filter: DatasetFilter, from: string, to: string): DatasetFilter {
  const edges = filter.edges ?? [];
  return edges.some((e) => e.from === from && e.to === to)
    ? filter
    : { ...filter, edges: [...edges, { from, to }] };
}
