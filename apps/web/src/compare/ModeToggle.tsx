import { Columns2, Layers } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CompareMode } from './compareMode.js';

interface Props {
  mode: CompareMode;
  onChange: (mode: CompareMode) => void;
}

const MODES = [
  { mode: 'side', icon: Columns2 },
  { mode: 'overlay', icon: Layers },
] as const;

/** Switches between side by side and overlaid. */
export function ModeToggle({ mode, onChange }: Props) {
  const { t } = useTranslation('compare');
  return (
    <div className="cmp-modes" role="group" aria-label={t('mode.label')}>
      {MODES.map(({ mode: m, icon: Icon }) => (
        <button
          key={m}
          type="button"
          className={`btn btn-small cmp-modes__btn${mode === m ? ' is-active' : ''}`}
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
          data-testid={`compare-mode-${m}`}
        >
          <Icon size={16} aria-hidden="true" />
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
