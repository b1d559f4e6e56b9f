import { describe, expect, it } from 'vitest';
import {
  addStep,
  MAX_FUNNEL_STEPS,
  moveStep,
  readWindowSeconds,
  removeStep,
  replaceStep,
  stepsFromPath,
} from './funnelSteps.js';

describe('funnel steps', () => {
  it('addStep appends, an activity may come back, and never past 10 steps', () => {
    expect(addStep(['A'], 'B')).toEqual(['A', 'B']);
    expect(addStep(['A', 'B'], 'A')).toEqual(['A', 'B', 'A']);
    expect(addStep(['A'], '')).toEqual(['A']);
    const ten = Array.from({ length: MAX_FUNNEL_STEPS }, (_, i) => `S${i}`);
    expect(addStep(ten, 'X')).toEqual(ten);
  });

  it('removeStep and replaceStep change one step', () => {
    expect(removeStep(['A', 'B', 'C'], 1)).toEqual(['A', 'C']);
    expect(replaceStep(['A', 'B', 'C'], 2, 'D')).toEqual(['A', 'B', 'D']);
  });

  it('moveStep moves one step up or down and stays inside the list', () => {
    expect(moveStep(['A', 'B', 'C'], 2, -1)).toEqual({ steps: ['A', 'C', 'B'], index: 1 });
    expect(moveStep(['A', 'B', 'C'], 0, 1)).toEqual({ steps: ['B', 'A', 'C'], index: 1 });
    expect(moveStep(['A', 'B', 'C'], 0, -1)).toEqual({ steps: ['A', 'B', 'C'], index: 0 });
    expect(moveStep(['A', 'B', 'C'], 2, 1)).toEqual({ steps: ['A', 'B', 'C'], index: 2 });
  });

  it('readWindowSeconds reads hours or days; nothing, zero or text is no window', () => {
    expect(readWindowSeconds('2', 'hours')).toBe(7200);
    expect(readWindowSeconds('1.5', 'days')).toBe(129_600);
    expect(readWindowSeconds(null, 'days')).toBeUndefined();
    expect(readWindowSeconds('0', 'days')).toBeUndefined();
    expect(readWindowSeconds('soon', 'days')).toBeUndefined();
  });

  it('stepsFromPath takes the first activities of a path, a repeat in a row once', () => {
    expect(stepsFromPath(['A', 'B', 'B', 'C', 'D', 'E', 'F'])).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(stepsFromPath(['A', 'B', 'A'], 5)).toEqual(['A', 'B', 'A']);
  });
});
