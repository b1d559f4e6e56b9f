/** The two ways to look at a comparison; kept in the URL as `?mode=side|overlay`. */
export const COMPARE_MODES = ['side', 'overlay'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** Reads the mode from a query value; anything unknown falls back to side by side. */
export function parseCompareMode(value: string | null): CompareMode {
  return value === 'overlay' ? 'overlay' : 'side';
}
