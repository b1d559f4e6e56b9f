import type { ProcessMapSelection, ProcessMapShares } from '@trailmap/viz';
import { ApiError } from '../../../api/client.js';
import {
  createSelectionHandler,
  type InputWithoutVariants,
  type SelectionReply,
  type SelectionRequest,
  type SerializedError,
  type VariantsCount,
} from './selectionProtocol.js';
import { createShared, IDLE_WORKER_MS } from './sharedResource.js';

function toError(error: SerializedError): Error {
  return error.status !== undefined
    ? new ApiError(error.status, error.code ?? 'http-error', error.message, error.issues ?? [])
    : new Error(error.message);
}

/**
 * The page's side of the selection worker: posts inputs and slider positions, and resolves each
 * selection when it comes back. Where no worker can start (tests, very old browsers), the same handler
 * runs in the page.
 */
export class ProcessMapSelectionClient {
  private readonly worker: Worker | null = null;
  private readonly send: (request: SelectionRequest) => void;
  private nextRequest = 1;
  private readonly pending = new Map<
    number,
    {
      resolve: (value: { selection: ProcessMapSelection; variants: VariantsCount }) => void;
      reject: (e: Error) => void;
    }
  >();
  /** Set when the worker failed: every later call fails with it. */
  private broken: Error | null = null;

  constructor() {
    if (typeof Worker !== 'undefined') {
      const worker = new Worker(new URL('./processMapSelection.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = (event: MessageEvent<SelectionReply>) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(new Error(event.message || 'the map’s selection worker could not be started'));
      };
      worker.onmessageerror = () =>
        this.fail(new Error('the map’s selection worker sent an unreadable answer'));
      this.worker = worker;
      this.send = (request) => worker.postMessage(request);
    } else {
      const handle = createSelectionHandler((reply) => setTimeout(() => this.receive(reply), 0));
      this.send = handle;
    }
  }

  /** Starts reading a filter's variants (before the rest of its answers are there). */
  prefetch(variantsUrl: string): void {
    if (!this.broken) this.send({ type: 'prefetch', variantsUrl });
  }

  setInput(inputId: number, variantsUrl: string, input: InputWithoutVariants): void {
    if (!this.broken) this.send({ type: 'input', inputId, variantsUrl, input });
  }

  select(
    inputId: number,
    shares: ProcessMapShares,
  ): Promise<{ selection: ProcessMapSelection; variants: VariantsCount }> {
    if (this.broken) return Promise.reject(this.broken);
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.send({ type: 'select', inputId, requestId, shares });
    });
  }

  get failed(): boolean {
    return this.broken !== null;
  }

  dispose(): void {
    this.worker?.terminate();
    this.fail(new Error('the map was closed'));
  }

  private receive(reply: SelectionReply) {
    const waiting = this.pending.get(reply.requestId);
    if (!waiting) return;
    this.pending.delete(reply.requestId);
    if (reply.type === 'selection') waiting.resolve({ selection: reply.selection, variants: reply.variants });
    else waiting.reject(toError(reply.error));
  }

  private fail(error: Error) {
    this.broken ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

export const sharedSelectionClient = createShared(
  () => new ProcessMapSelectionClient(),
  (client) => client.dispose(),
  IDLE_WORKER_MS,
);
