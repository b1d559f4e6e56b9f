import type { Touchpoint } from '@trailmap/domain';
import { Building2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** The back stage of one touchpoint: the department that owns it and the notes. */
export function BackstageSlot({ touchpoint }: { touchpoint: Touchpoint }) {
  const { t } = useTranslation('map');
  if (!touchpoint.owningDepartment && !touchpoint.backstageNotes) return null;
  return (
    <>
      {touchpoint.owningDepartment && (
        <span className="backstage-dept">
          <Building2 size={13} aria-hidden="true" />
          <span className="visually-hidden">{t('fields.department')}: </span>
          {touchpoint.owningDepartment}
        </span>
      )}
      {touchpoint.backstageNotes && <span className="slot-text">{touchpoint.backstageNotes}</span>}
    </>
  );
}
