import {
  removePainPoint,
  touchpointsInPhase,
  updatePainPoint,
  type Evidence,
  type PainPoint,
  type PainPointFields,
  type Severity,
} from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { contentOf, withContent, type EditFn, type MapView } from '../mapDoc.js';
import { DeleteCardButton } from './DeleteCardButton.js';
import { listEvidenceOptions, listSeverityOptions } from './options.js';
import { ReadOnlyFields } from './ReadOnlyFields.js';
import { SelectField } from './SelectField.js';
import { SidePanel } from './SidePanel.js';
import { TextField } from './TextField.js';

export interface PainPointPanelProps {
  painPoint: PainPoint;
  view: MapView;
  onEdit?: EditFn;
  onClose: () => void;
}

/** A pain point's fields: what hurts, how much, where (phase and touchpoint), and how we know. */
export function PainPointPanel({ painPoint, view, onEdit, onClose }: PainPointPanelProps) {
  const { t } = useTranslation(['map', 'common']);
  const phaseName = view.phases.find((p) => p.id === painPoint.phaseId)?.name ?? '';
  const touchpoint = view.touchpoints.find((tp) => tp.id === painPoint.touchpointId);
  const kicker = t('map:panel.painPointIn', { phase: phaseName });

  if (!onEdit) {
    return (
      <SidePanel title={painPoint.title} kicker={kicker} onClose={onClose} testId="pain-point-panel">
        <ReadOnlyFields
          emptyText={t('map:panel.empty')}
          fields={[
            { label: t('map:fields.description'), value: painPoint.description },
            { label: t('map:fields.severity'), value: t(`map:severity.${painPoint.severity}`) },
            { label: t('map:fields.touchpoint'), value: touchpoint?.title ?? '' },
            { label: t('common:evidence.label'), value: t(`common:evidence.${painPoint.evidence}`) },
          ]}
        />
      </SidePanel>
    );
  }

  const change = (patch: Partial<PainPointFields>, field: string) =>
    onEdit(
      (doc) => withContent(doc, updatePainPoint(contentOf(doc), painPoint.id, patch)),
      `pp:${painPoint.id}:${field}`,
    );

  return (
    <SidePanel title={painPoint.title} kicker={kicker} onClose={onClose} testId="pain-point-panel">
      <TextField
        label={t('map:fields.title')}
        value={painPoint.title}
        required
        maxLength={200}
        autoFocus
        onChange={(title) => change({ title }, 'title')}
        testId="pp-title"
      />
      <TextField
        label={t('map:fields.description')}
        value={painPoint.description}
        multiline
        maxLength={10_000}
        onChange={(description) => change({ description }, 'description')}
        testId="pp-description"
      />
      <div className="field-pair">
        <SelectField
          label={t('map:fields.severity')}
          value={painPoint.severity}
          options={listSeverityOptions(t)}
          onChange={(severity) => change({ severity: severity as Severity }, 'severity')}
          testId="pp-severity"
        />
        <SelectField
          label={t('common:evidence.label')}
          value={painPoint.evidence}
          options={listEvidenceOptions(t)}
          onChange={(evidence) => change({ evidence: evidence as Evidence }, 'evidence')}
          testId="pp-evidence"
        />
      </div>
      <SelectField
        label={t('map:fields.touchpoint')}
        value={painPoint.touchpointId ?? ''}
        options={[
          { value: '', label: t('map:fields.noTouchpoint') },
          ...touchpointsInPhase(view.touchpoints, painPoint.phaseId).map((tp) => ({
            value: tp.id,
            label: tp.title,
          })),
        ]}
        onChange={(id) =>
          change({ touchpointId: id ? (id as PainPoint['touchpointId']) : null }, 'touchpoint')
        }
        testId="pp-touchpoint"
      />
      <div className="panel-footer">
        <DeleteCardButton
          label={t('map:panel.deletePainPoint')}
          confirmTitle={t('map:panel.deletePainPointTitle')}
          confirmMessage={t('map:panel.deletePainPointMessage', { title: painPoint.title })}
          onDelete={() => {
            onEdit((doc) => withContent(doc, removePainPoint(contentOf(doc), painPoint.id)));
            onClose();
          }}
          testId="pp-delete"
        />
      </div>
    </SidePanel>
  );
}
