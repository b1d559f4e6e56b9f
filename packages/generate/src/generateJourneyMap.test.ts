import { findReferenceProblems, journeyContentSchema, LIMITS } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { generateJourneyMap } from './generateJourneyMap.js';

describe('generateJourneyMap', () => {
  it('generateJourneyMap({ touchpoints: LIMITS.touchpoints }) is a valid, consistent map, the same for a seed', () => {
    const { meta, content } = generateJourneyMap({ touchpoints: LIMITS.touchpoints, seed: 7 });
    expect(journeyContentSchema.parse(content).touchpoints).toHaveLength(2_000);
    expect(findReferenceProblems(content)).toEqual([]);
    expect(meta.title).toBe('A map of 2000 touchpoints');
    const perPhase = content.phases.map((p) => content.touchpoints.filter((t) => t.phaseId === p.id).length);
    expect(perPhase).toEqual([400, 400, 400, 400, 400]);
    const again = generateJourneyMap({ touchpoints: LIMITS.touchpoints, seed: 7 });
    expect(again.content.touchpoints.map((t) => t.title)).toEqual(content.touchpoints.map((t) => t.title));
  });
});
