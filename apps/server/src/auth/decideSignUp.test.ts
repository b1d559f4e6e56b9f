import { describe, expect, it } from 'vitest';
import { decideSignUp, parseSignUpPolicy } from './decideSignUp.js';

describe('parseSignUpPolicy', () => {
  it('reads open, invite and domain:<domain>', () => {
    expect(parseSignUpPolicy('open')).toEqual({ mode: 'open' });
    expect(parseSignUpPolicy(' INVITE ')).toEqual({ mode: 'invite' });
    expect(parseSignUpPolicy('domain:Example.com')).toEqual({ mode: 'domain', domain: 'example.com' });
  });

  it.each(['', 'closed', 'domain:', 'domain:localhost', 'domain:@x.com'])('refuses "%s"', (text) => {
    expect(() => parseSignUpPolicy(text)).toThrow(/TRAILMAP_SIGNUP/);
  });
});

describe('decideSignUp', () => {
  const base = { email: 'ann@example.com', installHasUsers: true, hasValidInvitation: false };

  it('lets the first user of an empty install in whatever the policy', () => {
    expect(decideSignUp({ mode: 'invite' }, { ...base, installHasUsers: false })).toEqual({ allowed: true });
  });

  it('invite: only with a valid invite link', () => {
    expect(decideSignUp({ mode: 'invite' }, base)).toMatchObject({ allowed: false, reason: /invitation/ });
    expect(decideSignUp({ mode: 'invite' }, { ...base, hasValidInvitation: true })).toEqual({
      allowed: true,
    });
  });

  it('domain: addresses of the domain (not a look-alike), or with an invite link', () => {
    const policy = { mode: 'domain', domain: 'example.com' } as const;
    expect(decideSignUp(policy, base)).toEqual({ allowed: true });
    expect(decideSignUp(policy, { ...base, email: 'eve@notexample.com' })).toMatchObject({ allowed: false });
    expect(decideSignUp(policy, { ...base, email: 'eve@example.com.evil.io' })).toMatchObject({
      allowed: false,
    });
    expect(decideSignUp(policy, { ...base, email: 'eve@x.io', hasValidInvitation: true })).toEqual({
      allowed: true,
    });
  });

  it('open: anyone', () => {
    expect(decideSignUp({ mode: 'open' }, base)).toEqual({ allowed: true });
  });
});
