/** An event of a timeline, as `…/timeline` answers it. */
export interface TimelineEvent {
  eventId: string;
  customerId: string | null;
  anonymousId: string | null;
  caseId: string;
  tsMs: number;
  activity: string;
  channel: string | null;
  source: string;
  properties: Record<string, unknown> | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
}

export interface TimelineEntry extends TimelineEvent {
  /** Seconds since the previous event of the list; null for the first. */
  gapSeconds: number | null;
  /** The previous event belongs to another case (a customer's next journey). */
  newCase: boolean;
}

/** The events in the order given (the API's time order), each with the time since the one before. */
export function withGaps(events: readonly TimelineEvent[]): TimelineEntry[] {
  return events.map((event, i) => {
    const previous = i > 0 ? events[i - 1]! : null;
    return {
      ...event,
      gapSeconds: previous ? (event.tsMs - previous.tsMs) / 1000 : null,
      newCase: previous !== null && previous.caseId !== event.caseId,
    };
  });
}

/** A property's value as text: strings as they are, anything else as JSON. */
export function propertyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return JSON.stringify(value);
}
