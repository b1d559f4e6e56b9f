/**
 * Case notion "start to end": a journey runs from a start activity to the next end activity of
 * the same customer, in (ts, arrival) order. Events outside every start..end window are dropped;
 * a start inside an open journey is part of it (no restart); an event that is both a start and
 * an end outside a journey is a journey of one event; a journey still open at the end of the data
 * is kept and flagged `open`.
 */
import { formatCaseId, orderByCustomer } from './orderByCustomer.js';
import type { CaseCut, CaseInputRow, Journey } from './types.js';

/** An activity name, a list of names, or a predicate over the row. */
export type ActivityMatcher<T> = string | readonly string[] | ((row: T) => boolean);

export interface StartEndOptions<T> {
  start: ActivityMatcher<T>;
  end: ActivityMatcher<T>;
}

function compileMatcher<T extends CaseInputRow>(matcher: ActivityMatcher<T>): (row: T) => boolean {
  if (typeof matcher === 'function') return matcher;
  const names = new Set<string>(typeof matcher === 'string' ? [matcher] : matcher);
  return (row) => names.has(row.activity);
}

export function cutByStartEnd<T extends CaseInputRow>(
  rows: readonly T[],
  options: StartEndOptions<T>,
): CaseCut<T> {
  const isStart = compileMatcher(options.start);
  const isEnd = compileMatcher(options.end);
  const { groups, ownerless } = orderByCustomer(rows);
  const out: Array<T & { caseId: string }> = [];
  const journeys: Journey[] = [];
  let dropped = ownerless;
  for (const { customerId, rows: events } of groups) {
    let journey: Journey | null = null;
    let n = 0;
    for (const event of events) {
      if (journey === null) {
        if (!isStart(event)) {
          dropped += 1;
          continue;
        }
        n += 1;
        journey = {
          caseId: formatCaseId(customerId, n),
          customerId,
          startTsMs: event.tsMs,
          endTsMs: event.tsMs,
          eventCount: 0,
          open: true,
        };
        journeys.push(journey);
      }
      journey.endTsMs = event.tsMs;
      journey.eventCount += 1;
      out.push({ ...event, caseId: journey.caseId });
      if (isEnd(event)) {
        journey.open = false;
        journey = null;
      }
    }
  }
  return { rows: out, journeys, droppedCount: dropped };
}
