import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The passwords people pick most (about 49,000, from the maintained zxcvbn-ts common list), compared
 * case-insensitively. Loaded once, on the first check.
 */
let commonPasswords: Set<string> | null = null;
function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => String(p).toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** One character repeated (`aaaaaaaa`) or a short block repeated (`abcabcabc`, `12121212`). */
function isRepetitive(password: string): boolean {
  for (let size = 1; size <= 3; size++) {
    const block = password.slice(0, size);
    if (password.length > size && block.repeat(Math.ceil(password.length / size)).startsWith(password))
      return true;
  }
  return false;
}

/** Every step to the next character is the same +1 or −1 (`12345678`, `abcdefgh`, `87654321`). */
function isSequential(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (step !== 1 && step !== -1) return false;
  return codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}

/** Why a password is refused, as a stable code apps can translate. */
export type PasswordProblemCode = 'password-is-email' | 'password-repetitive' | 'password-common';

const MESSAGES: Record<PasswordProblemCode, string> = {
  'password-is-email': 'must not be your e-mail address; choose a passphrase of your own',
  'password-repetitive':
    'must not be a repeated or sequential run of characters; choose a passphrase of your own',
  'password-common': 'is one of the most common passwords and easy to guess; choose a passphrase of your own',
};

/** The code and the English message of a password problem (`findPasswordProblem` gives the code). */
export function describePasswordProblem(code: PasswordProblemCode): {
  code: PasswordProblemCode;
  message: string;
} {
  return { code, message: MESSAGES[code] };
}

/**
 * What is wrong with a new password, as NIST SP 800-63B asks (length 8–256 is checked by the schema):
 * it must not be a commonly used password, a repetition or sequence of characters, or the account's own
 * e-mail address (or the part before the @). No composition rules. `null` when it is fine.
 */
export function findPasswordProblem(password: string, email: string): PasswordProblemCode | null {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (lower === address || lower === address.split('@')[0]) return 'password-is-email';
  if (isRepetitive(password) || isSequential(password)) return 'password-repetitive';
  if (isCommon(password)) return 'password-common';
  return null;
}
