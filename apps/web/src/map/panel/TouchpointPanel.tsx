import {
  EMOTION_MAX,
  findMoments,
  removeTouchpoint,
  SCORE_MAX,
  SCORE_MIN,
  updateTouchpoint,
  type Channel,
  type Evidence,
  type Touchpoint,
  type TouchpointFields,
} from '@trailmap/domain';
import { Lightbulb } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import { contentOf, withContent, type EditFn, type MapView } from '../mapDoc.js';
import type { FigureIdea } from '../measures/addIdeaFromFigure.js';
import type { DataEvidence } from '../measures/dataEvidence.js';
import type { TouchpointMeasure } from '../measures/measuresApi.js';
import { DataEvidenceLine } from '../measures/DataEvidenceMark.js';
import { DeleteCardButton } from './DeleteCardButton.js';
import { describeMatcher } from './describeMatcher.js';
import { MatcherSection, type MatcherData } from './MatcherSection.js';
import { DurationField, pickDurationUnit } from './DurationField.js';
import { MomentHint } from './MomentHint.js';
import { listChannelOptions, listEmotionOptions, listEvidenceOptions } from './options.js';
import { ReadOnlyFields } from './ReadOnlyFields.js';
import { ScoreField } from './ScoreField.js';
import { SelectField } from './SelectField.js';
import { SidePanel } from './SidePanel.js';
import { TextField } from './TextField.js';

const UNIT_SECONDS = { minutes: 60, hours: 3600, days: 86_400 } as const;
/** Intl names the unit in the user's language, with the right plural ("1 day", "2 dagen"). */
const INTL_UNIT = { minutes: 'minute', hours: 'hour', days: 'day' } as const;

export interface TouchpointPanelProps {
  touchpoint: Touchpoint;
  view: MapView;
  /** Absent for readers: the panel shows the values read-only. */
  onEdit?: EditFn;
  onClose: () => void;
  /** The linked dataset: editors choose which of its events are this touchpoint. */
  data?: MatcherData | undefined;
  /** The card's figures rest on enough data: evidence "data", with the dataset and the period. */
  dataEvidence?: DataEvidence | null | undefined;
  /** The card's measured figures, when the map shows them. */
  measure?: TouchpointMeasure | undefined;
  /** Adds an idea from a measured figure to the ideas lane and opens it (editors). */
  onNewIdea?: ((idea: FigureIdea) => void) | undefined;
}

