import type { ChannelCoverage, JourneyMap } from '@trailmap/domain';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { getPhaseColour } from '../compare/phaseColours.js';
import { ChannelRow } from './ChannelRow.js';
import { findBreakPhases } from './findBreakPhases.js';
import { groupChannelsByKind } from './groupChannelsByKind.js';
import { PhaseHeaderCell } from './PhaseHeaderCell.js';

interface Props {
  map: Pick<JourneyMap, 'title' | 'phases' | 'touchpoints'>;
  coverage: ChannelCoverage;
}

/** Channels (rows, grouped owned / paid / earned) × phases (columns): where each channel serves the journey. */
export function ChannelMatrix({ map, coverage }: Props) {
  const { t } = useTranslation('channels');
  const groups = useMemo(() => groupChannelsByKind(coverage.channels), [coverage.channels]);
  const breakPhases = useMemo(() => findBreakPhases(coverage.breaks), [coverage.breaks]);
  const gaps = useMemo(() => new Set<string>(coverage.gaps), [coverage.gaps]);
  return (
    <div className="ch-matrix-wrap" role="region" aria-labelledby="ch-matrix-caption" tabIndex={0}>
      <table
        className="ch-matrix"
        data-testid="channel-matrix"
        style={{ '--ch-phase-count': map.phases.length } as CSSProperties}
      >
        <caption id="ch-matrix-caption" className="visually-hidden">
          {t('matrix.caption', { title: map.title })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="ch-corner">
              {t('matrix.channel')}
            </th>
            {map.phases.map((phase, i) => (
              <PhaseHeaderCell
                key={phase.id}
                name={phase.name}
                colour={getPhaseColour(i)}
                touchpointCount={coverage.phases[i]?.touchpointCount ?? 0}
                isGap={gaps.has(phase.id)}
              />
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.kind} data-testid={`channel-group-${group.kind}`}>
            <tr className="ch-group">
              <th scope="rowgroup" colSpan={map.phases.length + 1}>
                {t(`kind.${group.kind}`)}
                <span className="ch-group__hint"> — {t(`kind.${group.kind}Hint`)}</span>
              </th>
            </tr>
            {group.channels.map((row) => (
              <ChannelRow
                key={row.channel}
                row={row}
                map={map}
                breakPhases={breakPhases.get(row.channel)}
                gaps={gaps}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
