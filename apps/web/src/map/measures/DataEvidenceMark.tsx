import type { Evidence } from '@trailmap/domain';
import { Database } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import type { DataEvidence } from './dataEvidence.js';

/** "Data: 1,234 journeys of Retail, 1 Jan 2024 – 31 Dec 2024" in the current language. */
export function useDescribeDataEvidence() {
  const { t } = useTranslation(['measures', 'common']);
  const format = useFormat();
  return (evidence: DataEvidence, designed: Evidence) => {
    const day = (iso: string | null) =>
      iso === null ? '…' : format.date(iso, { dateStyle: 'medium', timeZone: 'UTC' });
    return t('measures:evidence.text', {
      journeys: format.number(evidence.journeys),
      count: evidence.journeys,
      dataset: evidence.datasetName,
      from: day(evidence.from),
      to: day(evidence.to),
      designed: t(`common:evidence.${designed}`),
    });
  };
}

/**
 * A card's evidence when its figures rest on enough data: a filled data mark with the dataset's sign,
 * apart from the designed evidence dot; its label names the dataset and the period.
 */
export function DataEvidenceMark({ evidence, designed }: { evidence: DataEvidence; designed: Evidence }) {
  const describe = useDescribeDataEvidence();
  const label = describe(evidence, designed);
  return (
    <span
      className="evidence-measured"
      role="img"
      aria-label={label}
      title={label}
      data-testid="evidence-measured"
    >
      <Database size={10} aria-hidden="true" strokeWidth={2.5} />
    </span>
  );
}

/** The same evidence as a line in the card's panel. */
export function DataEvidenceLine({ evidence, designed }: { evidence: DataEvidence; designed: Evidence }) {
  const { t } = useTranslation('measures');
  const describe = useDescribeDataEvidence();
  return (
    <p className="data-evidence-line" data-testid="tp-data-evidence">
      <span className="evidence-measured" aria-hidden="true">
        <Database size={10} strokeWidth={2.5} />
      </span>
      <span>
        <strong>{t('evidence.label')}</strong> {describe(evidence, designed)}
      </span>
    </p>
  );
}
