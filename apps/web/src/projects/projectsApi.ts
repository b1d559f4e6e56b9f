import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KpiMetric, Project, ProjectStatus } from '@trailmap/domain';
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
    queryKey: ['project-measurement', workspaceId, projectId],
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
  scope: { datasetId: string; journeyId: string; touchpointId?: string; toTouchpointId?: string };
  baseline: { from: string; to: string };
  after?: { from: string };
}

export function useAddKpi(workspaceId: string, projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kpi: NewKpi) =>
      api.post<{ kpi: unknown }>(`/api/workspaces/${workspaceId}/projects/${projectId}/kpis`, kpi),
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: ['project-measurement', workspaceId, projectId] }),
  });
}
