import {
  createJourneyContent,
  findIdeaPhaseId,
  findReferenceProblems,
  addTouchpoint,
  touchpointFieldsSchema,
} from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { addIdeaFromFigure } from './addIdeaFromFigure.js';

describe('addIdeaFromFigure', () => {
  it('addIdeaFromFigure adds an idea linked to the touchpoint, in its phase, with the figure as its source', () => {
    const base = createJourneyContent('see-think-do-care-love');
    const doPhase = base.phases[2]!;
    const { content, touchpoint } = addTouchpoint(
      base,
      touchpointFieldsSchema.parse({ phaseId: doPhase.id, title: 'Checkout', channel: 'web' }),
    );
    const added = addIdeaFromFigure(content, {
      touchpointId: touchpoint.id,
      kind: 'drop-off',
      title: 'Improve “Checkout”',
      note: 'Checkout: 38 % drop-off',
    })!;
    const idea = added.content.ideas.find((i) => i.id === added.ideaId)!;
    expect(idea).toMatchObject({
      title: 'Improve “Checkout”',
      touchpointIds: [touchpoint.id],
      source: { kind: 'drop-off', note: 'Checkout: 38 % drop-off', touchpointId: touchpoint.id },
      evidence: 'data',
      phaseId: null,
    });
    expect(findIdeaPhaseId(added.content, idea)).toBe(doPhase.id);
    expect(findReferenceProblems(added.content)).toEqual([]);
    expect(
      addIdeaFromFigure(content, { touchpointId: 'tpt_gone00000000', kind: 'driver', title: 'x', note: '' }),
    ).toBeNull();
  });
});
