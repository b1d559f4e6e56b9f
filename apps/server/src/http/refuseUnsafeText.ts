import {
  describeUnsafeText,
  findUnsafeText,
  MAX_UNSAFE_TEXT_ISSUES,
  type UnsafeTextIssue,
} from '@trailmap/domain';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/** The text rule (`findUnsafeText` of the domain) for a text body (Mermaid): problems named by line (`body.line.4`). */
export function findUnsafeLines(text: string): UnsafeTextIssue[] {
  const issues: UnsafeTextIssue[] = [];
  if (describeUnsafeText(text) === null) return issues;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && issues.length < MAX_UNSAFE_TEXT_ISSUES; i++) {
    const problem = describeUnsafeText(lines[i]!);
    if (problem) issues.push({ path: `body.line.${i + 1}`, message: problem });
  }
  return issues;
}

/**
 * A preValidation hook for every route: text with a control character (other than tab, LF, CR) or a
 * lone surrogate anywhere in the params, the query or the body is refused with 400 naming the field,
 * before any schema, handler or store sees it.
 */
export async function refuseUnsafeText(request: FastifyRequest): Promise<void> {
  const body: unknown = request.body;
  const issues = [
    ...findUnsafeText(request.params, 'params'),
    ...findUnsafeText(request.query, 'query'),
    ...(typeof body === 'string' ? findUnsafeLines(body) : findUnsafeText(body, 'body')),
  ].slice(0, MAX_UNSAFE_TEXT_ISSUES);
  if (issues.length === 0) return;
  throw new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
    issues,
  });
}
