import { hideBackstage, idSchema, type PersonaId } from '@trailmap/domain';
import { SHARE_LINK_KINDS, type ShareLink } from '@trailmap/db';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace, requireUser } from '../auth/principal.js';
import { createSecret, hashSecret } from '../auth/tokens.js';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { journeyParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import type { WorkspaceId } from '@trailmap/domain';
import { fileNameOf } from './exchange.js';
import { pictureQuery, selectMapPersonas, sendJourneyPicture } from './exports.js';
import { answerJourneyMeasures, measureMapFigures, period, withPersona } from './journeyMeasures.js';

/** The measured figures a share link shows: the curve's lines, the period and the persona, as stored. */
const figuresView = z.object({
  curve: z.enum(['designed', 'measured', 'both']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  personaId: z.string().nullable(),
});

/** The figures options of a new link: as the map showed them when it was shared (docs/measured-map.md). */
const figuresBody = z
  .object({
    curve: z
      .enum(['designed', 'measured', 'both'])
      .default('designed')
      .describe('which emotion lines the shared curve draws'),
    from: period.nullable().describe('start of the period measured (ISO date; null: all the data)'),
    to: period.nullable().describe('end of the period measured, exclusive (ISO date)'),
    personaId: idSchema('persona')
      .nullable()
      .optional()
      .describe("measure this persona's journeys (its segment rule); null: all customers"),
  })
  .nullable()
  .optional()
  .describe('show the measured figures of the linked map on the shared page; absent or null: none');

/** How many characters of a token identify its link in lists (the rest stays secret). */
export const SHARE_PREFIX_LENGTH = 8;

const shareLinkView = z.object({
  id: z.string(),
  journeyId: z.string(),
  prefix: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  includeBackstage: z.boolean(),
  figures: figuresView.nullable(),
  kind: z.enum(SHARE_LINK_KINDS).describe("what the link opens: the map, or the journey's board report"),
});
const listedLinkView = shareLinkView.extend({
  createdByName: z.string().describe('who made the link'),
  journeyTitle: z.string(),
});

const shareLinkParams = journeyParams.extend({ linkId: idSchema('shareLink') });
/** Any string: malformed, unknown and revoked tokens all get the same 404. */
const tokenParams = z.object({ token: z.string().min(1).max(200) });

export function registerShareLinkRoutes(api: Api, context: AppContext) {
  const { store, pictures } = context;
  /** The live link of a token and its map, or the one 404 for unknown, revoked and deleted alike. */
  async function openLink(token: string) {
    const found = await store.shareLinks.findActiveByHash(hashSecret(token));
    // a report link opens the report only (GET /api/share/:token/report), not the map
    const link = found?.kind === 'map' ? found : null;
    const journey = link ? await store.journeys.get(link.workspaceId, link.journeyId) : null;
    if (!link || !journey) throw notFound('share link');
    return { link, journey };
  }
  async function openShare(token: string) {
    const { link, journey } = await openLink(token);
    const personas = selectMapPersonas(journey, await store.personas.list(link.workspaceId));
    return { journey: link.includeBackstage ? journey : hideBackstage(journey), personas, link };
  }

  /**
   * The figures options of a new link, checked: a map linked to a dataset, a period running forward and a
   * persona of the workspace with a segment rule the data can read (409 / 400 / 404 otherwise).
   */
  async function checkFigures(
    journey: NonNullable<Awaited<ReturnType<typeof store.journeys.get>>>,
    figures: z.infer<typeof figuresBody>,
  ): Promise<ShareLink['figures']> {
    if (!figures) return null;
    const { from = null, to = null, personaId = null, curve } = figures;
    if (from !== null && to !== null && Date.parse(from) >= Date.parse(to))
      throw new HttpError(400, 'validation', 'body.figures.to: must be after from', {
        issues: [{ path: 'body.figures.to', message: 'must be after from' }],
      });
    if (!journey.datasetId)
      throw conflict('not-linked', 'this map is not linked to a dataset: it has no figures to share');
    if (personaId !== null)
      await withPersona(store, journey.workspaceId, personaId, {}, 'body.figures.personaId');
    return { curve, from, to, personaId: personaId as PersonaId | null };
  }

  /** Share links are managed by signed-in editors (never by an API key). */
  async function authorizeManager(principal: Parameters<typeof requireUser>[0], workspaceId: WorkspaceId) {
    await authorizeWorkspace(store, principal, workspaceId, 'edit');
    return requireUser(principal);
  }

  api.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/share-links',
    {
      schema: {
        tags: ['share links'],
        summary:
          'Create a public read-only link to a map or to its board report (`kind`; editor, signed in). The token is in the response once; only its hash is kept. Back-stage notes are hidden from the link unless `includeBackstage` is true.',
        params: journeyParams,
        body: z
          .object({
            includeBackstage: z
              .boolean()
              .default(false)
              .describe('show the back-stage notes and lane to whoever has the link'),
            figures: figuresBody,
            kind: z
              .enum(SHARE_LINK_KINDS)
              .default('map')
              .describe(
                "what the link opens: the map (`map`, at /share/:token) or the journey's board report (`report`, at /api/share/:token/report; no figures options)",
              ),
          })
          .nullable()
          .describe('optional; a POST without a body makes a link without back-stage notes'),
        response: { 201: z.object({ shareLink: shareLinkView, token: z.string(), path: z.string() }) },
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      const { user } = await authorizeManager(request.principal, workspaceId);
      const journey = await store.journeys.get(workspaceId, journeyId);
      if (!journey) throw notFound('journey');
      const kind = request.body?.kind ?? 'map';
      if (kind === 'report' && request.body?.figures)
        throw new HttpError(
          400,
          'validation',
          'body.figures: a report link shows the report; leave figures out',
          {
            issues: [{ path: 'body.figures', message: 'a report link shows the report; leave figures out' }],
          },
        );
      const figures = await checkFigures(journey, request.body?.figures);
      const token = createSecret();
      const shareLink = await store.shareLinks.create({
        workspaceId,
        journeyId,
        prefix: token.slice(0, SHARE_PREFIX_LENGTH),
        tokenHash: hashSecret(token),
        createdBy: user.id,
        includeBackstage: request.body?.includeBackstage ?? false,
        figures,
        kind,
      });
      const path = kind === 'report' ? `/api/share/${token}/report` : `/share/${token}`;
      return reply.code(201).send({ shareLink, token, path });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/share-links',
    {
      schema: {
        tags: ['share links'],
        summary:
          'The share links of a map with who made them, revoked ones included (editor, signed in); tokens are never shown again',
        params: journeyParams,
        response: { 200: z.object({ shareLinks: z.array(listedLinkView) }) },
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeManager(request.principal, workspaceId);
      if (!(await store.journeys.get(workspaceId, journeyId))) throw notFound('journey');
      return { shareLinks: await store.shareLinks.listForJourney(workspaceId, journeyId) };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/journeys/:journeyId/share-links/:linkId',
    {
      schema: {
        tags: ['share links'],
        summary: 'Revoke a share link (editor, signed in); it stops working at once',
        params: shareLinkParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId, linkId } = request.params;
      await authorizeManager(request.principal, workspaceId);
      if (!(await store.shareLinks.revoke(workspaceId, journeyId, linkId))) throw notFound('share link');
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/share-links',
    {
      schema: {
        tags: ['share links'],
        summary:
          "Every share link of the workspace with its map and who made it, revoked ones included (owner, signed in): share links are the workspace's, whoever made them",
        params: workspaceParams,
        response: { 200: z.object({ shareLinks: z.array(listedLinkView) }) },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      requireUser(request.principal);
      return { shareLinks: await store.shareLinks.listForWorkspace(workspaceId) };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/share-links',
    {
      schema: {
        tags: ['share links'],
        summary: 'Revoke every live share link of the workspace at once (owner, signed in)',
        params: workspaceParams,
        response: { 200: z.object({ revoked: z.number().int() }) },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      requireUser(request.principal);
      return { revoked: await store.shareLinks.revokeAll(workspaceId) };
    },
  );

  api.get(
    '/api/share/:token',
    {
      schema: {
        tags: ['share links'],
        summary:
          'A shared map and the personas it names (no sign-in; 404 for unknown or revoked tokens); without back-stage notes unless the link was made with them',
        security: [],
        params: tokenParams,
      },
    },
    async (request, reply) => {
      const { journey, personas, link } = await openShare(request.params.token);
      // the persona the figures are for is named, also when the map does not name it
      const persona = link.figures?.personaId
        ? await store.personas.get(link.workspaceId, link.figures.personaId)
        : null;
      const figures = link.figures
        ? { ...link.figures, ...(persona ? { personaName: persona.name } : {}) }
        : null;
      return reply.header('cache-control', 'no-store').send({ journey, personas, figures });
    },
  );

  api.get(
    '/api/share/:token/measures',
    {
      schema: {
        tags: ['share links'],
        summary:
          "The measured figures of a shared map, with the link's stored options (period, persona): the answer of GET …/journeys/:id/measures (no sign-in; 404 for unknown or revoked tokens and links made without figures). Without back stage, conformance leaves out the unmatched activities.",
        security: [],
        params: tokenParams,
      },
    },
    async (request, reply) => {
      const { link } = await openLink(request.params.token);
      if (!link.figures) throw notFound('figures');
      const { from, to, personaId } = link.figures;
      const answer = await answerJourneyMeasures(context, link.workspaceId, link.journeyId, {
        from: from ?? undefined,
        to: to ?? undefined,
        personaId: personaId ?? undefined,
      });
      const shown = link.includeBackstage
        ? answer
        : {
            ...answer,
            conformance: {
              ...answer.conformance,
              deviations: answer.conformance.deviations.filter((d) => d.kind !== 'unmatched'),
            },
          };
      return reply.header('cache-control', 'no-store').send(shown);
    },
  );

  api.get(
    '/api/share/:token/export',
    {
      schema: {
        tags: ['share links'],
        summary:
          "A shared map as SVG, PNG or PDF, with the link's measured figures when it was made with them (no sign-in; 404 for unknown or revoked tokens)",

        security: [],
        params: tokenParams,
        querystring: pictureQuery,
      },
    },
    async (request, reply) => {
      const { link, journey: full } = await openLink(request.params.token);
      const journey = link.includeBackstage ? full : hideBackstage(full);
      const personas = await store.personas.list(link.workspaceId);
      const figures = link.figures
        ? await measureMapFigures(context, full, link.figures.curve, {
            from: link.figures.from ?? undefined,
            to: link.figures.to ?? undefined,
            personaId: link.figures.personaId ?? undefined,
          }).catch((err: unknown) => {
            // a persona deleted or changed since: the picture goes without figures
            if (err instanceof HttpError && err.statusCode < 500) return null;
            throw err;
          })
        : null;
      reply.header('cache-control', 'no-store');
      return sendJourneyPicture(reply, pictures, {
        journey,
        personas,
        figures,
        format: request.query.format,
        lang: request.query.lang,
        fileName: fileNameOf(journey.title),
        requester: { kind: 'share-link', id: hashSecret(request.params.token) },
      });
    },
  );
}
