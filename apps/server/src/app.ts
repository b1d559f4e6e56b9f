import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Store } from '@trailmap/db';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AttemptLimiter } from './auth/limitAttempts.js';
import { createPictureRenderer, type PictureRenderer } from './exports/createPictureRenderer.js';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './exports/exportLimits.js';
import type { Principal } from './auth/principal.js';
import { resolvePrincipal } from './auth/resolvePrincipal.js';
import { sendError } from './http/sendError.js';
import { createServerJobPool, type JobPoolSettings, type ServerJobPool } from './jobs/createServerJobPool.js';
import { registerApiKeyRoutes } from './routes/apiKeys.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerExchangeRoutes } from './routes/exchange.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerJourneyInsightRoutes } from './routes/journeyInsights.js';
import { registerJourneyItemRoutes } from './routes/journeyItems.js';
import { registerJourneyRoutes } from './routes/journeys.js';
import { registerMemberRoutes } from './routes/members.js';
import { registerPersonaRoutes } from './routes/personas.js';
import { registerShareLinkRoutes } from './routes/shareLinks.js';
import { registerConfigRoutes } from './routes/config.js';
import { registerTemplateRoutes } from './routes/templates.js';
import { registerWebApp } from './routes/webApp.js';
import { registerWorkspaceRoutes } from './routes/workspaces.js';

export const APP_VERSION = '0.1.0';

/** Request bodies above this size get 413 (imports have their own, larger limit). */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const IMPORT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export interface EventStoreInfo {
  engine: 'duckdb';
  version: string;
}

export interface AppOptions {
  store: Store;
  /** Describes the event store for /api/health. */
  describeEventStore: () => Promise<EventStoreInfo>;
  /** Send cookies with the Secure flag (behind HTTPS). */
  secureCookies?: boolean;
  logger?: boolean;
  /** Whether anyone may sign up (default) or only invited e-mail addresses. */
  signUp?: 'open' | 'invite-only';
  /** Demo mode: /api/config names the demo account so the sign-in page can offer it. */
  demo?: boolean;
  /** The built web app to serve at `/` (apps/web/dist); without it `/` is a plain page. */
  webRoot?: string | null;
  /** Limits of picture exports; unset ones are DEFAULT_EXPORT_LIMITS. */
  exportLimits?: Partial<ExportLimits>;
  /** Sizes of the worker pool the app creates for heavy jobs (picture exports). */
  jobs?: JobPoolSettings;
  /** A worker pool to use instead of creating one (tests hold its jobs with a JobGate); closed with the app. */
  jobPool?: ServerJobPool;
}

export interface AppContext {
  store: Store;
  options: AppOptions;
  signInLimiter: AttemptLimiter;
  /** The worker pool for heavy jobs (tasks in jobs/serverJobs.ts). */
  jobs: ServerJobPool;
  /** Renders map pictures in the worker pool, within the export limits. */
  pictures: PictureRenderer;
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
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(sendError);
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'SAMEORIGIN');
  });
  app.addContentTypeParser(
    ['text/plain', 'text/markdown', 'text/x-mermaid'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );

  await app.register(fastifyCookie);
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
    signInLimiter: new AttemptLimiter(),
    jobs: jobPool,
    pictures: createPictureRenderer(jobPool, exportLimits),
  };
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      request.principal = await resolvePrincipal(context.store, request);
    }
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  registerHealthRoutes(api, context);
  registerAuthRoutes(api, context);
  registerTemplateRoutes(api, context);
  registerWorkspaceRoutes(api, context);
  registerMemberRoutes(api, context);
  registerApiKeyRoutes(api, context);
  registerPersonaRoutes(api, context);
  registerJourneyRoutes(api, context);
  registerJourneyItemRoutes(api, context);
  registerJourneyInsightRoutes(api, context);
  registerExchangeRoutes(api, context);
  registerShareLinkRoutes(api, context);
  registerConfigRoutes(api, context);
  await registerWebApp(app, options.webRoot ?? null);
  return app;
}
