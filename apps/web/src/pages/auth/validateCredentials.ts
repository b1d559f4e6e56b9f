/** What is wrong with a field before it is sent; a key in the `auth` catalogue. */
export type CredentialProblem = 'emailRequired' | 'emailInvalid' | 'passwordRequired' | 'passwordTooShort';

export const MIN_PASSWORD_LENGTH = 8;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): CredentialProblem | null {
  if (!email.trim()) return 'emailRequired';
  return EMAIL_PATTERN.test(email.trim()) ? null : 'emailInvalid';
}

/** Sign-in only needs a password; sign-up also needs it long enough (`checkLength`). */
export function validatePassword(password: string, checkLength: boolean): CredentialProblem | null {
  if (!password) return 'passwordRequired';
  if (checkLength && password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  return null;
}
