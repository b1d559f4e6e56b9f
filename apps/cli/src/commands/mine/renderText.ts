import { citeKnownLog } from './citeKnownLog.js';
import { formatSeconds } from './formatSeconds.js';
import type { MineReport } from './mineLog.js';

/** The readable summary of `trailmap mine --format text`. */
export function renderText(report: MineReport): string {
  const { log } = report;
  const lines = [
    `${log.file}: ${log.cases.toLocaleString('en')} cases, ${log.events.toLocaleString('en')} events, ${log.activities} activities`,
    `from ${log.firstTimestamp ?? '—'} to ${log.lastTimestamp ?? '—'}`,
    `case duration: mean ${formatSeconds(report.caseDurations.meanSeconds)}, median ${formatSeconds(report.caseDurations.medianSeconds)}`,
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
  ];
  if (report.cx) {
    const { nps, drivers, paretoCut } = report.cx;
    lines.push(
      '',
      `NPS ${nps.value.toFixed(0)} (95 % interval ${nps.low.toFixed(0)} to ${nps.high.toFixed(0)}, ${nps.n.toLocaleString('en')} answers)`,
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

function pad(n: number): string {
  return n.toLocaleString('en').padStart(8);
}
