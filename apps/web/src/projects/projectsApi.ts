import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerCheck, KpiMetric, Project, ProjectKpi, ProjectStatus } from '@trailmap/domain';
import { api } from '../api/client.js';

/** `GET …/projects?journeyId=`: the journey's projects and the workspace's limit of chosen ones. */
export interface ProjectList {
  projects: Project[];
  chosenProjectLimit: number;
}

/** One period's figure with its 95 % interval and n (`null` values when the period has no n). */
export interface PeriodFigure {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

export type KpiVerdict = 'improved' | 'worsened' | 'no-change' | 'too-few';

/** One KPI of `GET …/projects/:id/measurement` (docs/api.md, "The measurement"). */
export interface KpiMeasurement {
  kpiId: string;
  metric: KpiMetric;
  before: PeriodFigure;
  after: PeriodFigure;
  change: {
    value: number | null;
    low: number | null;
    high: number | null;
    effect: number | null;
    n: number;
    needed: number | null;
  };
  pValue: number | null;
  adjustedPValue: number | null;
  test: string;
  verdict: KpiVerdict;
}

export interface ProjectMeasurement {
  kpis: KpiMeasurement[];
}

/** What the create form sends; the server fills the rest. */
export interface NewProject {
  title: string;
  status: ProjectStatus;
  startDate: string | null;
}

const projectsKey = (workspaceId: string, journeyId: string) => ['projects', workspaceId, journeyId] as const;

export function useProjects(workspaceId: string, journeyId: string) {
  return useQuery({
    queryKey: projectsKey(workspaceId, journeyId),
    queryFn: ({ signal }) =>
      api.get<ProjectList>(
        `/api/workspaces/${workspaceId}/projects?journeyId=${encodeURIComponent(journeyId)}`,
        signal,
      ),
    enabled: workspaceId !== '' && journeyId !== '',
  });
}

export function useMeasurement(workspaceId: string, projectId: string) {
  return useQuery({
    queryKey: measurementKey(workspaceId, projectId),
    queryFn: ({ signal }) =>
      api.get<ProjectMeasurement>(`/api/workspaces/${workspaceId}/projects/${projectId}/measurement`, signal),
    // A 409 (a KPI that cannot be measured) will not change by asking again.
    retry: false,
  });
}

export function useCreateProject(workspaceId: string, journeyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fields: NewProject) =>
      api.post<{ project: Project }>(`/api/workspaces/${workspaceId}/projects`, { journeyId, ...fields }),
    onSuccess: () => void client.invalidateQueries({ queryKey: projectsKey(workspaceId, journeyId) }),
  });
}

export function useChangeStatus(workspaceId: string, journeyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, status }: { projectId: string; status: ProjectStatus }) =>
      api.patch<{ project: Project }>(`/api/workspaces/${workspaceId}/projects/${projectId}`, { status }),
    onSuccess: () => void client.invalidateQueries({ queryKey: projectsKey(workspaceId, journeyId) }),
  });
}

/** What the KPI form sends (`KpiInput`, docs/api.md); `after.from` left out is the project's start date. */
export interface NewKpi {
  metric: KpiMetric;
  scope: {
    datasetId: string;
    journeyId: string;
    touchpointId?: string;
    toTouchpointId?: string;
    personaId?: string;
  };
  baseline: { from: string; to: string };
  after?: { from: string };
  target?: number | null;
}

const kpisKey = (workspaceId: string, projectId: string) => ['project-kpis', workspaceId, projectId] as const;
const measurementKey = (workspaceId: string, projectId: string) =>
  ['project-measurement', workspaceId, projectId] as const;

/** `GET …/projects/:id/kpis`: the KPIs as stored (scope, periods, target), oldest first. */
export function useKpis(workspaceId: string, projectId: string) {
  return useQuery({
    queryKey: kpisKey(workspaceId, projectId),
    queryFn: ({ signal }) =>
      api.get<{ kpis: ProjectKpi[] }>(`/api/workspaces/${workspaceId}/projects/${projectId}/kpis`, signal),
  });
}

/** What the project form changes (`PATCH …/projects/:id`); the status has its own control. */
export interface ProjectChanges {
  title?: string;
  ownerId?: string | null;
  startDate?: string | null;
  ideaIds?: string[];
  customerCheck?: Partial<CustomerCheck>;
}

export function useUpdateProject(workspaceId: string, journeyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, changes }: { projectId: string; changes: ProjectChanges }) =>
      api.patch<{ project: Project }>(`/api/workspaces/${workspaceId}/projects/${projectId}`, changes),
    onSuccess: (_data, { projectId }) => {
      void client.invalidateQueries({ queryKey: projectsKey(workspaceId, journeyId) });
      // a new start date moves the after periods that start with it
      void client.invalidateQueries({ queryKey: measurementKey(workspaceId, projectId) });
    },
  });
}

/** What the KPI form changes (`PATCH …/kpis/:id`): the scope and baseline whole, the after period's ends. */
export interface KpiChanges {
  scope?: ProjectKpi['scope'];
  baseline?: { from: string; to: string };
  after?: { from?: string; to?: string | null };
  target?: number | null;
}

function invalidateKpis(client: ReturnType<typeof useQueryClient>, workspaceId: string, projectId: string) {
  void client.invalidateQueries({ queryKey: kpisKey(workspaceId, projectId) });
  void client.invalidateQueries({ queryKey: measurementKey(workspaceId, projectId) });
}

export function useUpdateKpi(workspaceId: string, projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kpiId, changes }: { kpiId: string; changes: KpiChanges }) =>
      api.patch<{ kpi: ProjectKpi }>(
        `/api/workspaces/${workspaceId}/projects/${projectId}/kpis/${kpiId}`,
        changes,
      ),
    onSuccess: () => invalidateKpis(client, workspaceId, projectId),
  });
}

export function useDeleteKpi(workspaceId: string, projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kpiId: string) =>
      api.delete(`/api/workspaces/${workspaceId}/projects/${projectId}/kpis/${kpiId}`),
    onSuccess: () => invalidateKpis(client, workspaceId, projectId),
  });
}

export function useAddKpi(workspaceId: string, projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kpi: NewKpi) =>
      api.post<{ kpi: unknown }>(`/api/workspaces/${workspaceId}/projects/${projectId}/kpis`, kpi),
    onSuccess: () => invalidateKpis(client, workspaceId, projectId),
  });
}
