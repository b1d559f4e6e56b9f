import { SCORE_MAX, type Moment } from '@trailmap/domain';
import { Star, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';

export interface ScoreBarsProps {
  expectation: number | null;
  experience: number | null;
  moment: Pick<Moment, 'kind' | 'gap'> | undefined;
}

/** Expectation and experience of one touchpoint as two small bars with their numbers. */
export function ScoreBars({ expectation, experience, moment }: ScoreBarsProps) {
  const { t } = useTranslation('map');
  const formatNumber = useNumberFormat();
  if (expectation === null && experience === null) {
    return <span className="score-unrated">{t('scores.unrated')}</span>;
  }
  const rows = [
    { key: 'expected', label: t('scores.expected'), value: expectation },
    { key: 'experienced', label: t('scores.experienced'), value: experience },
  ] as const;
  return (
    <div className="score-bars">
      {rows.map((row) => (
        <div key={row.key} className={`score-row score-${row.key}`}>
          <span className="score-label">{row.label}</span>
          <span className="score-track" aria-hidden="true">
            <span className="score-fill" style={{ width: `${((row.value ?? 0) / SCORE_MAX) * 100}%` }} />
          </span>
          <span className="score-value">{row.value === null ? '–' : formatNumber(row.value)}</span>
        </div>
      ))}
      {moment && (
        <span className={`moment-badge moment-${moment.kind}`}>
          {moment.kind === 'wow' ? (
            <Star size={12} aria-hidden="true" fill="currentColor" />
          ) : (
            <TriangleAlert size={12} aria-hidden="true" />
          )}
          {t(moment.kind === 'wow' ? 'moments.wowGap' : 'moments.painGap', {
            gap: formatNumber(moment.gap, { signDisplay: 'always' }),
          })}
        </span>
      )}
    </div>
  );
}
