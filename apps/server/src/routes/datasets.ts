import { existsSync } from 'node:fs';
import {
  buildMineReport,
  detectLogFormat,
  type LogCaseNotion,
  ImportError,
  openWorkspaceEvents,
  type DatasetPreview,
} from '@trailmap/analytics';
import {
  datasetMappingSchema,
  DATASET_FORMATS,
  DATASET_STATUSES,
  idSchema,
  nameText,
  type DatasetMapping,
  type UserId,
  type WorkspaceId,
} from '@trailmap/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { checkMapping } from '../datasets/checkMapping.js';
import { discardUpload, receiveUpload, type ReceivedUpload } from '../datasets/receiveUpload.js';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import { editableParts } from '../journeys/mutateJourney.js';
import { rewriteJourney } from '../journeys/rewriteJourney.js';

const datasetParams = workspaceParams.extend({ datasetId: idSchema('dataset') });
const MULTIPART = ['multipart/form-data'] as const;

/** A dataset as answered (the domain record, ids as plain strings for the OpenAPI document). */
export const datasetView = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  status: z.enum(DATASET_STATUSES),
  progress: z.number().nullable(),
  error: z
    .object({
      message: z.string(),
      reason: z.string(),
      file: z.string().nullable(),
      line: z.number().nullable(),
      column: z.string().nullable(),
    })
    .nullable(),
  format: z.enum(DATASET_FORMATS),
  mapping: z.record(z.string(), z.unknown()),
  fileName: z.string().nullable(),
  imported: z
    .object({ caseNotion: z.record(z.string(), z.unknown()), eventsWithoutCase: z.number() })
    .nullable(),
  events: z.number(),
  cases: z.number(),
  customers: z.number(),
  activities: z.number(),
  firstEventAt: z.string().nullable(),
  lastEventAt: z.string().nullable(),
  versions: z.number(),
  sizeBytes: z.number(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const versionView = z.object({
  version: z.number(),
  importedAt: z.string(),
  eventsAdded: z.number(),
  eventsSkipped: z.number(),
});
const previewView = z.object({
  format: z.enum(DATASET_FORMATS),
  columns: z.array(z.object({ name: z.string(), type: z.string(), examples: z.array(z.string()) })),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  suggested: z.record(z.string(), z.unknown()),
  missing: z.array(z.string()),
  objectTypes: z
    .array(
      z.object({ name: z.string(), objectCount: z.number(), eventCount: z.number(), rowCount: z.number() }),
    )
    .optional(),
});
const uploadView = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number(),
  expiresAt: z.string(),
  preview: previewView,
});

function validation(issues: { path: string; message: string }[]): HttpError {
  return new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
    issues,
  });
}

