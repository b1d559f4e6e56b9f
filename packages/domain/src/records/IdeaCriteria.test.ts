import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERION_WEIGHTS,
  computeIdeaScore,
  criterionWeightsSchema,
  rateDriverShare,
  rateReachShare,
} from './IdeaCriteria.js';

describe('computeIdeaScore', () => {
  it('computeIdeaScore is Σ wᵢ·sᵢ / Σ wᵢ over the weighted, scored criteria', () => {
    // defaults: reach, frequency, feasibility weigh 1: (4 + 2 + 3) / 3 = 3
    expect(
      computeIdeaScore({ reach: 4, frequency: 2, feasibility: 3, media: 5 }, DEFAULT_CRITERION_WEIGHTS),
    ).toEqual({ score: 3, coverage: 1 });
    // reach 2 × 4, feasibility 1 × 1, media 0.5 × 5: (8 + 1 + 2.5) / 3.5 = 3.2857…; frequency unscored
    const weights = { ...DEFAULT_CRITERION_WEIGHTS, reach: 2, media: 0.5 };
    const { score, coverage } = computeIdeaScore({ reach: 4, feasibility: 1, media: 5 }, weights);
    expect(score).toBeCloseTo(11.5 / 3.5, 10);
    expect(coverage).toBeCloseTo(3.5 / 4.5, 10);
    expect(computeIdeaScore({}, DEFAULT_CRITERION_WEIGHTS)).toEqual({ score: null, coverage: 0 });
  });
});

describe('rateReachShare / rateDriverShare', () => {
  it('rateReachShare maps a share of journeys onto 1–5 at 5, 15, 30 and 50 %', () => {
    expect([0, 0.049, 0.05, 0.149, 0.15, 0.299, 0.3, 0.499, 0.5, 1].map(rateReachShare)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });
  it('rateDriverShare maps a share of explained variance onto 1–5 at 5, 10, 20 and 35 %', () => {
    expect([0, 0.05, 0.099, 0.1, 0.2, 0.349, 0.35, 0.9].map(rateDriverShare)).toEqual([
      1, 2, 2, 3, 4, 4, 5, 5,
    ]);
  });
});

describe('criterionWeightsSchema', () => {
  it('criterionWeightsSchema fills defaults, keeps weights 0–10 in halves, and needs one above 0', () => {
    expect(criterionWeightsSchema.parse({})).toEqual(DEFAULT_CRITERION_WEIGHTS);
    expect(criterionWeightsSchema.parse({ media: 2.5 }).media).toBe(2.5);
    expect(criterionWeightsSchema.safeParse({ media: 11 }).success).toBe(false);
    expect(criterionWeightsSchema.safeParse({ media: 0.3 }).success).toBe(false);
    expect(criterionWeightsSchema.safeParse({ wow: 1 }).success).toBe(false);
    expect(criterionWeightsSchema.safeParse({ reach: 0, frequency: 0, feasibility: 0 }).success).toBe(false);
  });
});
