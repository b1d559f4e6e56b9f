import type { FlattenedCurveWarning } from '@trailmap/domain';
import { TrendingUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** "Don't flatten the curve": a desired map without peaks is forgettable. */
export function FlattenedHint({ warning }: { warning: FlattenedCurveWarning }) {
  const { t } = useTranslation('map');
  return (
    <div className="flattened-hint" role="note" data-testid="flattened-hint">
      <TrendingUp size={16} aria-hidden="true" />
      <div>
        <strong>{t('curve.flattened.title')}</strong>{' '}
        {warning.reasons.map((reason) => t(`curve.flattened.${reason}`)).join(' ')}
      </div>
    </div>
  );
}
