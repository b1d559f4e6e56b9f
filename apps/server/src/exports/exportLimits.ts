import type { JourneyMap } from '@trailmap/domain';
import type { JobPoolSettings } from '../jobs/createServerJobPool.js';

/** Limits of picture exports (SVG, PNG, PDF), all rendered in the server's worker pool. */
export interface ExportLimits {
  /** Cards (touchpoints + pain points + ideas) a PNG or PDF export draws at most; SVG has no card limit. */
  maxCards: number;
  /** Longest side of a PNG in px. */
  maxPngSidePx: number;
  /** Pixels of a PNG (width × height). */
  maxPngPixels: number;
  /** A map that would have to be shrunk below this scale to fit the two caps above is refused. */
  minPngScale: number;
  /** Time limit of one render in ms, counted from when a worker starts it. */
  timeoutMs: number;
  /** Picture exports in progress (rendering or waiting) per workspace, and per share link. */
  perWorkspace: number;
  perShareLink: number;
  /** What a 429 tells the client to wait, in seconds. */
  retryAfterSeconds: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  maxCards: 500,
  // the caps renderJourneyPng has always had (MAX_SIDE_PX, MAX_PIXELS of @trailmap/viz/node, which the
  // main thread does not load)
  maxPngSidePx: 16_000,
  maxPngPixels: 50_000_000,
  minPngScale: 0.5,
  timeoutMs: 30_000,
  perWorkspace: 2,
  perShareLink: 1,
  retryAfterSeconds: 5,
};

/** The cards a picture draws: touchpoints, pain points and ideas. */
export function countMapCards(journey: Pick<JourneyMap, 'touchpoints' | 'painPoints' | 'ideas'>): number {
  return journey.touchpoints.length + journey.painPoints.length + journey.ideas.length;
}

/** Environment variables for the limits and the pool, by the setting each one sets. */
export const EXPORT_ENV = {
  maxCards: 'TRAILMAP_EXPORT_MAX_CARDS',
  maxPngPixels: 'TRAILMAP_EXPORT_MAX_PIXELS',
  timeoutMs: 'TRAILMAP_EXPORT_TIMEOUT_MS',
  perWorkspace: 'TRAILMAP_EXPORT_PER_WORKSPACE',
  perShareLink: 'TRAILMAP_EXPORT_PER_SHARE_LINK',
} as const satisfies Partial<Record<keyof ExportLimits, string>>;
export const JOB_ENV = {
  threads: 'TRAILMAP_JOB_THREADS',
  maxQueue: 'TRAILMAP_JOB_QUEUE',
  maxHeapMb: 'TRAILMAP_JOB_HEAP_MB',
} as const satisfies Record<keyof JobPoolSettings, string>;

function readCount(env: NodeJS.ProcessEnv, name: string, min: number): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

/** The export limits and pool sizes set in the environment (unset ones are left out); throws on bad values. */
export function readExportSettingsFromEnv(env: NodeJS.ProcessEnv): {
  exportLimits: Partial<ExportLimits>;
  jobs: JobPoolSettings;
} {
  const exportLimits: Partial<ExportLimits> = {};
  for (const [key, name] of Object.entries(EXPORT_ENV) as [keyof typeof EXPORT_ENV, string][]) {
    const value = readCount(env, name, 1);
    if (value !== undefined) exportLimits[key] = value;
  }
  const jobs: JobPoolSettings = {};
  for (const [key, name] of Object.entries(JOB_ENV) as [keyof typeof JOB_ENV, string][]) {
    const value = readCount(env, name, key === 'maxQueue' ? 0 : 1);
    if (value !== undefined) jobs[key] = value;
  }
  return { exportLimits, jobs };
}
