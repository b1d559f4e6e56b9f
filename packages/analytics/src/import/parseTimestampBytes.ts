/** Digits at `buf[i]`, NaN for anything else. */
const d = (buf: Uint8Array, i: number): number => {
  const c = (buf[i] as number) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};
const two = (buf: Uint8Array, i: number): number => d(buf, i) * 10 + d(buf, i + 1);

/**
 * `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)` in `buf[start, end)` → epoch ms, exactly as `parseTimestamp` reads
 * this shape (the one XES writers use); NaN for any other text (then `parseTimestamp` decides).
 */
export function parseTimestampBytes(buf: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 20 || buf[start + 4] !== 45 || buf[start + 7] !== 45 || buf[start + 10] !== 84) return Number.NaN;
  if (buf[start + 13] !== 58 || buf[start + 16] !== 58) return Number.NaN;
  const year = two(buf, start) * 100 + two(buf, start + 2);
  const month = two(buf, start + 5);
  const day = two(buf, start + 8);
  const hour = two(buf, start + 11);
  const minute = two(buf, start + 14);
  const second = two(buf, start + 17);
  let i = start + 19;
  let ms = 0;
  if (buf[i] === 46 /* . */) {
    if (end < i + 4) return Number.NaN;
    ms = d(buf, i + 1) * 100 + d(buf, i + 2) * 10 + d(buf, i + 3);
    i += 4;
    while (i < end && d(buf, i) >= 0) i++;
  }
  let offsetMinutes: number;
  const zone = buf[i];
  if (zone === 90 /* Z */ && i + 1 === end) offsetMinutes = 0;
  else if ((zone === 43 || zone === 45) && i + 6 === end && buf[i + 3] === 58) {
    offsetMinutes = (zone === 45 ? -1 : 1) * (two(buf, i + 1) * 60 + two(buf, i + 4));
  } else return Number.NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return Number.NaN;
  const days = year >= 100 ? daysFromCivil(year, month, day) : Date.UTC(year, month - 1, day) / 86_400_000;
  return days * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (a day past the month's end rolls on, as in Date.UTC). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
