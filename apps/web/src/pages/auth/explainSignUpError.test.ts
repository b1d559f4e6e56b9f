// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { isInDomain, readPasswordRefusal, readRetryMinutes, readSignUpPolicy } from './explainSignUpError.js';
import { validatePassword } from './validateCredentials.js';

const refused = (message: string) =>
  new ApiError(400, 'validation', `body.password: ${message}`, [{ path: 'body.password', message }]);

describe('readPasswordRefusal', () => {
  it.each([
    ['must not be your e-mail address; choose a passphrase of your own', 'passwordIsEmail'],
    [
      'must not be a repeated or sequential run of characters; choose a passphrase of your own',
      'passwordRepeated',
    ],
    [
      'is one of the most common passwords and easy to guess; choose a passphrase of your own',
      'passwordCommon',
    ],
    ['must be at least 8 characters', 'passwordTooShort'],
    ['must be at most 256 characters', 'passwordTooLong'],
    ['is not allowed for a reason nobody foresaw', 'passwordRefused'],
  ])('readPasswordRefusal() maps the server’s “%s” to %s', (message, key) => {
    expect(readPasswordRefusal(refused(message))).toBe(key);
  });

  it.each([
    ['password-common', 'passwordCommon'],
    ['password-repetitive', 'passwordRepeated'],
    ['password-is-email', 'passwordIsEmail'],
  ])('readPasswordRefusal() reads the server’s code %s as %s, whatever the words', (code, key) => {
    const error = new ApiError(400, 'validation', 'body.password: anders', [
      { path: 'body.password', message: 'iets anders', code },
    ]);
    expect(readPasswordRefusal(error)).toBe(key);
  });

  it('readPasswordRefusal() is null for other fields and other errors', () => {
    const email = new ApiError(400, 'validation', 'body.email: bad', [
      { path: 'body.email', message: 'bad' },
    ]);
    expect(readPasswordRefusal(email)).toBeNull();
    expect(readPasswordRefusal(new TypeError('network'))).toBeNull();
  });
});

describe('readRetryMinutes', () => {
  it('readRetryMinutes() rounds the wait of a 429 up to whole minutes, at least one', () => {
    const wait = (seconds: unknown) =>
      new ApiError(429, 'too-many-requests', 'too many', [], { retryAfterSeconds: seconds });
    expect(readRetryMinutes(wait(3540))).toBe(59);
    expect(readRetryMinutes(wait(61))).toBe(2);
    expect(readRetryMinutes(wait(5))).toBe(1);
    expect(readRetryMinutes(wait(undefined))).toBe(1);
    expect(readRetryMinutes(new ApiError(403, 'forbidden', 'no'))).toBeNull();
  });
});

describe('readSignUpPolicy', () => {
  it('readSignUpPolicy() reads open, invite and domain:<d>; anything else counts as open', () => {
    expect(readSignUpPolicy('invite')).toEqual({ kind: 'invite' });
    expect(readSignUpPolicy('domain:bank.example')).toEqual({ kind: 'domain', domain: 'bank.example' });
    expect(readSignUpPolicy('open')).toEqual({ kind: 'open' });
    expect(readSignUpPolicy(undefined)).toEqual({ kind: 'open' });
  });

  it('isInDomain() matches the whole domain after the @, whatever the case', () => {
    expect(isInDomain(' Ann@Bank.Example ', 'bank.example')).toBe(true);
    expect(isInDomain('eve@bank.example.evil.io', 'bank.example')).toBe(false);
    expect(isInDomain('eve@notbank.example', 'bank.example')).toBe(false);
  });
});

describe('validatePassword', () => {
  it('validatePassword(new) refuses short, long and the e-mail address before asking the server', () => {
    expect(validatePassword('short', true)).toBe('passwordTooShort');
    expect(validatePassword('x'.repeat(257), true)).toBe('passwordTooLong');
    expect(validatePassword('Pat@Example.com', true, 'pat@example.com')).toBe('passwordIsEmail');
    expect(validatePassword('patricia', true, 'patricia@example.com')).toBe('passwordIsEmail');
    expect(validatePassword('a river runs', true, 'pat@example.com')).toBeNull();
    expect(validatePassword('short', false)).toBeNull();
  });
});
