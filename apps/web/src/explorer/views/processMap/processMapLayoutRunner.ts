import {
  layoutProcessMap,
  PROCESS_MAP_ELK_OPTIONS,
  type ProcessMapElk,
  type ProcessMapFormat,
  type ProcessMapLayout,
  type ProcessMapMeasure,
  type ProcessMapSelection,
} from '@trailmap/viz';
import ELK, { type ElkNode } from 'elkjs/lib/elk-api';
import { createShared, IDLE_WORKER_MS } from './sharedResource.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

/** A layout that a newer one replaced before it was done (not an error to show). */
export class LayoutSuperseded extends Error {
  constructor() {
    super('a newer layout replaced this one');
    this.name = 'LayoutSuperseded';
  }
}

interface Job {
  reject: (error: Error) => void;
}

/** What ELK sends back when a layout fails: a GWT exception, flattened to a plain object. */
function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'object' && value !== null) {
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) return new Error(message);
  }
  return new Error(typeof value === 'string' && value ? value : 'the layout failed');
}

export type CreateElk = (
  onWorkerError: (error: Error) => void,
) => ProcessMapElk & { terminateWorker(): void };

/**
 * ELK in a Web Worker of its own (elkjs's `elk-worker.min.js`, a same-origin asset of the build, so the
 * app's `script-src 'self'` allows it): only `elk.layout` crosses to it; measuring the names and the
 * figures stays here (a few ms).
 */
export const createWorkerElk: CreateElk = (onWorkerError) =>
  new ELK({
    workerUrl: elkWorkerUrl,
    workerFactory: (url) => {
      const worker = new Worker(url ?? elkWorkerUrl);
      // elk-api waits for answers only: a worker that cannot load or dies would leave a layout waiting
      // for ever, so its errors end the layout in progress
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onWorkerError(new Error(event.message || 'the layout worker could not be started'));
      });
      worker.addEventListener('messageerror', () =>
        onWorkerError(new Error('the layout worker sent an unreadable answer')),
      );
      return worker;
    },
  });

/**
 * A small map with a loop and labels in both node placements: laid out when the worker starts, while the
 * map's data is on its way, so that the first real layout finds ELK's code warm (≈ 40 % faster).
 */
function warmUpGraph(placement: 'NETWORK_SIMPLEX' | 'LINEAR_SEGMENTS'): ElkNode {
  const ids = ['s', 'a', 'b', 'c', 'd', 'e'];
  const pairs = [
    ['s', 'a'],
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'd'],
    ['c', 'd'],
    ['d', 'b'],
    ['d', 'e'],
    ['c', 'e'],
  ];
  return {
    id: 'root',
    layoutOptions: { ...PROCESS_MAP_ELK_OPTIONS, 'elk.layered.nodePlacement.strategy': placement },
    children: ids.map((id) => ({ id, width: 120, height: 42 })),
    edges: pairs.map(([from, to], i) => ({
      id: `e${i}`,
      sources: [from!],
      targets: [to!],
      labels: [{ id: `l${i}`, text: '1', width: 30, height: 15 }],
    })),
  };
}

/** A layout running longer than this is stopped for a newer one; a shorter one finishes first. */
export const ABANDON_AFTER_MS = 1_000;

interface Queued {
  selection: ProcessMapSelection;
  options: ProcessMapMeasure & { format: ProcessMapFormat };
  resolve: (layout: ProcessMapLayout) => void;
  reject: (error: Error) => void;
}

/**
 * Lays out process maps one at a time, off the main thread. A new layout while one runs waits for it
 * (most take well under a second, and the worker stays warm); only the newest waits, the ones it replaces
 * reject with `LayoutSuperseded`. A layout already running for over a second (hundreds of paths) is
 * stopped instead: the worker is ended (ELK cannot be interrupted otherwise) and a fresh one started.
 */
export class ProcessMapLayoutRunner {
  private elk: (ProcessMapElk & { terminateWorker(): void }) | null = null;
  private job: (Job & { startedAt: number }) | null = null;
  private queued: Queued | null = null;

  constructor(private readonly createElk: CreateElk = createWorkerElk) {}

  /** Starts the worker ahead of the first layout (it loads while the map's data is fetched). */
  warm(): void {
    if (this.elk) return;
    let elk: ProcessMapElk;
    try {
      elk = this.ensureElk();
    } catch {
      return; // the first layout says why
    }
    // the worker answers in order: a real layout asked meanwhile simply waits for these few ms
    for (const placement of ['NETWORK_SIMPLEX', 'LINEAR_SEGMENTS'] as const)
      elk.layout(warmUpGraph(placement)).catch(() => undefined);
  }

  layout(
    selection: ProcessMapSelection,
    options: ProcessMapMeasure & { format: ProcessMapFormat },
  ): Promise<ProcessMapLayout> {
    return new Promise<ProcessMapLayout>((resolve, reject) => {
      this.queued?.reject(new LayoutSuperseded());
      this.queued = { selection, options, resolve, reject };
      if (this.job && performance.now() - this.job.startedAt > ABANDON_AFTER_MS) this.stopJob();
      if (!this.job) this.startQueued();
    });
  }

  /** Stops the layout in progress and the one waiting, if any (they reject with `LayoutSuperseded`). */
  cancel(): void {
    this.queued?.reject(new LayoutSuperseded());
    this.queued = null;
    this.stopJob();
  }

  private startQueued() {
    const next = this.queued;
    if (!next) return;
    this.queued = null;
    let elk: ProcessMapElk;
    try {
      elk = this.ensureElk();
    } catch (error) {
      next.reject(toError(error));
      return;
    }
    const job = { reject: next.reject, startedAt: performance.now() };
    this.job = job;
    const settle = () => {
      if (this.job !== job) return false;
      this.job = null;
      this.startQueued();
      return true;
    };
    layoutProcessMap(next.selection, { ...next.options, elk }).then(
      (layout) => {
        if (settle()) next.resolve(layout);
      },
      (error: unknown) => {
        if (settle()) next.reject(toError(error));
      },
    );
  }

  private stopJob() {
    const job = this.job;
    if (!job) return;
    this.job = null;
    this.stopWorker();
    job.reject(new LayoutSuperseded());
  }

  dispose(): void {
    this.cancel();
    this.stopWorker();
  }

  private ensureElk() {
    if (!this.elk) {
      const elk = this.createElk((error) => {
        if (this.elk !== elk) return;
        this.stopWorker();
        const job = this.job;
        this.job = null;
        job?.reject(error);
        this.queued?.reject(error);
        this.queued = null;
      });
      this.elk = elk;
    }
    return this.elk;
  }

  private stopWorker() {
    this.elk?.terminateWorker();
    this.elk = null;
  }
}

const sharedRunner = createShared(
  () => new ProcessMapLayoutRunner(),
  (runner) => runner.dispose(),
  IDLE_WORKER_MS,
);

/** The app's one layout runner (its worker started and warming up); give it back with `releaseLayoutRunner`. */
export function acquireLayoutRunner(): ProcessMapLayoutRunner {
  const runner = sharedRunner.acquire();
  runner.warm();
  return runner;
}

/** The view no longer shows a map: its layout stops; the worker ends after a minute unused. */
export function releaseLayoutRunner(runner: ProcessMapLayoutRunner): void {
  runner.cancel();
  sharedRunner.release(runner);
}
