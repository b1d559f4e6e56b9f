import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <p className="alert">{t('state.notFound')}</p>
      <p>
        <Link to="/">{t('actions.back')}</Link>
      </p>
    </div>
  );
}
