import { HttpError } from '../http/errors.js';
import {
  JobMemoryError,
  JobPoolClosedError,
  JobQueueFullError,
  JobTimeoutError,
} from '../jobs/createJobPool.js';
import type { ServerJobPool } from '../jobs/createServerJobPool.js';
import type { ExportLimits } from '../exports/exportLimits.js';
import { ConcurrencyLimiter } from '../exports/limitConcurrency.js';
import type { RenderReportInput } from './renderReport.js';

/** A board report to print, and whose exports it counts against (as picture exports do). */
export type ReportRequest = RenderReportInput & {
  requester: { kind: 'workspace' | 'share-link'; id: string };
};

export interface ReportPrinter {
  /** The report's PDF, or an HttpError: 429 busy, 503 stopped. */
  print(request: ReportRequest): Promise<Buffer>;
}

const INSTEAD = 'open the report as HTML (format=html)';

/**
 * Prints board reports in the worker pool (never on the event loop) within the export limits of picture
 * exports: PDFs in progress per workspace and per share link and a bounded queue (429 with Retry-After),
 * a time and memory limit per report (503).
 */
export function createReportPrinter(pool: ServerJobPool, limits: ExportLimits): ReportPrinter {
  const inProgress = new ConcurrencyLimiter();
  const busy = (message: string) =>
    new HttpError(429, 'export-busy', `${message}; try again in ${limits.retryAfterSeconds} s`, {
      retryAfterSeconds: limits.retryAfterSeconds,
    });
  return {
    async print({ requester, ...input }) {
      const cap = requester.kind === 'workspace' ? limits.perWorkspace : limits.perShareLink;
      const release = inProgress.acquire(`${requester.kind}:${requester.id}`, cap);
      if (!release) {
        const whose = requester.kind === 'workspace' ? 'this workspace' : 'this share link';
        throw busy(`${whose} already has ${cap} report PDF${cap === 1 ? '' : 's'} in progress`);
      }
      try {
        const pdf = await pool.run('renderReport', input, { timeoutMs: limits.timeoutMs });
        return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (err) {
        if (err instanceof JobQueueFullError) throw busy('the server is busy rendering other exports');
        if (err instanceof JobTimeoutError)
          throw new HttpError(
            503,
            'export-timeout',
            `printing this report took longer than the limit of ${limits.timeoutMs / 1000} s and was stopped; ${INSTEAD}`,
            { timeoutMs: limits.timeoutMs },
          );
        if (err instanceof JobMemoryError)
          throw new HttpError(
            503,
            'export-out-of-memory',
            `printing this report needed more memory than an export may use and was stopped; ${INSTEAD}`,
          );
        if (err instanceof JobPoolClosedError)
          throw new HttpError(503, 'shutting-down', 'the server is shutting down; try again shortly');
        throw err;
      } finally {
        release();
      }
    },
  };
}
