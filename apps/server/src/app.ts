import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { openEventStore, type EventStore } from '@trailmap/analytics';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Store } from '@trailmap/db';
import { randomUUID } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { checkCsrf } from './auth/checkCsrf.js';
import type { SignUpPolicy } from './auth/decideSignUp.js';
import {
  createRateLimiters,
  DEFAULT_RATE_LIMITS,
  type RateLimiters,
  type RateLimitSettings,
} from './auth/limitAttempts.js';
import { createPictureRenderer, type PictureRenderer } from './exports/createPictureRenderer.js';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './exports/exportLimits.js';
import type { Principal } from './auth/principal.js';
import { resolvePrincipal } from './auth/resolvePrincipal.js';
import type { CookieSettings } from './auth/sessionCookie.js';
import { DEFAULT_INVITATION_DAYS } from './invitations/issueInviteLink.js';
import type { Mailer } from './invitations/sendInvitationEmail.js';
import { refuseUnsafeText } from './http/refuseUnsafeText.js';
import { sendError } from './http/sendError.js';
import { createServerJobPool, type JobPoolSettings, type ServerJobPool } from './jobs/createServerJobPool.js';
import { registerApiKeyRoutes } from './routes/apiKeys.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerExchangeRoutes } from './routes/exchange.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerDatasetRoutes } from './routes/datasets.js';
import { registerDatasetQueryRoutes } from './routes/datasetQueries.js';
import { createDatasetImports, type DatasetImports } from './datasets/runDatasetImports.js';
import { createQueryCache, type QueryCache } from './datasets/createQueryCache.js';
import { registerInvitationRoutes } from './routes/invitations.js';
import { registerJourneyInsightRoutes } from './routes/journeyInsights.js';
import { registerJourneyMeasureRoutes } from './routes/journeyMeasures.js';
import { registerJourneyPriorityRoutes } from './routes/journeyPriorities.js';
import { registerJourneyItemRoutes } from './routes/journeyItems.js';
import { registerJourneyRoutes } from './routes/journeys.js';
import { registerMemberRoutes } from './routes/members.js';
import { registerPersonaRoutes } from './routes/personas.js';
import { registerProjectMeasurementRoutes } from './routes/projectMeasurement.js';
import { registerProjectRoutes } from './routes/projects.js';
import { registerCommentRoutes } from './routes/comments.js';
import { registerReportRoutes } from './routes/reports.js';
import { createReportPrinter, type ReportPrinter } from './reports/createReportPrinter.js';
import { registerShareLinkRoutes } from './routes/shareLinks.js';
import { registerConfigRoutes } from './routes/config.js';
import { registerTemplateRoutes } from './routes/templates.js';
import { registerWebApp } from './routes/webApp.js';
import { registerWorkspaceRoutes } from './routes/workspaces.js';
import { registerWorkspaceSettingsRoutes } from './routes/workspaceSettings.js';

export const APP_VERSION = '0.1.0';

/** Request bodies above this size get 413 (imports have their own, larger limit). */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** The largest uploaded event log, unless `maxUploadBytes` says otherwise (2 GiB). */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
export const IMPORT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
/** The content types of Mermaid text (`text/x-mermaid` as older clients sent it). */
export const MERMAID_TYPES = ['text/vnd.mermaid', 'text/x-mermaid'] as const;

export interface EventStoreInfo {
  engine: 'duckdb';
  version: string;
}

