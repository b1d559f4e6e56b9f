/** Reads a result cell as a number (NaN-free; null and undefined become 0). */
export function readNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** Reads a result cell as a number or null. */
export function readNullableNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : Number(value);
}

export function readText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function readTextList(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => String(item)) : [];
}
