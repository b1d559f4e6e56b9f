import { describe, expect, test } from 'vitest';
import { createRandom, mixSeed } from './createRandom.js';

describe('createRandom', () => {
  test('createRandom(seed) is reproducible and uniform enough', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const draws = Array.from({ length: 10_000 }, () => a.next());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  test('mixSeed(seed, stream) gives each stream its own state', () => {
    expect(mixSeed(1, 1)).toBe(mixSeed(1, 1));
    expect(new Set([mixSeed(1, 1), mixSeed(1, 2), mixSeed(2, 1), mixSeed(1, -1)]).size).toBe(4);
  });
});
