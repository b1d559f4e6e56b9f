import { useCallback } from 'react';
import { useFormat } from '../i18n/format.js';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Locale-aware numbers (nl-NL or en-GB) for the map, which shows hundreds of them: one Intl.NumberFormat
 * per locale and options is kept and reused, as creating one is far slower than formatting with it.
 */
export function useNumberFormat(): (value: number, options?: Intl.NumberFormatOptions) => string {
  const { locale } = useFormat();
  return useCallback(
    (value, options) => {
      const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
      let formatter = formatters.get(key);
      if (!formatter) {
        formatter = new Intl.NumberFormat(locale, options);
        formatters.set(key, formatter);
      }
      return formatter.format(value);
    },
    [locale],
  );
}
