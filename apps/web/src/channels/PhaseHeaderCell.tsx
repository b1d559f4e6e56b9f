import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';

interface Props {
  name: string;
  colour: string;
  touchpointCount: number;
  isGap: boolean;
}

/** A phase column header: its colour band and name, how many touchpoints it has, and a flag when none. */
export function PhaseHeaderCell({ name, colour, touchpointCount, isGap }: Props) {
  const { t } = useTranslation('channels');
  const format = useFormat();
  return (
    <th scope="col" className={`ch-phase${isGap ? ' ch-phase--gap' : ''}`}>
      <span className="ch-phase__band" style={{ background: colour }}>
        {name}
      </span>
      <span className="ch-phase__count">
        <span className="ch-phase__count-long">
          {t('phase.touchpoints', { count: touchpointCount, formatted: format.number(touchpointCount) })}
        </span>
        <span className="ch-phase__count-short" aria-hidden="true">
          {format.number(touchpointCount)}
        </span>
      </span>
      {isGap && (
        <span className="ch-gap-flag" data-testid="phase-gap" title={t('phase.gapHint')}>
          <TriangleAlert size={13} aria-hidden="true" />
          <span className="ch-gap-flag__text">{t('phase.gap')}</span>
        </span>
      )}
    </th>
  );
}
