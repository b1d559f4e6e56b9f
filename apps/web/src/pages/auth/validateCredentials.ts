/** What is wrong with a field before it is sent; a key in the `auth` catalogue (`auth:problems.<key>`). */
export type CredentialProblem =
  | 'emailRequired'
  | 'emailInvalid'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordIsEmail';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): CredentialProblem | null {
  if (!email.trim()) return 'emailRequired';
  return EMAIL_PATTERN.test(email.trim()) ? null : 'emailInvalid';
}

/**
 * Sign-in only needs a password; a new password (`isNew`) must also have 8–256 characters and must not
 * be the e-mail address (or the part before the @). The server checks the rest (common passwords,
 * repeated or sequential runs) and says so per field.
 */
export function validatePassword(password: string, isNew: boolean, email = ''): CredentialProblem | null {
  if (!password) return 'passwordRequired';
  if (!isNew) return null;
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'passwordTooLong';
  const address = email.trim().toLowerCase();
  const lower = password.toLowerCase();
  if (address && (lower === address || lower === address.split('@')[0])) return 'passwordIsEmail';
  return null;
}