/** Every field of a touchpoint, edited in place (each change is one undoable edit). */
export function TouchpointPanel({
  touchpoint,
  view,
  onEdit,
  onClose,
  data,
  dataEvidence,
  measure,
  onNewIdea,
}: TouchpointPanelProps) {
  const { t } = useTranslation(['map', 'common', 'measures']);
  const formatNumber = useNumberFormat();
  const moment = findMoments(view).moments.find((m) => m.touchpointId === touchpoint.id);
  const phaseName = view.phases.find((p) => p.id === touchpoint.phaseId)?.name ?? '';

  if (!onEdit) {
    const score = (v: number | null) => (v === null ? '' : formatNumber(v));
    const seconds = touchpoint.expectedSecondsToNext;
    const unit = seconds === null ? null : pickDurationUnit(seconds);
    const duration =
      seconds === null || unit === null
        ? ''
        : formatNumber(seconds / UNIT_SECONDS[unit], {
            style: 'unit',
            unit: INTL_UNIT[unit],
            unitDisplay: 'long',
            maximumFractionDigits: 2,
          });
    return (
      <SidePanel
        title={touchpoint.title}
        kicker={t('map:panel.touchpointIn', { phase: phaseName })}
        onClose={onClose}
        testId="touchpoint-panel"
      >
        <MomentHint moment={moment} />
        <ReadOnlyFields
          emptyText={t('map:panel.empty')}
          fields={[
            {
              label: t('map:fields.channel'),
              value: t(`common:channels.${touchpoint.channel}`),
              testId: 'tp-channel',
            },
            { label: t('map:fields.customerAction'), value: touchpoint.customerAction },
            { label: t('map:fields.thinksFeels'), value: touchpoint.thinksFeels },
            {
              label: t('map:fields.emotion'),
              value: t(`map:emotion.${touchpoint.emotion}`),
              testId: 'tp-emotion',
            },
            {
              label: t('map:fields.expectation'),
              value: score(touchpoint.expectation),
              testId: 'tp-expectation',
            },
            {
              label: t('map:fields.experience'),
              value: score(touchpoint.experience),
              testId: 'tp-experience',
            },
            { label: t('map:fields.timeToNext'), value: duration },
            { label: t('map:fields.department'), value: touchpoint.owningDepartment },
            { label: t('map:fields.backstageNotes'), value: touchpoint.backstageNotes },
            {
              label: t('common:evidence.label'),
              value: t(`common:evidence.${touchpoint.evidence}`),
              testId: 'tp-evidence',
            },
            // On a linked map, readers see which events are this touchpoint, or that it has no data.
            ...(data
              ? [
                  {
                    label: t('measures:matcher.title'),
                    value: describeMatcher(t, touchpoint.matcher ?? null),
                    testId: 'tp-matcher',
                  },
                ]
              : []),
          ]}
        />
        {dataEvidence && <DataEvidenceLine evidence={dataEvidence} designed={touchpoint.evidence} />}
      </SidePanel>
    );
  }

  const change = (patch: Partial<TouchpointFields>, field: string) =>
    onEdit(
      (doc) => withContent(doc, updateTouchpoint(contentOf(doc), touchpoint.id, patch)),
      `tp:${touchpoint.id}:${field}`,
    );

  return (
    <SidePanel
      title={touchpoint.title}
      kicker={t('map:panel.touchpointIn', { phase: phaseName })}
      onClose={onClose}
      testId="touchpoint-panel"
    >
      <TextField
        label={t('map:fields.title')}
        value={touchpoint.title}
        required
        maxLength={200}
        autoFocus
        onChange={(title) => change({ title }, 'title')}
        testId="tp-title"
      />
      <div className="field-pair">
        <SelectField
          label={t('map:fields.channel')}
          value={touchpoint.channel}
          options={listChannelOptions(t)}
          onChange={(channel) => change({ channel: channel as Channel }, 'channel')}
          testId="tp-channel"
        />
        <SelectField
          label={t('map:fields.phase')}
          value={touchpoint.phaseId}
          options={view.phases.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(phaseId) => change({ phaseId: phaseId as Touchpoint['phaseId'] }, 'phase')}
          testId="tp-phase"
        />
      </div>
      <TextField
        label={t('map:fields.customerAction')}
        value={touchpoint.customerAction}
        multiline
        onChange={(customerAction) => change({ customerAction }, 'customerAction')}
        testId="tp-action"
      />
      <TextField
        label={t('map:fields.thinksFeels')}
        value={touchpoint.thinksFeels}
        multiline
        onChange={(thinksFeels) => change({ thinksFeels }, 'thinksFeels')}
        testId="tp-thinks-feels"
      />
      <SelectField
        label={t('map:fields.emotion')}
        value={String(touchpoint.emotion)}
        options={listEmotionOptions(t)}
        onChange={(emotion) => change({ emotion: Number(emotion) }, 'emotion')}
        hint={t('map:fields.emotionHint', { max: formatNumber(EMOTION_MAX) })}
        testId="tp-emotion"
      />
      <fieldset className="panel-fieldset">
        <legend>{t('map:fields.expectationVsExperience')}</legend>
        <div className="field-pair">
          <ScoreField
            label={t('map:fields.expectation')}
            value={touchpoint.expectation}
            min={SCORE_MIN}
            max={SCORE_MAX}
            onChange={(expectation) => change({ expectation }, 'expectation')}
            testId="tp-expectation"
          />
          <ScoreField
            label={t('map:fields.experience')}
            value={touchpoint.experience}
            min={SCORE_MIN}
            max={SCORE_MAX}
            onChange={(experience) => change({ experience }, 'experience')}
            testId="tp-experience"
          />
        </div>
        <MomentHint moment={moment} />
      </fieldset>
      <DurationField
        label={t('map:fields.timeToNext')}
        seconds={touchpoint.expectedSecondsToNext}
        onChange={(expectedSecondsToNext) => change({ expectedSecondsToNext }, 'timeToNext')}
        testId="tp-time-to-next"
      />
      <TextField
        label={t('map:fields.department')}
        value={touchpoint.owningDepartment}
        maxLength={200}
        onChange={(owningDepartment) => change({ owningDepartment }, 'department')}
        testId="tp-department"
      />
      <TextField
        label={t('map:fields.backstageNotes')}
        value={touchpoint.backstageNotes}
        multiline
        maxLength={10_000}
        onChange={(backstageNotes) => change({ backstageNotes }, 'backstageNotes')}
        testId="tp-backstage-notes"
      />
      <SelectField
        label={t('common:evidence.label')}
        value={touchpoint.evidence}
        options={listEvidenceOptions(t)}
        onChange={(evidence) => change({ evidence: evidence as Evidence }, 'evidence')}
        hint={t('map:fields.evidenceHint')}
        testId="tp-evidence"
      />
      {dataEvidence && <DataEvidenceLine evidence={dataEvidence} designed={touchpoint.evidence} />}
      {onNewIdea && measure && measure.dropOffShare !== null ? (
        <button
          type="button"
          className="btn btn-small"
          data-testid="tp-new-idea"
          onClick={() => {
            const percent = (share: number | null) =>
              share === null ? '–' : formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
            onNewIdea({
              touchpointId: touchpoint.id,
              kind: 'drop-off',
              title: t('measures:newIdea.title', { touchpoint: touchpoint.title }),
              note: t('measures:newIdea.dropOffNote', {
                touchpoint: touchpoint.title,
                dropOff: percent(measure.dropOffShare),
                reach: percent(measure.reachShare),
              }),
            });
          }}
        >
          <Lightbulb size={16} aria-hidden="true" />
          <span>{t('measures:newIdea.fromDropOff')}</span>
        </button>
      ) : null}
      {data && (
        <MatcherSection
          data={data}
          touchpointId={touchpoint.id}
          channel={touchpoint.channel}
          matcher={touchpoint.matcher ?? null}
          onChange={(matcher) => change({ matcher }, 'matcher')}
        />
      )}
      <div className="panel-footer">
        <DeleteCardButton
          label={t('map:panel.deleteTouchpoint')}
          confirmTitle={t('map:panel.deleteTouchpointTitle')}
          confirmMessage={t('map:panel.deleteTouchpointMessage', { title: touchpoint.title })}
          onDelete={() => {
            onEdit((doc) => withContent(doc, removeTouchpoint(contentOf(doc), touchpoint.id)));
            onClose();
          }}
          testId="tp-delete"
        />
      </div>
    </SidePanel>
  );
}
