import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';

/** The body of a `409 chosen-limit` answer (docs/api.md, "Choose five"). */
interface ChosenLimitBody {
  limit?: number;
  chosen?: { id: string; title: string; status: string }[];
}

/**
 * Why a create or status change was refused: for the chosen-project limit, the limit and the projects
 * holding its places, in words; any other failure as an error.
 */
export function ChosenLimitNotice({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation('projects');
  if (!(error instanceof ApiError && error.status === 409 && error.code === 'chosen-limit')) {
    return <ErrorAlert error={error} />;
  }
  const body = error.body as ChosenLimitBody;
  const chosen = body.chosen ?? [];
  const titles = new Intl.ListFormat(i18n.language === 'nl' ? 'nl' : 'en', { type: 'conjunction' }).format(
    chosen.map((project) => `“${project.title}”`),
  );
  return (
    <div className="alert alert-error pj-limit" role="alert" data-testid="chosen-limit">
      <strong>{t('limit.title', { limit: body.limit ?? chosen.length })}</strong>
      <p>{t('limit.body', { count: chosen.length, titles })}</p>
    </div>
  );
}
