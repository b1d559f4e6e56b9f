/** A short human reading of a duration: `42 s`, `12 min`, `4.1 h`, `3.2 d`. */
export function formatSeconds(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs < 60) return `${round(seconds)} s`;
  if (abs < 3600) return `${round(seconds / 60)} min`;
  if (abs < 86_400) return `${round(seconds / 3600)} h`;
  return `${round(seconds / 86_400)} d`;
}

function round(value: number): string {
  return Math.abs(value) >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
