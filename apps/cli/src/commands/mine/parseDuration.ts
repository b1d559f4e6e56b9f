const unitSeconds: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * Seconds of a duration written as a number and a unit (`90s`, `30m`, `1.5h`, `30d`, `2w`) or plain
 * seconds (`1800`); null when the text is none of these or not positive.
 */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(text);
  if (!match) return null;
  const seconds = Number(match[1]) * (unitSeconds[(match[2] ?? '').toLowerCase()] ?? 1);
  return seconds > 0 && Number.isFinite(seconds) ? seconds : null;
}

/** A duration in the largest unit that divides it (`1800` → `30 minutes`, `2592000` → `30 days`). */
export function describeDuration(seconds: number): string {
  const units: [number, string][] = [
    [604_800, 'week'],
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
