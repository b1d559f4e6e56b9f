import type { WorkspaceId } from '@trailmap/domain';
import type { WorkspaceReport } from '@trailmap/viz';
import type { AppContext } from '../app.js';
import { notFound } from '../http/errors.js';
import { buildJourneyReport, REPORTED_STATUSES } from './buildJourneyReport.js';

/** How many journeys the overview lists at most (those with reported projects first). */
export const OVERVIEW_MAX_JOURNEYS = 200;

/**
 * The workspace overview: every journey with its chosen / in-progress / done projects and their measured
 * results (successes first), journeys with such projects first, then the rest by title. A journey without a
 * linked dataset says so; no map or chart (those are in each journey's own report).
 */
export async function buildWorkspaceReport(
  context: Pick<AppContext, 'store' | 'datasets'>,
  workspaceId: WorkspaceId,
): Promise<WorkspaceReport> {
  const { store } = context;
  const workspace = await store.workspaces.get(workspaceId);
  if (!workspace) throw notFound('workspace');
  const projects = await store.projects.list(workspaceId);
  const withProjects = new Set(
    projects.filter((p) => REPORTED_STATUSES.includes(p.status)).map((p) => p.journeyId as string),
  );
  const journeys = (await store.journeys.list(workspaceId))
    .sort(
      (a, b) =>
        Number(withProjects.has(b.id)) - Number(withProjects.has(a.id)) || a.title.localeCompare(b.title),
    )
    .slice(0, OVERVIEW_MAX_JOURNEYS);
  const reports = [];
  for (const journey of journeys)
    reports.push(await buildJourneyReport(context, workspaceId, journey.id, { projectsOnly: true }));
  return { workspaceName: workspace.name, journeys: reports };
}
