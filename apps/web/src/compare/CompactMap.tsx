import { touchpointsInPhase, type JourneyMap } from '@trailmap/domain';
import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { getCardMark, type CardMark } from './buildCardMarks.js';
import { CompareCard } from './CompareCard.js';
import { getPhaseColour } from './phaseColours.js';

interface Props {
  map: JourneyMap;
  side: 'before' | 'after';
  /** The side's short name ("Then", "Desired"). */
  label: string;
  marks: Map<string, CardMark>;
  phaseColours: Map<string, string>;
  before: JourneyMap;
  after: JourneyMap;
}

/** One map in compact form: a colour band per phase with its touchpoint cards below, marked. */
export function CompactMap({ map, side, label, marks, phaseColours, before, after }: Props) {
  const { t } = useTranslation('compare');
  const headingId = useId();
  return (
    <section className="cmp-map" aria-labelledby={headingId} data-testid={`compare-map-${side}`}>
      <h2 className="cmp-map__heading" id={headingId}>
        <span className="cmp-map__label">{label}</span>
        <span className="cmp-map__title">{map.title}</span>
      </h2>
      {map.phases.length === 0 ? (
        <p className="cmp-empty">{t('side.noPhases')}</p>
      ) : (
        <div className="cmp-phases" style={{ '--cmp-phase-count': map.phases.length } as CSSProperties}>
          {map.phases.map((phase, i) => {
            const cards = touchpointsInPhase(map.touchpoints, phase.id);
            return (
              <section
                key={phase.id}
                className="cmp-phase"
                aria-label={t('side.phaseOf', { phase: phase.name, map: label })}
              >
                <h3
                  className="cmp-phase__band"
                  style={{ background: phaseColours.get(phase.id) ?? getPhaseColour(i) }}
                >
                  {phase.name}
                </h3>
                {cards.length === 0 ? (
                  <p className="cmp-phase__empty">{t('side.emptyPhase')}</p>
                ) : (
                  <ul className="cmp-phase__cards">
                    {cards.map((tp) => (
                      <CompareCard
                        key={tp.id}
                        touchpoint={tp}
                        mark={getCardMark(marks, tp.id)}
                        side={side}
                        before={before}
                        after={after}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
