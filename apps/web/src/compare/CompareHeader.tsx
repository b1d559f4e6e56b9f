import type { JourneyState } from '@trailmap/domain';
import { ArrowLeftRight, ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { MapChip } from './MapChip.js';
import type { CompareWording } from './pickWording.js';

interface MapRef {
  id: string;
  title: string;
  state: JourneyState;
}

interface Props {
  workspaceId: string;
  before: MapRef;
  after: MapRef;
  wording: CompareWording;
  labels: { before: string; after: string };
  onSwap: () => void;
}

/** Names both maps with their state, says which way the comparison runs, and can turn it around. */
export function CompareHeader({ workspaceId, before, after, wording, labels, onSwap }: Props) {
  const { t } = useTranslation('compare');
  return (
    <header className="cmp-header">
      <h1 data-testid="compare-title">{t(`title.${wording}`)}</h1>
      <p className="muted cmp-header__lead">
        {t('header.lead', { before: before.title, after: after.title })}
      </p>
      <div className="cmp-header__maps">
        <MapChip workspaceId={workspaceId} map={before} label={labels.before} side="before" />
        <span className="cmp-header__between">
          <ArrowRight className="cmp-header__arrow" size={20} aria-hidden="true" />
          <button type="button" className="btn btn-small" onClick={onSwap} data-testid="compare-swap">
            <ArrowLeftRight size={16} aria-hidden="true" />
            {t('header.swap')}
          </button>
        </span>
        <MapChip workspaceId={workspaceId} map={after} label={labels.after} side="after" />
      </div>
    </header>
  );
}
