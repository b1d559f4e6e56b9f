import type { JourneyDiff } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import type { CardMark } from './buildCardMarks.js';
import { EmotionDelta } from './EmotionDelta.js';
import { MARK_ICONS } from './markIcons.js';
import { useSignedNumber } from './useSignedNumber.js';

interface Props {
  diff: JourneyDiff;
  labels: { before: string; after: string };
}

const KINDS: CardMark['kind'][] = ['added', 'removed', 'changed', 'unchanged'];

/** How many touchpoints were added, removed, changed and kept, and how the mean emotion moved. */
export function CompareSummary({ diff, labels }: Props) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const signed = useSignedNumber();
  const counts: Record<CardMark['kind'], number> = {
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    unchanged: diff.unchangedCount,
  };
  return (
    <section className="cmp-summary" aria-labelledby="cmp-summary-heading">
      <h2 id="cmp-summary-heading" className="visually-hidden">
        {t('summary.heading')}
      </h2>
      <ul className="cmp-summary__counts">
        {KINDS.map((kind) => {
          const Icon = MARK_ICONS[kind];
          return (
            <li key={kind} className={`cmp-count cmp-count--${kind}`} data-testid={`summary-${kind}`}>
              <Icon size={16} aria-hidden="true" strokeWidth={2.5} />
              <span className="cmp-count__number">{format.number(counts[kind])}</span>
              <span className="cmp-count__label">{t(`summary.${kind}`)}</span>
            </li>
          );
        })}
      </ul>
      <p className="cmp-summary__emotion">
        <span className="cmp-summary__emotion-label">{t('summary.meanEmotion')}</span>{' '}
        {diff.beforeMeanEmotion !== null &&
        diff.afterMeanEmotion !== null &&
        diff.meanEmotionDelta !== null ? (
          <>
            <span>
              {labels.before} {signed(diff.beforeMeanEmotion)}
            </span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> {t('value.becomes')} </span>
            <span>
              {labels.after} {signed(diff.afterMeanEmotion)}
            </span>{' '}
            <EmotionDelta delta={diff.meanEmotionDelta} testId="overall-delta" />
          </>
        ) : (
          <span className="muted" data-testid="overall-delta">
            {t('summary.noMeanEmotion')}
          </span>
        )}
      </p>
      {counts.added + counts.removed + counts.changed === 0 && (
        <p className="cmp-summary__same">{t('summary.same')}</p>
      )}
    </section>
  );
}
