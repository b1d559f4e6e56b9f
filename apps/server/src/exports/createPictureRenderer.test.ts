import { createId, journeyMetaSchema, type JourneyMap } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.js';
import {
  JobFailedError,
  JobMemoryError,
  JobPoolClosedError,
  JobQueueFullError,
  JobTimeoutError,
} from '../jobs/createJobPool.js';
import type { ServerJobPool } from '../jobs/createServerJobPool.js';
import { buildWideJourneyContent } from '../testing/storeWideJourney.js';
import { createPictureRenderer, type PictureRequest } from './createPictureRenderer.js';
import { DEFAULT_EXPORT_LIMITS } from './exportLimits.js';

const journey: JourneyMap = {
  ...journeyMetaSchema.parse({ title: 'Three cards' }),
  ...buildWideJourneyContent(3),
  id: createId('journey'),
  workspaceId: createId('workspace'),
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const request: PictureRequest = {
  journey,
  personas: [],
  format: 'png',
  lang: 'en',
  requester: { kind: 'workspace', id: journey.workspaceId },
};

/** A pool that fails every job with `error` (no workers). */
const failingPool = (error: Error): ServerJobPool => ({
  run: () => Promise.reject(error),
  stats: () => ({ threads: 0, running: 0, queued: 0, workersStarted: 0 }),
  close: async () => undefined,
});

const outcomeOf = (error: Error) =>
  createPictureRenderer(failingPool(error), DEFAULT_EXPORT_LIMITS)
    .render(request)
    .catch((e: unknown) => e);

describe('createPictureRenderer', () => {
  it('answers what stopped a render: 503 for time and memory, 429 for a full queue, 503 when closing', async () => {
    expect(await outcomeOf(new JobTimeoutError(30_000))).toMatchObject({
      statusCode: 503,
      code: 'export-timeout',
      message: expect.stringContaining('longer than the limit of 30 s'),
    });
    expect(await outcomeOf(new JobMemoryError(512))).toMatchObject({
      statusCode: 503,
      code: 'export-out-of-memory',
      message: expect.stringContaining('format=svg'),
    });
    expect(await outcomeOf(new JobQueueFullError())).toMatchObject({
      statusCode: 429,
      code: 'export-busy',
      details: { retryAfterSeconds: 5 },
    });
    expect(await outcomeOf(new JobPoolClosedError())).toMatchObject({
      statusCode: 503,
      code: 'shutting-down',
    });
    const failed = await outcomeOf(new JobFailedError('the SVG has no width and height'));
    expect(failed).toBeInstanceOf(JobFailedError); // a bug, not a limit: the error handler's 500
    expect(failed).not.toBeInstanceOf(HttpError);
  });

  it('frees the slot of a render that failed, so the workspace is not held at its cap', async () => {
    const renderer = createPictureRenderer(failingPool(new JobTimeoutError(1)), {
      ...DEFAULT_EXPORT_LIMITS,
      perWorkspace: 1,
    });
    for (let i = 0; i < 3; i++)
      await expect(renderer.render(request)).rejects.toMatchObject({ statusCode: 503 });
  });
});
