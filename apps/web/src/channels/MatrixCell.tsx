import { Unlink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';

interface Props {
  channelId: string;
  phaseId: string;
  titles: string[];
  /** The channel is missing here between its first and last phase. */
  isBreak: boolean;
  /** The whole phase has no touchpoints. */
  isGap: boolean;
}

/**
 * One cell of the channels × phases matrix: the touchpoint count (the titles on wide screens), or a
 * visibly empty cell; a break (the channel drops out here and comes back later) is highlighted.
 */
export function MatrixCell({ channelId, phaseId, titles, isBreak, isGap }: Props) {
  const { t } = useTranslation('channels');
  const format = useFormat();
  const count = titles.length;
  const kind = count > 0 ? 'filled' : isBreak ? 'break' : 'empty';
  return (
    <td
      className={`ch-cell ch-cell--${kind}${isGap ? ' ch-cell--gap' : ''}`}
      data-channel={channelId}
      data-phase-id={phaseId}
      data-testid={isBreak ? 'channel-break-cell' : undefined}
    >
      {count > 0 && (
        <>
          <span className="ch-cell__count" data-testid="cell-count">
            {format.number(count)}
            <span className="visually-hidden"> {t('cell.touchpoints', { count })}</span>
          </span>
          <ul className="ch-cell__titles">
            {titles.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </>
      )}
      {kind === 'break' && (
        <span className="ch-cell__break">
          <Unlink size={14} aria-hidden="true" />
          <span>{t('cell.break')}</span>
        </span>
      )}
      {kind === 'empty' && (
        <>
          <span className="ch-cell__none" aria-hidden="true">
            –
          </span>
          <span className="visually-hidden">{t('cell.none')}</span>
        </>
      )}
    </td>
  );
}
