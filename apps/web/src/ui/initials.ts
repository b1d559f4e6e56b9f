/** One or two letters for a name: first letters of the first and last word ("Anna de Vries" → "AV"). */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const firstLetter = Array.from(first)[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const lastLetter = last ? (Array.from(last)[0] ?? '') : '';
  return (firstLetter + lastLetter).toLocaleUpperCase();
}

/** Light tints with dark text (AA contrast); the same name always gets the same tint. */
export const AVATAR_TINTS = [
  { background: '#dbeafe', color: '#1e3a8a' },
  { background: '#dcfce7', color: '#14532d' },
  { background: '#fef3c7', color: '#78350f' },
  { background: '#fce7f3', color: '#831843' },
  { background: '#e0e7ff', color: '#312e81' },
  { background: '#ccfbf1', color: '#134e4a' },
  { background: '#ffedd5', color: '#7c2d12' },
  { background: '#ede9fe', color: '#4c1d95' },
] as const;

/** A stable tint index for a name. */
export function pickTint(name: string): (typeof AVATAR_TINTS)[number] {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return AVATAR_TINTS[hash % AVATAR_TINTS.length] ?? AVATAR_TINTS[0];
}
