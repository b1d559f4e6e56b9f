const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in the locale, in the largest unit (from kB) that keeps it at 1 or more ("2.3 MB", "2,3 MB"). */
export function formatBytes(
  bytes: number,
  number: (value: number, options?: Intl.NumberFormatOptions) => string,
): string {
  // under a kilobyte: tenths of one (at least 0.1 kB for a file that is not empty), as file managers do
  let value = Math.max(0, bytes) / 1000;
  if (value > 0 && value < 0.1) value = 0.1;
  let unit = 1;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return number(value, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value >= 100 ? 0 : 1,
  });
}
