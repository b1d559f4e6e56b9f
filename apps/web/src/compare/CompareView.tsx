import type { JourneyDiff, JourneyMap } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { CompareHeader } from './CompareHeader.js';
import type { CompareMode } from './compareMode.js';
import { CompareSummary } from './CompareSummary.js';
import { DifferenceTable } from './DifferenceTable.js';
import { MapPicker } from './MapPicker.js';
import { ModeToggle } from './ModeToggle.js';
import { OverlayView } from './OverlayView.js';
import { pickWording, sideLabelKeys } from './pickWording.js';
import { SideBySide } from './SideBySide.js';
import type { JourneySummary } from './useJourneySummaries.js';

interface Props {
  workspaceId: string;
  before: JourneyMap;
  after: JourneyMap;
  diff: JourneyDiff;
  mode: CompareMode;
  /** The workspace's maps for the picker; undefined while they load. */
  journeys: JourneySummary[] | undefined;
  onModeChange: (mode: CompareMode) => void;
  onPickOther: (journeyId: string) => void;
  onSwap: () => void;
}

/** The comparison of two maps: header, picker, mode switch, summary, and the maps side by side or overlaid. */
export function CompareView(props: Props) {
  const { workspaceId, before, after, diff, mode, journeys } = props;
  const { t } = useTranslation('compare');
  const wording = pickWording(before.state, after.state);
  const keys = sideLabelKeys(wording);
  const labels = { before: t(keys.before), after: t(keys.after) };
  return (
    <div className="page cmp-page" data-testid="compare-view">
      <CompareHeader
        workspaceId={workspaceId}
        before={before}
        after={after}
        wording={wording}
        labels={labels}
        onSwap={props.onSwap}
      />
      <div className="cmp-toolbar">
        {journeys && (
          <MapPicker fromId={before.id} value={after.id} journeys={journeys} onPick={props.onPickOther} />
        )}
        <ModeToggle mode={mode} onChange={props.onModeChange} />
      </div>
      <CompareSummary diff={diff} labels={labels} />
      {mode === 'side' ? (
        <>
          <SideBySide before={before} after={after} diff={diff} labels={labels} />
          <DifferenceTable before={before} after={after} diff={diff} />
        </>
      ) : (
        <OverlayView before={before} after={after} diff={diff} labels={labels} />
      )}
    </div>
  );
}
