import { useQuery } from '@tanstack/react-query';
import type { JourneyMap } from '@trailmap/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../api/client.js';
import type { PersonaSummary } from '../map/header/PersonaList.js';
import type { ShareFigures } from '../map/header/ShareDialog.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { SharedMap } from './SharedMap.js';
import { SharedMapFrame } from './SharedMapFrame.js';
import './share.css';

interface SharedMapAnswer {
  journey: JourneyMap;
  personas: PersonaSummary[];
  /** The measured figures the link shows (null: none; absent from an older server). */
  figures?: ShareFigures | null;
}

/** `/share/:token`: a journey map shared read-only with people who have no account. No app navigation. */
export default function SharedMapPage() {
  const { t } = useTranslation(['share', 'common']);
  const { token = '' } = useParams();
  const shared = useQuery({
    queryKey: ['share', token],
    queryFn: () => api.get<SharedMapAnswer>(`/api/share/${encodeURIComponent(token)}`),
    retry: false,
  });

  useEffect(() => {
    if (shared.data) document.title = `${shared.data.journey.title} · ${t('common:appName')}`;
  }, [shared.data, t]);

  if (shared.error) {
    const gone =
      shared.error instanceof ApiError && (shared.error.status === 404 || shared.error.status === 410);
    return (
      <SharedMapFrame>
        {gone ? (
          <div className="share-gone" data-testid="share-not-found">
            <h1>{t('share:notFound.title')}</h1>
            <p>{t('share:notFound.text')}</p>
          </div>
        ) : (
          <div className="share-gone">
            <ErrorAlert error={shared.error} onRetry={() => void shared.refetch()} />
          </div>
        )}
      </SharedMapFrame>
    );
  }
  if (!shared.data) {
    return (
      <SharedMapFrame>
        <p className="share-gone muted">{t('share:loading')}</p>
      </SharedMapFrame>
    );
  }
  return (
    <SharedMapFrame>
      <SharedMap
        token={token}
        journey={shared.data.journey}
        personas={shared.data.personas}
        figures={shared.data.figures ?? null}
      />
    </SharedMapFrame>
  );
}
