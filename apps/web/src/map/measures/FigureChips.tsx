import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import { phaseChips, touchpointChips, type Chip, type FigureFormat } from './formatFigures.js';
import type { PhaseMeasure, TouchpointMeasure } from './measuresApi.js';
import type { ChipChange } from './thenVsNow.js';

function useFigureFormat(): FigureFormat {
  const { t, i18n } = useTranslation('measures');
  const number = useNumberFormat();
  return useMemo(() => ({ t, language: i18n.language, number }), [t, i18n.language, number]);
}

/** Chips in a row; each has its definition and n as its title (hover), and as text for screen readers. */
export function ChipRow({ chips, testId }: { chips: Chip[]; testId: string }) {
  return (
    <span className="figure-chips" data-testid={testId}>
      {chips.map((chip) => (
        <span
          key={chip.kind}
          className={`figure-chip is-${chip.kind}${chip.tooFew ? ' is-too-few' : ''}${chip.change ? ` is-${chip.change}` : ''}`}
          title={chip.title}
          data-testid={`chip-${chip.kind}`}
          data-change={chip.change}
        >
          <span aria-hidden="true">{chip.text}</span>
          <span className="visually-hidden">{chip.title}</span>
        </span>
      ))}
    </span>
  );
}

/** The measured figures of one touchpoint card (null: the card has no matcher, "no data"). */
export const TouchpointFigures = memo(function TouchpointFigures({
  measure,
  total,
  change,
}: {
  measure: TouchpointMeasure | null;
  total: number;
  /** Then vs now, when two periods are picked. */
  change?: ChipChange | undefined;
}) {
  const format = useFigureFormat();
  return <ChipRow chips={touchpointChips(measure, total, format, change)} testId="touchpoint-figures" />;
});

/** The measured figures of one phase header. */
export function PhaseFigures({ measure, total }: { measure: PhaseMeasure | null; total: number }) {
  const format = useFigureFormat();
  return <ChipRow chips={phaseChips(measure, total, format)} testId="phase-figures" />;
}
