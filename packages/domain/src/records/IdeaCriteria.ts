import { z } from 'zod';

/**
 * The criteria an idea is scored on ("choose five"): reach, frequency and feasibility by default, and
 * optional weighted ones. Every score is 1 (low) .. 5 (high); for feasibility 5 is a quick win.
 */
export const IDEA_CRITERIA = [
  'reach',
  'frequency',
  'feasibility',
  'prospects',
  'media',
  'brand',
  'satisfaction',
] as const;
export type IdeaCriterion = (typeof IDEA_CRITERIA)[number];
export const ideaCriterionSchema = z.enum(IDEA_CRITERIA);

/** The criteria whose score the measured map can fill in (reach from the journeys, satisfaction from the NPS drivers). */
export const MEASURABLE_CRITERIA = ['reach', 'satisfaction'] as const;
export type MeasurableCriterion = (typeof MEASURABLE_CRITERIA)[number];

/** The largest weight of one criterion (0 = not used). */
export const MAX_CRITERION_WEIGHT = 10;

/** Default weights: reach, frequency and feasibility count once; the optional criteria are off. */
export const DEFAULT_CRITERION_WEIGHTS: Readonly<Record<IdeaCriterion, number>> = {
  reach: 1,
  frequency: 1,
  feasibility: 1,
  prospects: 0,
  media: 0,
  brand: 0,
  satisfaction: 0,
};

const weight = z.number().min(0).max(MAX_CRITERION_WEIGHT).multipleOf(0.5);

/** A workspace's criteria set: one weight per criterion (0 = off), at least one weight above 0. */
export const criterionWeightsSchema = z
  .object(
    Object.fromEntries(IDEA_CRITERIA.map((c) => [c, weight.default(DEFAULT_CRITERION_WEIGHTS[c])])) as Record<
      IdeaCriterion,
      z.ZodDefault<typeof weight>
    >,
  )
  .strict()
  .refine((w) => IDEA_CRITERIA.some((c) => w[c] > 0), 'at least one criterion needs a weight above 0');
export type CriterionWeights = Record<IdeaCriterion, number>;

/** A change to the weights (the criteria named; the others keep theirs). */
export const criterionWeightsPatchSchema = z
  .object(
    Object.fromEntries(IDEA_CRITERIA.map((c) => [c, weight.optional()])) as Record<
      IdeaCriterion,
      z.ZodOptional<typeof weight>
    >,
  )
  .strict();

/**
 * The weighted score of an idea on the 1–5 scale: Σ wᵢ·sᵢ / Σ wᵢ over the criteria with a weight above 0
 * and a score; null when none of them is scored. `coverage` is the share of the weight that was scored.
 */
export function computeIdeaScore(
  scores: Partial<Record<IdeaCriterion, number | null>>,
  weights: CriterionWeights,
): { score: number | null; coverage: number } {
  let sum = 0;
  let scoredWeight = 0;
  let totalWeight = 0;
  for (const criterion of IDEA_CRITERIA) {
    const w = weights[criterion];
    if (!(w > 0)) continue;
    totalWeight += w;
    const s = scores[criterion];
    if (s === null || s === undefined) continue;
    sum += w * s;
    scoredWeight += w;
  }
  return {
    score: scoredWeight > 0 ? sum / scoredWeight : null,
    coverage: totalWeight > 0 ? scoredWeight / totalWeight : 0,
  };
}

/**
 * A measured reach (the share of the journeys in scope that reach any of the idea's touchpoints, 0..1) on
 * the 1–5 scale: below 5 % → 1, below 15 % → 2, below 30 % → 3, below 50 % → 4, else 5.
 */
export const REACH_SHARE_STEPS = [0.05, 0.15, 0.3, 0.5] as const;
export function rateReachShare(share: number): number {
  return 1 + REACH_SHARE_STEPS.filter((step) => share >= step).length;
}

/**
 * The NPS drivers' importance of the idea's touchpoints (the sum of their shares of the explained
 * variance, 0..1) on the 1–5 scale: below 5 % → 1, below 10 % → 2, below 20 % → 3, below 35 % → 4, else 5.
 */
export const DRIVER_SHARE_STEPS = [0.05, 0.1, 0.2, 0.35] as const;
export function rateDriverShare(share: number): number {
  return 1 + DRIVER_SHARE_STEPS.filter((step) => share >= step).length;
}
