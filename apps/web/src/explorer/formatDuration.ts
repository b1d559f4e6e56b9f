/** Units of a duration, largest first. */
const UNITS: { seconds: number; en: string; nl: string }[] = [
  { seconds: 86_400, en: 'd', nl: 'd' },
  { seconds: 3_600, en: 'h', nl: 'u' },
  { seconds: 60, en: 'min', nl: 'min' },
  { seconds: 1, en: 's', nl: 's' },
];

/**
 * A duration in the two largest units that matter (`3 d 4 h`, `12 min 5 s`, `0 s`), in the language's
 * abbreviations; under a second it is shown in milliseconds.
 */
export function formatDuration(seconds: number, language: string): string {
  const lang = language === 'nl' ? 'nl' : 'en';
  if (!Number.isFinite(seconds)) return '—';
  const sign = seconds < 0 ? '−' : '';
  let rest = Math.abs(seconds);
  if (rest > 0 && rest < 1) return `${sign}${Math.round(rest * 1000)} ms`;
  const parts: string[] = [];
  for (const unit of UNITS) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / unit.seconds);
    if (n > 0 || (parts.length > 0 && parts.length < 2)) {
      if (n > 0) parts.push(`${n} ${unit[lang]}`);
      rest -= n * unit.seconds;
      if (parts.length > 0 && n === 0) break;
    }
  }
  return parts.length ? `${sign}${parts.join(' ')}` : '0 s';
}
