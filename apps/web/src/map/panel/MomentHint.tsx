import type { Moment } from '@trailmap/domain';
import { Star, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';

/** Tells the editor what expectation vs experience makes of this touchpoint: a WOW moment or a pain point. */
export function MomentHint({ moment }: { moment: Moment | undefined }) {
  const { t } = useTranslation('map');
  const formatNumber = useNumberFormat();
  if (!moment) return <p className="moment-hint muted">{t('moments.none')}</p>;
  const gap = formatNumber(Math.abs(moment.gap));
  return (
    <p className={`moment-hint moment-${moment.kind}`} role="status" data-testid="moment-hint">
      {moment.kind === 'wow' ? (
        <Star size={14} aria-hidden="true" fill="currentColor" />
      ) : (
        <TriangleAlert size={14} aria-hidden="true" />
      )}
      {t(moment.kind === 'wow' ? 'moments.wowExplain' : 'moments.painExplain', { gap })}
    </p>
  );
}
