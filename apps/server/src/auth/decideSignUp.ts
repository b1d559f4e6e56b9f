/**
 * Who may create an account on this install:
 * - `open`: anyone;
 * - `invite`: only through a workspace's invite link;
 * - `domain`: addresses of one e-mail domain, and anyone with an invite link.
 * Whatever the policy, the first user of an empty install may sign up (and becomes its admin).
 */
export type SignUpPolicy = { mode: 'open' } | { mode: 'invite' } | { mode: 'domain'; domain: string };

/** Reads `TRAILMAP_SIGNUP` (`open`, `invite` or `domain:example.com`); throws on anything else. */
export function parseSignUpPolicy(text: string): SignUpPolicy {
  const value = text.trim().toLowerCase();
  if (value === 'open') return { mode: 'open' };
  if (value === 'invite') return { mode: 'invite' };
  const domain = /^domain:([a-z0-9-]+(\.[a-z0-9-]+)+)$/.exec(value)?.[1];
  if (domain) return { mode: 'domain', domain };
  throw new Error(`TRAILMAP_SIGNUP must be open, invite or domain:<e-mail domain>, got "${text}"`);
}

export function describeSignUpPolicy(policy: SignUpPolicy): string {
  return policy.mode === 'domain' ? `domain:${policy.domain}` : policy.mode;
}

export type SignUpDecision = { allowed: true } | { allowed: false; reason: string };

/** Whether `email` may sign up now, given the policy, whether the install has users, and an invite link. */
export function decideSignUp(
  policy: SignUpPolicy,
  input: { email: string; installHasUsers: boolean; hasValidInvitation: boolean },
): SignUpDecision {
  if (!input.installHasUsers || input.hasValidInvitation || policy.mode === 'open') return { allowed: true };
  if (policy.mode === 'domain' && input.email.toLowerCase().endsWith(`@${policy.domain}`))
    return { allowed: true };
  return {
    allowed: false,
    reason:
      policy.mode === 'domain'
        ? `sign-up on this server is for @${policy.domain} addresses or by invitation; ask a workspace owner for an invite link`
        : 'sign-up on this server is by invitation only; ask a workspace owner for an invite link',
  };
}
