import type { Persona } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../ui/Avatar.js';

export type PersonaSummary = Pick<Persona, 'id' | 'name' | 'quote' | 'pictureUrl'>;

/** The persona(s) this journey is for: avatar, name and one-line quote. */
export function PersonaList({ personas }: { personas: readonly PersonaSummary[] }) {
  const { t } = useTranslation('map');
  if (personas.length === 0) return null;
  return (
    <ul className="persona-list" aria-label={t('header.personas')}>
      {personas.map((p) => (
        <li key={p.id} className="persona-chip" data-testid="persona-chip">
          <Avatar name={p.name} pictureUrl={p.pictureUrl} size={36} decorative />
          <span className="persona-text">
            <span className="persona-name">{p.name}</span>
            {p.quote && <q className="persona-quote">{p.quote}</q>}
          </span>
        </li>
      ))}
    </ul>
  );
}
