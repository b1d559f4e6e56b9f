import { describe, expect, it } from 'vitest';
import { describePasswordProblem, findPasswordProblem } from './checkPasswordPolicy.js';

describe('findPasswordProblem', () => {
  it.each(['password', 'Password1', 'iloveyou', 'qwertyui', 'letmein1'])(
    'findPasswordProblem(%s) refuses a common password, in any case',
    (password) => {
      expect(findPasswordProblem(password, 'ann@example.com')).toBe('password-common');
    },
  );

  it.each(['aaaaaaaa', 'abcabcabc', '12121212', '12345678', 'abcdefghij', '98765432'])(
    'findPasswordProblem(%s) refuses repeated and sequential runs',
    (password) => {
      expect(findPasswordProblem(password, 'ann@example.com')).toBe('password-repetitive');
    },
  );

  it('findPasswordProblem refuses the e-mail address and its local part', () => {
    expect(findPasswordProblem('ann.smith@example.com', 'Ann.Smith@Example.com')).toBe('password-is-email');
    expect(findPasswordProblem('ANN.SMITH', 'ann.smith@example.com')).toBe('password-is-email');
    expect(describePasswordProblem('password-is-email').message).toMatch(/e-mail address/);
  });

  it.each(['correct horse battery', 'Tr4ilm4p!', 'zomerfiets2026', 'aaaaaaab'])(
    'findPasswordProblem(%s) accepts a password of one’s own without composition rules',
    (password) => {
      expect(findPasswordProblem(password, 'ann@example.com')).toBeNull();
    },
  );
});
