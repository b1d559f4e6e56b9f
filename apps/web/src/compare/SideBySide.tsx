import type { JourneyDiff, JourneyMap } from '@trailmap/domain';
import { useMemo } from 'react';
import { buildCardMarks } from './buildCardMarks.js';
import { CompactMap } from './CompactMap.js';
import { buildPhaseColours } from './phaseColours.js';

const WIDE_PHASE_COUNT = 6;

interface Props {
  before: JourneyMap;
  after: JourneyMap;
  diff: JourneyDiff;
  labels: { before: string; after: string };
}

/** Both maps as compact phase columns, next to each other on wide screens and stacked on narrow ones. */
export function SideBySide({ before, after, diff, labels }: Props) {
  const marks = useMemo(() => buildCardMarks(diff), [diff]);
  const phaseColours = useMemo(() => buildPhaseColours(diff), [diff]);
  // Long journeys get the full width for each map, one above the other.
  const stacked = Math.max(before.phases.length, after.phases.length) > WIDE_PHASE_COUNT;
  return (
    <div className={`cmp-side${stacked ? ' cmp-side--stacked' : ''}`} data-testid="compare-side">
      <CompactMap
        map={before}
        side="before"
        label={labels.before}
        marks={marks.before}
        phaseColours={phaseColours}
        before={before}
        after={after}
      />
      <CompactMap
        map={after}
        side="after"
        label={labels.after}
        marks={marks.after}
        phaseColours={phaseColours}
        before={before}
        after={after}
      />
    </div>
  );
}
