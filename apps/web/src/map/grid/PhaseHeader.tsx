import type { Phase, PhaseFields } from '@trailmap/domain';
import { ArrowLeft, ArrowRight, MoreHorizontal, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentBadge } from '../../comments/CommentBadge.js';
import { MenuButton } from '../MenuButton.js';
import { PhaseEditForm } from './PhaseEditForm.js';

export interface PhaseActions {
  rename: (phaseId: string, fields: PhaseFields) => void;
  move: (phaseId: string, toIndex: number) => void;
  addAfter: (index: number) => void;
  remove: (phase: Phase) => void;
}

export interface PhaseHeaderProps {
  phase: Phase;
  index: number;
  phaseCount: number;
  /** Absent for readers. */
  actions?: PhaseActions;
  /** Slot for measured figures of the phase (reach, drop-off, NPS), filled by the data views later. */
  figures?: ReactNode;
}

/** The coloured band on top of a phase column: name, the customer's need, and the phase's menu. */
export function PhaseHeader({ phase, index, phaseCount, actions, figures }: PhaseHeaderProps) {
  const { t } = useTranslation('map');
  const [editing, setEditing] = useState(false);
  const tone = (index % 8) + 1;
  return (
    <div
      className="lane-cell phase-header"
      style={{ background: `var(--phase-${tone})` }}
      data-testid="phase-header"
      data-phase-id={phase.id}
    >
      {editing && actions ? (
        <PhaseEditForm
          phase={phase}
          onCancel={() => setEditing(false)}
          onSave={(fields) => {
            actions.rename(phase.id, fields);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <div className="phase-header-top">
            <span className="phase-number" aria-hidden="true">
              {index + 1}
            </span>
            <h2 className="phase-name">{phase.name}</h2>
            <CommentBadge target={{ kind: 'phase', id: phase.id }} label={phase.name} always />
            {actions && (
              <MenuButton
                label={<MoreHorizontal size={16} aria-hidden="true" />}
                ariaLabel={t('phase.menu', { phase: phase.name })}
                className="icon-btn phase-menu-button"
                testId={`phase-menu-${index}`}
                align="end"
              >
                {(close) => (
                  <>
                    <button
                      type="button"
                      role="menuitem"
                      onClick={() => {
                        close();
                        setEditing(true);
                      }}
                    >
                      <Pencil size={14} aria-hidden="true" />
                      {t('phase.edit')}
                    </button>
                    <button
                      type="button"
                      role="menuitem"
                      disabled={index === 0}
                      onClick={() => {
                        close();
                        actions.move(phase.id, index - 1);
                      }}
                    >
                      <ArrowLeft size={14} aria-hidden="true" />
                      {t('phase.moveLeft')}
                    </button>
                    <button
                      type="button"
                      role="menuitem"
                      disabled={index === phaseCount - 1}
                      onClick={() => {
                        close();
                        actions.move(phase.id, index + 1);
                      }}
                    >
                      <ArrowRight size={14} aria-hidden="true" />
                      {t('phase.moveRight')}
                    </button>
                    <button
                      type="button"
                      role="menuitem"
                      onClick={() => {
                        close();
                        actions.addAfter(index);
                      }}
                    >
                      <Plus size={14} aria-hidden="true" />
                      {t('phase.addAfter')}
                    </button>
                    <button
                      type="button"
                      role="menuitem"
                      className="menu-danger"
                      onClick={() => {
                        close();
                        actions.remove(phase);
                      }}
                      data-testid={`remove-phase-${index}`}
                    >
                      <Trash2 size={14} aria-hidden="true" />
                      {t('phase.remove')}
                    </button>
                  </>
                )}
              </MenuButton>
            )}
          </div>
          {phase.customerNeed ? (
            <p className="phase-need">
              <span className="visually-hidden">{t('phase.need')}: </span>
              {phase.customerNeed}
            </p>
          ) : (
            actions && <p className="phase-need is-empty">{t('phase.noNeed')}</p>
          )}
          {figures && <div className="phase-figures">{figures}</div>}
        </>
      )}
    </div>
  );
}
