import { EVIDENCE_LEVELS, type Evidence } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import type { MapView } from '../mapDoc.js';

/** How many cards (touchpoints, pain points, ideas) rest on each kind of evidence. */
export function countEvidence(
  view: Pick<MapView, 'touchpoints' | 'painPoints' | 'ideas'>,
): Record<Evidence, number> {
  const counts: Record<Evidence, number> = { assumption: 0, research: 0, data: 0 };
  for (const card of [...view.touchpoints, ...view.painPoints, ...view.ideas]) counts[card.evidence]++;
  return counts;
}

/** "12 assumption · 5 research · 9 data": how well the map is grounded. */
export function EvidenceSummary({ view }: { view: Pick<MapView, 'touchpoints' | 'painPoints' | 'ideas'> }) {
  const { t } = useTranslation(['map', 'common']);
  const formatNumber = useNumberFormat();
  const counts = countEvidence(view);
  return (
    <div className="evidence-summary" data-testid="evidence-summary">
      <span className="evidence-summary-label">{t('common:evidence.label')}</span>
      <ul aria-label={t('map:header.evidence')}>
        {EVIDENCE_LEVELS.map((level) => (
          <li key={level} data-testid={`evidence-${level}`} data-count={counts[level]}>
            <span className={`evidence-dot evidence-${level}`} aria-hidden="true" />
            <span className="evidence-count">{formatNumber(counts[level])}</span>{' '}
            {t(`common:evidence.${level}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
