import type { Persona } from '@trailmap/domain';
import { CopyPlus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.js';
import { AvatarGroup } from '../../ui/AvatarGroup.js';
import type { JourneySummary } from './journeysApi.js';

export interface JourneyRowProps {
  workspaceId: string;
  journey: JourneySummary;
  personasById: ReadonlyMap<string, Persona>;
  canEdit: boolean;
  duplicating: boolean;
  onDuplicate: (journey: JourneySummary) => void;
  onDelete: (journey: JourneySummary) => void;
}

/** One journey map in the list: what it is, for whom, how big, when it last changed. */
export function JourneyRow({
  workspaceId,
  journey,
  personasById,
  canEdit,
  duplicating,
  onDuplicate,
  onDelete,
}: JourneyRowProps) {
  const { t } = useTranslation(['journeys', 'common']);
  const format = useFormat();
  const personas = journey.personaIds.flatMap((id) => {
    const persona = personasById.get(id);
    return persona ? [persona] : [];
  });
  return (
    <li className="journey-row card" data-testid="journey-row">
      <div className="journey-row-main">
        <div className="journey-row-heading">
          <h2 className="journey-row-title">
            <Link to={`/w/${workspaceId}/journeys/${journey.id}`}>{journey.title}</Link>
          </h2>
          <span className={`badge badge-${journey.state}`}>{t(`common:journeyState.${journey.state}`)}</span>
        </div>
        {journey.goal && <p className="journey-row-goal">{journey.goal}</p>}
        <p className="journey-row-meta muted">
          <span>
            {t('journeys:row.phases', {
              count: journey.phaseCount,
              formatted: format.number(journey.phaseCount),
            })}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            {t('journeys:row.touchpoints', {
              count: journey.touchpointCount,
              formatted: format.number(journey.touchpointCount),
            })}
          </span>
          <span aria-hidden="true">·</span>
          <span>{t(`common:phaseModels.${journey.phaseModel}`)}</span>
          <span aria-hidden="true">·</span>
          <span>
            {t('journeys:row.changed')}{' '}
            <time dateTime={journey.updatedAt}>{format.date(journey.updatedAt)}</time>
          </span>
        </p>
      </div>
      <div className="journey-row-personas">
        {personas.length > 0 ? (
          <>
            <span className="visually-hidden">{t('journeys:row.personas')}</span>
            <AvatarGroup people={personas} />
            <span className="journey-row-persona-names muted">{personas.map((p) => p.name).join(', ')}</span>
          </>
        ) : (
          <span className="muted journey-row-persona-names">{t('journeys:row.noPersonas')}</span>
        )}
      </div>
      {canEdit && (
        <div className="journey-row-actions">
          <button
            type="button"
            className="icon-btn"
            onClick={() => onDuplicate(journey)}
            disabled={duplicating}
            aria-label={t('journeys:row.duplicate', { title: journey.title })}
            title={t('journeys:row.duplicateShort')}
            data-testid="journey-duplicate"
          >
            <CopyPlus size={18} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn-danger"
            onClick={() => onDelete(journey)}
            aria-label={t('journeys:row.delete', { title: journey.title })}
            title={t('journeys:row.deleteShort')}
            data-testid="journey-delete"
          >
            <Trash2 size={18} aria-hidden="true" />
          </button>
        </div>
      )}
    </li>
  );
}
