import { getPriority } from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  createJobPool,
  JobFailedError,
  JobGate,
  JobMemoryError,
  JobPoolClosedError,
  JobQueueFullError,
  JobTimeoutError,
  workerExecArgv,
  type JobPool,
  type JobPoolOptions,
} from './createJobPool.js';
import type { TestJobs } from './testing/testJobs.js';

const entry = new URL('./testing/testJobs.ts', import.meta.url);
const pools: JobPool<TestJobs>[] = [];
function createTestPool(options: Partial<JobPoolOptions> = {}): JobPool<TestJobs> {
  const pool = createJobPool<TestJobs>({ entry, threads: 1, ...options });
  pools.push(pool);
  return pool;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

/** Resolves when the pool runs `running` jobs and queues `queued` (polled; no fixed wait). */
const waitForStats = (pool: JobPool<TestJobs>, running: number, queued = 0) =>
  vi.waitFor(() => expect(pool.stats()).toMatchObject({ running, queued }), { timeout: 20_000 });

describe('createJobPool', () => {
  const pool = createTestPool({ maxHeapMb: 64 });

  it('run(name, input) runs the task in a worker and resolves with its output', async () => {
    expect(await pool.run('add', { a: 2, b: 3 })).toBe(5);
    const bytes = await pool.run('fillBytes', { size: 1_000, value: 7 });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes.length, bytes[0], bytes[999]]).toEqual([1_000, 7, 7]);
    expect(pool.stats()).toMatchObject({ threads: 1, running: 0, queued: 0, workersStarted: 1 });
  });

  it('run() rejects with JobFailedError carrying the message of a task that throws; the worker stays', async () => {
    const failed = await pool.run('fail', { message: 'no such map' }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(JobFailedError);
    expect(failed).toMatchObject({ message: 'no such map', taskErrorName: 'RangeError' });
    expect(await pool.run('add', { a: 1, b: 1 })).toBe(2);
    expect(pool.stats().workersStarted).toBe(1);
  });

  it('a job past its time limit rejects with JobTimeoutError; its worker is replaced and the next job runs', async () => {
    const before = pool.stats().workersStarted;
    const stopped = await pool.run('spin', null, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(JobTimeoutError);
    expect(stopped).toMatchObject({ timeoutMs: 100 });
    expect(await pool.run('add', { a: 20, b: 22 })).toBe(42);
    expect(pool.stats()).toMatchObject({ threads: 1, running: 0, workersStarted: before + 1 });
  });

  it('a job past the heap limit rejects with JobMemoryError; the next job runs on a new worker', async () => {
    const before = pool.stats().workersStarted;
    const stopped = await pool.run('exhaustHeap', null).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(JobMemoryError);
    expect((stopped as Error).message).toContain('64 MB');
    expect(await pool.run('add', { a: 1, b: 2 })).toBe(3);
    expect(pool.stats().workersStarted).toBe(before + 1);
  });

  it.runIf(process.platform === 'linux')(
    'runs its workers at a lower CPU priority (nice 10) than the event loop',
    async () => {
      const own = getPriority(0);
      expect(await pool.run('niceness', null)).toBe(Math.max(10, own));
      expect(getPriority(0)).toBe(own); // the thread that answers requests keeps its priority
    },
  );

  it('an unknown task name fails the job, not the worker', async () => {
    const failed = await pool.run('nothing' as 'add', { a: 1, b: 1 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(JobFailedError);
    expect((failed as Error).message).toContain('no job named "nothing"');
  });
});

describe('createJobPool with a gate (jobs held running)', () => {
  it('queues jobs beyond its threads and rejects with JobQueueFullError beyond maxQueue', async () => {
    const gate = new JobGate();
    const pool = createTestPool({ threads: 1, maxQueue: 1, gate });
    const first = pool.run('add', { a: 1, b: 0 });
    await waitForStats(pool, 1);
    const second = pool.run('add', { a: 2, b: 0 });
    expect(pool.stats()).toMatchObject({ running: 1, queued: 1 });
    await expect(pool.run('add', { a: 3, b: 0 })).rejects.toBeInstanceOf(JobQueueFullError);
    gate.open();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(await pool.run('add', { a: 3, b: 0 })).toBe(3);
  });

  it('measures the time limit with the timer it is given: a held job stops when the timer fires', async () => {
    const gate = new JobGate();
    const timers: (() => void)[] = [];
    const pool = createTestPool({
      gate,
      startTimer: (onExpired) => {
        timers.push(onExpired);
        return () => undefined;
      },
    });
    const held = pool.run('add', { a: 1, b: 1 }).catch((e: unknown) => e);
    await waitForStats(pool, 1);
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(await held).toBeInstanceOf(JobTimeoutError);
    expect(pool.stats()).toMatchObject({ running: 0, workersStarted: 2 });
    gate.open();
    expect(await pool.run('add', { a: 2, b: 2 })).toBe(4);
  });

  it('close() rejects running and waiting jobs with JobPoolClosedError and stops every worker', async () => {
    const pool = createTestPool({ threads: 1, gate: new JobGate() });
    const running = pool.run('add', { a: 1, b: 1 }).catch((e: unknown) => e);
    await waitForStats(pool, 1);
    const waiting = pool.run('add', { a: 1, b: 1 }).catch((e: unknown) => e);
    await pool.close();
    expect(await running).toBeInstanceOf(JobPoolClosedError);
    expect(await waiting).toBeInstanceOf(JobPoolClosedError);
    expect(pool.stats()).toMatchObject({ threads: 0, running: 0, queued: 0 });
    await expect(pool.run('add', { a: 1, b: 1 })).rejects.toBeInstanceOf(JobPoolClosedError);
  });
});

describe('workerExecArgv', () => {
  it('keeps the Node options of the parent but those of a script given on the command line', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code()', '--enable-source-maps'])).toEqual([
      '--enable-source-maps',
    ]);
    expect(workerExecArgv(['--import', 'tsx', '--print', '1', '--input-type', 'module'])).toEqual([
      '--import',
      'tsx',
    ]);
    expect(workerExecArgv(['--eval=x()', '--conditions=node'])).toEqual(['--conditions=node']);
  });
});
