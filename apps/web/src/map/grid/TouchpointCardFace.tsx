import type { Touchpoint } from '@trailmap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelIcon } from '../../ui/channelIcons.js';
import { EvidenceDot } from './EvidenceDot.js';

/** What a touchpoint card shows (also while it is dragged). */
export function TouchpointCardFace({ touchpoint, figures }: { touchpoint: Touchpoint; figures?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <>
      <span className="tp-card-top">
        <span className="tp-card-channel">
          <ChannelIcon channel={touchpoint.channel} size={15} />
          <span className="tp-card-channel-name" aria-hidden="true">
            {t(`channels.${touchpoint.channel}`)}
          </span>
        </span>
        <EvidenceDot evidence={touchpoint.evidence} />
      </span>
      <span className="tp-card-title">{touchpoint.title}</span>
      {figures && <span className="tp-card-figures">{figures}</span>}
    </>
  );
}
