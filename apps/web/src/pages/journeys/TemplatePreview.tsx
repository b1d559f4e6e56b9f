import type { PhaseModelTemplate } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';

/** What a template gives: its idea in one line and its phases as a row of chips. */
export function TemplatePreview({ template }: { template: PhaseModelTemplate }) {
  const { t } = useTranslation('journeys');
  return (
    <span className="template-preview">
      <span>{t(`templates.${template.model}`, { defaultValue: template.description })}</span>
      <span className="visually-hidden">{t('create.phasesLabel')}</span>
      <span className="phase-chips">
        {template.phases.map((phase, index) => (
          <span key={phase.key} className={`phase-chip phase-chip-${(index % 8) + 1}`}>
            {t(`phases.${phase.key}`, { defaultValue: phase.name })}
          </span>
        ))}
      </span>
    </span>
  );
}