export interface AppOptions {
  store: Store;
  /** Describes the event store for /api/health. */
  describeEventStore: () => Promise<EventStoreInfo>;
  /**
   * Logging. Unexpected errors are always logged, with the request id their 500 answer carries; `true`
   * also logs every request (TRAILMAP_LOG=1). An object says where the lines go (tests capture them).
   */
  logger?: boolean | LogTarget;
  /**
   * Who may sign up (`TRAILMAP_SIGNUP`); default `invite`. The first user of an empty install may always
   * sign up and becomes its admin.
   */
  signUpPolicy?: SignUpPolicy;
  /**
   * The app's public address (`TRAILMAP_PUBLIC_URL`, e.g. https://trailmap.example.com): the origin writes
   * must come from, the base of invite links in e-mails; an https one makes the session cookie Secure.
   */
  publicUrl?: string;
  /**
   * Whether to believe `X-Forwarded-For`/`-Proto`/`-Host` (`TRAILMAP_TRUST_PROXY`): true, a number of hops,
   * or the proxies' addresses. Off by default, so clients cannot choose their own address.
   */
  trustProxy?: boolean | number | string | string[];
  /** Limits on sign-in and sign-up attempts (defaults in DEFAULT_RATE_LIMITS). */
  rateLimits?: Partial<RateLimitSettings>;
  /** How long an invite link works (default 7 days). */
  invitationDays?: number;
  /** Sends invitation e-mails (from `SMTP_URL`); without one, owners copy the invite link. */
  mailer?: Mailer | null;
  /** Demo mode: /api/config names the demo account so the sign-in page can offer it. */
  demo?: boolean;
  /** The built web app to serve at `/` (apps/web/dist); without it `/` is a plain page. */
  webRoot?: string | null;
  /** The event store datasets live in; without one the app opens an in-memory store of its own. */
  events?: EventStore;
  /** Where uploads are streamed to while they wait for their import; default a temp folder of the app. */
  uploadDir?: string;
  /** The largest file an upload may be (`TRAILMAP_UPLOAD_MAX_BYTES`; default 2 GiB). */
  maxUploadBytes?: number;
  /** Limits of picture exports; unset ones are DEFAULT_EXPORT_LIMITS. */
  exportLimits?: Partial<ExportLimits>;
  /** Sizes of the worker pool the app creates for heavy jobs (picture exports). */
  jobs?: JobPoolSettings;
  /** A worker pool to use instead of creating one (tests hold its jobs with a JobGate); closed with the app. */
  jobPool?: ServerJobPool;
}

/** Where log lines go: a stream of JSON lines (as pino writes them), or a pino-compatible logger. */
export type LogTarget = (
  | { stream: { write(line: string): void }; instance?: never }
  | { instance: FastifyBaseLogger; stream?: never }
) & {
  /** Log every request, not only errors (default false). */
  requests?: boolean;
};

/** Fastify's logging options for `AppOptions.logger`: errors always, every request only when asked. */
function loggingOptions(logger: AppOptions['logger']) {
  const target: LogTarget =
    typeof logger === 'object'
      ? logger
      : { stream: logger ? process.stdout : process.stderr, requests: logger };
  const requests = target.requests ?? false;
  const logController = new LogController({
    disableRequestLogging: !requests,
    requestIdLogLabel: 'requestId',
  });
  if (target.instance) return { loggerInstance: target.instance, logController };
  return { logger: { level: requests ? 'info' : 'warn', stream: target.stream }, logController };
}

/** Headers of every answer: the request id, and what keeps browsers from guessing or framing. */
function setCommonHeaders(request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
  reply.header('x-frame-options', 'SAMEORIGIN');
}

