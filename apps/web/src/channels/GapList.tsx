import type { JourneyMap } from '@trailmap/domain';
import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useListFormat } from './useListFormat.js';

interface Props {
  gaps: string[];
  phases: JourneyMap['phases'];
}

/** The phases without any touchpoint, and what to do about them. */
export function GapList({ gaps, phases }: Props) {
  const { t } = useTranslation('channels');
  const list = useListFormat();
  const names = gaps.map((id) => phases.find((p) => p.id === id)?.name ?? '');
  return (
    <section className="ch-notes__block" aria-labelledby="ch-gaps-heading" data-testid="channel-gaps">
      <h2 id="ch-gaps-heading">
        <TriangleAlert size={18} aria-hidden="true" />
        {t('gaps.heading')}
      </h2>
      {gaps.length === 0 ? (
        <p className="muted">{t('gaps.none')}</p>
      ) : (
        <p>{t('gaps.item', { count: gaps.length, phases: list(names) })}</p>
      )}
    </section>
  );
}
