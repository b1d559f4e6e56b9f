import { findReferenceProblems, journeyContentSchema, LIMITS } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { generateJourneyMap } from './generateJourneyMap.js';

describe('generateJourneyMap', () => {
  it('generateJourneyMap({ touchpoints: LIMITS.touchpoints }) is a valid, consistent map, the same for a seed', () => {
    const { meta, content } = generateJourneyMap({ touchpoints: LIMITS.touchpoints, seed: 7 });
    expect(journeyContentSchema.parse(content).touchpoints).toHaveLength(2_000);
    expect(findReferenceProblems(content)).toEqual([]);
    expect(meta.title).toBe('A map of 2000 touchpoints');
    expect(meta.phaseModel).toBe('see-think-do-care-love');
    const perPhase = content.phases.map((p) => content.touchpoints.filter((t) => t.phaseId === p.id));
    expect(perPhase.map((cards) => cards.length)).toEqual([400, 400, 400, 400, 400]);
    for (const cards of perPhase) expect(cards.map((t) => t.order)).toEqual(cards.map((_, i) => i));
    expect(content.touchpoints[59]?.title).toMatch(/^Step 60: the customer \w/);
    const again = generateJourneyMap({ touchpoints: LIMITS.touchpoints, seed: 7 });
    expect(again.content.touchpoints.map(({ phaseId: _, ...t }) => t)).toEqual(
      content.touchpoints.map(({ phaseId: _, ...t }) => t),
    );
    const other = generateJourneyMap({ touchpoints: LIMITS.touchpoints, seed: 8 });
    expect(other.content.touchpoints.map((t) => t.title)).not.toEqual(
      content.touchpoints.map((t) => t.title),
    );
  });

  it('generateJourneyMap({ touchpoints, title }) names the map and fills every phase when there are few cards', () => {
    const { meta, content } = generateJourneyMap({ touchpoints: 5, title: 'Five cards' });
    expect(meta.title).toBe('Five cards');
    expect(content.phases.map((p) => content.touchpoints.filter((t) => t.phaseId === p.id).length)).toEqual([
      1, 1, 1, 1, 1,
    ]);
  });
});
