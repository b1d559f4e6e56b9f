import { describe, expect, it } from 'vitest';
import { createQueryCache } from './createQueryCache.js';

describe('createQueryCache', () => {
  it('computes once per key, shares a computation in flight, and drops the least recently used', async () => {
    const cache = createQueryCache(2);
    let runs = 0;
    const compute = (value: string) => async () => {
      runs += 1;
      return value;
    };
    const [a1, a2] = await Promise.all([cache.get('a', compute('A')), cache.get('a', compute('A'))]);
    expect([a1, a2, runs]).toEqual(['A', 'A', 1]);
    await cache.get('b', compute('B'));
    await cache.get('a', compute('A')); // a is now the most recent
    await cache.get('c', compute('C')); // drops b
    expect(runs).toBe(3);
    await cache.get('a', compute('A'));
    expect(runs).toBe(3);
    await cache.get('b', compute('B'));
    expect(runs).toBe(4);
    expect(cache.size).toBe(2);
  });

  it('does not keep a failed computation', async () => {
    const cache = createQueryCache();
    await expect(cache.get('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('x', async () => 'ok')).toBe('ok');
  });
});
