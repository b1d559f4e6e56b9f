import type { MeasureTouchpoint } from '../measure/types.js';
import { KPI_METRICS } from './kpiMetrics.js';
import type { KpiDefinition } from './types.js';

/** A KPI that cannot be measured as defined (the route answers it with a 4xx, naming the KPI). */
export class KpiDefinitionError extends Error {
  constructor(
    readonly kpiId: string,
    message: string,
  ) {
    super(`KPI ${kpiId}: ${message}`);
    this.name = 'KpiDefinitionError';
  }
}

/**
 * Checks a KPI against the map's touchpoints and returns the positions it measures (-1: none): the metric
 * is known; the touchpoints its metric needs are named, exist and have a matcher; `dropOffShare` is not asked
 * of the last measured touchpoint (nothing comes later); the periods have a start before their end; the
 * target is a finite number.
 */
export function checkKpiDefinition(
  kpi: KpiDefinition,
  touchpoints: readonly MeasureTouchpoint[],
): { from: number; to: number } {
  const spec = KPI_METRICS[kpi.metric];
  if (!spec) throw new KpiDefinitionError(kpi.id, `unknown metric "${String(kpi.metric)}"`);
  for (const [name, period] of [
    ['baseline', kpi.baseline],
    ['after', kpi.after],
  ] as const) {
    if (!Number.isFinite(period.fromMs))
      throw new KpiDefinitionError(kpi.id, `the ${name} period has no start`);
    if (period.toMs !== undefined && !(period.toMs > period.fromMs))
      throw new KpiDefinitionError(kpi.id, `the ${name} period ends before it starts`);
  }
  if (kpi.target !== undefined && !Number.isFinite(kpi.target))
    throw new KpiDefinitionError(kpi.id, 'the target is not a number');
  const position = (id: string | undefined, role: string): number => {
    if (id === undefined) throw new KpiDefinitionError(kpi.id, `${kpi.metric} needs ${role}`);
    const index = touchpoints.findIndex((t) => t.id === id);
    if (index < 0) throw new KpiDefinitionError(kpi.id, `touchpoint ${id} is not on the map`);
    if (!touchpoints[index]?.matcher?.activities.length)
      throw new KpiDefinitionError(kpi.id, `touchpoint ${id} has no matcher (no data)`);
    return index;
  };
  switch (spec.touchpoints) {
    case 'none':
      return { from: -1, to: -1 };
    case 'optional':
      return {
        from: kpi.touchpointId === undefined ? -1 : position(kpi.touchpointId, 'a touchpoint'),
        to: -1,
      };
    case 'one': {
      const from = position(kpi.touchpointId, 'a touchpoint');
      const laterMeasured = touchpoints.slice(from + 1).some((t) => t.matcher?.activities.length);
      if (kpi.metric === 'dropOffShare' && !laterMeasured)
        throw new KpiDefinitionError(kpi.id, 'the drop-off of the last measured touchpoint is not defined');
      return { from, to: -1 };
    }
    case 'pair':
      return {
        from: position(kpi.touchpointId, 'a touchpoint'),
        to: position(kpi.toTouchpointId, 'a touchpoint to reach later (toTouchpointId)'),
      };
  }
}