/** The `mapping` form field (a JSON string) or JSON body value, checked. */
function readMapping(value: unknown): DatasetMapping {
  let parsed: unknown = value ?? {};
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch (error) {
      throw validation([{ path: 'body.mapping', message: `not valid JSON (${(error as Error).message})` }]);
    }
  }
  const result = datasetMappingSchema.safeParse(parsed);
  if (!result.success)
    throw validation(
      result.error.issues.map((i) => ({
        path: ['body.mapping', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  return result.data;
}

function readName(value: unknown, fallback: string): string {
  const result = nameText.safeParse(
    (value ?? fallback.replace(/(\.(csv|xes|gz|parquet|json|jsonocel|ndjson|jsonl|txt|tsv))+$/i, '')) ||
      fallback,
  );
  if (!result.success)
    throw validation([{ path: 'body.name', message: result.error.issues[0]?.message ?? 'is invalid' }]);
  return result.data;
}

/** Uploads kept for the mapping step, until used or expired. */
interface HeldUpload {
  upload: ReceivedUpload;
  workspaceId: WorkspaceId;
  preview: DatasetPreview;
  expiresAt: number;
}

const UPLOAD_HOLD_MS = 60 * 60 * 1000;

export function registerDatasetRoutes(api: Api, context: AppContext) {
  const { store, datasets } = context;
  const held = new Map<string, HeldUpload>();
  const sweep = () => {
    const now = Date.now();
    for (const [id, entry] of held)
      if (entry.expiresAt <= now) {
        discardUpload(entry.upload);
        held.delete(id);
      }
  };
  const timer = setInterval(sweep, 60_000);
  timer.unref();
  api.addHook('onClose', async () => {
    clearInterval(timer);
    for (const entry of held.values()) discardUpload(entry.upload);
    held.clear();
  });

  /** Reads a received file: its format (given or detected) and preview; 400 when Trailmap cannot read it. */
  async function inspect(
    upload: ReceivedUpload,
    workspaceId: WorkspaceId,
    format?: DatasetMapping['format'],
  ) {
    const detected = format ?? detectLogFormat(upload.path)?.format ?? null;
    if (!detected)
      throw validation([
        {
          path: 'body.file',
          message:
            'not a log Trailmap reads (CSV, XES, XES.gz, Parquet, NDJSON, OCEL 2.0 JSON, Segment JSON)',
        },
      ]);
    try {
      const preview = await openWorkspaceEvents(datasets.events, workspaceId).preview({
        path: upload.path,
        fileName: upload.fileName,
        format: detected,
      });
      return { format: detected, preview };
    } catch (error) {
      if (error instanceof ImportError)
        throw new HttpError(400, 'validation', error.message, {
          issues: [{ path: 'body.file', message: error.message }],
          ...(error.where.line !== undefined ? { line: error.where.line } : {}),
        });
      throw error;
    }
  }

  /** Queues an import of a received file into a (new or existing) dataset, after checking its mapping. */
  async function startImport(
    request: FastifyRequest,
    workspaceId: WorkspaceId,
    upload: ReceivedUpload,
    mapping: DatasetMapping,
    preview: DatasetPreview,
    target: { name: string } | { datasetId: ReturnType<typeof datasetParams.parse>['datasetId'] },
  ) {
    const issues = checkMapping(preview, mapping);
    if (issues.length > 0) throw validation(issues);
    if (datasets.imports.pendingFor(workspaceId) >= datasets.maxPendingPerWorkspace)
      throw new HttpError(
        429,
        'imports-busy',
        'this workspace has imports waiting; try again when one has finished',
        {
          retryAfterSeconds: 30,
        },
      );
    // The columns Trailmap recognised are written into the mapping (the import would find the same ones);
    // an OCEL object type left open stays open: the import takes the default, as `trailmap mine` does.
    const settled: DatasetMapping = {
      ...mapping,
      format: preview.format,
      columns: { ...preview.suggested.columns, ...mapping.columns },
    };
    const createdBy: UserId | null =
      request.principal?.kind === 'user'
        ? request.principal.user.id
        : (request.principal?.key.createdBy ?? null);
    const dataset =
      'name' in target
        ? await store.datasets.create(workspaceId, {
            name: target.name,
            format: preview.format,
            mapping: settled,
            fileName: upload.fileName,
            sizeBytes: upload.sizeBytes,
            createdBy,
          })
        : await store.datasets.startImport(workspaceId, target.datasetId, { sizeBytes: upload.sizeBytes });
    if (!dataset) throw notFound('dataset');
    datasets.imports.enqueue({
      workspaceId,
      datasetId: dataset.id,
      upload,
      format: preview.format,
      mapping: 'name' in target ? settled : { ...dataset.mapping, ...mapping, format: preview.format },
    });
    return dataset;
  }

  api.post(
    '/api/workspaces/:workspaceId/uploads',
    {
      config: { uploadTypes: MULTIPART },
      schema: {
        tags: ['datasets'],
        summary:
          'Upload a file for the mapping step (editor): multipart with a `file` part, streamed to disk. Answers its preview — format, columns and types, first rows, the mapping Trailmap recognises — and an upload id to import it with (`POST …/datasets` `{ uploadId, mapping }`) within an hour.',
        params: workspaceParams,
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ upload: uploadView }) },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const upload = await receiveUpload(request, datasets.uploadDir, workspaceId, datasets.maxUploadBytes);
      try {
        const { preview } = await inspect(upload, workspaceId, undefined);
        const id = upload.folder.split(/[\\/]/).pop() ?? '';
        const expiresAt = Date.now() + UPLOAD_HOLD_MS;
        held.set(id, { upload, workspaceId, preview, expiresAt });
        return reply.code(201).send({
          upload: {
            id,
            fileName: upload.fileName,
            sizeBytes: upload.sizeBytes,
            expiresAt: new Date(expiresAt).toISOString(),
            preview,
          },
        });
      } catch (error) {
        discardUpload(upload);
        throw error;
      }
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/datasets',
    {
      config: { uploadTypes: MULTIPART },
      schema: {
        tags: ['datasets'],
        summary:
          'Create a dataset and import a file into it in the background (editor): multipart with `file`, optional `name` and optional `mapping` (a JSON string), or JSON `{ uploadId, name?, mapping? }` for a file uploaded with `POST …/uploads`. Answers 202 with the dataset (`status: "importing"`); poll `GET …/datasets/:id` for its progress. A mapping that cannot read the file is 400 and creates nothing.',
        params: workspaceParams,
        consumes: ['multipart/form-data', 'application/json'],
        response: { 202: z.object({ dataset: datasetView }) },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      if (!request.isMultipart()) {
        const body = z
          .object({
            uploadId: z.string().min(1).max(100),
            name: z.unknown().optional(),
            mapping: z.unknown().optional(),
          })
          .safeParse(request.body);
        if (!body.success)
          throw validation(
            body.error.issues.map((i) => ({
              path: ['body', ...i.path.map(String)].join('.'),
              message: i.message,
            })),
          );
        const entry = held.get(body.data.uploadId);
        if (!entry || entry.workspaceId !== workspaceId || !existsSync(entry.upload.path))
          throw new HttpError(404, 'not-found', 'upload not found (it is used once and kept for an hour)');
        const mapping = readMapping(body.data.mapping);
        const name = readName(body.data.name, entry.upload.fileName);
        const { preview } =
          mapping.format && mapping.format !== entry.preview.format
            ? await inspect(entry.upload, workspaceId, mapping.format)
            : { preview: entry.preview };
        const dataset = await startImport(request, workspaceId, entry.upload, mapping, preview, { name });
        held.delete(body.data.uploadId);
        return reply.code(202).send({ dataset });
      }
      const upload = await receiveUpload(request, datasets.uploadDir, workspaceId, datasets.maxUploadBytes);
      try {
        const mapping = readMapping(upload.fields.mapping);
        const name = readName(upload.fields.name, upload.fileName);
        const { preview } = await inspect(upload, workspaceId, mapping.format);
        const dataset = await startImport(request, workspaceId, upload, mapping, preview, { name });
        return reply.code(202).send({ dataset });
      } catch (error) {
        discardUpload(upload);
        throw error;
      }
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/datasets/:datasetId/versions',
    {
      config: { uploadTypes: MULTIPART },
      schema: {
        tags: ['datasets'],
        summary:
          "Append a file to a dataset as a new version (editor): multipart with `file` and optional `mapping` (default: the dataset's). Events it already holds (same event id) are skipped. 202 with the dataset; 409 while another import of it runs.",
        params: datasetParams,
        consumes: ['multipart/form-data'],
        response: { 202: z.object({ dataset: datasetView }) },
      },
    },
    async (request, reply) => {
      const { workspaceId, datasetId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const existing = await store.datasets.get(workspaceId, datasetId);
      if (!existing) throw notFound('dataset');
      if (existing.status === 'importing')
        throw conflict('importing', 'an import of this dataset is running; wait until it ends');
      const upload = await receiveUpload(request, datasets.uploadDir, workspaceId, datasets.maxUploadBytes);
      try {
        const mapping = upload.fields.mapping ? readMapping(upload.fields.mapping) : existing.mapping;
        const { preview } = await inspect(upload, workspaceId, mapping.format ?? existing.format);
        const dataset = await startImport(request, workspaceId, upload, mapping, preview, { datasetId });
        return reply.code(202).send({ dataset });
      } catch (error) {
        discardUpload(upload);
        throw error;
      }
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/datasets',
    {
      schema: {
        tags: ['datasets'],
        summary: 'The datasets of a workspace, newest first, with their status and figures',
        params: workspaceParams,
        response: { 200: z.object({ datasets: z.array(datasetView) }) },
      },
    },
    async (request) => {
      await authorizeWorkspace(store, request.principal, request.params.workspaceId, 'read');
      return { datasets: await store.datasets.list(request.params.workspaceId) };
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/datasets/:datasetId',
    {
      schema: {
        tags: ['datasets'],
        summary:
          'One dataset: `{ id, name, status: "importing" | "ready" | "failed", progress, error, events, cases, customers, activities, firstEventAt, lastEventAt, versions, sizeBytes, … }` and its versions (`versionList`)',
        params: datasetParams,
        response: { 200: datasetView.extend({ versionList: z.array(versionView) }) },
      },
    },
    async (request, reply) => {
      const { workspaceId, datasetId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const dataset = await store.datasets.get(workspaceId, datasetId);
      if (!dataset) throw notFound('dataset');
      const versions = await openWorkspaceEvents(datasets.events, workspaceId).versions(datasetId);
      reply.header('cache-control', 'no-store');
      return {
        ...dataset,
        versionList: versions.map((v) => ({
          version: v.version,
          importedAt: new Date(v.importedAtMs).toISOString(),
          eventsAdded: v.eventsAdded,
          eventsSkipped: v.eventsSkipped,
        })),
      };
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/datasets/:datasetId/mine',
    {
      schema: {
        tags: ['datasets'],
        summary:
          'The mining report of a dataset: exactly the JSON of `trailmap mine --format json` for the same file and mapping (docs/mining.md, "The JSON shape"). 409 while a first import runs or after it failed.',
        params: datasetParams,
      },
    },
    async (request) => {
      const { workspaceId, datasetId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const dataset = await store.datasets.get(workspaceId, datasetId);
      if (!dataset) throw notFound('dataset');
      if (dataset.versions === 0 || !dataset.imported)
        throw conflict(
          'not-ready',
          'this dataset holds no events yet; wait for its import, or upload it again',
        );
      const workspace = openWorkspaceEvents(datasets.events, workspaceId);
      const version = (await workspace.latestVersion(datasetId)) ?? 0;
      const imported = {
        format: dataset.format,
        caseNotion: dataset.imported.caseNotion as LogCaseNotion,
        eventsWithoutCase: dataset.imported.eventsWithoutCase,
      };
      return datasets.answers.get(`${workspaceId}/${datasetId}@${version}/mine`, () =>
        workspace.query(datasetId, (events, scope) =>
          buildMineReport(events, scope, dataset.fileName ?? dataset.name, imported),
        ),
      );
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/datasets/:datasetId',
    {
      schema: {
        tags: ['datasets'],
        summary: 'Rename a dataset (editor)',
        params: datasetParams,
        body: z.object({ name: nameText }),
        response: { 200: z.object({ dataset: datasetView }) },
      },
    },
    async (request) => {
      const { workspaceId, datasetId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const dataset = await store.datasets.rename(workspaceId, datasetId, request.body.name);
      if (!dataset) throw notFound('dataset');
      return { dataset };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/datasets/:datasetId',
    {
      schema: {
        tags: ['datasets'],
        summary:
          'Delete a dataset and all its events (editor); the maps linked to it are unlinked (their version rises); 409 while an import of it runs',
        params: datasetParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, datasetId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const dataset = await store.datasets.get(workspaceId, datasetId);
      if (!dataset) throw notFound('dataset');
      if (dataset.status === 'importing')
        throw conflict('importing', 'an import of this dataset is running; wait until it ends');
      await openWorkspaceEvents(datasets.events, workspaceId).deleteDataset(datasetId);
      await store.transaction(async (tx) => {
        // The maps measured by it lose the link (and its standing filter): a new version each, so an
        // editor open on one of them learns of it at its next save instead of writing the link back.
        for (const linked of await tx.journeys.list(workspaceId, { datasetId })) {
          await rewriteJourney(tx, workspaceId, linked.id, (map) =>
            map.datasetId === datasetId
              ? { ...editableParts(map), datasetId: null, datasetFilter: null }
              : null,
          );
        }
        await tx.datasets.delete(workspaceId, datasetId);
      });
      return reply.code(204).send(null);
    },
  );
}
