import type { ChannelCoverage, JourneyMap } from '@trailmap/domain';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format.js';
import { BreakList } from './BreakList.js';
import { ChannelMatrix } from './ChannelMatrix.js';
import { GapList } from './GapList.js';
import { MatrixLegend } from './MatrixLegend.js';

interface Props {
  workspaceId: string;
  map: JourneyMap;
  coverage: ChannelCoverage;
}

/** Which channels serve which phase of a map, where a phase has none, and where a channel breaks off. */
export function ChannelView({ workspaceId, map, coverage }: Props) {
  const { t } = useTranslation(['channels', 'common']);
  const format = useFormat();
  const mapHref = `/w/${workspaceId}/journeys/${map.id}`;
  return (
    <div className="page ch-page" data-testid="channel-view">
      <header className="ch-header">
        <Link to={mapHref} className="ch-back" data-testid="channels-back">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('channels:header.back', { title: map.title })}
        </Link>
        <div className="ch-header__title">
          <h1>{t('channels:header.title')}</h1>
          <span className={`badge badge-${map.state}`}>{t(`common:journeyState.${map.state}`)}</span>
        </div>
        <p className="muted ch-header__lead">{t('channels:header.lead', { title: map.title })}</p>
      </header>
      {map.phases.length === 0 || coverage.channels.length === 0 ? (
        <div className="empty-state ch-empty" data-testid="channels-empty">
          <p>{map.phases.length === 0 ? t('channels:empty.noPhases') : t('channels:empty.noTouchpoints')}</p>
          <Link to={mapHref} className="btn btn-primary">
            {t('channels:empty.toMap')}
          </Link>
        </div>
      ) : (
        <>
          <div className="ch-toolbar">
            <p className="ch-stats">
              {t('channels:header.stats', {
                channels: format.number(coverage.channels.length),
                phases: format.number(map.phases.length),
                count: coverage.channels.length,
              })}
            </p>
            <MatrixLegend />
          </div>
          <ChannelMatrix map={map} coverage={coverage} />
          <div className="ch-notes">
            <GapList gaps={coverage.gaps} phases={map.phases} />
            <BreakList breaks={coverage.breaks} phases={map.phases} />
          </div>
        </>
      )}
    </div>
  );
}
