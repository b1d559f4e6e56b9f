import { createJobPool, type JobPool, type JobPoolOptions } from './createJobPool.js';
import type { ServerJobs } from './serverJobs.js';

export type ServerJobPool = JobPool<ServerJobs>;

/** Sizes of the server's pool (unset: the defaults of createJobPool). */
export type JobPoolSettings = Pick<JobPoolOptions, 'threads' | 'maxQueue' | 'maxHeapMb'>;

/** The worker pool for the server's heavy jobs (`jobs` in serverJobs.ts). */
export function createServerJobPool(options: Omit<JobPoolOptions, 'entry'> = {}): ServerJobPool {
  return createJobPool<ServerJobs>({ ...options, entry: new URL('./serverJobs.ts', import.meta.url) });
}
