import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobRequest, JobResponse, JobWorkerData } from './serveJobs.js';

/**
 * What a pool can run: task names → functions of one input, run in a worker thread. Inputs and outputs
 * cross the thread boundary by structured clone: plain data, strings, typed arrays (a Buffer arrives as
 * a Uint8Array).
 */
export type JobTasks = Record<string, (input: never) => unknown>;
export type JobName<T extends JobTasks> = keyof T & string;
export type JobInput<T extends JobTasks, N extends JobName<T>> = Parameters<T[N]>[0];
export type JobOutput<T extends JobTasks, N extends JobName<T>> = Awaited<ReturnType<T[N]>>;

/** Defaults: one thread per core but one (the event loop keeps a core), a queue of 4 jobs per thread. */
export const defaultJobThreads = (): number => Math.max(1, availableParallelism() - 1);
export const DEFAULT_JOB_TIMEOUT_MS = 30_000;
export const DEFAULT_JOB_HEAP_MB = 512;
export const DEFAULT_WORKER_NICE = 10;

export interface JobPoolOptions {
  /**
   * The module a worker loads (a TypeScript source, through tsx): it exports `jobs`, the tasks by name.
   * Main-thread code imports only its type, so the tasks' dependencies load in the workers alone.
   */
  entry: URL;
  /** Worker threads at most, started when jobs arrive and kept; default `defaultJobThreads()`. */
  threads?: number;
  /** Jobs that may wait for a thread; beyond it `run` fails with JobQueueFullError. Default 4 × threads. */
  maxQueue?: number;
  /** Time limit of a job in ms, counted from when a worker starts it; default 30 s. `run` may set another. */
  timeoutMs?: number;
  /** Heap (V8 old generation) of each worker in MB; a job above it ends with JobMemoryError. Default 512. */
  maxHeapMb?: number;
  /**
   * CPU priority of the worker threads as a nice value (Linux, where it is per thread; 0–19, default 10):
   * when the cores are busy, the event loop gets them before the jobs do.
   */
  workerNice?: number;
  /** For tests: holds every job at its start, inside its worker, until the gate opens. */
  gate?: JobGate;
  /** For tests: how time limits are timed (default `setTimeout`); returns a function that cancels. */
  startTimer?: (onExpired: () => void, ms: number) => () => void;
}

export interface JobPoolStats {
  /** Worker threads alive (starting, idle or busy). */
  threads: number;
  /** Jobs a worker is running. */
  running: number;
  /** Jobs waiting for a thread. */
  queued: number;
  /** Worker threads started since the pool was created (replacements included). */
  workersStarted: number;
}

export interface JobPool<T extends JobTasks> {
  /** Runs a task in a worker; rejects with a JobError when the pool cannot run it to its end. */
  run<N extends JobName<T>>(
    name: N,
    input: JobInput<T, N>,
    options?: { timeoutMs?: number },
  ): Promise<JobOutput<T, N>>;
  stats(): JobPoolStats;
  /** Stops every worker; waiting and running jobs reject with JobPoolClosedError. */
  close(): Promise<void>;
}

/** Why a job did not complete. */
export class JobError extends Error {}
/** The job ran past its time limit: its worker was terminated (and is replaced). */
export class JobTimeoutError extends JobError {
  constructor(readonly timeoutMs: number) {
    super(`the job ran longer than ${timeoutMs} ms and was stopped`);
    this.name = 'JobTimeoutError';
  }
}
/** The job's worker reached its heap limit and was stopped (and is replaced). */
export class JobMemoryError extends JobError {
  constructor(readonly maxHeapMb: number) {
    super(`the job needed more than the ${maxHeapMb} MB heap of a worker and was stopped`);
    this.name = 'JobMemoryError';
  }
}
/** Every thread is busy and the queue is full. */
export class JobQueueFullError extends JobError {
  constructor() {
    super('every worker is busy and the job queue is full');
    this.name = 'JobQueueFullError';
  }
}
export class JobPoolClosedError extends JobError {
  constructor() {
    super('the job pool is closed');
    this.name = 'JobPoolClosedError';
  }
}
/** The task threw (its message is kept), or its worker stopped unexpectedly. */
export class JobFailedError extends JobError {
  constructor(
    message: string,
    readonly taskErrorName?: string,
  ) {
    super(message);
    this.name = 'JobFailedError';
  }
}

/**
 * For tests: while closed, every job waits at its start inside its worker, blocking the thread as a long
 * computation would, so a test can hold jobs "running" for as long as it needs.
 */
export class JobGate {
  readonly state = new Int32Array(new SharedArrayBuffer(4));
  constructor(open = false) {
    if (open) this.open();
  }
  open(): void {
    Atomics.store(this.state, 0, 1);
    Atomics.notify(this.state, 0);
  }
  close(): void {
    Atomics.store(this.state, 0, 0);
  }
}

/** The worker's first module: registers tsx, then serves the jobs of `entry`. */
const WORKER_START = new URL('./startJobWorker.mjs', import.meta.url);

