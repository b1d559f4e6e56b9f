import { describe, expect, it } from 'vitest';
import { DATA_EVIDENCE_MIN_JOURNEYS, restsOnData } from './measuredEvidence.js';

describe('restsOnData', () => {
  it('is true from 30 journeys reaching the touchpoint, false below, without a matcher or figures', () => {
    expect(DATA_EVIDENCE_MIN_JOURNEYS).toBe(30);
    expect(restsOnData({ journeys: 30 })).toBe(true);
    expect(restsOnData({ journeys: 1_081 })).toBe(true);
    expect(restsOnData({ journeys: 29 })).toBe(false);
    expect(restsOnData({ journeys: 0 })).toBe(false);
    expect(restsOnData({ journeys: null })).toBe(false);
    expect(restsOnData(null)).toBe(false);
    expect(restsOnData(undefined)).toBe(false);
  });
});
