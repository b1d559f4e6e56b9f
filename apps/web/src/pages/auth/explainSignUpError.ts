import { ApiError } from '../../api/client.js';
import { findIssue } from '../../ui/describeError.js';

/** Why the server refused a new password; a key in the `auth` catalogue (`auth:problems.<key>`). */
export type PasswordRefusal =
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordIsEmail'
  | 'passwordRepeated'
  | 'passwordCommon'
  | 'passwordRefused';

/** The server's stable codes for a refused password (`issues[].code` at `body.password`). */
const REFUSAL_BY_CODE: Record<string, PasswordRefusal> = {
  'password-is-email': 'passwordIsEmail',
  'password-repetitive': 'passwordRepeated',
  'password-common': 'passwordCommon',
};

/**
 * Why the server refused a password at `body.password`, as a sentence in the user's language: by the
 * issue's `code` when it has one; the schema's length rules come without a code and are read from their
 * words. A message it does not know still lands at the field, as a general "choose another password".
 */
export function readPasswordRefusal(error: unknown): PasswordRefusal | null {
  const message = findIssue(error, 'password');
  if (message === null) return null;
  const code =
    error instanceof ApiError ? error.issues.find((i) => i.path === 'body.password')?.code : undefined;
  const byCode = code ? REFUSAL_BY_CODE[code] : undefined;
  if (byCode) return byCode;
  const text = message.toLowerCase();
  if (/at least|too short|too_small/.test(text)) return 'passwordTooShort';
  if (/at most|too long|too_big/.test(text)) return 'passwordTooLong';
  if (/e-?mail/.test(text)) return 'passwordIsEmail';
  if (/repeat|sequen/.test(text)) return 'passwordRepeated';
  if (/common|guess/.test(text)) return 'passwordCommon';
  return 'passwordRefused';
}

/** Whole minutes to wait after a 429 (from the answer's `retryAfterSeconds`), or null for other errors. */
export function readRetryMinutes(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  const seconds = Number(error.body.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.ceil(seconds / 60)) : 1;
}

/** Who may sign up here, read from `GET /api/config`'s `signUp.policy`. */
export type SignUpPolicy = { kind: 'open' } | { kind: 'invite' } | { kind: 'domain'; domain: string };

/** Reads `open`, `invite` or `domain:<domain>`; anything else counts as open (the server decides anyway). */
export function readSignUpPolicy(policy: string | undefined): SignUpPolicy {
  const value = (policy ?? '').trim().toLowerCase();
  if (value === 'invite') return { kind: 'invite' };
  const domain = /^domain:(.+)$/.exec(value)?.[1];
  if (domain) return { kind: 'domain', domain };
  return { kind: 'open' };
}

/** Whether an address belongs to the sign-up domain (`ann@bank.example` for `bank.example`). */
export function isInDomain(email: string, domain: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${domain.toLowerCase()}`);
}
