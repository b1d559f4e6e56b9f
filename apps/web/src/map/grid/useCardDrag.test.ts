// @vitest-environment node
import { touchpointsInPhase } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { buildTestMap } from '../testMaps.js';
import { resolveDrop } from './useCardDrag.js';

describe('resolveDrop', () => {
  const map = buildTestMap([[{ title: 'a' }, { title: 'b' }, { title: 'c' }], [{ title: 'x' }]]);
  const id = (title: string) => map.touchpoints.find((t) => t.title === title)!.id;

  it('resolveDrop(before a card) puts the card before it, counted without the moving card', () => {
    expect(resolveDrop(map.touchpoints, id('a'), `before:${id('c')}`)).toEqual({
      phaseId: map.phases[0]!.id,
      index: 1,
    });
    expect(resolveDrop(map.touchpoints, id('c'), `before:${id('x')}`)).toEqual({
      phaseId: map.phases[1]!.id,
      index: 0,
    });
  });

  it('resolveDrop(on a phase) appends; on itself does nothing', () => {
    const drop = resolveDrop(map.touchpoints, id('a'), `phase:${map.phases[1]!.id}`)!;
    expect(drop.phaseId).toBe(map.phases[1]!.id);
    expect(drop.index).toBeGreaterThanOrEqual(touchpointsInPhase(map.touchpoints, map.phases[1]!.id).length);
    expect(resolveDrop(map.touchpoints, id('a'), `before:${id('a')}`)).toBeNull();
  });
});
