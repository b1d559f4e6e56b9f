import {
  removeIdea,
  touchpointsInJourneyOrder,
  updateIdea,
  type Evidence,
  type Idea,
  type IdeaFields,
  type IdeaSourceKind,
  type IdeaStatus,
  IDEA_SOURCES,
} from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { contentOf, withContent, type EditFn, type MapView } from '../mapDoc.js';
import { DeleteCardButton } from './DeleteCardButton.js';
import { LinkChecklist } from './LinkChecklist.js';
import { listEvidenceOptions, listIdeaStatusOptions, listRatingOptions } from './options.js';
import { ReadOnlyFields } from './ReadOnlyFields.js';
import { SelectField } from './SelectField.js';
import { SidePanel } from './SidePanel.js';
import { TextField } from './TextField.js';

export interface IdeaPanelProps {
  idea: Idea;
  view: MapView;
  onEdit?: EditFn;
  onClose: () => void;
}

/** An idea's fields: what to improve, reach × feasibility (for "choose 5"), status, links, evidence. */
export function IdeaPanel({ idea, view, onEdit, onClose }: IdeaPanelProps) {
  const { t } = useTranslation(['map', 'common']);
  const phaseName = view.phases.find((p) => p.id === idea.phaseId)?.name ?? '';
  const kicker = phaseName ? t('map:panel.ideaIn', { phase: phaseName }) : t('map:panel.idea');
  const rated = idea.reach !== null && idea.feasibility !== null;
  const { workspaceId, journeyId } = useParams();
  const prioritiesHref =
    workspaceId && journeyId ? `/w/${workspaceId}/journeys/${journeyId}/priorities` : null;
  const titlesOf = (
    ids: readonly string[],
    cards: readonly { id: string; title?: string; name?: string }[],
  ) =>
    ids
      .map((id) => cards.find((c) => c.id === id))
      .map((c) => c?.title ?? c?.name ?? '')
      .filter(Boolean)
      .join(', ');
  const sourceText = [t(`map:ideaSource.${idea.source.kind}`), idea.source.note].filter(Boolean).join(' — ');

  if (!onEdit) {
    return (
      <SidePanel title={idea.title} kicker={kicker} onClose={onClose} testId="idea-panel">
        <ReadOnlyFields
          emptyText={t('map:panel.empty')}
          fields={[
            { label: t('map:fields.description'), value: idea.description },
            {
              label: t('map:fields.reach'),
              value: idea.reach === null ? '' : t(`map:idea.reachLevels.${idea.reach}`),
            },
            {
              label: t('map:fields.feasibility'),
              value: idea.feasibility === null ? '' : t(`map:idea.feasibilityLevels.${idea.feasibility}`),
            },
            { label: t('map:fields.status'), value: t(`map:ideaStatus.${idea.status}`) },
            { label: t('map:fields.source'), value: sourceText },
            { label: t('map:fields.touchpoints'), value: titlesOf(idea.touchpointIds, view.touchpoints) },
            { label: t('map:fields.painPoints'), value: titlesOf(idea.painPointIds, view.painPoints) },
            { label: t('map:fields.phases'), value: titlesOf(idea.phaseIds, view.phases) },
            { label: t('common:evidence.label'), value: t(`common:evidence.${idea.evidence}`) },
          ]}
        />
      </SidePanel>
    );
  }

  const change = (patch: Partial<IdeaFields>, field: string) =>
    onEdit((doc) => withContent(doc, updateIdea(contentOf(doc), idea.id, patch)), `idea:${idea.id}:${field}`);
  const changeReach = (value: string) =>
    change({ reach: rating(value), scoreBasis: { ...idea.scoreBasis, reach: 'estimated' } }, 'reach');
  const rating = (value: string) => (value === '' ? null : Number(value));

  return (
    <SidePanel title={idea.title} kicker={kicker} onClose={onClose} testId="idea-panel">
      <TextField
        label={t('map:fields.title')}
        value={idea.title}
        required
        maxLength={200}
        autoFocus
        onChange={(title) => change({ title }, 'title')}
        testId="idea-title"
      />
      <TextField
        label={t('map:fields.description')}
        value={idea.description}
        multiline
        maxLength={10_000}
        onChange={(description) => change({ description }, 'description')}
        testId="idea-description"
      />
      <div className="field-pair">
        <SelectField
          label={t('map:fields.reach')}
          value={idea.reach === null ? '' : String(idea.reach)}
          options={listRatingOptions(t, 'reach')}
          onChange={changeReach}
          testId="idea-reach"
        />
        <SelectField
          label={t('map:fields.feasibility')}
          value={idea.feasibility === null ? '' : String(idea.feasibility)}
          options={listRatingOptions(t, 'feasibility')}
          onChange={(v) => change({ feasibility: rating(v) }, 'feasibility')}
          testId="idea-feasibility"
        />
      </div>
      <p className="muted idea-score">
        {rated ? t('map:idea.scored') : t('map:idea.scoreMissing')}{' '}
        {prioritiesHref ? <Link to={prioritiesHref}>{t('map:idea.toPriorities')}</Link> : null}
      </p>
      <div className="field-pair">
        <SelectField
          label={t('map:fields.status')}
          value={idea.status}
          options={listIdeaStatusOptions(t)}
          onChange={(status) => change({ status: status as IdeaStatus }, 'status')}
          testId="idea-status"
        />
        <SelectField
          label={t('common:evidence.label')}
          value={idea.evidence}
          options={listEvidenceOptions(t)}
          onChange={(evidence) => change({ evidence: evidence as Evidence }, 'evidence')}
          testId="idea-evidence"
        />
      </div>
      <div className="field-pair">
        <SelectField
          label={t('map:fields.source')}
          value={idea.source.kind}
          options={IDEA_SOURCES.map((kind) => ({ value: kind, label: t(`map:ideaSource.${kind}`) }))}
          onChange={(kind) => change({ source: { ...idea.source, kind: kind as IdeaSourceKind } }, 'source')}
          testId="idea-source"
        />
      </div>
      <TextField
        label={t('map:fields.sourceNote')}
        value={idea.source.note}
        maxLength={1_000}
        onChange={(note) => change({ source: { ...idea.source, note } }, 'sourceNote')}
        testId="idea-source-note"
      />
      <LinkChecklist
        legend={t('map:fields.touchpoints')}
        emptyText={t('map:fields.noTouchpoint')}
        options={touchpointsInJourneyOrder(view.phases, view.touchpoints).map((tp) => ({
          id: tp.id,
          label: tp.title,
        }))}
        selected={idea.touchpointIds}
        onChange={(ids) => change({ touchpointIds: ids as Idea['touchpointIds'] }, 'touchpoints')}
        testId="idea-touchpoints"
      />
      <LinkChecklist
        legend={t('map:fields.painPoints')}
        emptyText={t('map:fields.noPainPoint')}
        options={view.painPoints.map((p) => ({ id: p.id, label: p.title }))}
        selected={idea.painPointIds}
        onChange={(ids) => change({ painPointIds: ids as Idea['painPointIds'] }, 'painPoints')}
        testId="idea-pain-points"
      />
      <LinkChecklist
        legend={t('map:fields.phases')}
        emptyText=""
        options={view.phases.map((p) => ({ id: p.id, label: p.name }))}
        selected={idea.phaseIds}
        onChange={(ids) => change({ phaseIds: ids as Idea['phaseIds'] }, 'phases')}
        testId="idea-phases"
      />
      <div className="panel-footer">
        <DeleteCardButton
          label={t('map:panel.deleteIdea')}
          confirmTitle={t('map:panel.deleteIdeaTitle')}
          confirmMessage={t('map:panel.deleteIdeaMessage', { title: idea.title })}
          onDelete={() => {
            onEdit((doc) => withContent(doc, removeIdea(contentOf(doc), idea.id)));
            onClose();
          }}
          testId="idea-delete"
        />
      </div>
    </SidePanel>
  );
}
