import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DatasetFilter } from '@trailmap/domain';
import { api } from '../api/client.js';
import { writeFilter } from './explorerFilter.js';

/** The names of the dataset queries of the API (docs/api.md, "Queries on a dataset"). */
export type DatasetQueryName =
  | 'summary'
  | 'dfg'
  | 'variants'
  | 'start-end'
  | 'durations'
  | 'step-times'
  | 'funnel'
  | 'paths'
  | 'service'
  | 'satisfaction'
  | 'drivers'
  | 'timeline'
  | 'cases';

export type QueryParams = Record<string, string | number | readonly string[] | undefined>;

/** `GET …/datasets/:id/<name>?filter=…&<params>` as a URL (repeated keys for lists). */
export function datasetQueryUrl(
  workspaceId: string,
  datasetId: string,
  name: DatasetQueryName,
  filter: DatasetFilter,
  params: QueryParams = {},
): string {
  const search = new URLSearchParams();
  const text = writeFilter(filter);
  if (text) search.set('filter', text);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.set(key, String(value));
  }
  const query = search.toString();
  return `/api/workspaces/${workspaceId}/datasets/${datasetId}/${name}${query ? `?${query}` : ''}`;
}

/**
 * One engine query of a dataset, kept per query, filter and parameters; while a new filter is being
 * answered the previous answer stays on screen (`isPlaceholderData`).
 */
export function useDatasetQuery<T>(
  workspaceId: string,
  datasetId: string,
  name: DatasetQueryName,
  filter: DatasetFilter,
  params: QueryParams = {},
  options: { enabled?: boolean } = {},
) {
  const url = datasetQueryUrl(workspaceId, datasetId, name, filter, params);
  return useQuery({
    queryKey: ['dataset-query', url],
    queryFn: ({ signal }) => api.get<T>(url, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
}
