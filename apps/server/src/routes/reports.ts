import type { JourneyMap, WorkspaceId } from '@trailmap/domain';
import {
  EXPORT_LANGS,
  renderJourneyReportHtml,
  renderWorkspaceReportHtml,
  REPORT_LABELS,
  type ExportLang,
} from '@trailmap/viz';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { hashSecret } from '../auth/tokens.js';
import { notFound } from '../http/errors.js';
import { journeyParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import { buildJourneyReport } from '../reports/buildJourneyReport.js';
import { buildWorkspaceReport } from '../reports/buildWorkspaceReport.js';
import type { ReportRequest } from '../reports/createReportPrinter.js';
import { fileNameOf } from './exchange.js';
import { describeAttachment } from './exports.js';

/** The report's page may use its own inline style and data images, nothing else (no script, no fetch). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** `?format=html|pdf&lang=en|nl` of a board report. */
export const reportQuery = z.object({
  format: z.enum(['html', 'pdf']).default('html').describe('an HTML page, or an A4 portrait PDF'),
  lang: z
    .enum(EXPORT_LANGS)
    .optional()
    .describe(
      "language of the report's own texts; default the browser's (Accept-Language) when Dutch, else en",
    ),
});
type ReportQuery = z.infer<typeof reportQuery>;

/** Any string: malformed, unknown and revoked tokens all get the same 404. */
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/** The language asked for, else Dutch when the browser prefers it to English, else English. */
export function chooseReportLang(
  asked: ExportLang | undefined,
  acceptLanguage: string | undefined,
): ExportLang {
  if (asked) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => x.lang === 'nl' || x.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'nl' ? 'nl' : 'en';
}

/** Today as `YYYY-MM-DD` (UTC): the date the report says it was made. */
const today = () => new Date().toISOString().slice(0, 10);

export function registerReportRoutes(api: Api, context: AppContext) {
  const { store, reports } = context;

  /** Sends a report as the strict, self-contained HTML page or as the PDF printed in the worker pool. */
  async function sendReport(
    request: FastifyRequest,
    reply: FastifyReply,
    query: ReportQuery,
    input:
      | { kind: 'journey'; report: Awaited<ReturnType<typeof buildJourneyReport>> }
      | { kind: 'workspace'; report: Awaited<ReturnType<typeof buildWorkspaceReport>> },
    requester: ReportRequest['requester'],
  ) {
    const lang = chooseReportLang(query.lang, request.headers['accept-language']);
    const madeOn = today();
    reply.header('cache-control', 'private, no-store').header('vary', 'accept-language');
    const title = input.kind === 'journey' ? input.report.title : input.report.workspaceName;
    if (query.format === 'html') {
      const html =
        input.kind === 'journey'
          ? renderJourneyReportHtml(input.report, lang, madeOn)
          : renderWorkspaceReportHtml(input.report, lang, madeOn);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(html);
    }
    const pdf = await reports.print({ ...input, lang, madeOn, requester } as ReportRequest);
    const name = `${REPORT_LABELS[lang].boardReport} ${title}`;
    return reply
      .type('application/pdf')
      .header('content-disposition', describeAttachment(fileNameOf(name), name, 'pdf'))
      .send(pdf);
  }

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/report',
    {
      schema: {
        tags: ['reports'],
        summary:
          "A journey's board report (viewer): the map with its measured chips, NPS per month, the chosen / in-progress / done projects with their measured effect (successes first) and what was learned; an HTML page or a one-page A4 PDF, in en or nl",
        params: journeyParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const report = await buildJourneyReport(context, workspaceId, journeyId);
      return sendReport(
        request,
        reply,
        request.query,
        { kind: 'journey', report },
        {
          kind: 'workspace',
          id: workspaceId,
        },
      );
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/report',
    {
      schema: {
        tags: ['reports'],
        summary:
          "The workspace's board overview (viewer): every journey with its chosen / in-progress / done projects and their measured results; a journey without a linked dataset says so. HTML or A4 PDF, en or nl",
        params: workspaceParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const report = await buildWorkspaceReport(context, workspaceId);
      return sendReport(
        request,
        reply,
        request.query,
        { kind: 'workspace', report },
        {
          kind: 'workspace',
          id: workspaceId,
        },
      );
    },
  );

  api.get(
    '/api/share/:token/report',
    {
      schema: {
        tags: ['share links'],
        summary:
          "The board report of a shared journey (no sign-in; a link made with kind 'report'; 404 for unknown, revoked and map links): as GET …/journeys/:id/report, without back-stage notes unless the link was made with them",
        security: [],
        params: tokenParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const link = await store.shareLinks.findActiveByHash(hashSecret(request.params.token));
      if (!link || link.kind !== 'report') throw notFound('share link');
      const report = await buildJourneyReport(
        context,
        link.workspaceId as WorkspaceId,
        link.journeyId as JourneyMap['id'],
        { hideBackstage: !link.includeBackstage },
      ).catch((error: unknown) => {
        throw error instanceof Error && 'statusCode' in error && error.statusCode === 404
          ? notFound('share link')
          : error;
      });
      return sendReport(
        request,
        reply,
        request.query,
        { kind: 'journey', report },
        {
          kind: 'share-link',
          id: hashSecret(request.params.token),
        },
      );
    },
  );
}
