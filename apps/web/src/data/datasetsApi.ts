import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DatasetFormat, DatasetMapping, DatasetStatus, ImportProblem } from '@trailmap/domain';
import { api } from '../api/client.js';

/** A dataset as the API answers it (`GET …/datasets`, `GET …/datasets/:id`). */
export interface DatasetView {
  id: string;
  workspaceId: string;
  name: string;
  status: DatasetStatus;
  /** Share of the running import done (0–1); null when not importing or not measured yet. */
  progress: number | null;
  /** Why the last import failed (a first import: status `failed`; an append: status `ready`). */
  error: ImportProblem | null;
  format: DatasetFormat;
  mapping: Partial<DatasetMapping>;
  fileName: string | null;
  imported: { caseNotion: { kind: string } & Record<string, unknown>; eventsWithoutCase: number } | null;
  events: number;
  cases: number;
  customers: number;
  activities: number;
  firstEventAt: string | null;
  lastEventAt: string | null;
  versions: number;
  sizeBytes: number;
  createdAt: string;
  updatedAt: string;
  /** Only in `GET …/datasets/:id`. */
  versionList?: DatasetVersion[];
}

export interface DatasetVersion {
  version: number;
  importedAt: string;
  eventsAdded: number;
  eventsSkipped: number;
}

export type PreviewColumnType = 'timestamp' | 'number' | 'boolean' | 'text' | 'empty';
export type PreviewValue = string | number | boolean | null;

export interface PreviewColumn {
  name: string;
  type: PreviewColumnType | string;
  examples: string[];
}

export interface OcelObjectType {
  name: string;
  objectCount: number;
  eventCount: number;
  rowCount: number;
}

/** What the server read from the start of an uploaded file (`POST …/uploads`). */
export interface UploadPreview {
  format: DatasetFormat;
  columns: PreviewColumn[];
  rows: Record<string, PreviewValue>[];
  suggested: Partial<DatasetMapping>;
  missing: ('case' | 'activity' | 'timestamp')[];
  objectTypes?: OcelObjectType[];
}

export interface UploadView {
  id: string;
  fileName: string;
  sizeBytes: number;
  expiresAt: string;
  preview: UploadPreview;
}

export const datasetsKey = (workspaceId: string) => ['datasets', workspaceId] as const;
export const datasetKey = (workspaceId: string, datasetId: string) =>
  ['dataset', workspaceId, datasetId] as const;

export const datasetsPath = (workspaceId: string) => `/api/workspaces/${workspaceId}/datasets`;

/** How often a dataset that is importing is asked for its progress. */
export const POLL_MS = 1000;

export function useDatasets(workspaceId: string) {
  return useQuery({
    queryKey: datasetsKey(workspaceId),
    queryFn: async ({ signal }) =>
      (await api.get<{ datasets: DatasetView[] }>(datasetsPath(workspaceId), signal)).datasets,
  });
}

/**
 * One dataset, asked for again every second while it imports (its progress, then its figures or its
 * error). `listed` is the dataset as the list showed it; whichever answer is newer wins.
 */
export function useLiveDataset(workspaceId: string, listed: DatasetView, listedAt: number): DatasetView {
  const live = useQuery({
    queryKey: datasetKey(workspaceId, listed.id),
    queryFn: ({ signal }) => api.get<DatasetView>(`${datasetsPath(workspaceId)}/${listed.id}`, signal),
    enabled: listed.status === 'importing',
    // asks again until an answer newer than the list says the import has ended
    refetchInterval: (query) =>
      query.state.data && query.state.data.status !== 'importing' && query.state.dataUpdatedAt > listedAt
        ? false
        : POLL_MS,
  });
  return live.data && live.dataUpdatedAt > listedAt ? live.data : listed;
}

/** One dataset with its versions, when `enabled` (a row's version details are opened). */
export function useDataset(workspaceId: string, datasetId: string, enabled: boolean) {
  return useQuery({
    queryKey: datasetKey(workspaceId, datasetId),
    queryFn: ({ signal }) => api.get<DatasetView>(`${datasetsPath(workspaceId)}/${datasetId}`, signal),
    enabled,
  });
}

/** Puts a dataset the server answered into the list and its own entry (an import just queued). */
export function useRememberDataset(workspaceId: string) {
  const client = useQueryClient();
  return (dataset: DatasetView) => {
    client.setQueryData<DatasetView[]>(datasetsKey(workspaceId), (list) =>
      list ? [dataset, ...list.filter((d) => d.id !== dataset.id)] : list,
    );
    void client.invalidateQueries({ queryKey: datasetsKey(workspaceId) });
  };
}

export interface CreateDatasetInput {
  uploadId: string;
  name: string;
  mapping: DatasetMapping;
}

/** Imports an uploaded file with its mapping: `202 { dataset }` (the import runs in the background). */
export function useCreateDataset(workspaceId: string) {
  const remember = useRememberDataset(workspaceId);
  return useMutation({
    mutationFn: async (input: CreateDatasetInput) =>
      (await api.post<{ dataset: DatasetView }>(datasetsPath(workspaceId), input)).dataset,
    onSuccess: remember,
  });
}

export function useRenameDataset(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ datasetId, name }: { datasetId: string; name: string }) =>
      (await api.patch<{ dataset: DatasetView }>(`${datasetsPath(workspaceId)}/${datasetId}`, { name })).dataset,
    onSuccess: (dataset) => {
      client.setQueryData<DatasetView[]>(datasetsKey(workspaceId), (list) =>
        list?.map((d) => (d.id === dataset.id ? { ...d, name: dataset.name } : d)),
      );
      void client.invalidateQueries({ queryKey: datasetsKey(workspaceId) });
    },
  });
}

export function useDeleteDataset(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (datasetId: string) => api.delete<void>(`${datasetsPath(workspaceId)}/${datasetId}`),
    onSuccess: (_result, datasetId) => {
      client.setQueryData<DatasetView[]>(datasetsKey(workspaceId), (list) =>
        list?.filter((d) => d.id !== datasetId),
      );
      client.removeQueries({ queryKey: datasetKey(workspaceId, datasetId) });
      void client.invalidateQueries({ queryKey: datasetsKey(workspaceId) });
    },
  });
}
