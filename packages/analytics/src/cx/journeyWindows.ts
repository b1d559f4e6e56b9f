import type { ParamsOf } from '../engine/SqlValue.js';

/**
 * A window of journeys by their start: a journey belongs to it when its first event in scope (after the
 * event-level filter) has `fromMs <= ts < toMs` (epoch ms; open ends when omitted). Every event of such a
 * journey counts, also those after `toMs`.
 */
export interface JourneyWindow {
  fromMs?: number;
  toMs?: number;
}

/** The window parameters of the `…ByWindow` queries (`$window_from`, `$window_to`). */
export const journeyWindowSpec = { window_from: 'textList', window_to: 'textList' } as const;

/**
 * The window parameters of the `…ByWindow` queries (`$window_from`, `$window_to`; window `w` = 1, 2, … in
 * list order; at least one window).
 */
export function journeyWindowParams(windows: readonly JourneyWindow[]): ParamsOf<typeof journeyWindowSpec> {
  if (windows.length === 0) throw new Error('journeyWindowParams: no window');
  return {
    // Milliseconds as text (parameters lists are VARCHAR[]); the SQL casts them to DOUBLE.
    window_from: windows.map((w) => (w.fromMs === undefined ? '-inf' : String(w.fromMs))),
    window_to: windows.map((w) => (w.toMs === undefined ? 'inf' : String(w.toMs))),
  };
}

/** A plain-text needle that every `properties` JSON holding `key` contains ('' = no pre-filter possible). */
export function propertyNeedle(key: string): string {
  // The importers write property names with JSON.stringify, which only escapes quotes, backslashes and
  // control characters: a name without them appears verbatim in the JSON text.
  const plain = [...key].every((c) => c !== '"' && c !== '\\' && c.charCodeAt(0) >= 0x20);
  return key.length > 0 && plain ? `"${key}"` : '';
}
