import type { Idea } from '@trailmap/domain';
import { Lightbulb } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import { EvidenceDot } from './EvidenceDot.js';

export interface IdeaCardProps {
  idea: Idea;
  selected: boolean;
  onOpen: () => void;
}

/** A small idea card: title, status and its reach and feasibility when both are rated. */
export function IdeaCard({ idea, selected, onOpen }: IdeaCardProps) {
  const { t } = useTranslation('map');
  const formatNumber = useNumberFormat();
  const rated = idea.reach !== null && idea.feasibility !== null;
  return (
    <button
      type="button"
      className={`mini-card idea-card${selected ? ' is-selected' : ''}`}
      onClick={onOpen}
      aria-pressed={selected}
      data-testid="idea-card"
      data-idea-id={idea.id}
    >
      <span className="mini-card-top">
        <span className="mini-card-kind">
          <Lightbulb size={13} aria-hidden="true" />
          {t(`ideaStatus.${idea.status}`)}
        </span>
        <EvidenceDot evidence={idea.evidence} />
      </span>
      <span className="mini-card-title">{idea.title}</span>
      {rated && (
        <span className="mini-card-meta">
          {t('idea.axes', { reach: formatNumber(idea.reach!), feasibility: formatNumber(idea.feasibility!) })}
        </span>
      )}
    </button>
  );
}