export interface AppContext {
  store: Store;
  options: AppOptions;
  limiters: RateLimiters;
  cookies: CookieSettings;
  signUpPolicy: SignUpPolicy;
  invitationDays: number;
  /** The worker pool for heavy jobs (tasks in jobs/serverJobs.ts). */
  jobs: ServerJobPool;
  /** Renders map pictures in the worker pool, within the export limits. */
  pictures: PictureRenderer;
  /** Prints board reports as PDF in the worker pool, within the export limits. */
  reports: ReportPrinter;
  /** The event store, where uploads go, and the queue of dataset imports. */
  datasets: {
    events: EventStore;
    uploadDir: string;
    maxUploadBytes: number;
    maxPendingPerWorkspace: number;
    imports: DatasetImports;
    /** Answers of the engine per dataset version and query. */
    answers: QueryCache;
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

function withoutUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Builds the HTTP API (not listening): every route under /api, OpenAPI at /api/docs. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggingOptions(options.logger),
    genReqId: () => randomUUID(),
    // URLs the router cannot read (broken percent-encoding, over-long segments) answer like any other error.
    frameworkErrors: (err, request, reply) => {
      setCommonHeaders(request, reply);
      return sendError(err, request, reply);
    },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy:
      typeof options.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (options.trustProxy as number)
        : (options.trustProxy ?? false),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(sendError);
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );
  app.addHook('onSend', async (request, reply) => setCommonHeaders(request, reply));
  // Forms can send text/plain across sites, so no route takes it: Mermaid text comes as text/vnd.mermaid.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser([...MERMAID_TYPES], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  const events = options.events ?? (await openEventStore());
  const uploadDir = options.uploadDir ?? mkdtempSync(join(tmpdir(), 'trailmap-uploads-'));
  app.addHook('onClose', async () => {
    await context.datasets.imports.idle();
    if (!options.events) events.close();
    if (!options.uploadDir) rmSync(uploadDir, { recursive: true, force: true });
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Trailmap API',
        description:
          'Customer journey mapping and mining. Sign in with POST /api/auth/sign-in (session cookie) or send `Authorization: Bearer <API key>`.',
        version: APP_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'trailmap_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const jobPool = options.jobPool ?? createServerJobPool(options.jobs);
  app.addHook('onClose', () => jobPool.close());
  const exportLimits = { ...DEFAULT_EXPORT_LIMITS, ...withoutUndefined(options.exportLimits ?? {}) };
  const context: AppContext = {
    store: options.store,
    options,
    limiters: createRateLimiters({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits }),
    cookies: { publicUrl: options.publicUrl, trustProxy: Boolean(options.trustProxy) },
    signUpPolicy: options.signUpPolicy ?? { mode: 'invite' },
    invitationDays: options.invitationDays ?? DEFAULT_INVITATION_DAYS,
    jobs: jobPool,
    pictures: createPictureRenderer(jobPool, exportLimits),
    reports: createReportPrinter(jobPool, exportLimits),
    datasets: {
      events,
      uploadDir,
      maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
      maxPendingPerWorkspace: 3,
      imports: createDatasetImports(options.store, events, app.log),
      answers: createQueryCache(),
    },
  };
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      checkCsrf(request, options.publicUrl);
      request.principal = await resolvePrincipal(context.store, request);
    }
  });
  // Control characters and lone surrogates never reach a schema, a handler or the store (400, naming the field).
  app.addHook('preValidation', refuseUnsafeText);

  const api = app.withTypeProvider<ZodTypeProvider>();
  registerHealthRoutes(api, context);
  registerAuthRoutes(api, context);
  registerTemplateRoutes(api, context);
  registerWorkspaceRoutes(api, context);
  registerMemberRoutes(api, context);
  registerInvitationRoutes(api, context);
  registerApiKeyRoutes(api, context);
  registerPersonaRoutes(api, context);
  registerJourneyRoutes(api, context);
  registerJourneyItemRoutes(api, context);
  registerJourneyInsightRoutes(api, context);
  registerJourneyMeasureRoutes(api, context);
  registerJourneyPriorityRoutes(api, context);
  registerExchangeRoutes(api, context);
  registerShareLinkRoutes(api, context);
  registerDatasetRoutes(api, context);
  registerDatasetQueryRoutes(api, context);
  registerProjectRoutes(api, context);
  registerCommentRoutes(api, context);
  registerProjectMeasurementRoutes(api, context);
  registerReportRoutes(api, context);
  registerWorkspaceSettingsRoutes(api, context);
  registerConfigRoutes(api, context);
  await registerWebApp(app, options.webRoot ?? null);
  return app;
}
