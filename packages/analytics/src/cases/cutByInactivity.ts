/**
 * Case notion "inactivity gap": a customer's events, in (ts, arrival) order, are cut into journeys
 * wherever the time since the previous event is strictly greater than the gap. A gap exactly equal
 * to the threshold does NOT split (an event 30:00 after the previous one is still the same session).
 */
import { formatCaseId, orderByCustomer } from './orderByCustomer.js';
import type { CaseCut, CaseInputRow, Journey } from './types.js';

export function cutByInactivity<T extends CaseInputRow>(rows: readonly T[], gapSeconds: number): CaseCut<T> {
  if (!(gapSeconds >= 0)) throw new RangeError(`gapSeconds must be a non-negative number, got ${gapSeconds}`);
  const gapMs = gapSeconds * 1000;
  const { groups, ownerless } = orderByCustomer(rows);
  const out: Array<T & { caseId: string }> = [];
  const journeys: Journey[] = [];
  for (const { customerId, rows: events } of groups) {
    let journey: Journey | null = null;
    let n = 0;
    for (const event of events) {
      if (journey === null || event.tsMs - journey.endTsMs > gapMs) {
        journey = {
          caseId: formatCaseId(customerId, (n += 1)),
          customerId,
          startTsMs: event.tsMs,
          endTsMs: event.tsMs,
          eventCount: 0,
          open: false,
        };
        journeys.push(journey);
      }
      journey.endTsMs = event.tsMs;
      journey.eventCount += 1;
      out.push({ ...event, caseId: journey.caseId });
    }
  }
  return { rows: out, journeys, droppedCount: ownerless };
}
