import {
  customerCheckSchema,
  idSchema,
  kpiAfterInputSchema,
  kpiMetricSchema,
  kpiPeriodSchema,
  kpiScopeSchema,
  PROJECT_LIMITS,
  projectFieldsSchema,
  projectKpiFieldsSchema,
  projectKpiInputSchema,
  projectStatusSchema,
  startOfDate,
  type Project,
  type ProjectFields,
  type ProjectKpi,
  type ProjectKpiFields,
  type WorkspaceId,
} from '@trailmap/domain';
import type { Store } from '@trailmap/db';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import { definedOnly, patchSchema } from '../http/patchSchema.js';
import type { Api } from '../http/types.js';
import { checkChosenLimit } from '../projects/checkChosenLimit.js';
import { checkKpiScope } from '../projects/checkKpiScope.js';
import { checkProjectReferences } from '../projects/checkProjectReferences.js';

const projectParams = workspaceParams.extend({ projectId: idSchema('project') });
const kpiParams = projectParams.extend({ kpiId: idSchema('projectKpi') });

const listQuery = z.object({
  journeyId: idSchema('journey').optional().describe('only the projects of this journey'),
  status: projectStatusSchema.optional().describe('only the projects in this status'),
});

/** A PATCH of a project: any field; the note's texts one by one. */
const projectPatchSchema = patchSchema(projectFieldsSchema).extend({
  customerCheck: patchSchema(customerCheckSchema).optional(),
});

/** A PATCH of a KPI: the scope and baseline whole, the after period's ends one by one. */
const kpiPatchSchema = z
  .object({
    metric: kpiMetricSchema.optional(),
    scope: kpiScopeSchema.optional(),
    baseline: kpiPeriodSchema.optional(),
    after: kpiAfterInputSchema.optional(),
    target: z.number().nullable().optional(),
  })
  .strict();

function editableFields(p: Project): ProjectFields {
  const { journeyId, title, ideaIds, ownerId, status, startDate, customerCheck } = p;
  return { journeyId, title, ideaIds, ownerId, status, startDate, customerCheck };
}

function kpiFields(k: ProjectKpi): ProjectKpiFields {
  const { metric, scope, baseline, after, target } = k;
  return { metric, scope, baseline, after, target };
}

async function getProject(
  store: Store,
  workspaceId: WorkspaceId,
  projectId: Project['id'],
): Promise<Project> {
  const project = await store.projects.get(workspaceId, projectId);
  if (!project) throw notFound('project');
  return project;
}

