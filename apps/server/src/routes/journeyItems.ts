import {
  addIdea,
  addPainPoint,
  addPhase,
  addTouchpoint,
  idSchema,
  ideaFieldsSchema,
  painPointFieldsSchema,
  phaseFieldsSchema,
  removeIdea,
  removePainPoint,
  removePhase,
  removeTouchpoint,
  touchpointFieldsSchema,
  updateIdea,
  updatePainPoint,
  updatePhase,
  updateTouchpoint,
  type JourneyContent,
  type IdeaFields,
  type PainPointFields,
  type PhaseFields,
  type TouchpointFields,
} from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { notFound } from '../http/errors.js';
import { journeyParams, versionField, versionQuery } from '../http/params.js';
import { definedOnly, patchSchema } from '../http/patchSchema.js';
import type { Api } from '../http/types.js';
import { editableParts, mutateJourney } from '../journeys/mutateJourney.js';

type Fields = Record<string, unknown>;

/** How one kind of card on a map is added, changed and removed (pure edits from the domain). */
interface CardKind {
  /** URL segment: /journeys/:journeyId/<segment>/:itemId */
  segment: string;
  /** Key of the created item in the POST response. */
  key: string;
  label: string;
  idKind: 'touchpoint' | 'painPoint' | 'idea' | 'phase';
  fields: z.ZodObject;
  extra?: z.ZodRawShape;
  add(
    content: JourneyContent,
    fields: Fields,
    extra: Fields,
  ): { content: JourneyContent; item: { id: string } };
  update(content: JourneyContent, id: string, patch: Fields, extra: Fields): JourneyContent | null;
  remove(content: JourneyContent, id: string): JourneyContent | null;
}

/* The route has validated `fields` with the same schema that types the domain's edit function. */

/**
 * An idea's single `touchpointId` and `painPointId` became lists (`touchpointIds`, `painPointIds`, map version
 * 3): a client that still sends them gets a 400 naming the field, never a link silently dropped.
 */
const retiredIdeaLinks = {
  touchpointId: z
    .never({ error: 'replaced by touchpointIds: the list of touchpoints the idea is linked to' })
    .optional(),
  painPointId: z
    .never({ error: 'replaced by painPointIds: the list of pain points the idea is linked to' })
    .optional(),
};

const atIndex = {
  index: z.number().int().min(0).max(10_000).optional().describe('position to put it at (0 = first)'),
};

const CARD_KINDS: CardKind[] = [
  {
    segment: 'touchpoints',
    key: 'touchpoint',
    label: 'touchpoint',
    idKind: 'touchpoint',
    fields: touchpointFieldsSchema,
    add: (c, f) => {
      const r = addTouchpoint(c, f as unknown as TouchpointFields);
      return { content: r.content, item: r.touchpoint };
    },
    update: (c, id, p) => updateTouchpoint(c, id, p as unknown as TouchpointFields),
    remove: removeTouchpoint,
  },
  {
    segment: 'pain-points',
    key: 'painPoint',
    label: 'pain point',
    idKind: 'painPoint',
    fields: painPointFieldsSchema,
    add: (c, f) => {
      const r = addPainPoint(c, f as unknown as PainPointFields);
      return { content: r.content, item: r.painPoint };
    },
    update: (c, id, p) => updatePainPoint(c, id, p as unknown as PainPointFields),
    remove: removePainPoint,
  },
  {
    segment: 'ideas',
    key: 'idea',
    label: 'idea',
    idKind: 'idea',
    fields: ideaFieldsSchema,
    extra: retiredIdeaLinks,
    add: (c, f) => {
      const r = addIdea(c, f as unknown as IdeaFields);
      return { content: r.content, item: r.idea };
    },
    update: (c, id, p) => updateIdea(c, id, p as unknown as IdeaFields),
    remove: removeIdea,
  },
  {
    segment: 'phases',
    key: 'phase',
    label: 'phase',
    idKind: 'phase',
    fields: phaseFieldsSchema,
    extra: atIndex,
    add: (c, f, e) => {
      const r = addPhase(c, f as unknown as PhaseFields, e.index as number | undefined);
      return { content: r.content, item: r.phase };
    },
    update: (c, id, p, e) => updatePhase(c, id, p as unknown as PhaseFields, e.index as number | undefined),
    remove: removePhase,
  },
];

function registerCardKind(api: Api, { store }: AppContext, kind: CardKind) {
  const base = `/api/workspaces/:workspaceId/journeys/:journeyId/${kind.segment}`;
  const itemParams = journeyParams.extend({ itemId: idSchema(kind.idKind) });
  const extraKeys = Object.keys(kind.extra ?? {});
  const split = (body: Fields) => {
    const extra: Fields = {};
    const fields: Fields = {};
    for (const [k, v] of Object.entries(body)) (extraKeys.includes(k) ? extra : fields)[k] = v;
    return { extra, fields };
  };

  api.post(
    base,
    {
      schema: {
        tags: ['journey content'],
        summary: `Add a ${kind.label} to a map (editor); send the version you edited`,
        params: journeyParams,
        body: kind.fields.extend({ version: versionField, ...kind.extra }),
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { version, ...rest } = request.body as Fields & { version: number };
      const { fields, extra } = split(rest);
      let created: { id: string } | undefined;
      const journey = await mutateJourney(store, workspaceId, journeyId, version, (current) => {
        const { content, item } = kind.add(current, fields, extra);
        created = item;
        return { ...editableParts(current), ...content };
      });
      return reply.code(201).send({ journey, [kind.key]: created });
    },
  );

  api.patch(
    `${base}/:itemId`,
    {
      schema: {
        tags: ['journey content'],
        summary: `Change or move a ${kind.label} (editor); send the version you edited`,
        params: itemParams,
        body: patchSchema(kind.fields).extend({ version: versionField, ...kind.extra }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId, itemId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { version, ...rest } = request.body as Fields & { version: number };
      const { fields, extra } = split(definedOnly(rest));
      const journey = await mutateJourney(store, workspaceId, journeyId, version, (current) => {
        const content = kind.update(current, itemId, fields, extra);
        if (!content) throw notFound(kind.label);
        return { ...editableParts(current), ...content };
      });
      return { journey };
    },
  );

  api.delete(
    `${base}/:itemId`,
    {
      schema: {
        tags: ['journey content'],
        summary: `Remove a ${kind.label} (editor); pass ?version= of the map you edited`,
        params: itemParams,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const { workspaceId, journeyId, itemId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const journey = await mutateJourney(store, workspaceId, journeyId, request.query.version, (current) => {
        const content = kind.remove(current, itemId);
        if (!content) throw notFound(kind.label);
        return { ...editableParts(current), ...content };
      });
      return { journey };
    },
  );
}

export function registerJourneyItemRoutes(api: Api, context: AppContext) {
  for (const kind of CARD_KINDS) registerCardKind(api, context, kind);
}
