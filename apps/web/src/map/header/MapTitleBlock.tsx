import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../mapDoc.js';
import { EvidenceSummary } from './EvidenceSummary.js';
import { InlineText } from './InlineText.js';
import { PersonaList, type PersonaSummary } from './PersonaList.js';

export interface MapTitleBlockProps {
  view: MapView;
  personas: readonly PersonaSummary[];
  /** Absent for readers. */
  onRename?: (title: string) => void;
  onChangeGoal?: (goal: string) => void;
  /** Shown at the end of the title line (the save state). */
  aside?: ReactNode;
}

/** The top of a map: state badge, title, goal, personas and the evidence summary. */
export function MapTitleBlock({ view, personas, onRename, onChangeGoal, aside }: MapTitleBlockProps) {
  const { t } = useTranslation(['map', 'common']);
  const shown = personas.filter((p) => view.personaIds.includes(p.id as MapView['personaIds'][number]));
  return (
    <div className="map-title-block">
      <div className="map-title-line">
        <span className={`badge badge-${view.state}`} data-testid="state-badge">
          {t(`common:journeyState.${view.state}`)}
        </span>
        <InlineText
          as="h1"
          className="map-title"
          value={view.title}
          required
          editLabel={t('map:header.editTitle')}
          testId="map-title"
          {...(onRename ? { onSave: onRename } : {})}
        />
        {aside && <div className="map-title-aside">{aside}</div>}
      </div>
      <InlineText
        as="p"
        className="map-goal"
        value={view.goal}
        maxLength={1000}
        editLabel={t('map:header.editGoal')}
        placeholder={t('map:header.goalPlaceholder')}
        testId="map-goal"
        {...(onChangeGoal ? { onSave: onChangeGoal } : {})}
      />
      <div className="map-meta-line">
        <PersonaList personas={shown} />
        <EvidenceSummary view={view} />
      </div>
    </div>
  );
}
