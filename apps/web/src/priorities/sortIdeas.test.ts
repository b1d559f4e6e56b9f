import { IDEA_CRITERIA, type IdeaCriterion } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { applyScoreChange, toIdeaPatch, type PriorityIdea } from './prioritiesApi.js';
import { sortIdeas } from './sortIdeas.js';

function idea(id: string, title: string, score: number | null, reach: number | null = null): PriorityIdea {
  const scores = Object.fromEntries(
    IDEA_CRITERIA.map((c) => [
      c,
      { value: c === 'reach' ? reach : null, basis: 'estimated', measuredValue: null },
    ]),
  ) as PriorityIdea['scores'];
  return {
    id,
    title,
    description: '',
    status: 'proposed',
    touchpointIds: [],
    painPointIds: [],
    phaseIds: [],
    source: { kind: 'workshop', note: '', touchpointId: null },
    scoreBasis: { reach: 'measured', satisfaction: 'measured' },
    scores,
    measuredReach: null,
    npsDriverShare: null,
    score,
    coverage: 0,
    projects: [],
  };
}

const weights = {
  reach: 1,
  frequency: 1,
  feasibility: 1,
  prospects: 0,
  media: 0,
  brand: 0,
  satisfaction: 0,
} as Record<IdeaCriterion, number>;

describe('sortIdeas', () => {
  const ideas = [
    idea('a', 'Beta', 3),
    idea('b', 'alpha', null),
    idea('c', 'Gamma', 4.5),
    idea('d', 'Delta', 3),
  ];
  it('sortIdeas(score, desc) puts the highest first, keeps ties in map order and the unscored last', () => {
    expect(sortIdeas(ideas, 'score', 'desc').map((i) => i.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortIdeas(ideas, 'score', 'asc').map((i) => i.id)).toEqual(['a', 'd', 'c', 'b']);
  });
  it('sortIdeas(title) sorts by the locale, case-insensitively', () => {
    expect(sortIdeas(ideas, 'title', 'asc').map((i) => i.title)).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
  });
});

describe('toIdeaPatch / applyScoreChange', () => {
  it('a typed reach becomes an estimate (an override of the measured one); "use measured" goes back', () => {
    const measured = idea('m', 'Measured', 5, 5);
    measured.scores.reach = { value: 5, basis: 'measured', measuredValue: 5 };
    expect(toIdeaPatch(measured, { reach: 2, feasibility: 4 })).toEqual({
      reach: 2,
      feasibility: 4,
      scoreBasis: { reach: 'estimated', satisfaction: 'measured' },
    });
    const moved = applyScoreChange(measured, { reach: 2, feasibility: 4 }, weights);
    expect(moved.scores.reach).toEqual({ value: 2, basis: 'estimated', measuredValue: 5 });
    // (2 + 4) / 2 = 3: frequency is unscored
    expect(moved.score).toBe(3);
    const back = applyScoreChange(moved, { useMeasured: ['reach'] }, weights);
    expect(back.scores.reach).toEqual({ value: 5, basis: 'measured', measuredValue: 5 });
    expect(back.score).toBe(4.5);
  });
  it('a criterion score keeps the other typed scores of the idea', () => {
    const typed = idea('t', 'Typed', null);
    typed.scores.media = { value: 4, basis: 'estimated', measuredValue: null };
    expect(toIdeaPatch(typed, { frequency: 2 })).toEqual({ scores: { media: 4, frequency: 2 } });
  });
});
