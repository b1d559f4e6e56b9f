import { citeKnownLog } from './citeKnownLog.js';
import { formatSeconds } from './formatSeconds.js';
import type { NpsFigure, SatisfactionFigures, ScoreFigure } from '@trailmap/analytics';
import type { LogCaseNotion as CaseNotion } from '@trailmap/analytics';
import type { MineReport } from './mineLog.js';
import { describeDuration } from './parseDuration.js';

const textChannelCount = 10;

/** The readable summary of `trailmap mine --format text`. */
export function renderText(report: MineReport): string {
  const { log } = report;
  const lines = [
    `${log.file}: ${log.cases.toLocaleString('en')} cases, ${log.events.toLocaleString('en')} events, ${log.activities} activities`,
    `from ${log.firstTimestamp ?? '—'} to ${log.lastTimestamp ?? '—'}`,
    `case duration: mean ${formatSeconds(report.caseDurations.meanSeconds)}, median ${formatSeconds(report.caseDurations.medianSeconds)}`,
    `case notion: ${describeCaseNotion(log.caseNotion, log.eventsWithoutCase)}`,
  ];
  if (log.eventsWithoutCase > 0) {
    const n = log.eventsWithoutCase;
    lines.push(
      `${n.toLocaleString('en')} event${n === 1 ? '' : 's'} without a case id (${whyWithoutCase(log.caseNotion)}; left out of the journeys)`,
    );
  }
  lines.push(
    '',
    'Start activities:',
    ...report.startActivities.slice(0, 10).map((a) => `  ${pad(a.cases)}  ${a.activity}`),
    'End activities:',
    ...report.endActivities.slice(0, 10).map((a) => `  ${pad(a.cases)}  ${a.activity}`),
    '',
    `Most frequent steps (${report.dfg.length} directly-follows edges):`,
    ...report.dfg
      .slice(0, 15)
      .map((e) => `  ${pad(e.count)}  ${e.from} → ${e.to}  (median wait ${formatSeconds(e.medianSeconds)})`),
    '',
    `Top variants (${report.variants.total.toLocaleString('en')} in all):`,
    ...report.variants.top.slice(0, 10).map((v) => `  ${pad(v.cases)}  ${v.activities.join(' → ')}`),
  );
  if (report.channels.length > 0) {
    const shown = report.channels.slice(0, textChannelCount);
    const of = log.channelCount > shown.length ? `, the ${shown.length} with the most cases` : '';
    const scored = shown.some((c) => c.nps || c.csat || c.ces) ? ' and their scores' : '';
    lines.push(
      '',
      `Channels (${log.channelCount} in all${of}): cases that passed each, their events${scored}`,
      ...shown.map((c) => {
        const scores = describeScoresBriefly(c);
        return `  ${pad(c.cases)}  ${pad(c.events)}  ${c.channel}${scores ? `  (${scores})` : ''}`;
      }),
    );
  }
  const { nps, csat, ces } = report.satisfaction;
  if (nps || csat || ces) {
    lines.push('', "Customer experience (a case's last answer of each kind counts):");
    if (nps) lines.push(`  ${describeNps(nps)}`);
    if (csat) lines.push(`  ${describeScore('CSAT', csat, 5, 'satisfied (4–5)')}`);
    if (ces) lines.push(`  ${describeScore('CES', ces, 7, 'easy (5–7)')}`);
  }
  if (report.cx) {
    const { drivers, paretoCut } = report.cx;
    lines.push(
      'Key drivers (share of explained NPS, effect in NPS points):',
      ...drivers
        .slice(0, 10)
        .map(
          (d) =>
            `  ${(d.importance * 100).toFixed(1).padStart(5)} %  ${d.effect >= 0 ? '+' : ''}${d.effect.toFixed(0).padStart(3)}  ${d.activity}${paretoCut.includes(d.activity) ? '  (vital few)' : ''}`,
        ),
    );
  }
  const citation = citeKnownLog(log.file);
  if (citation) lines.push('', `Data: ${citation}`);
  return `${lines.join('\n')}\n`;
}

/** The case notion in words (for OCEL with the object types to choose from). */
export function describeCaseNotion(notion: CaseNotion, eventsWithoutCase: number): string {
  switch (notion.kind) {
    case 'trace':
      return 'a trace of the XES log';
    case 'column':
      return `column "${notion.column}"`;
    case 'property':
      return `property "${notion.property}" of each message`;
    case 'inactivityGap':
      return `each customer's events (identities stitched), a new journey after ${describeDuration(notion.gapSeconds)} without an event (--gap)`;
    case 'startEnd':
      return `each customer's events (identities stitched), a journey from ${notion.start.join(' or ')} to ${notion.end.join(' or ')}`;
    case 'objectType': {
      const chosen = notion.objectTypes.find((type) => type.name === notion.objectType);
      const objects = chosen?.objectCount ?? 0;
      const events = chosen?.eventCount ?? 0;
      const others = notion.objectTypes.filter((type) => type.name !== notion.objectType);
      const counts = `${objects.toLocaleString('en')} object${objects === 1 ? '' : 's'}, ${events.toLocaleString('en')} of ${(events + eventsWithoutCase).toLocaleString('en')} events`;
      const why =
        notion.chosenBy === 'default' ? 'the type with the most events; ' : 'chosen with --object-type; ';
      const choose = others.length
        ? `other types (--object-type): ${others.map((type) => `"${type.name}" (${type.eventCount} events)`).join(', ')}`
        : 'the only type';
      return `object type "${notion.objectType}" (${counts}; ${why}${choose})`;
    }
  }
}

function whyWithoutCase(notion: CaseNotion): string {
  switch (notion.kind) {
    case 'objectType':
      return `no "${notion.objectType}" object`;
    case 'inactivityGap':
      return 'no customer or anonymous id';
    default:
      return 'anonymous';
  }
}

function describeNps(nps: NpsFigure): string {
  return `NPS ${nps.value.toFixed(0)} (95 % interval ${nps.low.toFixed(0)} to ${nps.high.toFixed(0)}, ${answers(nps.n)})`;
}

function describeScore(name: string, score: ScoreFigure, scale: number, topBox: string): string {
  const interval =
    score.low === null || score.high === null
      ? ''
      : ` (95 % interval ${score.low.toFixed(2)} to ${score.high.toFixed(2)})`;
  return `${name} ${score.mean.toFixed(2)} of ${scale}${interval}, ${(score.topBoxShare * 100).toFixed(0)} % ${topBox}, ${answers(score.n)}`;
}

function describeScoresBriefly(figures: SatisfactionFigures): string {
  return [
    figures.nps ? `NPS ${figures.nps.value.toFixed(0)}` : null,
    figures.csat ? `CSAT ${figures.csat.mean.toFixed(2)}` : null,
    figures.ces ? `CES ${figures.ces.mean.toFixed(2)}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}

function answers(n: number): string {
  return `${n.toLocaleString('en')} answer${n === 1 ? '' : 's'}`;
}

function pad(n: number): string {
  return n.toLocaleString('en').padStart(8);
}
