import { getInitials, pickTint } from './initials.js';
import './ui.css';

export interface AvatarProps {
  name: string;
  pictureUrl?: string | null;
  /** Diameter in pixels (default 32). */
  size?: number;
  /**
   * Decorative when the name is written next to it (the default is to announce the name, for avatars
   * that stand alone, as in a row of persona faces).
   */
  decorative?: boolean;
}

/** A persona's picture, or their initials in a tinted circle. */
export function Avatar({ name, pictureUrl, size = 32, decorative = false }: AvatarProps) {
  const style = { width: size, height: size, fontSize: Math.max(10, Math.round(size * 0.4)) };
  if (pictureUrl) {
    return (
      <img
        className="avatar"
        src={pictureUrl}
        alt={decorative ? '' : name}
        title={decorative ? undefined : name}
        width={size}
        height={size}
        style={style}
      />
    );
  }
  const tint = pickTint(name);
  return (
    <span
      className="avatar avatar-initials"
      style={{ ...style, background: tint.background, color: tint.color }}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name, title: name })}
    >
      {getInitials(name)}
    </span>
  );
}
