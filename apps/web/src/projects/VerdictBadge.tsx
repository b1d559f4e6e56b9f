import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { formatPComparison } from './formatKpiValue.js';
import type { KpiMeasurement } from './projectsApi.js';

/** The verdict of one KPI as a coloured badge and a sentence in plain words. */
export function VerdictBadge({ kpi }: { kpi: KpiMeasurement }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  return (
    <div className="pj-verdict" data-testid="kpi-verdict" data-verdict={kpi.verdict}>
      <span className={`badge pj-verdict-badge pj-verdict-${kpi.verdict}`}>
        {t(`verdict.${kpi.verdict}`)}
      </span>
      <p className="pj-verdict-sentence" data-testid="verdict-sentence">
        {describeVerdict(t, kpi, format)}
      </p>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'projects'>>['t'];

/** The plain-words sentence of a verdict, with the numbers it rests on. */
function describeVerdict(t: Translate, kpi: KpiMeasurement, format: ReturnType<typeof useFormat>): string {
  const n = format.number(kpi.change.n);
  switch (kpi.verdict) {
    case 'improved':
    case 'worsened':
      return t(`verdict.sentence.${kpi.verdict}`, {
        p: formatPComparison(kpi.adjustedPValue, format.locale),
      });
    case 'no-change':
      return t('verdict.sentence.no-change', { n });
    case 'too-few':
      return kpi.change.needed === null
        ? t('verdict.sentence.tooFewUnknown', { n })
        : t('verdict.sentence.too-few', { n, needed: format.number(kpi.change.needed) });
  }
}
