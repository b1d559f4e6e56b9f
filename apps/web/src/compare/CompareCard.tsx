import type { JourneyMap, Touchpoint } from '@trailmap/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelIcon } from '../ui/channelIcons.js';
import type { CardMark } from './buildCardMarks.js';
import { ChangedFields } from './ChangedFields.js';
import { MARK_ICONS } from './markIcons.js';

interface Props {
  touchpoint: Pick<Touchpoint, 'id' | 'title' | 'channel'>;
  mark: CardMark;
  side: 'before' | 'after';
  before: Pick<JourneyMap, 'phases'>;
  after: Pick<JourneyMap, 'phases'>;
}

/** The test id of a card: the after side carries `compare-changed`, the before side its own. */
function getTestId(mark: CardMark, side: 'before' | 'after'): string {
  if (mark.kind === 'changed') return side === 'after' ? 'compare-changed' : 'compare-changed-before';
  return `compare-${mark.kind}`;
}

/**
 * A compact touchpoint card in the side-by-side comparison: channel icon, title and its mark (added,
 * removed, changed) as colour, icon and text. A changed card lists its changed fields on hover and focus.
 */
export function CompareCard({ touchpoint, mark, side, before, after }: Props) {
  const { t } = useTranslation('compare');
  const popoverId = useId();
  const Icon = MARK_ICONS[mark.kind];
  const changed = mark.kind === 'changed';
  return (
    <li
      className={`cmp-card cmp-card--${mark.kind}`}
      data-testid={getTestId(mark, side)}
      tabIndex={changed ? 0 : undefined}
      aria-describedby={changed ? popoverId : undefined}
    >
      <span className="cmp-card__head">
        <ChannelIcon channel={touchpoint.channel} size={14} />
        <span className="cmp-card__title">{touchpoint.title}</span>
      </span>
      {mark.kind === 'unchanged' ? (
        <span className="visually-hidden">{t('mark.unchanged')}</span>
      ) : (
        <span className="cmp-mark">
          <Icon size={12} aria-hidden="true" strokeWidth={3} />
          {t(`mark.${mark.kind}`)}
        </span>
      )}
      {changed && (
        <div className="cmp-popover" role="tooltip" id={popoverId}>
          <p className="cmp-popover__title">{t('mark.changedFields')}</p>
          <ChangedFields changes={mark.change.changes} before={before} after={after} />
        </div>
      )}
    </li>
  );
}
