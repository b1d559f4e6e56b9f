import type { ChannelBreak, JourneyMap } from '@trailmap/domain';
import { Unlink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useListFormat } from './useListFormat.js';

interface Props {
  breaks: ChannelBreak[];
  phases: JourneyMap['phases'];
}

/** The breaks in words: "App: missing in Do, between Think and Care". */
export function BreakList({ breaks, phases }: Props) {
  const { t } = useTranslation(['channels', 'common']);
  const list = useListFormat();
  const nameOf = (phaseId: string) => phases.find((p) => p.id === phaseId)?.name ?? '';
  return (
    <section className="ch-notes__block" aria-labelledby="ch-breaks-heading" data-testid="channel-breaks">
      <h2 id="ch-breaks-heading">
        <Unlink size={18} aria-hidden="true" />
        {t('channels:breaks.heading')}
      </h2>
      {breaks.length === 0 ? (
        <p className="muted">{t('channels:breaks.none')}</p>
      ) : (
        <>
          <p className="muted">{t('channels:breaks.explain')}</p>
          <ul>
            {breaks.map((b) => (
              <li key={b.channel} data-testid="channel-break">
                <strong>{t(`common:channels.${b.channel}`)}</strong>
                {': '}
                {t('channels:breaks.item', {
                  missing: list(b.missingPhaseIds.map(nameOf)),
                  first: nameOf(b.firstPhaseId),
                  last: nameOf(b.lastPhaseId),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
