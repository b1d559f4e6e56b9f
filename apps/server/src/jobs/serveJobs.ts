import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { JobTasks } from './createJobPool.js';

/** What a job worker is started with. */
export interface JobWorkerData {
  /** URL of the module that exports `jobs`. */
  entry: string;
  /** A JobGate's state (tests), or null. */
  gate: Int32Array | null;
  /** Nice value for this thread (Linux). */
  nice: number;
}

/** Main thread → worker: run one task. */
export interface JobRequest {
  id: number;
  name: string;
  input: unknown;
}

/** Worker → main thread: started and ready for jobs, or one job's outcome. */
export type JobResponse =
  | { type: 'ready' }
  | { type: 'done'; id: number; ok: true; output: unknown }
  | { type: 'done'; id: number; ok: false; error: { name: string; message: string } };

/**
 * Lowers the CPU priority of this thread alone: on Linux the nice value is per thread, and
 * `/proc/thread-self` names the thread's id. Elsewhere (or when it fails) the priority stays as it is.
 */
function lowerThreadPriority(nice: number): void {
  if (process.platform !== 'linux' || nice <= 0) return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, nice);
  } catch {
    /* keep the priority */
  }
}

/** Blocks this thread while the gate (a shared Int32Array; 0 = closed) is closed. */
function waitForGate(gate: Int32Array): void {
  while (Atomics.load(gate, 0) === 0) Atomics.wait(gate, 0, 0);
}

/**
 * Inside a worker thread: runs the tasks the pool sends, one at a time, and answers each with its
 * output or its error. Announces itself once the tasks' modules are loaded.
 */
export function serveJobs(jobs: JobTasks): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs inside a worker thread');
  const { gate, nice } = workerData as JobWorkerData;
  lowerThreadPriority(nice);
  port.on('message', async (request: JobRequest) => {
    const post = (response: JobResponse) => port.postMessage(response);
    try {
      if (gate) waitForGate(gate);
      const task = Object.hasOwn(jobs, request.name) ? jobs[request.name] : undefined;
      if (!task) throw new Error(`no job named "${request.name}"`);
      const output = await task(request.input as never);
      post({ type: 'done', id: request.id, ok: true, output });
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      post({ type: 'done', id: request.id, ok: false, error: { name: error.name, message: error.message } });
    }
  });
  port.postMessage({ type: 'ready' } satisfies JobResponse);
}
