import { describe, expect, it } from 'vitest';
import { createId } from '../ids.js';
import { makeTestMap } from '../analysis/testMap.js';
import { migrateRecord } from '../migrations.js';
import { IDEA_LIMITS, findIdeaPhaseId, ideaFieldsSchema, ideaSchema, liftIdeaLinks } from './Idea.js';
import {
  JOURNEY_MIGRATIONS,
  findReferenceProblems,
  journeyContentSchema,
  journeyMapSchema,
  liftJourneyContent,
} from './JourneyMap.js';

const shop = () =>
  makeTestMap({
    phases: [
      { name: 'See', touchpoints: [{ title: 'Ad' }] },
      { name: 'Do', touchpoints: [{ title: 'Basket' }, { title: 'Checkout' }] },
    ],
  });

describe('liftIdeaLinks', () => {
  it('liftIdeaLinks turns a version 2 idea’s single links into lists and leaves a version 3 idea alone', () => {
    const v2 = {
      id: 'ida_old0000001',
      phaseId: 'phs_old0000001',
      touchpointId: 'tpt_old0000001',
      painPointId: null,
      title: 'Old',
      reach: 4,
    };
    const lifted = liftIdeaLinks(v2) as Record<string, unknown>;
    expect(lifted).toEqual({
      id: 'ida_old0000001',
      phaseId: 'phs_old0000001',
      touchpointIds: ['tpt_old0000001'],
      painPointIds: [],
      phaseIds: [],
      title: 'Old',
      reach: 4,
    });
    expect(liftIdeaLinks(lifted)).toBe(lifted);
    expect(ideaSchema.parse(lifted)).toMatchObject({
      phaseId: 'phs_old0000001',
      touchpointIds: ['tpt_old0000001'],
      source: { kind: 'workshop', note: '', touchpointId: null },
      scores: {},
      scoreBasis: { reach: 'measured', satisfaction: 'measured' },
    });
  });

  it('JOURNEY_MIGRATIONS lifts a version 2 map’s ideas to 3 and the card keeps its phase column', () => {
    const map = shop();
    const [ad, basket] = map.touchpoints;
    const stored = {
      ...map,
      ideas: [
        { id: createId('idea'), phaseId: null, touchpointId: basket!.id, painPointId: null, title: 'Faster' },
        {
          id: createId('idea'),
          phaseId: null,
          touchpointId: null,
          painPointId: null,
          title: 'Whole journey',
        },
      ],
    };
    const lifted = journeyMapSchema.parse(migrateRecord(JOURNEY_MIGRATIONS, stored, 2));
    expect(lifted.ideas[0]!.touchpointIds).toEqual([basket!.id]);
    expect(findIdeaPhaseId(lifted, lifted.ideas[0]!)).toBe(basket!.phaseId);
    expect(findIdeaPhaseId(lifted, lifted.ideas[1]!)).toBe(ad!.phaseId);
    expect(findReferenceProblems(lifted)).toEqual([]);
    // The store reads content the same way.
    expect(journeyContentSchema.parse(liftJourneyContent(stored)).ideas).toEqual(lifted.ideas);
  });
});

describe('ideaFieldsSchema', () => {
  it('ideaFieldsSchema limits links to 50 each, refuses repeats, and keeps scores 1–5 of known criteria', () => {
    const ids = (n: number) => Array.from({ length: n }, () => createId('touchpoint'));
    expect(ideaFieldsSchema.safeParse({ title: 'x', touchpointIds: ids(IDEA_LIMITS.links) }).success).toBe(
      true,
    );
    expect(
      ideaFieldsSchema.safeParse({ title: 'x', touchpointIds: ids(IDEA_LIMITS.links + 1) }).success,
    ).toBe(false);
    const one = createId('touchpoint');
    const repeat = ideaFieldsSchema.safeParse({ title: 'x', touchpointIds: [one, one] });
    expect(repeat.success).toBe(false);
    expect(repeat.error?.issues[0]?.path).toEqual(['touchpointIds']);
    expect(ideaFieldsSchema.safeParse({ title: 'x', scores: { frequency: 5, media: 1 } }).success).toBe(true);
    expect(ideaFieldsSchema.safeParse({ title: 'x', scores: { frequency: 6 } }).success).toBe(false);
    // reach and feasibility are fields of their own, not scores; unknown criteria are refused
    expect(ideaFieldsSchema.safeParse({ title: 'x', scores: { reach: 3 } }).success).toBe(false);
    expect(ideaFieldsSchema.safeParse({ title: 'x', scores: { wow: 3 } }).success).toBe(false);
    expect(ideaFieldsSchema.safeParse({ title: 'x', source: { kind: 'rumour' } }).success).toBe(false);
    expect(
      ideaFieldsSchema.safeParse({ title: 'x', source: { note: 'n'.repeat(IDEA_LIMITS.sourceNote + 1) } })
        .success,
    ).toBe(false);
  });
});

describe('findReferenceProblems (ideas)', () => {
  it('findReferenceProblems names every idea link and source touchpoint that is not on the map', () => {
    const map = shop();
    const tp = map.touchpoints[0]!;
    const idea = ideaSchema.parse({
      id: createId('idea'),
      title: 'Links',
      touchpointIds: [tp.id, createId('touchpoint')],
      painPointIds: [createId('painPoint')],
      phaseIds: [map.phases[1]!.id, createId('phase')],
      source: { kind: 'drop-off', touchpointId: createId('touchpoint') },
    });
    const problems = findReferenceProblems({ ...map, ideas: [idea] });
    expect(problems.map((p) => p.path)).toEqual([
      ['ideas', 0, 'touchpointIds', 1],
      ['ideas', 0, 'painPointIds', 0],
      ['ideas', 0, 'phaseIds', 1],
      ['ideas', 0, 'source', 'touchpointId'],
    ]);
  });
});
