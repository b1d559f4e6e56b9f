import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './limitAttempts.js';

describe('AttemptLimiter', () => {
  it('retryAfterSeconds() blocks at the limit until the oldest counted attempt leaves the window', () => {
    const limiter = new AttemptLimiter(3, 60_000);
    limiter.record('k', 0);
    limiter.record('k', 10_000);
    expect(limiter.retryAfterSeconds('k', 10_000)).toBe(0);
    limiter.record('k', 20_000);
    expect(limiter.retryAfterSeconds('k', 20_000)).toBe(40);
    expect(limiter.retryAfterSeconds('other', 20_000)).toBe(0);
    expect(limiter.retryAfterSeconds('k', 59_999)).toBe(1);
    expect(limiter.retryAfterSeconds('k', 60_000)).toBe(0);
  });

  it('reset() forgets a key', () => {
    const limiter = new AttemptLimiter(1, 60_000);
    limiter.record('k', 0);
    expect(limiter.retryAfterSeconds('k', 1)).toBe(60);
    limiter.reset('k');
    expect(limiter.retryAfterSeconds('k', 1)).toBe(0);
  });

  it('keeps at most maxKeys keys, forgetting the least recently used first', () => {
    const limiter = new AttemptLimiter(1, 60_000, 2);
    limiter.record('a', 0);
    limiter.record('b', 0);
    limiter.record('a', 1);
    limiter.record('c', 2);
    expect(limiter.retryAfterSeconds('a', 3)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('b', 3)).toBe(0);
    expect(limiter.retryAfterSeconds('c', 3)).toBeGreaterThan(0);
  });
});
