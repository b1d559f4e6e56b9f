// The first module of every job worker thread (see createJobPool.ts). The server runs from its TypeScript
// sources — through tsx, or bundled by apps/cli/scripts/bundleCli.mjs with the sources still beside it —
// so the worker registers tsx, then serves the tasks that the module named in workerData.entry exports.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const [{ serveJobs }, { jobs }] = await Promise.all([import('./serveJobs.ts'), import(workerData.entry)]);
serveJobs(jobs);
