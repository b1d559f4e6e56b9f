import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar.js';
import './ui.css';

export interface AvatarGroupProps {
  people: readonly { id: string; name: string; pictureUrl?: string | null }[];
  /** How many faces to show before "+N". */
  max?: number;
  size?: number;
}

/** A row of overlapping avatars, each announced by name; the rest as "+N" with their names. */
export function AvatarGroup({ people, max = 4, size = 28 }: AvatarGroupProps) {
  const { t } = useTranslation('ui');
  const shown = people.slice(0, max);
  const rest = people.slice(max);
  return (
    <span className="avatar-group">
      {shown.map((p) => (
        <Avatar key={p.id} name={p.name} pictureUrl={p.pictureUrl ?? null} size={size} />
      ))}
      {rest.length > 0 && (
        <span
          className="avatar avatar-more"
          style={{ width: size, height: size }}
          role="img"
          aria-label={t('avatar.more', { count: rest.length, names: rest.map((p) => p.name).join(', ') })}
          title={rest.map((p) => p.name).join(', ')}
        >
          +{rest.length}
        </span>
      )}
    </span>
  );
}
