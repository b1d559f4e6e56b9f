import { useQuery } from '@tanstack/react-query';
import { measureEmotionCurve } from '@trailmap/domain';
import { useMemo } from 'react';
import { api, ApiError } from '../api/client.js';
import type { MeasuredCurve } from '@trailmap/domain';
import type { CurveMode } from '../map/curve/curveMode.js';
import type { ShareFigures } from '../map/header/ShareDialog.js';
import type { MapView } from '../map/mapDoc.js';
import type { FiguresState } from '../map/measures/FiguresBar.js';
import {
  isNotReady,
  toMapFigures,
  type JourneyMeasuresAnswer,
  type MapFigures,
} from '../map/measures/measuresApi.js';

/**
 * The measured figures of a shared map made with figures (`GET /api/share/:token/measures`, the link's
 * period and persona), as the grid draws them: chips and, in the link's curve mode, the measured line.
 */
export function useSharedFigures(token: string, options: ShareFigures | null, view: MapView, shown: boolean) {
  const measures = useQuery({
    queryKey: ['share-measures', token],
    queryFn: ({ signal }) =>
      api.get<JourneyMeasuresAnswer>(`/api/share/${encodeURIComponent(token)}/measures`, signal),
    enabled: options !== null,
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    refetchInterval: (query) => (isNotReady(query.state.error) ? 3000 : false),
  });
  const figures: MapFigures | null = useMemo(
    () => (options && shown && measures.data ? toMapFigures(measures.data) : null),
    [options, shown, measures.data],
  );
  const curve: { measured: MeasuredCurve; mode: CurveMode } | null = useMemo(
    () =>
      figures && options && measures.data
        ? {
            measured: measureEmotionCurve(
              { phases: view.phases, touchpoints: view.touchpoints },
              measures.data.touchpoints,
            ),
            mode: options.curve,
          }
        : null,
    [figures, options, measures.data, view.phases, view.touchpoints],
  );
  const state: FiguresState = !options
    ? 'off'
    : !shown
      ? 'hidden'
      : measures.data
        ? 'ready'
        : measures.error
          ? isNotReady(measures.error)
            ? 'not-ready'
            : 'error'
          : 'loading';
  return { measures, figures, curve, state };
}
