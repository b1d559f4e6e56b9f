import type { TFunction } from 'i18next';
import { formatDuration } from '../../explorer/formatDuration.js';
import { MIN_ANSWERS, type MeasuredScore, type PhaseMeasure, type TouchpointMeasure } from './measuresApi.js';

export type ChipKind = 'reach' | 'dropOff' | 'next' | 'nps' | 'journeys' | 'noData';

/** One compact figure: what it shows and the title that explains it (its definition and n). */
export interface Chip {
  kind: ChipKind;
  text: string;
  title: string;
  /** A score on too few answers: shown as such, its value only in the title. */
  tooFew?: boolean;
}

export interface FigureFormat {
  t: TFunction;
  language: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
const SCORE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

function npsChip(score: MeasuredScore, f: FigureFormat): Chip {
  const value = f.number(score.value, SCORE);
  const n = f.number(score.n);
  const interval =
    score.low !== null && score.high !== null
      ? f.t('measures:chip.interval', { low: f.number(score.low, SCORE), high: f.number(score.high, SCORE) })
      : '';
  if (score.n < MIN_ANSWERS)
    return {
      kind: 'nps',
      text: f.t('measures:chip.npsTooFew'),
      title: f.t('measures:title.npsTooFew', { value, n, interval, min: MIN_ANSWERS }),
      tooFew: true,
    };
  return {
    kind: 'nps',
    text: f.t('measures:chip.nps', { value }),
    title: f.t('measures:title.nps', { value, n, interval }),
  };
}

/** The chips of a touchpoint card: reach, drop-off, median time to next, NPS; "no data" without a matcher. */
export function touchpointChips(measure: TouchpointMeasure | null, total: number, f: FigureFormat): Chip[] {
  if (!measure || measure.journeys === null || measure.reachShare === null)
    return [{ kind: 'noData', text: f.t('measures:chip.noData'), title: f.t('measures:title.noData') }];
  const journeys = f.number(measure.journeys);
  const chips: Chip[] = [
    {
      kind: 'reach',
      text: f.t('measures:chip.reach', { value: f.number(measure.reachShare, PERCENT) }),
      title: f.t('measures:title.reach', {
        value: f.number(measure.reachShare, PERCENT),
        journeys,
        total: f.number(total),
        events: f.number(measure.matchedEvents ?? 0),
      }),
    },
  ];
  if (measure.dropOffShare !== null)
    chips.push({
      kind: 'dropOff',
      text: f.t('measures:chip.dropOff', { value: f.number(measure.dropOffShare, PERCENT) }),
      title: f.t('measures:title.dropOff', { value: f.number(measure.dropOffShare, PERCENT), journeys }),
    });
  if (measure.medianSecondsToNext !== null) {
    const value = formatDuration(measure.medianSecondsToNext, f.language);
    chips.push({
      kind: 'next',
      text: f.t('measures:chip.next', { value }),
      title: f.t('measures:title.next', { value, journeys }),
    });
  }
  if (measure.nps) chips.push(npsChip(measure.nps, f));
  return chips;
}

/** The chips of a phase header: journeys, reach, NPS; none when no touchpoint of the phase has a matcher. */
export function phaseChips(measure: PhaseMeasure | null, total: number, f: FigureFormat): Chip[] {
  if (!measure || measure.journeys === null || measure.reachShare === null)
    return [{ kind: 'noData', text: f.t('measures:chip.noData'), title: f.t('measures:title.phaseNoData') }];
  const journeys = f.number(measure.journeys);
  const chips: Chip[] = [
    {
      kind: 'journeys',
      text: f.t('measures:chip.journeys', { value: journeys, count: measure.journeys }),
      title: f.t('measures:title.journeys', { journeys }),
    },
    {
      kind: 'reach',
      text: f.t('measures:chip.reach', { value: f.number(measure.reachShare, PERCENT) }),
      title: f.t('measures:title.phaseReach', {
        value: f.number(measure.reachShare, PERCENT),
        journeys,
        total: f.number(total),
      }),
    },
  ];
  if (measure.nps) chips.push(npsChip(measure.nps, f));
  return chips;
}
