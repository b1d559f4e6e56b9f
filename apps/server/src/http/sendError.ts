import { MissingReferenceError } from '@trailmap/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { HttpError } from './errors.js';

export interface ErrorBody {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
  [key: string]: unknown;
}

/** Codes of Fastify's own 4xx errors (bodies too large, URLs the router cannot read, unknown media types). */
const CLIENT_ERROR_CODES: Record<number, string> = {
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
};

/** Fastify calls the query `querystring`; answers call it `query`, as the control-character rule does. */
function joinPath(context: string | undefined, path: readonly PropertyKey[]): string {
  const root = context === 'querystring' ? 'query' : context;
  return [root, ...path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
}

/**
 * One error format for every route: `{ error, message, issues? }`. Validation errors name the field
 * (`body.title`), known errors keep their status, anything unexpected is a 500 without internals that
 * carries the request id (`requestId`, also in the `x-request-id` header and in the error's log line).
 */
export function sendError(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = (err as FastifyError).validationContext;
    const issues = err.validation.map((v) => ({
      path: joinPath(context, v.instancePath.split('/').filter(Boolean)),
      message: v.message ?? 'is invalid',
    }));
    const body: ErrorBody = {
      error: 'validation',
      message: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      issues,
    };
    return reply.code(400).send(body);
  }
  if (err instanceof ZodError) {
    const issues = err.issues.map((i) => ({ path: joinPath('body', i.path), message: i.message }));
    return reply.code(400).send({
      error: 'validation',
      message: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      issues,
    });
  }
  if (err instanceof MissingReferenceError) {
    // Checked before the write, and deleted in between (a map linked while its dataset was deleted).
    const body: ErrorBody = { error: 'not-found', message: err.message };
    return reply.code(404).send(body);
  }
  if (err instanceof HttpError && err.statusCode < 500) {
    const body: ErrorBody = { error: err.code, message: err.message, ...(err.details ?? {}) };
    return reply.code(err.statusCode).send(body);
  }
  if (err instanceof HttpError) {
    // A known server-side condition (an export stopped at its time limit): its own status and code, logged
    // under the request id the answer carries.
    request.log.warn({ err }, err.message);
    const body: ErrorBody = {
      error: err.code,
      message: err.message,
      ...(err.details ?? {}),
      requestId: request.id,
    };
    return reply.code(err.statusCode).send(body);
  }
  const status = (err as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return reply
      .code(status)
      .send({ error: CLIENT_ERROR_CODES[status] ?? 'bad-request', message: err.message });
  }
  // Logged whatever the request logging; the request's logger binds `requestId`, the id the answer carries.
  request.log.error({ err }, 'unhandled error');
  return reply.code(500).send({
    error: 'internal',
    message: `something went wrong on the server; quote request id ${request.id} when you report it`,
    requestId: request.id,
  });
}
