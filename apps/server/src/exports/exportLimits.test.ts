import { MAX_PIXELS, MAX_SIDE_PX } from '@trailmap/viz/node';
import { describe, expect, it } from 'vitest';
import { buildWideJourneyContent } from '../testing/storeWideJourney.js';
import { countMapCards, DEFAULT_EXPORT_LIMITS, readExportSettingsFromEnv } from './exportLimits.js';
import { ConcurrencyLimiter } from './limitConcurrency.js';

describe('export limits', () => {
  it('DEFAULT_EXPORT_LIMITS keeps the PNG caps renderJourneyPng has always had', () => {
    expect(DEFAULT_EXPORT_LIMITS.maxPngSidePx).toBe(MAX_SIDE_PX);
    expect(DEFAULT_EXPORT_LIMITS.maxPngPixels).toBe(MAX_PIXELS);
  });

  it('countMapCards(journey) counts touchpoints, pain points and ideas', () => {
    const content = buildWideJourneyContent(3);
    expect(countMapCards(content)).toBe(3);
    expect(
      countMapCards({ touchpoints: content.touchpoints, painPoints: [{}, {}], ideas: [{}] } as never),
    ).toBe(6);
  });

  it('readExportSettingsFromEnv(env) reads the limits and pool sizes that are set, and refuses bad values', () => {
    expect(readExportSettingsFromEnv({})).toEqual({ exportLimits: {}, jobs: {} });
    expect(
      readExportSettingsFromEnv({
        TRAILMAP_EXPORT_MAX_CARDS: '800',
        TRAILMAP_EXPORT_MAX_PIXELS: '20000000',
        TRAILMAP_EXPORT_TIMEOUT_MS: '60000',
        TRAILMAP_EXPORT_PER_WORKSPACE: '3',
        TRAILMAP_EXPORT_PER_SHARE_LINK: '2',
        TRAILMAP_JOB_THREADS: '4',
        TRAILMAP_JOB_QUEUE: '0',
        TRAILMAP_JOB_HEAP_MB: '256',
        TRAILMAP_EXPORT_TIMEOUT: 'ignored: not a setting',
      }),
    ).toEqual({
      exportLimits: {
        maxCards: 800,
        maxPngPixels: 20_000_000,
        timeoutMs: 60_000,
        perWorkspace: 3,
        perShareLink: 2,
      },
      jobs: { threads: 4, maxQueue: 0, maxHeapMb: 256 },
    });
    expect(() => readExportSettingsFromEnv({ TRAILMAP_JOB_THREADS: '0' })).toThrow(
      'TRAILMAP_JOB_THREADS must be a whole number of at least 1, got "0"',
    );
    expect(() => readExportSettingsFromEnv({ TRAILMAP_EXPORT_TIMEOUT_MS: '30s' })).toThrow(
      'TRAILMAP_EXPORT_TIMEOUT_MS',
    );
  });
});

describe('ConcurrencyLimiter', () => {
  it('acquire(key, cap) gives a release function while the key is under its cap, null at it', () => {
    const limiter = new ConcurrencyLimiter();
    const first = limiter.acquire('workspace:a', 2);
    const second = limiter.acquire('workspace:a', 2);
    expect(first && second).toBeTruthy();
    expect(limiter.acquire('workspace:a', 2)).toBeNull();
    expect(limiter.acquire('workspace:b', 2)).not.toBeNull(); // keys count apart
    first!();
    first!(); // releasing twice frees one slot only
    expect(limiter.count('workspace:a')).toBe(1);
    expect(limiter.acquire('workspace:a', 2)).not.toBeNull();
  });
});
