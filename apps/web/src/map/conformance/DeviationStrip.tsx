import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import { DeviationMark } from './DeviationMark.js';
import './conformance.css';
import { DEVIATION_STRIP, type DeviationMarks } from './placeDeviations.js';

const S = DEVIATION_STRIP;
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

export interface DeviationStripProps {
  marks: DeviationMarks;
  /** Width of the phase columns together (the strip spans them). */
  width: number;
  titleOf: (touchpointId: string) => string;
}

/**
 * The strip under the touchpoint cards with the steps backward (arcs from the later card back to the
 * earlier one) and the activities outside the map between two cards (notes half-way between them).
 */
export function DeviationStrip({ marks, width, titleOf }: DeviationStripProps) {
  const { t } = useTranslation('conformance');
  const formatNumber = useNumberFormat();
  const markerId = `${useId().replace(/:/g, '')}-arrow`;
  const percent = (share: number) => formatNumber(share, PERCENT);
  return (
    <div
      className="deviation-strip"
      style={{ width, height: marks.height }}
      role="group"
      aria-label={t('marks.label')}
      data-testid="deviation-strip"
    >
      <svg className="deviation-arcs" width={width} height={marks.height} aria-hidden="true">
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="10"
            markerHeight="10"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="deviation-arrowhead" />
          </marker>
        </defs>
        {marks.arcs.map((arc) => {
          const dip = (arc.depth * 4) / 3;
          return (
            <path
              key={`${arc.deviation.fromTouchpointId}>${arc.deviation.toTouchpointId}`}
              className="deviation-arc"
              d={`M ${arc.fromX} 0 C ${arc.fromX} ${dip}, ${arc.toX} ${dip}, ${arc.toX} 2`}
              strokeWidth={arc.strokeWidth}
              markerEnd={`url(#${markerId})`}
              data-from={arc.deviation.fromTouchpointId}
              data-to={arc.deviation.toTouchpointId}
            />
          );
        })}
      </svg>
      {marks.arcs.map((arc) => {
        const d = arc.deviation;
        const share = percent(d.share);
        return (
          <DeviationMark
            key={`${d.fromTouchpointId}>${d.toTouchpointId}`}
            kind="backward"
            className="deviation-arc-label"
            style={{ left: (arc.fromX + arc.toX) / 2, top: arc.depth }}
            label={t('marks.backward', { share })}
            explanation={t('marks.backwardExplain', {
              count: d.journeys,
              share,
              journeys: formatNumber(d.journeys),
              from: titleOf(d.fromTouchpointId),
              to: titleOf(d.toTouchpointId),
            })}
          />
        );
      })}
      {marks.notes.map((note) => {
        const [first, ...rest] = note.items;
        if (!first || first.kind !== 'unmatched') return null;
        return (
          <DeviationMark
            key={`${note.afterTouchpointId}>${note.beforeTouchpointId}`}
            kind="unmatched"
            className="deviation-note"
            style={{
              left: note.left,
              top: marks.noteTop + note.row * S.noteRowHeight,
              width: S.noteWidth,
            }}
            label={
              <>
                <span className="deviation-note-text">
                  {t('marks.note', { activity: first.activity, share: percent(first.share) })}
                </span>
                {rest.length > 0 && (
                  <span className="deviation-note-more">{t('marks.noteMore', { count: rest.length })}</span>
                )}
              </>
            }
            explanation={
              <>
                {t('marks.noteExplain', {
                  after: titleOf(note.afterTouchpointId),
                  before: titleOf(note.beforeTouchpointId),
                })}
                {note.items.map((item) =>
                  item.kind === 'unmatched' ? (
                    <span key={item.activity} className="deviation-tip-line">
                      {t('marks.noteItem', {
                        count: item.journeys,
                        activity: item.activity,
                        journeys: formatNumber(item.journeys),
                        share: percent(item.share),
                        events: formatNumber(item.events),
                      })}
                    </span>
                  ) : null,
                )}
              </>
            }
          />
        );
      })}
    </div>
  );
}
