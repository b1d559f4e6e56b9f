const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parses an ISO 8601 timestamp (`T` or space separator, optional fraction, `Z` or ±hh:mm offset) into epoch
 * milliseconds (UTC). A timestamp without offset is read as UTC. Returns NaN when it cannot be parsed.
 */
export function parseTimestamp(text: string): number {
  const fast = parseCanonicalTimestamp(text);
  if (!Number.isNaN(fast)) return fast;
  const m = isoPattern.exec(text.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60)
    return Number.NaN;
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  let utc = Date.UTC(Number(y), month - 1, day, hour, minute, second, ms);
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
    utc -= sign * offsetMinutes * 60_000;
  }
  return utc;
}

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};
const two = (text: string, i: number): number => digit(text, i) * 10 + digit(text, i + 1);

/** `YYYY-MM-DDTHH:MM:SS[.fff]±HH:MM` or `...Z`, the shape XES writers use; NaN for anything else. */
function parseCanonicalTimestamp(text: string): number {
  const n = text.length;
  if (n < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
    return Number.NaN;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const year = two(text, 0) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    if (n < i + 4) return Number.NaN;
    ms = digit(text, i + 1) * 100 + digit(text, i + 2) * 10 + digit(text, i + 3);
    i += 4;
    while (i < n && digit(text, i) >= 0) i++;
  }
  let offsetMinutes: number;
  const zone = text.charCodeAt(i);
  if (zone === 90 /* Z */ && i + 1 === n) offsetMinutes = 0;
  else if ((zone === 43 || zone === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    offsetMinutes = (zone === 45 ? -1 : 1) * (two(text, i + 1) * 60 + two(text, i + 4));
  } else return Number.NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}
