import { meetsKpiTarget, type ProjectKpi } from '@trailmap/domain';
import { Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { formatKpiValue, formatPComparison, formatPValue } from './formatKpiValue.js';
import type { KpiMeasurement, PeriodFigure } from './projectsApi.js';
import { VerdictBadge } from './VerdictBadge.js';

interface Props {
  projectTitle: string;
  kpis: KpiMeasurement[];
  /** The KPIs as stored, by id: their target and scope are shown with the metric. */
  stored?: ReadonlyMap<string, ProjectKpi>;
  /** The KPI's scope in words (touchpoints, persona), or null for the whole journey of everyone. */
  describeScope?: (kpi: ProjectKpi) => string | null;
  /** Editing tools; absent for viewers. */
  onEdit?: (kpiId: string) => void;
  onDelete?: (kpiId: string) => void;
  deletingKpiId?: string | null;
}

/** The measured KPIs of one project: before → after with intervals and n, change, test, p and verdict. */
export function KpiTable({
  projectTitle,
  kpis,
  stored,
  describeScope,
  onEdit,
  onDelete,
  deletingKpiId,
}: Props) {
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
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('kpis.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => {
            const kept = stored?.get(kpi.kpiId);
            const scope = kept && describeScope ? describeScope(kept) : null;
            const target = kept?.target ?? null;
            const met = meetsKpiTarget(kpi.metric, kpi.after.value, target);
            const name = t(`metric.${kpi.metric}`);
            return (
              <tr key={kpi.kpiId} data-testid="kpi-row" data-metric={kpi.metric}>
                <th scope="row" className="pj-metric">
                  {name}
                  {scope && (
                    <span className="pj-test" data-testid="kpi-scope">
                      {scope}
                    </span>
                  )}
                  <span className="pj-test">
                    {t('kpis.test')}: {kpi.test}
                  </span>
                  {target !== null && (
                    <span className={`pj-target${met ? ' pj-target-met' : ''}`} data-testid="kpi-target">
                      {t(met ? 'kpis.targetMet' : 'kpis.targetOpen', { target: value(kpi, target) })}
                    </span>
                  )}
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
                {onEdit && (
                  <td className="pj-kpi-actions">
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      onClick={() => onEdit(kpi.kpiId)}
                      aria-label={t('kpis.edit', { metric: name })}
                      title={t('kpis.edit', { metric: name })}
                      data-testid="edit-kpi-open"
                    >
                      <Pencil size={14} aria-hidden="true" />
                    </button>
                    {onDelete && (
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        onClick={() => onDelete(kpi.kpiId)}
                        disabled={deletingKpiId === kpi.kpiId}
                        aria-label={t('kpis.delete', { metric: name })}
                        title={t('kpis.delete', { metric: name })}
                        data-testid="delete-kpi"
                      >
                        <Trash2 size={14} aria-hidden="true" />
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
