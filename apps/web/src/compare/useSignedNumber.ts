import { useFormat } from '../i18n/format.js';

/**
 * Formats an emotion value or change with its sign and one decimal in the current locale:
 * "+1.5" / "−0.7" in English, "+1,5" / "−0,7" in Dutch (a real minus sign, not a hyphen).
 */
export function useSignedNumber() {
  const format = useFormat();
  return (value: number, fractionDigits = 1) => {
    const factor = 10 ** fractionDigits;
    // Half away from zero, as Intl does (Math.round would turn −0.75 into −0.7 but 0.75 into 0.8).
    const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
    const text = format.number(Math.abs(rounded), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    if (rounded > 0) return `+${text}`;
    if (rounded < 0) return `\u2212${text}`;
    return text;
  };
}
