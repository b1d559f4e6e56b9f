import { createSecret, hashSecret } from '../auth/tokens.js';

export const DEFAULT_INVITATION_DAYS = 7;

export interface InviteLink {
  /** Shown once to the owner (and e-mailed); never stored. */
  token: string;
  tokenHash: string;
  expiresAt: string;
  /** The app's page for the link: `/invite/<token>`. */
  path: string;
}

/** A new single-use invite link: 256 random bits, kept as a SHA-256 hash, valid for `days`. */
export function issueInviteLink(days: number, now = new Date()): InviteLink {
  const token = createSecret();
  return {
    token,
    tokenHash: hashSecret(token),
    expiresAt: new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString(),
    path: `/invite/${token}`,
  };
}
