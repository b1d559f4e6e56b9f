import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { formatKpiValue, formatPComparison, formatPValue } from './formatKpiValue.js';
import type { KpiMeasurement, PeriodFigure } from './projectsApi.js';
import { VerdictBadge } from './VerdictBadge.js';

interface Props {
  projectTitle: string;
  kpis: KpiMeasurement[];
}

/** The measured KPIs of one project: before → after with intervals and n, change, test, p and verdict. */
export function KpiTable({ projectTitle, kpis }: Props) {
  const { t, i18n } = useTranslation('projects');
  const format = useFormat();
  const value = (kpi: KpiMeasurement, v: number | null, signed = false) =>
    formatKpiValue(kpi.metric, v, format.locale, i18n.language, signed);
  const period = (kpi: KpiMeasurement, figure: PeriodFigure) => (
    <>
      <span className="pj-value">{value(kpi, figure.value)}</span>
      {figure.low !== null && figure.high !== null && (
        <span className="pj-interval">
          {t('kpis.interval', { low: value(kpi, figure.low), high: value(kpi, figure.high) })}
        </span>
      )}
      <span className="pj-n">{t('kpis.n', { n: format.number(figure.n) })}</span>
    </>
  );
  return (
    <div className="pj-table-wrap">
      <table className="pj-table" data-testid="kpi-table">
        <caption className="visually-hidden">{t('kpis.caption', { title: projectTitle })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpis.kpi')}</th>
            <th scope="col">{t('kpis.before')}</th>
            <th scope="col">{t('kpis.after')}</th>
            <th scope="col">{t('kpis.change')}</th>
            <th scope="col">{t('kpis.p')}</th>
            <th scope="col">{t('kpis.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <tr key={kpi.kpiId} data-testid="kpi-row" data-metric={kpi.metric}>
              <th scope="row" className="pj-metric">
                {t(`metric.${kpi.metric}`)}
                <span className="pj-test">
                  {t('kpis.test')}: {kpi.test}
                </span>
              </th>
              <td data-label={t('kpis.before')}>{period(kpi, kpi.before)}</td>
              <td data-label={t('kpis.after')}>{period(kpi, kpi.after)}</td>
              <td data-label={t('kpis.change')}>
                <span className="pj-value" data-testid="kpi-change">
                  {value(kpi, kpi.change.value, true)}
                </span>
                {kpi.change.low !== null && kpi.change.high !== null && (
                  <span className="pj-interval">
                    {t('kpis.interval', {
                      low: value(kpi, kpi.change.low, true),
                      high: value(kpi, kpi.change.high, true),
                    })}
                  </span>
                )}
              </td>
              <td data-label={t('kpis.p')}>
                <span className="pj-value" data-testid="kpi-p">
                  {formatPValue(kpi.adjustedPValue, format.locale)}
                </span>
                <span className="pj-n">
                  {t('kpis.pRaw', { p: formatPComparison(kpi.pValue, format.locale) })}
                </span>
              </td>
              <td data-label={t('kpis.verdict')}>
                <VerdictBadge kpi={kpi} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
