import { IDEA_CRITERIA, MAX_CRITERION_WEIGHT, type IdeaCriterion } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';

const WEIGHTS = Array.from({ length: MAX_CRITERION_WEIGHT * 2 + 1 }, (_, i) => i / 2);

export interface WeightsPanelProps {
  weights: Record<IdeaCriterion, number>;
  formatNumber: (value: number) => string;
  /** Owners change weights; absent: others see them. */
  onChange?: (criterion: IdeaCriterion, weight: number) => void;
  saving: boolean;
}

/** The workspace's criteria set: each criterion's weight (0 = off) and the score formula, in words and symbols. */
export function WeightsPanel({ weights, formatNumber, onChange, saving }: WeightsPanelProps) {
  const { t } = useTranslation('priorities');
  return (
    <section className="pr-weights" aria-labelledby="pr-weights-title" data-testid="weights-panel">
      <h2 id="pr-weights-title">{t('weights.title')}</h2>
      <p className="pr-formula" data-testid="score-formula">
        <span className="pr-formula__math">{t('weights.formula')}</span>
        <span className="muted">{t('weights.formulaWords')}</span>
      </p>
      <ul className="pr-weights__list">
        {IDEA_CRITERIA.map((c) => (
          <li key={c}>
            {onChange ? (
              <label>
                <span>{t(`criteria.${c}`)}</span>
                <select
                  value={String(weights[c])}
                  onChange={(e) => onChange(c, Number(e.target.value))}
                  data-testid={`weight-${c}`}
                >
                  {WEIGHTS.map((w) => (
                    <option key={w} value={w}>
                      {w === 0 ? t('weights.off') : formatNumber(w)}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <span>
                {t(`criteria.${c}`)}:{' '}
                <strong>{weights[c] === 0 ? t('weights.off') : formatNumber(weights[c])}</strong>
              </span>
            )}
            <span className="muted pr-weights__hint">{t(`criteriaHints.${c}`)}</span>
          </li>
        ))}
      </ul>
      {onChange ? (
        <p className="muted" role="status">
          {saving ? t('weights.saving') : t('weights.ownerHint')}
        </p>
      ) : (
        <p className="muted">{t('weights.readOnly')}</p>
      )}
    </section>
  );
}
