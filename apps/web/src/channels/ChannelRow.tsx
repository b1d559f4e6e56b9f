import { touchpointsInPhase, type ChannelPhases, type JourneyMap } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { CHANNEL_ICONS } from '../ui/channelIcons.js';
import { MatrixCell } from './MatrixCell.js';

interface Props {
  row: ChannelPhases;
  map: Pick<JourneyMap, 'phases' | 'touchpoints'>;
  breakPhases: Set<string> | undefined;
  gaps: Set<string>;
}

/** One channel across all phases. */
export function ChannelRow({ row, map, breakPhases, gaps }: Props) {
  const { t } = useTranslation(['channels', 'common']);
  const format = useFormat();
  const Icon = CHANNEL_ICONS[row.channel];
  return (
    <tr data-testid={`channel-row-${row.channel}`}>
      <th scope="row" className="ch-channel">
        <span className="ch-channel__name">
          <Icon size={16} aria-hidden="true" />
          {t(`common:channels.${row.channel}`)}
        </span>
        <span className="ch-channel__total">
          {t('channels:row.total', {
            count: row.touchpointCount,
            formatted: format.number(row.touchpointCount),
          })}
        </span>
      </th>
      {map.phases.map((phase) => (
        <MatrixCell
          key={phase.id}
          channelId={row.channel}
          phaseId={phase.id}
          titles={touchpointsInPhase(map.touchpoints, phase.id)
            .filter((tp) => tp.channel === row.channel)
            .map((tp) => tp.title)}
          isBreak={breakPhases?.has(phase.id) ?? false}
          isGap={gaps.has(phase.id)}
        />
      ))}
    </tr>
  );
}
