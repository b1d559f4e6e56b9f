/// <reference lib="webworker" />
// The process map's selection side in a worker of its own: reads the variants, selects what the sliders
// keep (selectionProtocol.ts). A module worker built by Vite as a same-origin asset (CSP `script-src 'self'`).
import { createSelectionHandler, type SelectionRequest } from './selectionProtocol.js';

declare const self: DedicatedWorkerGlobalScope;

const handle = createSelectionHandler((reply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<SelectionRequest>) => handle(event.data);
