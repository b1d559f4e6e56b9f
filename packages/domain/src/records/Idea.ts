import { z } from 'zod';
import { evidenceSchema } from '../evidence.js';
import { idSchema } from '../ids.js';
import { IDEA_CRITERIA, type IdeaCriterion } from './IdeaCriteria.js';
import { longText, nameText, shortText } from './text.js';

export const IDEA_STATUSES = ['proposed', 'chosen', 'in-progress', 'done', 'dropped'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** Where an idea came from. */
export const IDEA_SOURCES = ['workshop', 'drop-off', 'driver', 'complaint', 'other'] as const;
export type IdeaSourceKind = (typeof IDEA_SOURCES)[number];

/** Whether a measurable score comes from the data (when the map can measure it) or is the team's estimate. */
export const SCORE_BASES = ['measured', 'estimated'] as const;
export type ScoreBasis = (typeof SCORE_BASES)[number];

/** Explicit limits of an idea's links and source. */
export const IDEA_LIMITS = {
  /** Touchpoints, pain points and phases one idea links to (each). */
  links: 50,
  /** The note on where an idea came from (e.g. the measured figure). */
  sourceNote: 1_000,
} as const;

const rating = z.number().int().min(1).max(5);

function uniqueIds<T extends z.ZodType<string>>(id: T) {
  return z
    .array(id)
    .max(IDEA_LIMITS.links)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name the same card twice')
    .default([]);
}

/** Where an idea came from: a workshop, a measured drop-off, a key driver, a complaint, or other. */
export const ideaSourceSchema = z.object({
  kind: z.enum(IDEA_SOURCES).default('workshop'),
  /** What it rests on, e.g. "Checkout: 38 % drop-off (Mar–May)". */
  note: shortText.max(IDEA_LIMITS.sourceNote).default(''),
  /** The touchpoint whose figure it came from, when it came from the measured map. */
  touchpointId: idSchema('touchpoint').nullable().default(null),
});
export type IdeaSource = z.infer<typeof ideaSourceSchema>;

/** The other criteria's scores (1..5) by criterion id; reach and feasibility are fields of their own. */
const otherCriteria = IDEA_CRITERIA.filter((c) => c !== 'reach' && c !== 'feasibility') as Exclude<
  IdeaCriterion,
  'reach' | 'feasibility'
>[];
export const ideaScoresSchema = z
  .object(
    Object.fromEntries(otherCriteria.map((c) => [c, rating.nullable().optional()])) as Record<
      Exclude<IdeaCriterion, 'reach' | 'feasibility'>,
      z.ZodOptional<z.ZodNullable<typeof rating>>
    >,
  )
  .strict();
export type IdeaScores = z.infer<typeof ideaScoresSchema>;

/**
 * An improvement idea (record version 3). Its card sits in the ideas lane in the column of `phaseId`,
 * else of its first linked touchpoint, else of its first linked pain point, else the first phase.
 */
export const ideaFieldsSchema = z.object({
  /** The phase column the card sits in (null: found from its links). */
  phaseId: idSchema('phase').nullable().default(null),
  /** The touchpoints the change improves (the first places the card when `phaseId` is null). */
  touchpointIds: uniqueIds(idSchema('touchpoint')),
  /** The pain points it answers. */
  painPointIds: uniqueIds(idSchema('painPoint')),
  /** Whole phases it changes (beside or instead of touchpoints). */
  phaseIds: uniqueIds(idSchema('phase')),
  title: nameText,
  /** A short description of the change. */
  description: longText.default(''),
  source: ideaSourceSchema.default({ kind: 'workshop', note: '', touchpointId: null }),
  /** How many customers it touches: 1 (few) .. 5 (most) — the team's estimate (see `scoreBasis.reach`). */
  reach: rating.nullable().default(null),
  /** How quickly, with existing means: 1 (hard) .. 5 (quick win). */
  feasibility: rating.nullable().default(null),
  /** The other criteria's scores: frequency, prospects, media, brand, satisfaction (1..5 or null). */
  scores: ideaScoresSchema.default({}),
  /**
   * Per measurable criterion: `measured` = use the measured map's figure when the idea's touchpoints can be
   * measured (the typed score is the fallback); `estimated` = the team's typed score stands (an override).
   */
  scoreBasis: z
    .object({
      reach: z.enum(SCORE_BASES).default('measured'),
      satisfaction: z.enum(SCORE_BASES).default('measured'),
    })
    .strict()
    .default({ reach: 'measured', satisfaction: 'measured' }),
  status: z.enum(IDEA_STATUSES).default('proposed'),
  evidence: evidenceSchema.default('assumption'),
});
export type IdeaFields = z.infer<typeof ideaFieldsSchema>;

export const ideaSchema = ideaFieldsSchema.extend({ id: idSchema('idea') });
export type Idea = z.infer<typeof ideaSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An idea of record version 2 (single `touchpointId`, `painPointId`) as version 3: the single links become
 * one-element lists; `phaseId` stays the card's place, `phaseIds` starts empty; a version 3 idea
 * is returned as it is. Used by the journey migration, the store's read and the Mermaid import.
 */
export function liftIdeaLinks(idea: unknown): unknown {
  if (!isRecord(idea) || 'touchpointIds' in idea) return idea;
  const { touchpointId, painPointId, ...rest } = idea;
  const one = (id: unknown) => (typeof id === 'string' && id !== '' ? [id] : []);
  return {
    ...rest,
    touchpointIds: one(touchpointId),
    painPointIds: one(painPointId),
    phaseIds: [],
  };
}

/** The phase column of an idea's card (see `ideaFieldsSchema`), or null on a map without phases. */
export function findIdeaPhaseId(
  content: {
    phases: readonly { id: string }[];
    touchpoints: readonly { id: string; phaseId: string }[];
    painPoints: readonly { id: string; phaseId: string }[];
  },
  idea: Pick<Idea, 'phaseId' | 'touchpointIds' | 'painPointIds'>,
): string | null {
  if (idea.phaseId) return idea.phaseId;
  for (const id of idea.touchpointIds) {
    const touchpoint = content.touchpoints.find((t) => t.id === id);
    if (touchpoint) return touchpoint.phaseId;
  }
  for (const id of idea.painPointIds) {
    const painPoint = content.painPoints.find((p) => p.id === id);
    if (painPoint) return painPoint.phaseId;
  }
  return content.phases[0]?.id ?? null;
}
