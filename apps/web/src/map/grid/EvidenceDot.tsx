import type { Evidence } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';

/** How we know: a ring (assumption), half-filled (research) or filled dot (data), named for screen readers. */
export function EvidenceDot({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation(['map', 'common']);
  const label = t('map:card.evidence', { evidence: t(`common:evidence.${evidence}`) });
  return <span className={`evidence-dot evidence-${evidence}`} role="img" aria-label={label} title={label} />;
}
