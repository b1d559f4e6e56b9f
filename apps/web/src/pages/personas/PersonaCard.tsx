import type { Persona } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../ui/Avatar.js';

const GOALS_SHOWN = 3;

/** A persona at a glance: face, name, quote and first goals; the whole card opens the persona. */
export function PersonaCard({ workspaceId, persona }: { workspaceId: string; persona: Persona }) {
  const { t } = useTranslation('personas');
  const more = persona.goals.length - GOALS_SHOWN;
  return (
    <li className="persona-card card" data-testid="persona-card">
      <div className="persona-card-head">
        <Avatar name={persona.name} pictureUrl={persona.pictureUrl} size={56} decorative />
        <h2 className="persona-card-name">
          <Link to={`/w/${workspaceId}/personas/${persona.id}`} className="stretched-link">
            {persona.name}
          </Link>
        </h2>
      </div>
      {persona.quote && <blockquote className="persona-quote">{persona.quote}</blockquote>}
      {persona.goals.length > 0 ? (
        <div className="persona-card-goals">
          <h3>{t('lists.goals.label')}</h3>
          <ul>
            {persona.goals.slice(0, GOALS_SHOWN).map((goal, index) => (
              <li key={index}>{goal}</li>
            ))}
          </ul>
          {more > 0 && <p className="muted">{t('card.moreGoals', { count: more })}</p>}
        </div>
      ) : (
        <p className="muted persona-card-empty">{t('card.noGoals')}</p>
      )}
    </li>
  );
}
