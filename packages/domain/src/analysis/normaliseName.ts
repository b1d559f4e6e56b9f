/**
 * The form in which two names or titles count as the same: Unicode NFC, trimmed, runs of whitespace
 * collapsed to one space, lower case (locale-independent). `"  Pay   Now "` and `"pay now"` are equal.
 */
export function normaliseName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
