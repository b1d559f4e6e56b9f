import type { JourneyDiff, JourneyMap, TouchpointRef } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { ChannelIcon } from '../ui/channelIcons.js';
import type { CardMark } from './buildCardMarks.js';
import { ChangedFields } from './ChangedFields.js';
import { MARK_ICONS } from './markIcons.js';

interface Props {
  before: JourneyMap;
  after: JourneyMap;
  diff: JourneyDiff;
}

function findPhaseName(map: Pick<JourneyMap, 'phases'>, phaseId: string): string {
  return map.phases.find((p) => p.id === phaseId)?.name ?? '';
}

/** Every difference in words, one row each, for reading and for screen readers. */
export function DifferenceTable({ before, after, diff }: Props) {
  const { t } = useTranslation('compare');
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  if (total === 0) return null;

  const markCell = (kind: CardMark['kind']) => {
    const Icon = MARK_ICONS[kind];
    return (
      <td>
        <span className={`cmp-mark cmp-mark--${kind}`}>
          <Icon size={12} aria-hidden="true" strokeWidth={3} />
          {t(`mark.${kind}`)}
        </span>
      </td>
    );
  };
  const refRow = (ref: TouchpointRef, kind: 'added' | 'removed') => (
    <tr key={`${kind}-${ref.touchpointId}`}>
      {markCell(kind)}
      <th scope="row">
        <span className="cmp-table__touchpoint">
          <ChannelIcon channel={ref.channel} size={14} />
          {ref.title}
        </span>
      </th>
      <td>{findPhaseName(kind === 'added' ? after : before, ref.phaseId)}</td>
      <td>{t('table.onlyIn', { title: kind === 'added' ? after.title : before.title })}</td>
    </tr>
  );

  return (
    <section className="cmp-details" aria-labelledby="cmp-details-heading">
      <h2 id="cmp-details-heading">{t('table.heading')}</h2>
      <div className="cmp-table-wrap">
        <table className="cmp-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('table.change')}</th>
              <th scope="col">{t('table.touchpoint')}</th>
              <th scope="col">{t('table.phase')}</th>
              <th scope="col">{t('table.details')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changed.map((change) => {
              const tp = after.touchpoints.find((x) => x.id === change.afterTouchpointId);
              return (
                <tr key={`changed-${change.afterTouchpointId}`}>
                  {markCell('changed')}
                  <th scope="row">
                    <span className="cmp-table__touchpoint">
                      {tp && <ChannelIcon channel={tp.channel} size={14} />}
                      {change.title}
                    </span>
                  </th>
                  <td>{tp ? findPhaseName(after, tp.phaseId) : ''}</td>
                  <td>
                    <ChangedFields changes={change.changes} before={before} after={after} full />
                  </td>
                </tr>
              );
            })}
            {diff.added.map((ref) => refRow(ref, 'added'))}
            {diff.removed.map((ref) => refRow(ref, 'removed'))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
