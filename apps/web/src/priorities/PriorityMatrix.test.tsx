// @vitest-environment jsdom
import { IDEA_CRITERIA } from '@trailmap/domain';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n.js';
import type { PriorityIdea } from './prioritiesApi.js';
import { PriorityMatrix } from './PriorityMatrix.js';

function idea(id: string, title: string, reach: number | null, feasibility: number | null): PriorityIdea {
  const scores = Object.fromEntries(
    IDEA_CRITERIA.map((c) => [c, { value: null, basis: 'estimated', measuredValue: null }]),
  ) as PriorityIdea['scores'];
  scores.reach = { value: reach, basis: 'measured', measuredValue: reach };
  scores.feasibility = { value: feasibility, basis: 'estimated', measuredValue: null };
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
    score: null,
    coverage: 0,
    projects: [],
  };
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(cleanup);

describe('PriorityMatrix', () => {
  it('draws one labelled bubble per idea with reach and feasibility; arrow keys re-score within 1–5', () => {
    const onRescore = vi.fn();
    const ideas = [idea('a', 'Size advice', 4, 5), idea('b', 'Gift wrap', null, 3)];
    render(<PriorityMatrix ideas={ideas} sizeBy="frequency" onRescore={onRescore} />);
    const bubble = screen.getByRole('button', {
      name: 'Size advice: reach 4 (measured), feasibility 5, Frequency not scored',
    });
    expect(screen.queryAllByRole('button')).toHaveLength(1);
    expect(screen.getByText(/1 idea is not on the matrix yet/)).toBeTruthy();
    fireEvent.keyDown(bubble, { key: 'ArrowUp' });
    expect(onRescore).toHaveBeenLastCalledWith(ideas[0], 5, 5);
    fireEvent.keyDown(bubble, { key: 'ArrowLeft' });
    expect(onRescore).toHaveBeenLastCalledWith(ideas[0], 4, 4);
    // feasibility is already 5: a step right changes nothing and saves nothing
    onRescore.mockClear();
    fireEvent.keyDown(bubble, { key: 'ArrowRight' });
    expect(onRescore).not.toHaveBeenCalled();
  });

  it('names the four quadrants and reads without re-scoring for viewers', () => {
    render(<PriorityMatrix ideas={[idea('a', 'Size advice', 2, 2)]} sizeBy="score" />);
    for (const name of ['Quick wins', 'Big bets', 'Small fixes', 'Think twice'])
      expect(screen.getByText(name)).toBeTruthy();
    expect(screen.getByText(/Each bubble is an idea/)).toBeTruthy();
  });
});
