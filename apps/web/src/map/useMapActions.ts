import { useQueryClient } from '@tanstack/react-query';
import { exportJourneyDocument, type JourneyMap, type Persona } from '@trailmap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { describeError } from '../ui/describeError.js';
import type { MapEditor } from './useMapEditor.js';

/** The map's actions that talk to the server beyond autosave: create the desired version, keep a copy. */
export function useMapActions(
  workspaceId: string,
  journeyId: JourneyMap['id'],
  editor: MapEditor,
  personas: readonly Persona[],
) {
  const { t } = useTranslation(['map', 'ui', 'common']);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'desired' | 'copy' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/workspaces/${workspaceId}/journeys`;

  async function createDesired() {
    setBusy('desired');
    setError(null);
    try {
      if (!(await editor.flush())) throw new Error('unsaved');
      const result = await api.post<{ journey: JourneyMap; current: JourneyMap }>(
        `${base}/${journeyId}/desired`,
        {
          version: editor.version(),
          title: t('map:desiredTitle', { title: editor.doc.title }).slice(0, 200),
        },
      );
      queryClient.setQueryData(['journey', workspaceId, result.current.id], result.current);
      queryClient.setQueryData(['journey', workspaceId, result.journey.id], result.journey);
      void queryClient.invalidateQueries({ queryKey: ['journeys'] });
      navigate(`/w/${workspaceId}/journeys/${result.journey.id}`);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(null);
    }
  }

  async function keepMineAsCopy() {
    setBusy('copy');
    setError(null);
    try {
      const title = t('map:conflict.copyTitle', { title: editor.doc.title }).slice(0, 200);
      const document = exportJourneyDocument({ id: journeyId, ...editor.doc, title }, personas);
      const result = await api.post<{ journey: JourneyMap }>(`${base}/import`, document);
      queryClient.setQueryData(['journey', workspaceId, result.journey.id], result.journey);
      void queryClient.invalidateQueries({ queryKey: ['journeys'] });
      navigate(`/w/${workspaceId}/journeys/${result.journey.id}`);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(null);
    }
  }

  return { busy, error, createDesired, keepMineAsCopy };
}
