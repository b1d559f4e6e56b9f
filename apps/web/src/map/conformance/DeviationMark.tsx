import { useId, type CSSProperties, type ReactNode } from 'react';

export interface DeviationMarkProps {
  /** What the mark says on the map ("skipped by 37 %"). */
  label: ReactNode;
  /** What hover and focus explain. */
  explanation: ReactNode;
  kind: 'skipped' | 'backward' | 'unmatched';
  className: string;
  style?: CSSProperties;
}

/**
 * A deviation drawn on the map: a short label that can be focused (Tab) and hovered, and then shows what it
 * means in a tooltip (also its accessible description).
 */
export function DeviationMark({ label, explanation, kind, className, style }: DeviationMarkProps) {
  const id = useId();
  return (
    <span
      className={`deviation-mark ${className}`}
      style={style}
      tabIndex={0}
      aria-describedby={id}
      data-testid="deviation-mark"
      data-kind={kind}
    >
      <span className="deviation-mark-label">{label}</span>
      <span className="deviation-tip" role="tooltip" id={id}>
        {explanation}
      </span>
    </span>
  );
}
