import { useFormat } from '../i18n/format.js';

/** Joins names the way the language does: "Think, Do and Care" / "Think, Do en Care". */
export function useListFormat() {
  const { locale } = useFormat();
  const formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return (items: readonly string[]) => formatter.format(items);
}
