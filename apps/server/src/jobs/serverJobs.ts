// The jobs the server runs in its worker pool, by name. Loaded only inside the workers: main-thread
// code imports the type alone (see createServerJobPool). Add a heavy job here, then call
// `pool.run('name', input)` where it is needed.
import { renderPicture } from '../exports/renderPicture.js';
import { renderReport } from '../reports/renderReport.js';

export const jobs = {
  renderPicture,
  renderReport,
};

export type ServerJobs = typeof jobs;
