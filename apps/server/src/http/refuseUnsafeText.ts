import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

export interface TextIssue {
  path: string;
  message: string;
}

/** At most this many issues are named in one answer (a body can hold thousands of bad strings). */
const MAX_ISSUES = 20;

/**
 * C0 control characters other than tab, line feed and carriage return (PostgreSQL text cannot hold
 * U+0000, and none of them belong in a title or a note), and UTF-16 surrogates without their other half
 * (they are not Unicode text: JSONB refuses them, UTF-8 cannot encode them).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function codePointOf(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` is not acceptable text, or null when it is. */
export function describeUnsafeText(text: string): string | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  const char = found[0];
  const code = char.charCodeAt(0);
  return code >= 0xd800
    ? `contains a lone surrogate (${codePointOf(char)}) at position ${found.index}; send valid Unicode text`
    : `contains the control character ${codePointOf(char)} at position ${found.index}; only tab, line feed and carriage return are allowed`;
}

interface Pending {
  value: unknown;
  path: string;
}

/**
 * Finds every string (and object key) in a parsed JSON value, query or params that holds a control
 * character or a lone surrogate, naming it by its path (`body.touchpoints.3.title`). Walks without
 * recursion, so any depth of nesting is safe.
 */
export function findUnsafeText(value: unknown, root: string): TextIssue[] {
  const issues: TextIssue[] = [];
  const stack: Pending[] = [{ value, path: root }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = describeUnsafeText(current);
      if (problem) issues.push({ path, message: problem });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${path}.${i}` });
    } else if (typeof current === 'object' && current !== null && !ArrayBuffer.isView(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const keyProblem = describeUnsafeText(key);
        if (keyProblem) issues.push({ path, message: `a key ${keyProblem}` });
        else stack.push({ value: child, path: `${path}.${key}` });
      }
    }
  }
  return issues.slice(0, MAX_ISSUES);
}

/** The same for a text body (Mermaid): each problem is named by its line (`body.line.4`). */
export function findUnsafeLines(text: string): TextIssue[] {
  const issues: TextIssue[] = [];
  if (!UNSAFE.test(text)) return issues;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && issues.length < MAX_ISSUES; i++) {
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
  ].slice(0, MAX_ISSUES);
  if (issues.length === 0) return;
  throw new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
    issues,
  });
}
