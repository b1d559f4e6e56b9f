import { useTranslation } from 'react-i18next';
import type { Deviation } from '../measures/measuresApi.js';
import { useNumberFormat } from '../useNumberFormat.js';
import { DeviationMark } from './DeviationMark.js';
import './conformance.css';

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/** "skipped by 37 %" on the top edge of a card that journeys skip (drawn over the card: nothing moves). */
export function SkippedBadge({
  deviation,
  touchpoint,
}: {
  deviation: Extract<Deviation, { kind: 'skipped' }>;
  touchpoint: string;
}) {
  const { t } = useTranslation('conformance');
  const formatNumber = useNumberFormat();
  const share = formatNumber(deviation.share, PERCENT);
  return (
    <DeviationMark
      kind="skipped"
      className="skipped-badge"
      label={t('marks.skipped', { share })}
      explanation={t('marks.skippedExplain', {
        count: deviation.journeys,
        share,
        journeys: formatNumber(deviation.journeys),
        touchpoint,
      })}
    />
  );
}
