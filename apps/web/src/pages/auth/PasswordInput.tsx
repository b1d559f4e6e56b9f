import { Eye, EyeOff } from 'lucide-react';
import { useState, type ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';

export type PasswordInputProps = Omit<ComponentPropsWithRef<'input'>, 'type'> & { testId: string };

/** A password input with a show/hide toggle (handy on phones and projectors). */
export function PasswordInput({ testId, ...props }: PasswordInputProps) {
  const { t } = useTranslation('auth');
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-input">
      <input {...props} type={visible ? 'text' : 'password'} data-testid={testId} />
      <button
        type="button"
        className="icon-btn"
        aria-pressed={visible}
        aria-label={t('password.show')}
        title={visible ? t('password.hide') : t('password.show')}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? <EyeOff size={18} aria-hidden="true" /> : <Eye size={18} aria-hidden="true" />}
      </button>
    </div>
  );
}