export function registerProjectRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/projects',
    {
      schema: {
        tags: ['projects'],
        summary: "The workspace's improvement projects, oldest first, with the chosen-project limit",
        params: workspaceParams,
        querystring: listQuery,
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const { journeyId, status } = request.query;
      const projects = await store.projects.list(workspaceId, {
        ...(journeyId ? { journeyId } : {}),
        ...(status ? { statuses: [status] } : {}),
      });
      const settings = await store.workspaceSettings.get(workspaceId);
      return { projects, chosenProjectLimit: settings?.chosenProjectLimit };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/projects',
    {
      schema: {
        tags: ['projects'],
        summary:
          'Create a project of a journey (editor); 409 chosen-limit when it would be one chosen or in-progress project too many',
        params: workspaceParams,
        body: projectFieldsSchema,
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const project = await store.transaction(async (tx) => {
        await checkProjectReferences(tx, workspaceId, request.body);
        await checkChosenLimit(tx, workspaceId, request.body);
        if ((await tx.projects.count(workspaceId)) >= PROJECT_LIMITS.projectsPerWorkspace)
          throw conflict(
            'project-limit',
            `a workspace holds at most ${PROJECT_LIMITS.projectsPerWorkspace} projects; delete one first`,
          );
        return tx.projects.create(workspaceId, request.body);
      });
      return reply.code(201).send({ project });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/projects/:projectId',
    { schema: { tags: ['projects'], summary: 'One project', params: projectParams } },
    async (request) => {
      const { workspaceId, projectId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      return { project: await getProject(store, workspaceId, projectId) };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/projects/:projectId',
    {
      schema: {
        tags: ['projects'],
        summary:
          'Change some fields of a project (editor); 409 chosen-limit when it would take a chosen place over the limit',
        params: projectParams,
        body: projectPatchSchema,
      },
    },
    async (request) => {
      const { workspaceId, projectId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { customerCheck, ...rest } = request.body;
      const project = await store.transaction(async (tx) => {
        const current = await getProject(tx, workspaceId, projectId);
        const next = projectFieldsSchema.parse({
          ...editableFields(current),
          ...definedOnly(rest),
          customerCheck: { ...current.customerCheck, ...definedOnly(customerCheck ?? {}) },
        });
        await checkProjectReferences(tx, workspaceId, next, current);
        await checkChosenLimit(tx, workspaceId, next, current);
        const updated = await tx.projects.update(workspaceId, projectId, next);
        if (!updated) throw notFound('project');
        return updated;
      });
      return { project };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/projects/:projectId',
    {
      schema: {
        tags: ['projects'],
        summary: 'Delete a project and its KPIs (editor)',
        params: projectParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, projectId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      if (!(await store.projects.delete(workspaceId, projectId))) throw notFound('project');
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/projects/:projectId/kpis',
    { schema: { tags: ['projects'], summary: "A project's KPIs, oldest first", params: projectParams } },
    async (request) => {
      const { workspaceId, projectId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      await getProject(store, workspaceId, projectId);
      return { kpis: await store.projectKpis.list(workspaceId, projectId) };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/projects/:projectId/kpis',
    {
      schema: {
        tags: ['projects'],
        summary:
          "Add a KPI to a project (editor); the after period starts at the project's start date unless after.from says otherwise",
        params: projectParams,
        body: projectKpiInputSchema,
      },
    },
    async (request, reply) => {
      const { workspaceId, projectId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const input = request.body;
      const kpi = await store.transaction(async (tx) => {
        const project = await getProject(tx, workspaceId, projectId);
        const from = input.after.from ?? (project.startDate ? startOfDate(project.startDate) : null);
        if (!from)
          throw new HttpError(
            400,
            'validation',
            'body.after.from: the project has no start date; give after.from',
            {
              issues: [
                { path: 'body.after.from', message: 'the project has no start date; give after.from' },
              ],
            },
          );
        const fields = projectKpiFieldsSchema.parse({
          metric: input.metric,
          scope: input.scope,
          baseline: input.baseline,
          after: { from, to: input.after.to ?? null },
          target: input.target ?? null,
        });
        await checkKpiScope(tx, workspaceId, fields.scope);
        if ((await tx.projectKpis.list(workspaceId, projectId)).length >= PROJECT_LIMITS.kpisPerProject)
          throw conflict('kpi-limit', `a project has at most ${PROJECT_LIMITS.kpisPerProject} KPIs`);
        return tx.projectKpis.create(workspaceId, projectId, fields);
      });
      return reply.code(201).send({ kpi });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/projects/:projectId/kpis/:kpiId',
    { schema: { tags: ['projects'], summary: "One of a project's KPIs", params: kpiParams } },
    async (request) => {
      const { workspaceId, projectId, kpiId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const kpi = await store.projectKpis.get(workspaceId, projectId, kpiId);
      if (!kpi) throw notFound('KPI');
      return { kpi };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/projects/:projectId/kpis/:kpiId',
    {
      schema: {
        tags: ['projects'],
        summary:
          'Change a KPI (editor): its metric, scope, baseline or target whole, the after period by end',
        params: kpiParams,
        body: kpiPatchSchema,
      },
    },
    async (request) => {
      const { workspaceId, projectId, kpiId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { after, ...rest } = request.body;
      const kpi = await store.transaction(async (tx) => {
        const current = await tx.projectKpis.get(workspaceId, projectId, kpiId);
        if (!current) throw notFound('KPI');
        const fields = projectKpiFieldsSchema.parse({
          ...kpiFields(current),
          ...definedOnly(rest),
          after: { ...current.after, ...definedOnly(after ?? {}) },
        });
        // a scope that was checked when it was stored is not checked again (its touchpoint may since
        // have left the map: the measurement says so)
        if (rest.scope) await checkKpiScope(tx, workspaceId, fields.scope);
        const updated = await tx.projectKpis.update(workspaceId, projectId, kpiId, fields);
        if (!updated) throw notFound('KPI');
        return updated;
      });
      return { kpi };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/projects/:projectId/kpis/:kpiId',
    {
      schema: {
        tags: ['projects'],
        summary: 'Delete a KPI (editor)',
        params: kpiParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, projectId, kpiId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      if (!(await store.projectKpis.delete(workspaceId, projectId, kpiId))) throw notFound('KPI');
      return reply.code(204).send(null);
    },
  );
}
