import { z } from 'zod';
import { idSchema } from '../ids.js';
import type { MigrationSequence } from '../migrations.js';
import { datasetFilterSchema } from './DatasetFilter.js';
import { ideaSchema, liftIdeaLinks } from './Idea.js';
import { laneSchema } from './Lane.js';
import { painPointSchema } from './PainPoint.js';
import { phaseSchema } from './Phase.js';
import { LIMITS, isoDateTime, longText, nameText, shortText } from './text.js';
import { touchpointSchema } from './Touchpoint.js';

export const JOURNEY_STATES = ['current', 'desired'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];
export const journeyStateSchema = z.enum(JOURNEY_STATES);

export const PHASE_MODELS = [
  'see-think-do-care-love',
  'see-think-do-care',
  'orientation-purchase-use-service-billing',
  'awareness-consideration-purchase-retention-advocacy',
  'blank',
  'custom',
] as const;
export type PhaseModel = (typeof PHASE_MODELS)[number];
export const phaseModelSchema = z.enum(PHASE_MODELS);

/** The descriptive fields of a map (everything but its content and bookkeeping). */
export const journeyMetaSchema = z.object({
  title: nameText,
  goal: shortText.default(''),
  scope: longText.default(''),
  personaIds: z.array(idSchema('persona')).max(LIMITS.personasPerJourney).default([]),
  state: journeyStateSchema.default('current'),
  /** The other side of a current/desired pair, when there is one. */
  counterpartId: idSchema('journey').nullable().default(null),
  phaseModel: phaseModelSchema.default('custom'),
  /**
   * The dataset whose events measure this map (at most one; its own case notion makes the journeys),
   * null when the map is not linked.
   */
  datasetId: idSchema('dataset').nullable().default(null),
  /** A standing filter on the linked dataset's events and journeys; null = none (always null unlinked). */
  datasetFilter: datasetFilterSchema.nullable().default(null),
});
export type JourneyMeta = z.infer<typeof journeyMetaSchema>;

/** What a map holds: phases (columns), lanes (rows) and the cards. */
export const journeyContentSchema = z.object({
  phases: z.array(phaseSchema).max(LIMITS.phases).default([]),
  lanes: z.array(laneSchema).max(LIMITS.lanes).default([]),
  touchpoints: z.array(touchpointSchema).max(LIMITS.touchpoints).default([]),
  painPoints: z.array(painPointSchema).max(LIMITS.painPoints).default([]),
  ideas: z.array(ideaSchema).max(LIMITS.ideas).default([]),
});
export type JourneyContent = z.infer<typeof journeyContentSchema>;

/** A journey map as stored: meta + content + bookkeeping; `version` rises by one on every edit. */
export const journeyMapSchema = journeyMetaSchema.extend({
  ...journeyContentSchema.shape,
  id: idSchema('journey'),
  workspaceId: idSchema('workspace'),
  version: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type JourneyMap = z.infer<typeof journeyMapSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A map's content with every idea at record version 3 (`liftIdeaLinks`); other keys as they are. */
export function liftJourneyContent<T extends Record<string, unknown>>(content: T): T {
  return Array.isArray(content.ideas) ? { ...content, ideas: content.ideas.map(liftIdeaLinks) } : content;
}

/**
 * Versions of the journey map record. 2: the map links to a dataset (`datasetId`, `datasetFilter`, both
 * null before) and every touchpoint has a `matcher` (null before). 3: ideas link to many touchpoints, pain
 * points and phases, say where they came from and carry scores per criterion (`liftIdeaLinks`).
 */
export const JOURNEY_MIGRATIONS: MigrationSequence = {
  recordType: 'journey',
  currentVersion: 3,
  steps: [
    {
      to: 2,
      description: 'dataset link (datasetId, datasetFilter) and touchpoint matchers, all null',
      up: (journey) => ({
        ...journey,
        datasetId: journey.datasetId ?? null,
        datasetFilter: journey.datasetFilter ?? null,
        ...(Array.isArray(journey.touchpoints)
          ? {
              touchpoints: journey.touchpoints.map((t: unknown) =>
                isRecord(t) ? { ...t, matcher: t.matcher ?? null } : t,
              ),
            }
          : {}),
      }),
    },
    {
      to: 3,
      description:
        'ideas: touchpointId/painPointId become touchpointIds/painPointIds; phaseIds, source, scores, scoreBasis by default',
      up: (journey) => liftJourneyContent(journey),
    },
  ],
};

export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Checks what a schema cannot: ids are unique, and every phase/touchpoint/pain point a card points to
 * exists on this map. Returns the problems (empty when the map is consistent).
 */
export function findReferenceProblems(content: JourneyContent): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const seen = new Set<string>();
  const checkUnique = (kind: keyof JourneyContent) => {
    content[kind].forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ path: [kind, i, 'id'], message: `duplicate id ${item.id}` });
      seen.add(item.id);
    });
  };
  (['phases', 'lanes', 'touchpoints', 'painPoints', 'ideas'] as const).forEach(checkUnique);
  const phaseIds = new Set<string>(content.phases.map((p) => p.id));
  const touchpointIds = new Set<string>(content.touchpoints.map((t) => t.id));
  const painPointIds = new Set<string>(content.painPoints.map((p) => p.id));
  content.touchpoints.forEach((t, i) => {
    if (!phaseIds.has(t.phaseId))
      problems.push({ path: ['touchpoints', i, 'phaseId'], message: `no phase ${t.phaseId} on this map` });
  });
  content.painPoints.forEach((p, i) => {
    if (!phaseIds.has(p.phaseId))
      problems.push({ path: ['painPoints', i, 'phaseId'], message: `no phase ${p.phaseId} on this map` });
    if (p.touchpointId && !touchpointIds.has(p.touchpointId))
      problems.push({
        path: ['painPoints', i, 'touchpointId'],
        message: `no touchpoint ${p.touchpointId} on this map`,
      });
  });
  content.ideas.forEach((idea, i) => {
    if (idea.phaseId && !phaseIds.has(idea.phaseId))
      problems.push({ path: ['ideas', i, 'phaseId'], message: `no phase ${idea.phaseId} on this map` });
    const links = [
      ['touchpointIds', touchpointIds, 'touchpoint'],
      ['painPointIds', painPointIds, 'pain point'],
      ['phaseIds', phaseIds, 'phase'],
    ] as const;
    for (const [field, known, label] of links)
      idea[field].forEach((id, j) => {
        if (!known.has(id))
          problems.push({ path: ['ideas', i, field, j], message: `no ${label} ${id} on this map` });
      });
    if (idea.source.touchpointId && !touchpointIds.has(idea.source.touchpointId))
      problems.push({
        path: ['ideas', i, 'source', 'touchpointId'],
        message: `no touchpoint ${idea.source.touchpointId} on this map`,
      });
  });
  return problems;
}

/** Touchpoints of one phase in map order (by `order`, then array position). */
export function touchpointsInPhase<T extends { phaseId: string; order: number }>(
  touchpoints: readonly T[],
  phaseId: string,
): T[] {
  return touchpoints
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.phaseId === phaseId)
    .sort((a, b) => a.t.order - b.t.order || a.i - b.i)
    .map(({ t }) => t);
}

/** All touchpoints in journey order: phase by phase, then within the phase. */
export function touchpointsInJourneyOrder<T extends { phaseId: string; order: number }>(
  phases: readonly { id: string }[],
  touchpoints: readonly T[],
): T[] {
  return phases.flatMap((p) => touchpointsInPhase(touchpoints, p.id));
}
