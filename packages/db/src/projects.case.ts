import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERION_WEIGHTS,
  createId,
  createJourneyContent,
  datasetMappingSchema,
  journeyMetaSchema,
  personaFieldsSchema,
  projectFieldsSchema,
  projectKpiFieldsSchema,
  type JourneyMap,
  type ProjectFields,
  type ProjectKpiFields,
  type Workspace,
} from '@trailmap/domain';
import { MissingReferenceError, type Store } from './types.js';

/**
 * The repository cases of projects, their KPIs and the workspace settings, for every engine (run by
 * store.pglite.test.ts and store.postgres.test.ts). Every case makes its own workspaces.
 */
export function runProjectStoreCases(name: string, open: () => Promise<Store>): void {
  describe(`${name} store: projects`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    let counter = 0;
    const makeWorkspace = (): Promise<Workspace> =>
      store.workspaces.create({ name: `Projects ${++counter}` });
    const makeJourney = (workspace: Workspace, title = 'Buying shoes'): Promise<JourneyMap> =>
      store.journeys.create(workspace.id, {
        ...journeyMetaSchema.parse({ title }),
        ...createJourneyContent('see-think-do-care-love'),
      });
    const makeDataset = (workspace: Workspace) =>
      store.datasets.create(workspace.id, {
        name: 'Shop events',
        format: 'csv',
        mapping: datasetMappingSchema.parse({}),
        sizeBytes: 0,
        createdBy: null,
      });
    const fields = (journey: JourneyMap, overrides: Partial<ProjectFields> = {}): ProjectFields =>
      projectFieldsSchema.parse({ journeyId: journey.id, title: 'Size advice', ...overrides });
    const kpiFields = (datasetId: string, overrides: Partial<ProjectKpiFields> = {}): ProjectKpiFields =>
      projectKpiFieldsSchema.parse({
        metric: 'nps',
        scope: { datasetId },
        baseline: { from: '2025-01-01T00:00:00+01:00', to: '2025-02-01T00:00:00Z' },
        after: { from: '2025-03-01T00:00:00Z', to: null },
        target: 40,
        ...overrides,
      });

    describe('workspaceSettings', () => {
      it('workspaceSettings.update merges criterion weights into the current ones', async () => {
        const [a, b] = [await makeWorkspace(), await makeWorkspace()];
        const first = await store.workspaceSettings.update(a.id, {
          criterionWeights: { media: 2, reach: 3 },
        });
        expect(first?.criterionWeights).toEqual({ ...DEFAULT_CRITERION_WEIGHTS, media: 2, reach: 3 });
        const second = await store.workspaceSettings.update(a.id, { criterionWeights: { reach: 0.5 } });
        expect(second?.criterionWeights).toEqual({ ...DEFAULT_CRITERION_WEIGHTS, media: 2, reach: 0.5 });
        expect((await store.workspaceSettings.get(b.id))?.criterionWeights).toEqual(
          DEFAULT_CRITERION_WEIGHTS,
        );
      });

      it('workspaceSettings.get is 5 by default; update changes it for that workspace only', async () => {
        const [a, b] = [await makeWorkspace(), await makeWorkspace()];
        const defaults = { ...DEFAULT_CRITERION_WEIGHTS };
        expect(await store.workspaceSettings.get(a.id)).toEqual({
          chosenProjectLimit: 5,
          criterionWeights: defaults,
        });
        expect(await store.workspaceSettings.update(a.id, { chosenProjectLimit: 3 })).toEqual({
          chosenProjectLimit: 3,
          criterionWeights: defaults,
        });
        expect(await store.workspaceSettings.get(a.id)).toMatchObject({ chosenProjectLimit: 3 });
        expect(await store.workspaceSettings.get(b.id)).toMatchObject({ chosenProjectLimit: 5 });
        expect(await store.workspaceSettings.update(a.id, {})).toMatchObject({ chosenProjectLimit: 3 });
        const unknown = createId('workspace');
        expect(await store.workspaceSettings.get(unknown)).toBeNull();
        expect(await store.workspaceSettings.update(unknown, { chosenProjectLimit: 2 })).toBeNull();
        expect(await store.workspaceSettings.update(unknown, { criterionWeights: { media: 1 } })).toBeNull();
        // the workspace itself reads as before
        expect(await store.workspaces.get(a.id)).toEqual(a);
      });
    });

    describe('projects', () => {
      it('projects.create / get / update / delete round-trip every field', async () => {
        const workspace = await makeWorkspace();
        const journey = await makeJourney(workspace);
        const owner = await store.users.create({
          email: `owner.${Date.now().toString(36)}.${++counter}@example.com`,
          name: 'Owner',
          passwordHash: 'h',
        });
        const ideaId = createId('idea');
        const created = await store.projects.create(
          workspace.id,
          fields(journey, {
            ideaIds: [ideaId],
            ownerId: owner.id,
            status: 'chosen',
            startDate: '2025-03-01',
            customerCheck: { assumption: 'Sizes confuse', how: 'Five interviews', learned: '' },
          }),
        );
        expect(created).toMatchObject({
          workspaceId: workspace.id,
          journeyId: journey.id,
          title: 'Size advice',
          ideaIds: [ideaId],
          ownerId: owner.id,
          status: 'chosen',
          startDate: '2025-03-01',
          customerCheck: { assumption: 'Sizes confuse', how: 'Five interviews', learned: '' },
        });
        expect(created.id).toMatch(/^prj_/);
        expect(await store.projects.get(workspace.id, created.id)).toEqual(created);

        const updated = await store.projects.update(
          workspace.id,
          created.id,
          fields(journey, { title: 'Size advice in ads', status: 'in-progress', startDate: null }),
        );
        expect(updated).toMatchObject({
          id: created.id,
          title: 'Size advice in ads',
          status: 'in-progress',
          startDate: null,
          ownerId: null,
          ideaIds: [],
          createdAt: created.createdAt,
        });
        expect(await store.projects.get(workspace.id, created.id)).toEqual(updated);
        expect(await store.projects.delete(workspace.id, created.id)).toBe(true);
        expect(await store.projects.get(workspace.id, created.id)).toBeNull();
        expect(await store.projects.delete(workspace.id, created.id)).toBe(false);
      });

      it("another workspace's id reads as not found, and cannot be changed or deleted", async () => {
        const [a, b] = [await makeWorkspace(), await makeWorkspace()];
        const project = await store.projects.create(a.id, fields(await makeJourney(a)));
        expect(await store.projects.get(b.id, project.id)).toBeNull();
        expect(await store.projects.list(b.id)).toEqual([]);
        expect(await store.projects.update(b.id, project.id, fields(await makeJourney(b)))).toBeNull();
        expect(await store.projects.delete(b.id, project.id)).toBe(false);
        expect(await store.projects.get(a.id, project.id)).toEqual(project);
      });

      it('projects.list filters by journey and status, oldest first; count counts the workspace', async () => {
        const workspace = await makeWorkspace();
        const [shoes, returns] = [await makeJourney(workspace), await makeJourney(workspace, 'Returns')];
        const p1 = await store.projects.create(
          workspace.id,
          fields(shoes, { title: 'One', status: 'chosen' }),
        );
        const p2 = await store.projects.create(workspace.id, fields(shoes, { title: 'Two' }));
        const p3 = await store.projects.create(
          workspace.id,
          fields(shoes, { title: 'Three', status: 'in-progress' }),
        );
        const p4 = await store.projects.create(
          workspace.id,
          fields(returns, { title: 'Four', status: 'chosen' }),
        );
        // oldest first; projects made in the same millisecond in id order
        const oldestFirst = (list: { id: string; createdAt: string }[]) =>
          [...list]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
            .map((p) => p.id);
        const ids = (list: { id: string }[]) => list.map((p) => p.id);
        expect(ids(await store.projects.list(workspace.id))).toEqual(oldestFirst([p1, p2, p3, p4]));
        expect(ids(await store.projects.list(workspace.id, { journeyId: shoes.id }))).toEqual(
          oldestFirst([p1, p2, p3]),
        );
        expect(
          (
            await store.projects.list(workspace.id, {
              journeyId: shoes.id,
              statuses: ['chosen', 'in-progress'],
            })
          ).map((p) => p.id),
        ).toEqual(oldestFirst([p1, p3]));
        expect(await store.projects.list(workspace.id, { statuses: [] })).toEqual([]);
        expect(await store.projects.count(workspace.id)).toBe(4);
        expect([p2, p4].every((p) => p.status !== 'in-progress')).toBe(true);
      });

      it('projects.create throws MissingReferenceError for a journey that does not exist', async () => {
        const workspace = await makeWorkspace();
        const journey = await makeJourney(workspace);
        await store.journeys.delete(workspace.id, journey.id);
        await expect(store.projects.create(workspace.id, fields(journey))).rejects.toBeInstanceOf(
          MissingReferenceError,
        );
        await expect(store.projects.create(workspace.id, fields(journey))).rejects.toMatchObject({
          field: 'journeyId',
        });
      });

      it("projects.lockJourney holds a journey of the workspace in a transaction, not another's", async () => {
        const [a, b] = [await makeWorkspace(), await makeWorkspace()];
        const journey = await makeJourney(a);
        expect(await store.transaction((tx) => tx.projects.lockJourney(a.id, journey.id))).toBe(true);
        expect(await store.transaction((tx) => tx.projects.lockJourney(b.id, journey.id))).toBe(false);
      });

      it('projects.lockJourney makes a second transaction wait for the first to end', async () => {
        const workspace = await makeWorkspace();
        const journey = await makeJourney(workspace);
        const order: string[] = [];
        let locked!: () => void;
        const firstLocked = new Promise<void>((resolve) => (locked = resolve));
        const first = store.transaction(async (tx) => {
          await tx.projects.lockJourney(workspace.id, journey.id);
          order.push('first locked');
          locked();
          await new Promise((resolve) => setTimeout(resolve, 300));
          order.push('first done');
        });
        await firstLocked;
        const second = store.transaction(async (tx) => {
          await tx.projects.lockJourney(workspace.id, journey.id);
          order.push('second locked');
        });
        await Promise.all([first, second]);
        expect(order).toEqual(['first locked', 'first done', 'second locked']);
      });

      it('projects.clearOwner takes the owner off the projects of one workspace only', async () => {
        const [a, b] = [await makeWorkspace(), await makeWorkspace()];
        const user = await store.users.create({
          email: `leaver.${Date.now().toString(36)}.${++counter}@example.com`,
          name: 'Leaver',
          passwordHash: 'h',
        });
        const inA = await store.projects.create(a.id, fields(await makeJourney(a), { ownerId: user.id }));
        const inB = await store.projects.create(b.id, fields(await makeJourney(b), { ownerId: user.id }));
        expect(await store.projects.clearOwner(a.id, user.id)).toBe(1);
        expect((await store.projects.get(a.id, inA.id))?.ownerId).toBeNull();
        expect((await store.projects.get(b.id, inB.id))?.ownerId).toBe(user.id);
      });

      it("deleting the journey deletes its projects and their KPIs; the workspace's others stay", async () => {
        const workspace = await makeWorkspace();
        const [gone, kept] = [await makeJourney(workspace), await makeJourney(workspace, 'Kept')];
        const dataset = await makeDataset(workspace);
        const project = await store.projects.create(workspace.id, fields(gone));
        const other = await store.projects.create(workspace.id, fields(kept));
        await store.projectKpis.create(workspace.id, project.id, kpiFields(dataset.id));
        await store.journeys.delete(workspace.id, gone.id);
        expect(await store.projects.get(workspace.id, project.id)).toBeNull();
        expect(await store.projectKpis.list(workspace.id, project.id)).toEqual([]);
        expect(await store.projects.list(workspace.id)).toEqual([other]);
      });
    });

    describe('projectKpis', () => {
      it('projectKpis.create / list / get / update / delete; the scope shows only the ids it has', async () => {
        const workspace = await makeWorkspace();
        const journey = await makeJourney(workspace);
        const dataset = await makeDataset(workspace);
        const project = await store.projects.create(workspace.id, fields(journey));
        const nps = await store.projectKpis.create(workspace.id, project.id, kpiFields(dataset.id));
        expect(nps).toMatchObject({
          projectId: project.id,
          workspaceId: workspace.id,
          metric: 'nps',
          scope: { datasetId: dataset.id },
          // stored as instants: the offset becomes UTC
          baseline: { from: '2024-12-31T23:00:00.000Z', to: '2025-02-01T00:00:00.000Z' },
          after: { from: '2025-03-01T00:00:00.000Z', to: null },
          target: 40,
        });
        expect(Object.keys(nps.scope)).toEqual(['datasetId']);
        const [from, to] = [createId('touchpoint'), createId('touchpoint')];
        const conversion = await store.projectKpis.create(
          workspace.id,
          project.id,
          kpiFields(dataset.id, {
            metric: 'conversionShare',
            scope: { datasetId: dataset.id, journeyId: journey.id, touchpointId: from, toTouchpointId: to },
            after: { from: '2025-03-01T00:00:00Z', to: '2025-06-01T00:00:00Z' },
            target: null,
          }),
        );
        expect(conversion.scope).toEqual({
          datasetId: dataset.id,
          journeyId: journey.id,
          touchpointId: from,
          toTouchpointId: to,
        });
        expect(conversion.after.to).toBe('2025-06-01T00:00:00.000Z');
        const repeat = await store.projectKpis.create(
          workspace.id,
          project.id,
          kpiFields(dataset.id, {
            metric: 'repeatContactShare',
            scope: { datasetId: dataset.id, contactActivities: ['Inbound Call', 'Chat Started'] },
          }),
        );
        expect(repeat.scope).toEqual({
          datasetId: dataset.id,
          contactActivities: ['Inbound Call', 'Chat Started'],
        });
        expect(await store.projectKpis.get(workspace.id, project.id, repeat.id)).toEqual(repeat);
        expect(await store.projectKpis.delete(workspace.id, project.id, repeat.id)).toBe(true);
        expect(conversion.target).toBeNull();
        // oldest first; KPIs made in the same millisecond in id order
        const oldestFirst = <T extends { id: string; createdAt: string }>(list: T[]) =>
          [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
        expect(await store.projectKpis.list(workspace.id, project.id)).toEqual(
          oldestFirst([nps, conversion]),
        );
        expect(await store.projectKpis.get(workspace.id, project.id, nps.id)).toEqual(nps);

        const updated = await store.projectKpis.update(
          workspace.id,
          project.id,
          nps.id,
          kpiFields(dataset.id, { metric: 'csat', target: 4.2 }),
        );
        expect(updated).toMatchObject({ id: nps.id, metric: 'csat', target: 4.2, createdAt: nps.createdAt });
        expect(await store.projectKpis.delete(workspace.id, project.id, nps.id)).toBe(true);
        expect(await store.projectKpis.list(workspace.id, project.id)).toEqual([conversion]);
      });

      it("another workspace's or project's KPI reads as not found, and cannot be changed or deleted", async () => {
        const [a, b] = [await makeWorkspace(), await makeWorkspace()];
        const journey = await makeJourney(a);
        const dataset = await makeDataset(a);
        const project = await store.projects.create(a.id, fields(journey));
        const sibling = await store.projects.create(a.id, fields(journey, { title: 'Sibling' }));
        const kpi = await store.projectKpis.create(a.id, project.id, kpiFields(dataset.id));
        expect(await store.projectKpis.get(b.id, project.id, kpi.id)).toBeNull();
        expect(await store.projectKpis.get(a.id, sibling.id, kpi.id)).toBeNull();
        expect(await store.projectKpis.list(b.id, project.id)).toEqual([]);
        expect(await store.projectKpis.update(b.id, project.id, kpi.id, kpiFields(dataset.id))).toBeNull();
        expect(await store.projectKpis.delete(a.id, sibling.id, kpi.id)).toBe(false);
        expect(await store.projectKpis.get(a.id, project.id, kpi.id)).toEqual(kpi);
      });

      it('deleting the dataset or the persona a KPI names deletes that KPI; deleting the project all', async () => {
        const workspace = await makeWorkspace();
        const journey = await makeJourney(workspace);
        const [first, second] = [await makeDataset(workspace), await makeDataset(workspace)];
        const persona = await store.personas.create(workspace.id, personaFieldsSchema.parse({ name: 'Sam' }));
        const project = await store.projects.create(workspace.id, fields(journey));
        const onFirst = await store.projectKpis.create(workspace.id, project.id, kpiFields(first.id));
        const ofPersona = await store.projectKpis.create(
          workspace.id,
          project.id,
          kpiFields(second.id, { scope: { datasetId: second.id, personaId: persona.id } }),
        );
        const plain = await store.projectKpis.create(workspace.id, project.id, kpiFields(second.id));
        await store.datasets.delete(workspace.id, first.id);
        expect((await store.projectKpis.list(workspace.id, project.id)).map((k) => k.id)).toEqual(
          [ofPersona, plain]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
            .map((k) => k.id),
        );
        await store.personas.delete(workspace.id, persona.id);
        expect((await store.projectKpis.list(workspace.id, project.id)).map((k) => k.id)).toEqual([plain.id]);
        expect(onFirst.id).not.toBe(plain.id);
        await store.projects.delete(workspace.id, project.id);
        expect(await store.projectKpis.list(workspace.id, project.id)).toEqual([]);
      });

      it('projectKpis.create throws MissingReferenceError naming a dataset that does not exist', async () => {
        const workspace = await makeWorkspace();
        const project = await store.projects.create(workspace.id, fields(await makeJourney(workspace)));
        await expect(
          store.projectKpis.create(workspace.id, project.id, kpiFields(createId('dataset'))),
        ).rejects.toMatchObject({ name: 'MissingReferenceError', field: 'scope.datasetId' });
      });
    });
  });
}
