import type { EventFilter } from '../queries/EventFilter.js';

/** Both filters at once: time ranges intersected, channel lists intersected, attribute conditions added. */
export function mergeFilters(base: EventFilter, extra: EventFilter): EventFilter {
  const merged: EventFilter = { ...base, ...extra };
  if (base.timeRange || extra.timeRange) {
    const from = [base.timeRange?.fromMs, extra.timeRange?.fromMs].filter(
      (v): v is number => v !== undefined,
    );
    const to = [base.timeRange?.toMs, extra.timeRange?.toMs].filter((v): v is number => v !== undefined);
    merged.timeRange = {
      ...(from.length ? { fromMs: Math.max(...from) } : {}),
      ...(to.length ? { toMs: Math.min(...to) } : {}),
    };
  }
  if (base.channels && extra.channels)
    merged.channels = base.channels.filter((c) => extra.channels?.includes(c));
  if (base.attributes || extra.attributes)
    merged.attributes = [...(base.attributes ?? []), ...(extra.attributes ?? [])];
  return merged;
}

/** Two adjacent windows around a change: `days` before it and `days` after it (epoch ms). */
export function splitAtChange(changeMs: number, days: number): { before: EventFilter; after: EventFilter } {
  const spanMs = days * 86_400_000;
  return {
    before: { timeRange: { fromMs: changeMs - spanMs, toMs: changeMs } },
    after: { timeRange: { fromMs: changeMs, toMs: changeMs + spanMs } },
  };
}
