import type { Touchpoint } from '@trailmap/domain';
import { KeyRound } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelIcon } from '../../ui/channelIcons.js';
import type { DataEvidence } from '../measures/dataEvidence.js';
import { DataEvidenceMark } from '../measures/DataEvidenceMark.js';
import { EvidenceDot } from './EvidenceDot.js';

/** What a touchpoint card shows (also while it is dragged). */
export function TouchpointCardFace({
  touchpoint,
  figures,
  keyDriver,
  dataEvidence,
}: {
  touchpoint: Touchpoint;
  figures?: ReactNode;
  /** The outcome this card is a key driver of (drivers panel open), for its mark. */
  keyDriver?: string | undefined;
  /** Figures that rest on enough data: the card's evidence is "data" from the linked dataset. */
  dataEvidence?: DataEvidence | null | undefined;
}) {
  const { t } = useTranslation(['common', 'measures']);
  return (
    <>
      <span className="tp-card-top">
        <span className="tp-card-channel">
          <ChannelIcon channel={touchpoint.channel} size={15} />
          <span className="tp-card-channel-name" aria-hidden="true">
            {t(`channels.${touchpoint.channel}`)}
          </span>
        </span>
        {dataEvidence ? (
          <DataEvidenceMark evidence={dataEvidence} designed={touchpoint.evidence} />
        ) : (
          <EvidenceDot evidence={touchpoint.evidence} />
        )}
      </span>
      {keyDriver && (
        <span
          className="key-driver-badge"
          data-testid="key-driver-badge"
          title={t('measures:drivers.badgeTitle', { outcome: keyDriver })}
        >
          <KeyRound size={12} aria-hidden="true" />
          {t('measures:drivers.badge')}
        </span>
      )}
      <span className="tp-card-title">{touchpoint.title}</span>
      {figures && <span className="tp-card-figures">{figures}</span>}
    </>
  );
}
