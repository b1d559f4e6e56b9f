import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build; keep one per locale and options. */
function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** Locale-aware number and date formatting for the current language (nl-NL or en-GB). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  return useMemo(
    () => ({
      locale,
      number: (value: number, options?: Intl.NumberFormatOptions) =>
        numberFormat(locale, options).format(value),
      date: (iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
        dateFormat(locale, options).format(new Date(iso)),
      dateTime: (iso: string) =>
        dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    }),
    [locale],
  );
}
