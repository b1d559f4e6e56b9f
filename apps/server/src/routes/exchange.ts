import type { Store } from '@trailmap/db';
import {
  getJourneyJsonSchema,
  idSchema,
  JourneyFormatError,
  MermaidFormatError,
  exportJourneyDocument,
  parseJourneyDocument,
  parseMermaidJourney,
  serializeJourneyDocument,
  toMermaidJourney,
  type JourneyContent,
  type JourneyDocument,
  type JourneyMeta,
  type PersonaId,
  type WorkspaceId,
} from '@trailmap/domain';
import { z } from 'zod';
import { IMPORT_BODY_LIMIT_BYTES, MERMAID_TYPES, type AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { HttpError, notFound } from '../http/errors.js';
import { journeyParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import { checkDatasetLink } from '../journeys/checkReferences.js';
import { assertConsistent } from '../journeys/mutateJourney.js';
import {
  curveQuery,
  figuresQuery,
  isPictureFormat,
  langQuery,
  PICTURE_FORMATS,
  sendJourneyPicture,
} from './exports.js';
import { measureMapFigures } from './journeyMeasures.js';

/** A file name safe for Content-Disposition: letters, digits, dashes. */
export function fileNameOf(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return base || 'journey';
}

function validationError(issues: { path: string; message: string }[]): HttpError {
  return new HttpError(
    400,
    'validation',
    issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '),
    {
      issues,
    },
  );
}

/** Reads a journey from an upload: a Trailmap JSON document, or Mermaid `journey` text. */
function readUpload(
  contentType: string,
  body: unknown,
): { meta: JourneyMeta; content: JourneyContent; document?: JourneyDocument } {
  if (contentType.startsWith('application/json')) {
    try {
      const document = parseJourneyDocument(body);
      const { id: _id, phases, lanes, touchpoints, painPoints, ideas, ...meta } = document.journey;
      return { meta, content: { phases, lanes, touchpoints, painPoints, ideas }, document };
    } catch (err) {
      if (err instanceof JourneyFormatError) {
        throw validationError(
          err.issues.map((i) => ({ path: i.path ? `body.${i.path}` : 'body', message: i.message })),
        );
      }
      throw err;
    }
  }
  if (typeof body !== 'string')
    throw validationError([{ path: 'body', message: 'send JSON or Mermaid text' }]);
  try {
    return parseMermaidJourney(body);
  } catch (err) {
    if (err instanceof MermaidFormatError) {
      throw new HttpError(400, 'validation', `line ${err.line}: ${err.reason}`, {
        issues: [{ path: `body.line.${err.line}`, message: err.reason }],
        line: err.line,
      });
    }
    throw err;
  }
}

/**
 * The dataset link of an imported map, in this workspace: kept when this workspace has the dataset (an
 * export imported back, or a copy between maps of one workspace), else dropped to null with its standing
 * filter — a dataset of another workspace is never linked, and the map imports unlinked.
 */
async function settleDatasetLink(store: Store, workspaceId: WorkspaceId, meta: JourneyMeta) {
  const kept = meta.datasetId !== null && (await store.datasets.get(workspaceId, meta.datasetId)) !== null;
  return kept
    ? { datasetId: meta.datasetId, datasetFilter: meta.datasetFilter }
    : { datasetId: null, datasetFilter: null };
}

/**
 * The personas of an imported document, in this workspace: an id this workspace already has is reused,
 * any other persona is created anew (ids of other workspaces are never trusted).
 */
async function settlePersonas(
  store: Store,
  workspaceId: WorkspaceId,
  document: JourneyDocument | undefined,
  personaIds: PersonaId[],
) {
  const existing = new Set<string>((await store.personas.list(workspaceId)).map((p) => p.id));
  const mapping = new Map<string, PersonaId>();
  let created = 0;
  for (const persona of document?.personas ?? []) {
    if (existing.has(persona.id)) {
      mapping.set(persona.id, persona.id);
      continue;
    }
    const { id, ...fields } = persona;
    const stored = await store.personas.create(workspaceId, fields);
    mapping.set(id, stored.id);
    created++;
  }
  const ids = personaIds
    .map((id) => mapping.get(id) ?? (existing.has(id) ? id : null))
    .filter((id): id is PersonaId => id !== null);
  return { personaIds: [...new Set(ids)], created };
}

export function registerExchangeRoutes(api: Api, context: AppContext) {
  const { store, pictures } = context;
  api.get(
    '/api/schemas/journey.json',
    {
      schema: {
        tags: ['journeys'],
        summary: 'The JSON Schema of the journey exchange document',
        security: [],
      },
    },
    async (_request, reply) => reply.type('application/schema+json').send(getJourneyJsonSchema()),
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/export',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Export a map (viewer): a versioned JSON document (with its personas), Mermaid `journey` text, or a picture of the whole map (SVG, print-resolution PNG, A3 landscape PDF) with lane labels in `lang`',
        params: journeyParams,
        querystring: z.object({
          format: z.enum(['json', 'mermaid', ...PICTURE_FORMATS]).default('json'),
          lang: langQuery,
          figures: figuresQuery,
          curve: curveQuery,
          personaId: idSchema('persona')
            .optional()
            .describe("with figures: measure a persona's journeys (its segment rule), as the map shows them"),
        }),
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const journey = await store.journeys.get(workspaceId, journeyId);
      if (!journey) throw notFound('journey');
      const personas = await store.personas.list(workspaceId);
      const name = fileNameOf(journey.title);
      const { format, lang } = request.query;
      if (isPictureFormat(format)) {
        const requester = { kind: 'workspace', id: workspaceId } as const;
        const figures = request.query.figures
          ? await measureMapFigures(context, journey, request.query.curve, {
              personaId: request.query.personaId,
            })
          : null;
        return sendJourneyPicture(reply, pictures, {
          journey,
          personas,
          format,
          lang,
          figures,
          fileName: name,
          requester,
        });
      }
      if (format === 'mermaid') {
        return reply
          .type('text/plain; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.mmd"`)
          .send(toMermaidJourney(journey, personas));
      }
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.trailmap.json"`)
        .send(serializeJourneyDocument(exportJourneyDocument(journey, personas)));
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/journeys/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      config: { uploadTypes: MERMAID_TYPES },
      schema: {
        tags: ['journeys'],
        summary:
          'Import a map (editor): a Trailmap JSON document (application/json) or Mermaid journey text (text/vnd.mermaid). The map gets a new id; its personas are created unless this workspace has them; its dataset link is kept only when this workspace has that dataset (else the map imports unlinked). All or nothing.',
        params: workspaceParams,
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const upload = readUpload(request.headers['content-type'] ?? '', request.body);
      assertConsistent(upload.content);
      const result = await store.transaction(async (tx) => {
        const link = await settleDatasetLink(tx, workspaceId, upload.meta);
        await checkDatasetLink(tx, workspaceId, link, { at: 'body.journey' });
        const personas = await settlePersonas(tx, workspaceId, upload.document, upload.meta.personaIds);
        const journey = await tx.journeys.create(workspaceId, {
          ...upload.meta,
          ...upload.content,
          ...link,
          personaIds: personas.personaIds,
          counterpartId: null,
        });
        return { journey, personasCreated: personas.created };
      });
      return reply.code(201).send(result);
    },
  );
}
