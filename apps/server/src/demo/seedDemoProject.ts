import type { Store } from '@trailmap/db';
import {
  projectFieldsSchema,
  projectKpiFieldsSchema,
  SHOES_NOW_TITLE,
  type DatasetId,
  type WorkspaceId,
} from '@trailmap/domain';

/** The idea of the demo map the demo project carries out. */
const IDEA_TITLE = 'Hand over to a person after one failed answer';

/**
 * Gives the demo's "Buying shoes — now" one chosen project with measured KPIs, on the generated retail
 * dataset: the change the generator plants on 1 July 2024 (repeat calls about the same topic within 7 days
 * drop from 30 % to 15 % of first calls; the KPI counts calls only) is the project's, so its measurement
 * shows `improved`; NPS over the
 * same periods shows what a KPI without a planted change looks like. A no-op when the map already has a
 * project or is missing.
 */
export async function seedDemoProject(
  store: Store,
  workspaceId: WorkspaceId,
  datasetId: DatasetId,
): Promise<void> {
  const map = (await store.journeys.list(workspaceId)).find((j) => j.title === SHOES_NOW_TITLE);
  if (!map) return;
  if ((await store.projects.list(workspaceId, { journeyId: map.id })).length > 0) return;
  const journey = await store.journeys.get(workspaceId, map.id);
  if (!journey) return;
  const idea = journey.ideas.find((i) => i.title === IDEA_TITLE);
  const project = await store.projects.create(
    workspaceId,
    projectFieldsSchema.parse({
      journeyId: journey.id,
      title: 'A person after one failed answer',
      ideaIds: idea ? [idea.id] : [],
      status: 'in-progress',
      startDate: '2024-07-01',
      customerCheck: {
        assumption: 'Customers call again when the first answer did not solve their question.',
        how: 'Listened in on 20 calls in June and asked 12 callers a week later.',
        learned: 'Half of the repeat calls were about the same question; a person who takes over ends most.',
      },
    }),
  );
  const periods = {
    baseline: { from: '2024-01-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z' },
    after: { from: '2024-07-01T00:00:00.000Z', to: null },
  };
  for (const kpi of [
    // a contact is a call (the chats and the "First Call Resolved" that follows a helpful call are not)
    {
      metric: 'repeatContactShare',
      scope: { datasetId, contactActivities: ['Inbound Call'] },
      ...periods,
      target: 0.2,
    },
    { metric: 'nps', scope: { datasetId, journeyId: journey.id }, ...periods, target: null },
  ])
    await store.projectKpis.create(workspaceId, project.id, projectKpiFieldsSchema.parse(kpi));
}
