import { useTranslation } from 'react-i18next';
import { CURVE_MODES, type CurveMode } from './curveMode.js';

export interface CurveModeControlProps {
  mode: CurveMode;
  onChange: (mode: CurveMode) => void;
  /** No touchpoint has a score on enough answers: the measured line is empty (said, not hidden). */
  empty?: boolean;
  minAnswers: number;
}

/** "Designed / Measured / Both": which lines the emotion curve draws once the map has measured figures. */
export function CurveModeControl({ mode, onChange, empty = false, minAnswers }: CurveModeControlProps) {
  const { t } = useTranslation('map');
  return (
    <div
      className="curve-mode"
      role="group"
      aria-label={t('curve.measured.modeLabel')}
      data-testid="curve-mode"
      title={t(empty ? 'curve.measured.none' : 'curve.measured.legend', { min: minAnswers })}
    >
      <span className="curve-mode-label" aria-hidden="true">
        {t('curve.measured.modeLabel')}
      </span>
      {CURVE_MODES.map((m) => (
        <button
          key={m}
          type="button"
          className="btn btn-small"
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
          data-testid={`curve-mode-${m}`}
        >
          {m === 'measured' && (
            <svg width="18" height="8" aria-hidden="true" className="curve-mode-swatch">
              <line x1="1" x2="17" y1="4" y2="4" className="curve-line-measured" />
            </svg>
          )}
          {t(`curve.measured.mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
