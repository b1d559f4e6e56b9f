import type { TFunction } from 'i18next';
import { formatDuration } from '../../explorer/formatDuration.js';
import { MIN_ANSWERS, type MeasuredScore, type PhaseMeasure, type TouchpointMeasure } from './measuresApi.js';
import type { ChipChange, MeasureChange } from './thenVsNow.js';

export type ChipKind = 'reach' | 'dropOff' | 'next' | 'nps' | 'journeys' | 'noData';

/** One compact figure: what it shows and the title that explains it (its definition and n). */
export interface Chip {
  kind: ChipKind;
  text: string;
  title: string;
  /** A score on too few answers: shown as such, its value only in the title. */
  tooFew?: boolean;
  /** Then vs now: whether the change shown is significant (absent without a comparison). */
  change?: 'significant' | 'not-significant';
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

/**
 * A chip with then vs now: its figure now, the arrow and difference ("Reach 34% ▲ +6 pt", a mark when
 * significant) and a title with both values, p and adjusted p. Shares move in percentage points, NPS in
 * points.
 */
function withChange(
  chip: Chip,
  change: MeasureChange,
  key: 'reach' | 'dropOff' | 'nps',
  counts: ChipChange,
  f: FigureFormat,
): Chip {
  const share = key !== 'nps';
  const value = (x: number) => (share ? f.number(x, PERCENT) : f.number(x, SCORE));
  const points = share ? change.difference * 100 : change.difference;
  const rounded = Math.round(points);
  const arrow =
    rounded > 0
      ? f.t('measures:compare.up')
      : rounded < 0
        ? f.t('measures:compare.down')
        : f.t('measures:compare.same');
  const delta = f.t('measures:compare.points', {
    sign: rounded > 0 ? '+' : rounded < 0 ? '−' : '±',
    value: f.number(Math.abs(rounded), SCORE),
  });
  const mark = change.significant ? f.t('measures:compare.significantMark') : '';
  const P: Intl.NumberFormatOptions = { maximumSignificantDigits: 2 };
  return {
    kind: chip.kind,
    text: `${f.t(`measures:chip.${key}`, { value: value(change.after) })} ${arrow} ${delta}${mark}`,
    title: f.t('measures:compare.title', {
      before: value(change.before),
      after: value(change.after),
      thenJourneys: f.number(counts.thenJourneys),
      nowJourneys: f.number(counts.nowJourneys),
      difference: delta,
      p: f.number(change.pValue, P),
      q: f.number(change.adjustedPValue, P),
      verdict: change.significant
        ? f.t('measures:compare.significant')
        : f.t('measures:compare.notSignificant'),
    }),
    change: change.significant ? 'significant' : 'not-significant',
  };
}

/**
 * The chips of a touchpoint card: reach, drop-off, median time to next, NPS; "no data" without a matcher.
 * With then vs now (`change`), reach, drop-off and NPS show their change where it could be tested (not an NPS
 * shown as too few answers).
 */
export function touchpointChips(
  measure: TouchpointMeasure | null,
  total: number,
  f: FigureFormat,
  change?: ChipChange,
): Chip[] {
  const chips = plainTouchpointChips(measure, total, f);
  if (!change) return chips;
  return chips.map((chip) => {
    if (chip.kind === 'reach' && change.change.reachShare)
      return withChange(chip, change.change.reachShare, 'reach', change, f);
    if (chip.kind === 'dropOff' && change.change.dropOffShare)
      return withChange(chip, change.change.dropOffShare, 'dropOff', change, f);
    // an NPS on too few answers stays "too few answers": its change would show the value it hides
    if (chip.kind === 'nps' && change.change.nps && !chip.tooFew)
      return withChange(chip, change.change.nps, 'nps', change, f);
    return chip;
  });
}

function plainTouchpointChips(measure: TouchpointMeasure | null, total: number, f: FigureFormat): Chip[] {
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