/**
 * The parent's Node options for a worker, without those that only make sense for a script given on the
 * command line (`-e`, `-p`, `--input-type`), which a worker with a file refuses.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const withValue = new Set(['-e', '--eval', '-p', '--print', '--input-type']);
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (withValue.has(arg)) i++;
    else if (!/^(--eval|--print|--input-type)=/.test(arg)) kept.push(arg);
  }
  return kept;
}

interface Job {
  id: number;
  name: string;
  input: unknown;
  timeoutMs: number;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  cancelTimer: (() => void) | null;
  gone: boolean;
}

const startTimeout = (onExpired: () => void, ms: number) => {
  const timer = setTimeout(onExpired, ms);
  return () => clearTimeout(timer);
};

/**
 * A pool of worker threads for CPU-heavy jobs, so the event loop stays free: a bounded queue, a time
 * limit per job (the worker is terminated and replaced), a heap limit per worker. One pool serves any
 * set of tasks; see `createServerJobPool` for the server's.
 */
export function createJobPool<T extends JobTasks>(options: JobPoolOptions): JobPool<T> {
  const maxThreads = Math.max(1, options.threads ?? defaultJobThreads());
  const maxQueue = Math.max(0, options.maxQueue ?? 4 * maxThreads);
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_JOB_HEAP_MB;
  const startTimer = options.startTimer ?? startTimeout;
  const threads = new Set<Thread>();
  const queue: Job[] = [];
  let nextId = 1;
  let workersStarted = 0;
  let closed = false;

  const busyCount = () => [...threads].filter((t) => t.job).length;

  function spawn(): void {
    const worker = new Worker(WORKER_START, {
      workerData: {
        entry: options.entry.href,
        gate: options.gate?.state ?? null,
        nice: options.workerNice ?? DEFAULT_WORKER_NICE,
      } satisfies JobWorkerData,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    const thread: Thread = { worker, ready: false, job: null, cancelTimer: null, gone: false };
    threads.add(thread);
    workersStarted++;
    worker.on('message', (message: JobResponse) => onMessage(thread, message));
    worker.on('error', (err: Error & { code?: string }) =>
      lose(
        thread,
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new JobMemoryError(maxHeapMb)
          : new JobFailedError(`the job worker failed: ${err.message}`),
      ),
    );
    // 'exit' may come before the 'error' that explains it: let that one settle the job first
    worker.on('exit', (code) =>
      setImmediate(() => lose(thread, new JobFailedError(`the job worker stopped (exit code ${code})`))),
    );
  }

  /** Takes a thread out of the pool; a thread that had worked is replaced at once (kept warm). */
  function retire(thread: Thread): void {
    thread.gone = true;
    thread.cancelTimer?.();
    threads.delete(thread);
    void thread.worker.terminate();
    if (thread.ready && !closed) spawn();
  }

  function lose(thread: Thread, error: Error): void {
    if (thread.gone) return;
    const job = thread.job;
    retire(thread);
    if (job) job.reject(error);
    else if (!thread.ready) {
      // a worker that cannot even start would fail every job: fail the waiting ones instead of looping
      for (const waiting of queue.splice(0))
        waiting.reject(new JobFailedError(`the job worker did not start: ${error.message}`));
    }
    pump();
  }

  function onMessage(thread: Thread, message: JobResponse): void {
    if (message.type === 'ready') {
      thread.ready = true;
      pump();
      if (!thread.job) thread.worker.unref();
      return;
    }
    const job = thread.job;
    if (!job || job.id !== message.id) return;
    thread.cancelTimer?.();
    thread.cancelTimer = null;
    thread.job = null;
    thread.worker.unref();
    if (message.ok) job.resolve(message.output);
    else job.reject(new JobFailedError(message.error.message, message.error.name));
    pump();
  }

  function dispatch(thread: Thread, job: Job): void {
    thread.job = job;
    thread.worker.ref();
    const request: JobRequest = { id: job.id, name: job.name, input: job.input };
    try {
      thread.worker.postMessage(request);
    } catch (err) {
      thread.job = null;
      thread.worker.unref();
      job.reject(new JobFailedError(`the job input cannot be sent to a worker: ${(err as Error).message}`));
      return;
    }
    thread.cancelTimer = startTimer(() => {
      if (thread.job !== job || thread.gone) return;
      retire(thread);
      job.reject(new JobTimeoutError(job.timeoutMs));
      pump();
    }, job.timeoutMs);
  }

  function pump(): void {
    if (closed) return;
    for (const thread of threads) {
      if (queue.length === 0) return;
      if (thread.ready && !thread.job) dispatch(thread, queue.shift()!);
    }
    let starting = [...threads].filter((t) => !t.ready).length;
    while (queue.length > starting && threads.size < maxThreads) {
      spawn();
      starting++;
    }
  }

  return {
    run(name, input, runOptions = {}) {
      if (closed) return Promise.reject(new JobPoolClosedError());
      if (busyCount() + queue.length >= maxThreads + maxQueue) return Promise.reject(new JobQueueFullError());
      return new Promise((resolve, reject) => {
        queue.push({
          id: nextId++,
          name,
          input,
          timeoutMs: runOptions.timeoutMs ?? defaultTimeoutMs,
          resolve: resolve as (output: unknown) => void,
          reject,
        });
        pump();
      });
    },
    stats() {
      return { threads: threads.size, running: busyCount(), queued: queue.length, workersStarted };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject(new JobPoolClosedError());
      const stopping = [...threads].map((thread) => {
        const job = thread.job;
        thread.gone = true;
        thread.cancelTimer?.();
        threads.delete(thread);
        job?.reject(new JobPoolClosedError());
        return thread.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}
