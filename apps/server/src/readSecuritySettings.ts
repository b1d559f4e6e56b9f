import { hostname } from 'node:os';
import type { AppOptions } from './app.js';
import { parseSignUpPolicy } from './auth/decideSignUp.js';
import { createSmtpMailer } from './invitations/sendInvitationEmail.js';

export type SecuritySettings = Pick<
  AppOptions,
  'signUpPolicy' | 'publicUrl' | 'trustProxy' | 'invitationDays' | 'mailer'
>;

/** `TRAILMAP_TRUST_PROXY`: `true`/`1`… hops are numbers; otherwise a comma-separated list of proxy addresses. */
function parseTrustProxy(text: string): boolean | number | string[] {
  const value = text.trim().toLowerCase();
  if (value === '' || value === 'false' || value === 'off') return false;
  if (value === 'true' || value === 'on') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`TRAILMAP_PUBLIC_URL must be an http(s) URL, got "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`TRAILMAP_PUBLIC_URL must be an http(s) URL, got "${text}"`);
  return url.origin;
}

/**
 * The install's security settings from the environment (README, configuration): `TRAILMAP_SIGNUP`,
 * `TRAILMAP_PUBLIC_URL`, `TRAILMAP_TRUST_PROXY`, `TRAILMAP_INVITE_DAYS`, `SMTP_URL` and `SMTP_FROM`.
 * Throws a readable error for a malformed value. `demo` makes sign-up open unless `TRAILMAP_SIGNUP` says
 * otherwise.
 */
export function readSecuritySettings(env: NodeJS.ProcessEnv, demo: boolean): SecuritySettings {
  const settings: SecuritySettings = {};
  const signUp = env.TRAILMAP_SIGNUP;
  if (signUp) settings.signUpPolicy = parseSignUpPolicy(signUp);
  else if (demo) settings.signUpPolicy = { mode: 'open' };
  if (env.TRAILMAP_PUBLIC_URL) settings.publicUrl = parsePublicUrl(env.TRAILMAP_PUBLIC_URL);
  if (env.TRAILMAP_TRUST_PROXY) settings.trustProxy = parseTrustProxy(env.TRAILMAP_TRUST_PROXY);
  if (env.TRAILMAP_INVITE_DAYS) {
    const days = Number(env.TRAILMAP_INVITE_DAYS);
    if (!Number.isFinite(days) || days <= 0 || days > 365)
      throw new Error(
        `TRAILMAP_INVITE_DAYS must be a number of days from 1 to 365, got "${env.TRAILMAP_INVITE_DAYS}"`,
      );
    settings.invitationDays = days;
  }
  if (env.SMTP_URL) {
    const host = settings.publicUrl ? new URL(settings.publicUrl).hostname : hostname();
    settings.mailer = createSmtpMailer(env.SMTP_URL, env.SMTP_FROM || `Trailmap <no-reply@${host}>`);
  }
  return settings;
}
