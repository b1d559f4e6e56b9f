import type { Persona } from '@trailmap/domain';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../ui/Avatar.js';

const LISTS = ['goals', 'needs', 'frustrations'] as const;

/** A persona for readers (viewers): the same content as the editor, without controls. */
export function PersonaProfile({ workspaceId, persona }: { workspaceId: string; persona: Persona }) {
  const { t } = useTranslation('personas');
  return (
    <article className="persona-editor persona-profile" data-testid="persona-profile">
      <header className="persona-editor-header">
        <Link to={`/w/${workspaceId}/personas`} className="back-link">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('title')}
        </Link>
        <div className="persona-profile-head">
          <Avatar name={persona.name} pictureUrl={persona.pictureUrl} size={96} decorative />
          <div>
            <h1>{persona.name}</h1>
            {persona.quote && <blockquote className="persona-quote">{persona.quote}</blockquote>}
            <p className="muted">{t('profile.readOnly')}</p>
          </div>
        </div>
      </header>
      {persona.description && (
        <section className="card persona-section">
          <h2>{t('editor.description')}</h2>
          <p className="persona-description">{persona.description}</p>
        </section>
      )}
      <div className="persona-lists">
        {LISTS.map((kind) => (
          <section key={kind} className="card persona-section" aria-labelledby={`persona-${kind}-heading`}>
            <h2 id={`persona-${kind}-heading`}>{t(`lists.${kind}.label`)}</h2>
            {persona[kind].length > 0 ? (
              <ul className="persona-list">
                {persona[kind].map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('profile.none')}</p>
            )}
          </section>
        ))}
      </div>
    </article>
  );
}
