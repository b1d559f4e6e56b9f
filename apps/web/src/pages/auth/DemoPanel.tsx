import { Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface DemoPanelProps {
  email: string;
  password: string;
  onUse: () => void;
}

/** Demo mode: says which account to use and fills it in with one click. */
export function DemoPanel({ email, password, onUse }: DemoPanelProps) {
  const { t } = useTranslation('auth');
  return (
    <aside className="demo-panel" aria-labelledby="demo-panel-title" data-testid="demo-panel">
      <Sparkles size={20} aria-hidden="true" className="demo-panel-icon" />
      <div>
        <h2 id="demo-panel-title">{t('demo.title')}</h2>
        <p>
          {t('demo.signInAs')} <strong>{email}</strong> / <strong>{password}</strong>
        </p>
        <p className="demo-panel-hint">{t('demo.hint')}</p>
        <button type="button" className="btn btn-small" onClick={onUse} data-testid="use-demo-account">
          {t('demo.use')}
        </button>
      </div>
    </aside>
  );
}
