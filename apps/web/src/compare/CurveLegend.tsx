import { useTranslation } from 'react-i18next';

/** Which line is which: before dashed, after solid. */
export function CurveLegend({ labels }: { labels: { before: string; after: string } }) {
  const { t } = useTranslation('compare');
  return (
    <ul className="cmp-legend" aria-label={t('overlay.legend')}>
      <li className="cmp-legend__item cmp-legend__item--before">
        <svg width="32" height="12" aria-hidden="true">
          <line x1="2" x2="30" y1="6" y2="6" />
          <circle cx="16" cy="6" r="3.5" />
        </svg>
        {t('overlay.legendBefore', { side: labels.before })}
      </li>
      <li className="cmp-legend__item cmp-legend__item--after">
        <svg width="32" height="12" aria-hidden="true">
          <line x1="2" x2="30" y1="6" y2="6" />
          <circle cx="16" cy="6" r="4" />
        </svg>
        {t('overlay.legendAfter', { side: labels.after })}
      </li>
    </ul>
  );
}
