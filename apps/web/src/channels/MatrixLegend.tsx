import { TriangleAlert, Unlink } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** What the cell styles mean. */
export function MatrixLegend() {
  const { t } = useTranslation('channels');
  return (
    <ul className="ch-legend" aria-label={t('legend.label')}>
      <li>
        <span className="ch-legend__swatch ch-cell--filled" aria-hidden="true">
          2
        </span>
        {t('legend.filled')}
      </li>
      <li>
        <span className="ch-legend__swatch ch-cell--empty" aria-hidden="true">
          –
        </span>
        {t('legend.empty')}
      </li>
      <li>
        <span className="ch-legend__swatch ch-cell--break" aria-hidden="true">
          <Unlink size={12} />
        </span>
        {t('legend.break')}
      </li>
      <li>
        <span className="ch-legend__swatch ch-legend__gap" aria-hidden="true">
          <TriangleAlert size={12} />
        </span>
        {t('legend.gap')}
      </li>
    </ul>
  );
}
