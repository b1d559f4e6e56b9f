import {
  KpiDefinitionError,
  measureKpiGroups,
  openWorkspaceEvents,
  type EventFilter,
  type KpiDefinition,
  type KpiGroup,
  type KpiMeasurement,
  type QueryScope,
} from '@trailmap/analytics';
import {
  idSchema,
  type DatasetId,
  type JourneyId,
  type ProjectId,
  type ProjectKpi,
  type WorkspaceId,
} from '@trailmap/domain';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { toEventFilter } from '../datasets/toEventFilter.js';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import { designOf, withPersona } from './journeyMeasures.js';

const projectParams = workspaceParams.extend({ projectId: idSchema('project') });

/** A KPI that cannot be measured as it stands: 409 naming it (the KPI is valid; the data or the map is not). */
const notMeasurable = (kpi: ProjectKpi, reason: string) =>
  conflict('kpi-not-measurable', `KPI ${kpi.id} (${kpi.metric}): ${reason}`, { kpiId: kpi.id });

/**
 * The KPIs of a project as the engine measures them: grouped by dataset, map and contact definition (a group
 * shares the map's touchpoints and, when the map is linked to that dataset, its standing filter); each KPI's
 * persona becomes its segment, its periods epoch milliseconds.
 */
async function groupKpis(
  { store, datasets }: Pick<AppContext, 'store' | 'datasets'>,
  workspaceId: WorkspaceId,
  kpis: readonly ProjectKpi[],
): Promise<{ groups: KpiGroup[]; versions: Record<string, number> }> {
  const workspace = openWorkspaceEvents(datasets.events, workspaceId);
  const groups = new Map<string, KpiGroup & { kpis: KpiDefinition[] }>();
  const versions: Record<string, number> = {};
  for (const kpi of kpis) {
    const { datasetId, journeyId, touchpointId, toTouchpointId, personaId, contactActivities } = kpi.scope;
    const key = JSON.stringify([datasetId, journeyId ?? null, contactActivities ?? null]);
    let group = groups.get(key);
    if (!group) {
      const dataset = await store.datasets.get(workspaceId, datasetId as DatasetId);
      if (!dataset) throw notMeasurable(kpi, 'its dataset is gone');
      if (dataset.versions === 0)
        throw notMeasurable(kpi, 'its dataset holds no events yet; wait for its import');
      const version = (await workspace.latestVersion(dataset.id)) ?? 0;
      versions[dataset.id] = version;
      const scope = await workspace.query(dataset.id, async (_events, s: QueryScope) => s, {}, version);
      const journey = journeyId ? await store.journeys.get(workspaceId, journeyId as JourneyId) : null;
      if (journeyId && !journey) throw notMeasurable(kpi, 'its journey is gone');
      const filter: EventFilter =
        journey && journey.datasetId === dataset.id ? toEventFilter(journey.datasetFilter ?? {}) : {};
      group = {
        scope,
        kpis: [],
        touchpoints: journey ? designOf(journey).touchpoints : [],
        filter,
        ...(contactActivities ? { service: { contactActivities } } : {}),
      };
      groups.set(key, group);
    }
    let segment: EventFilter | undefined;
    if (personaId) {
      try {
        segment = await withPersona(store, workspaceId, personaId, {}, 'scope.personaId');
      } catch (error) {
        if (error instanceof HttpError && error.statusCode === 404)
          throw notMeasurable(kpi, 'its persona is gone');
        if (error instanceof HttpError)
          throw notMeasurable(kpi, error.message.replace(/^scope\.personaId: /, 'its persona: '));
        throw error;
      }
    }
    group.kpis.push({
      id: kpi.id,
      metric: kpi.metric,
      ...(touchpointId ? { touchpointId } : {}),
      ...(toTouchpointId ? { toTouchpointId } : {}),
      ...(segment ? { segment } : {}),
      baseline: { fromMs: Date.parse(kpi.baseline.from), toMs: Date.parse(kpi.baseline.to) },
      after: {
        fromMs: Date.parse(kpi.after.from),
        ...(kpi.after.to ? { toMs: Date.parse(kpi.after.to) } : {}),
      },
      ...(kpi.target !== null && kpi.target !== undefined ? { target: kpi.target } : {}),
    });
  }
  return { groups: [...groups.values()], versions };
}

/**
 * The measurement of a project of the workspace (the answer of GET …/projects/:id/measurement), from the
 * dataset answers cache; a KPI that cannot be measured is a 409 naming it. The board report reads it too.
 */
export async function measureProject(
  context: Pick<AppContext, 'store' | 'datasets'>,
  workspaceId: WorkspaceId,
  projectId: ProjectId,
): Promise<{ kpis: KpiMeasurement[] }> {
  const { store, datasets } = context;
  const kpis = await store.projectKpis.list(workspaceId, projectId);
  if (kpis.length === 0) return { kpis: [] };
  const { groups, versions } = await groupKpis(context, workspaceId, kpis);
  const key = `${workspaceId}/projects/${projectId}/measurement?${JSON.stringify([versions, groups])}`;
  return datasets.answers.get(key, async () => {
    try {
      const measured = await measureKpiGroups(datasets.events, groups);
      const byId = new Map(measured.map((m) => [m.kpiId, m]));
      return { kpis: kpis.flatMap((kpi) => byId.get(kpi.id) ?? []) };
    } catch (error) {
      if (error instanceof KpiDefinitionError) {
        const kpi = kpis.find((k) => k.id === error.kpiId);
        if (kpi) throw notMeasurable(kpi, error.message.replace(/^KPI \S+: /, ''));
      }
      throw error;
    }
  });
}

export function registerProjectMeasurementRoutes(api: Api, context: AppContext) {
  const { store } = context;

  api.get(
    '/api/workspaces/:workspaceId/projects/:projectId/measurement',
    {
      schema: {
        tags: ['projects'],
        summary:
          "A project's KPIs measured before vs after (journeys assigned to the period they start in; each metric's test; Benjamini–Hochberg across the project's KPIs; verdict improved, worsened, no-change or too-few)",
        params: projectParams,
      },
    },
    async (request) => {
      const { workspaceId, projectId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const project = await store.projects.get(workspaceId, projectId);
      if (!project) throw notFound('project');
      return measureProject(context, workspaceId, projectId);
    },
  );
}
