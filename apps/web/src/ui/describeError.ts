import { ApiError } from '../api/client.js';

/** Error codes of the API that have their own sentence in the `ui` catalogue (`ui:errors.<code>`). */
const KNOWN_CODES = [
  'invalid-credentials',
  'email-taken',
  'too-many-requests',
  'last-owner',
  'already-member',
  'stale-version',
  'forbidden',
  'not-found',
  'unauthorized',
  'validation',
  'payload-too-large',
] as const;

/** A sentence in the user's language for any failure of an API call (or of the network). */
export function describeError(t: (key: string) => string, error: unknown): string {
  if (error instanceof ApiError) {
    const code = (KNOWN_CODES as readonly string[]).includes(error.code) ? error.code : null;
    if (code) return t(`ui:errors.${code}`);
    if (error.status >= 500) return t('ui:errors.server');
    return t('ui:errors.unknown');
  }
  if (error instanceof TypeError) return t('ui:errors.network');
  return t('ui:errors.unknown');
}

/** The server's issue for one body field (`email` matches `body.email` and `body.email.0`), if any. */
export function findIssue(error: unknown, field: string): string | null {
  if (!(error instanceof ApiError)) return null;
  const path = `body.${field}`;
  const issue = error.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
  return issue ? issue.message : null;
}

/** Whether the error is an ApiError with this code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}
