import type { JourneyMap, Persona } from '@trailmap/domain';
import type { ExportLang, MapFigures } from '@trailmap/viz';
import { HttpError } from '../http/errors.js';
import {
  JobMemoryError,
  JobPoolClosedError,
  JobQueueFullError,
  JobTimeoutError,
} from '../jobs/createJobPool.js';
import type { ServerJobPool } from '../jobs/createServerJobPool.js';
import type { PictureFormat } from '../routes/exports.js';
import { countMapCards, type ExportLimits } from './exportLimits.js';
import { ConcurrencyLimiter } from './limitConcurrency.js';

export interface PictureRequest {
  journey: JourneyMap;
  /** The personas the map names, in its order. */
  personas: Persona[];
  format: PictureFormat;
  lang: ExportLang;
  /** The measured figures to draw (a linked map exported with figures). */
  figures?: MapFigures;
  /** Whose exports this one counts against. */
  requester: { kind: 'workspace' | 'share-link'; id: string };
}

export interface PictureRenderer {
  /** The picture (SVG text, PNG or PDF bytes), or an HttpError: 422 too large, 429 busy, 503 stopped. */
  render(request: PictureRequest): Promise<string | Buffer>;
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** What to export instead, when a format fails for a map. */
const INSTEAD: Record<PictureFormat, string> = {
  png: 'export it as SVG (format=svg), which has no size limit',
  pdf: 'export it as SVG (format=svg), which has no size limit',
  svg: 'try again later, or export it as JSON (format=json)',
};

/**
 * Renders pictures in the worker pool within the export limits: the card and pixel limits (422), a cap
 * on exports in progress per workspace and per share link and a bounded pool queue (429 with
 * Retry-After), a time and memory limit per render (503; the worker is replaced).
 */
export function createPictureRenderer(pool: ServerJobPool, limits: ExportLimits): PictureRenderer {
  const inProgress = new ConcurrencyLimiter();
  const busy = (message: string) =>
    new HttpError(429, 'export-busy', `${message}; try again in ${limits.retryAfterSeconds} s`, {
      retryAfterSeconds: limits.retryAfterSeconds,
    });

  return {
    async render({ journey, personas, format, lang, figures, requester }) {
      const cards = countMapCards(journey);
      if (format !== 'svg' && cards > limits.maxCards) {
        throw new HttpError(
          422,
          'export-too-many-cards',
          `this map has ${grouped(cards)} cards, more than the ${grouped(limits.maxCards)} a ${format.toUpperCase()} export draws; ${INSTEAD[format]}`,
          { cards, maxCards: limits.maxCards },
        );
      }
      const cap = requester.kind === 'workspace' ? limits.perWorkspace : limits.perShareLink;
      const release = inProgress.acquire(`${requester.kind}:${requester.id}`, cap);
      if (!release) {
        const whose = requester.kind === 'workspace' ? 'this workspace' : 'this share link';
        throw busy(`${whose} already has ${cap} picture export${cap === 1 ? '' : 's'} in progress`);
      }
      try {
        const png = {
          maxSidePx: limits.maxPngSidePx,
          maxPixels: limits.maxPngPixels,
          minScale: limits.minPngScale,
        };
        const result = await pool.run(
          'renderPicture',
          { journey, personas, format, lang, png, ...(figures ? { figures } : {}) },
          { timeoutMs: limits.timeoutMs },
        );
        if (result.kind === 'too-many-pixels') {
          throw new HttpError(
            422,
            'export-too-many-pixels',
            `as a PNG this map would be ${grouped(result.widthPx)} × ${grouped(result.heightPx)} px; within the PNG limits of ${grouped(limits.maxPngSidePx)} px a side and ${grouped(limits.maxPngPixels)} px it would be shrunk below a legible size; export it as SVG (format=svg) or PDF (format=pdf)`,
            {
              widthPx: result.widthPx,
              heightPx: result.heightPx,
              maxSidePx: limits.maxPngSidePx,
              maxPixels: limits.maxPngPixels,
            },
          );
        }
        const body = result.body;
        return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      } catch (err) {
        if (err instanceof JobQueueFullError) throw busy('the server is busy rendering other exports');
        if (err instanceof JobTimeoutError)
          throw new HttpError(
            503,
            'export-timeout',
            `rendering this map took longer than the limit of ${grouped(limits.timeoutMs / 1000)} s and was stopped; ${INSTEAD[format]}`,
            { timeoutMs: limits.timeoutMs },
          );
        if (err instanceof JobMemoryError)
          throw new HttpError(
            503,
            'export-out-of-memory',
            `rendering this map needed more memory than an export may use and was stopped; ${INSTEAD[format]}`,
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
