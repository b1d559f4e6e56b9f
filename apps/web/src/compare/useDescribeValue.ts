import type { JourneyMap, TouchpointFieldChange } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { useSignedNumber } from './useSignedNumber.js';

const DURATION_UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

/**
 * Turns one side of a field change into words: phase ids become phase names, channels and evidence
 * their translated names, emotions signed numbers, waiting times a duration; empty values "—".
 */
export function useDescribeValue(before: Pick<JourneyMap, 'phases'>, after: Pick<JourneyMap, 'phases'>) {
  const { t } = useTranslation(['compare', 'common']);
  const format = useFormat();
  const signed = useSignedNumber();
  return (change: TouchpointFieldChange, side: 'before' | 'after'): string => {
    const value = side === 'before' ? change.before : change.after;
    if (value === null || value === '') return t('compare:value.empty');
    switch (change.field) {
      case 'phase': {
        const phases = side === 'before' ? before.phases : after.phases;
        return phases.find((p) => p.id === value)?.name ?? String(value);
      }
      case 'position':
        return t('compare:value.position', { place: Number(value) + 1 });
      case 'emotion':
        return signed(Number(value), 0);
      case 'channel':
        return t(`common:channels.${String(value)}`);
      case 'evidence':
        return t(`common:evidence.${String(value)}`);
      case 'expectation':
      case 'experience':
        return t('compare:value.score', { score: format.number(Number(value)) });
      case 'expectedSecondsToNext': {
        const seconds = Number(value);
        const { unit, seconds: size } =
          DURATION_UNITS.find((u) => seconds >= u.seconds) ?? DURATION_UNITS[DURATION_UNITS.length - 1]!;
        return format.number(Math.round((seconds / size) * 10) / 10, {
          style: 'unit',
          unit,
          unitDisplay: 'long',
        });
      }
      default:
        return String(value);
    }
  };
}
