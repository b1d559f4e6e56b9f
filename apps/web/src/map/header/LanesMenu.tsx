import type { Lane } from '@trailmap/domain';
import { ArrowDown, ArrowUp, Plus, Rows3, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addCustomLane, lanesOf, moveLane, removeLane, renameLane, setLaneVisible } from '../laneEdits.js';
import { useLaneTitle } from '../grid/LaneLabel.js';
import { contentOf, withContent, type EditFn, type MapView } from '../mapDoc.js';
import { MenuButton } from '../MenuButton.js';

export interface LanesMenuProps {
  view: Pick<MapView, 'lanes'>;
  onEdit: EditFn;
}

/** Show, hide and reorder the lanes; add, rename and remove custom text lanes. Stored in the map. */
export function LanesMenu({ view, onEdit }: LanesMenuProps) {
  const { t } = useTranslation('map');
  const titleOf = useLaneTitle();
  const [newTitle, setNewTitle] = useState('');
  const lanes = lanesOf(view);
  const apply = (
    change: (content: ReturnType<typeof contentOf>) => ReturnType<typeof contentOf>,
    key?: string,
  ) => onEdit((doc) => withContent(doc, change(contentOf(doc))), key);

  function addLane(event: FormEvent) {
    event.preventDefault();
    const title = newTitle.trim();
    if (!title) return;
    apply((c) => addCustomLane(c, title).content);
    setNewTitle('');
  }

  return (
    <MenuButton
      kind="dialog"
      label={
        <>
          <Rows3 size={16} aria-hidden="true" />
          <span className="toolbar-label">{t('lanes.menu')}</span>
        </>
      }
      ariaLabel={t('lanes.menu')}
      className="btn btn-small"
      testId="lanes-menu"
    >
      {() => (
        <div className="lanes-menu" data-testid="lanes-panel">
          <p className="lanes-menu-title">{t('lanes.menuTitle')}</p>
          <ul>
            {lanes.map((lane: Lane, i) => (
              <li key={lane.id} data-testid="lane-option" data-lane-kind={lane.kind}>
                {lane.kind === 'custom' ? (
                  <>
                    <input
                      type="checkbox"
                      checked={lane.visible}
                      onChange={(e) => apply((c) => setLaneVisible(c, lane.id, e.target.checked))}
                      aria-label={t('lanes.show', { lane: titleOf(lane) })}
                    />
                    <input
                      type="text"
                      className="lane-rename"
                      value={lane.title}
                      maxLength={200}
                      aria-label={t('lanes.rename')}
                      placeholder={t('lanes.kinds.custom')}
                      onChange={(e) =>
                        apply((c) => renameLane(c, lane.id, e.target.value), `lane:${lane.id}:title`)
                      }
                    />
                  </>
                ) : (
                  <label className="lane-toggle">
                    <input
                      type="checkbox"
                      checked={lane.visible}
                      onChange={(e) => apply((c) => setLaneVisible(c, lane.id, e.target.checked))}
                      data-testid={`lane-toggle-${lane.kind}`}
                    />
                    {titleOf(lane)}
                  </label>
                )}
                <span className="lane-actions">
                  <button
                    type="button"
                    className="icon-btn"
                    disabled={i === 0}
                    onClick={() => apply((c) => moveLane(c, lane.id, -1))}
                    aria-label={t('lanes.moveUp', { lane: titleOf(lane) })}
                    title={t('lanes.moveUp', { lane: titleOf(lane) })}
                  >
                    <ArrowUp size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    disabled={i === lanes.length - 1}
                    onClick={() => apply((c) => moveLane(c, lane.id, 1))}
                    aria-label={t('lanes.moveDown', { lane: titleOf(lane) })}
                    title={t('lanes.moveDown', { lane: titleOf(lane) })}
                  >
                    <ArrowDown size={14} aria-hidden="true" />
                  </button>
                  {lane.kind === 'custom' && (
                    <button
                      type="button"
                      className="icon-btn danger-text"
                      onClick={() => apply((c) => removeLane(c, lane.id))}
                      aria-label={t('lanes.remove', { lane: titleOf(lane) })}
                      title={t('lanes.remove', { lane: titleOf(lane) })}
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
          <form className="lanes-add" onSubmit={addLane}>
            <input
              type="text"
              value={newTitle}
              maxLength={200}
              onChange={(e) => setNewTitle(e.target.value)}
              placeholder={t('lanes.newPlaceholder')}
              aria-label={t('lanes.newLabel')}
              data-native-undo
              data-testid="new-lane-title"
            />
            <button
              type="submit"
              className="btn btn-small"
              disabled={!newTitle.trim()}
              data-testid="add-lane"
            >
              <Plus size={14} aria-hidden="true" />
              {t('lanes.add')}
            </button>
          </form>
        </div>
      )}
    </MenuButton>
  );
}
