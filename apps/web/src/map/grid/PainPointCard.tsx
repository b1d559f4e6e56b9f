import type { PainPoint } from '@trailmap/domain';
import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EvidenceDot } from './EvidenceDot.js';

export interface PainPointCardProps {
  painPoint: PainPoint;
  selected: boolean;
  onOpen: () => void;
}

/** A small pain point card: title and severity; opens its own panel. */
export function PainPointCard({ painPoint, selected, onOpen }: PainPointCardProps) {
  const { t } = useTranslation('map');
  return (
    <button
      type="button"
      className={`mini-card pain-card severity-${painPoint.severity}${selected ? ' is-selected' : ''}`}
      onClick={onOpen}
      aria-pressed={selected}
      data-testid="pain-point-card"
      data-pain-point-id={painPoint.id}
    >
      <span className="mini-card-top">
        <span className="mini-card-kind">
          <TriangleAlert size={13} aria-hidden="true" />
          {t(`severity.${painPoint.severity}`)}
        </span>
        <EvidenceDot evidence={painPoint.evidence} />
      </span>
      <span className="mini-card-title">{painPoint.title}</span>
    </button>
  );
}
