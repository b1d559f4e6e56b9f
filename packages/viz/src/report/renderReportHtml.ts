import type { ExportLang } from '../journeyLabels.js';
import { escapeXml } from '../text/escapeXml.js';
import { drawNpsChart } from './drawNpsChart.js';
import {
  formatReportDate,
  formatReportMonth,
  formatReportNumber,
  formatReportP,
  formatReportValue,
} from './formatReportValue.js';
import { OUTCOME_COLORS } from './layoutReportPages.js';
import { REPORT_LABELS, type ReportLabels } from './reportLabels.js';
import type { JourneyReport, ReportProject, WorkspaceReport } from './types.js';

const e = escapeXml;

/** The page's style: calm, print-friendly, A4 when printed (one journey per printed page). */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f4f4f4;color:#1a1a1a;font:14px/1.45 "DejaVu Sans",Verdana,Arial,sans-serif}
main{max-width:900px;margin:0 auto;padding:24px 16px}
article{background:#fff;padding:32px 40px;margin:0 0 24px;border:1px solid #ddd}
.kicker{margin:0;color:#4d4d4d;font-size:12px;letter-spacing:.06em;text-transform:uppercase}
h1{margin:4px 0 8px;font-size:28px;line-height:1.2}
h2{margin:24px 0 8px;font-size:17px;color:#1f5fa8}
h3{margin:0;font-size:15px}
.muted{color:#4d4d4d;font-size:13px}
figure{margin:0}
.thumb{width:100%;height:auto;max-height:420px;object-fit:contain;border:1px solid #c9c9c9;background:#fff}
.chart svg{width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px 4px 0;border-bottom:1px solid #e3e3e3;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
.project{border-left:4px solid #6b6b6b;padding:4px 0 4px 12px;margin:0 0 16px}
.project header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 16px;align-items:baseline}
.outcome{font-weight:bold;font-size:13px}
.sentence{font-size:12px}
dl{margin:4px 0 12px;display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:13px}
dt{font-weight:bold}dd{margin:0}
details summary{cursor:pointer;color:#1f5fa8;font-size:13px}
footer{color:#4d4d4d;font-size:12px;margin-top:24px}
@media (max-width:600px){article{padding:20px 16px}h1{font-size:22px}.kpis th:nth-child(4),.kpis td:nth-child(4){display:none}}
@page{size:A4 portrait;margin:14mm}
@media print{body{background:#fff}main{max-width:none;padding:0}article{border:0;padding:0;margin:0;break-after:page}}
`;

function dataText(report: JourneyReport, labels: ReportLabels, lang: ExportLang): string {
  const { dataset } = report;
  if (!dataset) return `<p class="muted">${e(labels.notLinked)}</p>`;
  const period =
    dataset.from && dataset.to
      ? ` · ${e(labels.period(formatReportDate(dataset.from, lang), formatReportDate(dataset.to, lang)))}`
      : '';
  const source =
    dataset.source.kind === 'generated'
      ? labels.generatedData
      : dataset.source.kind === 'public'
        ? labels.publicData(dataset.source.citation)
        : labels.ownData;
  return `<p class="muted">${e(labels.data)}: ${e(dataset.name)}${period}. ${e(source)}</p>`;
}

function projectHtml(project: ReportProject, labels: ReportLabels, lang: ExportLang): string {
  const color = OUTCOME_COLORS[project.outcome];
  const meta = [labels.statuses[project.status]];
  if (project.startDate) meta.push(labels.startedOn(formatReportDate(project.startDate, lang)));
  const rows = project.kpis
    .map((kpi) => {
      const sentence = labels.sentence(
        kpi.verdict,
        formatReportP(kpi.adjustedPValue, lang),
        kpi.change.n,
        kpi.change.needed,
      );
      return `<tr><td>${e(labels.metrics[kpi.metric])}<div class="sentence" style="color:${OUTCOME_COLORS[kpi.verdict]}">${e(sentence)}</div></td><td class="num">${e(formatReportValue(kpi.metric, kpi.before.value, lang))}<br><span class="muted">n ${kpi.before.n}</span></td><td class="num">${e(formatReportValue(kpi.metric, kpi.after.value, lang))}<br><span class="muted">n ${kpi.after.n}</span></td><td class="num">${e(formatReportValue(kpi.metric, kpi.change.value, lang, true))}</td></tr>`;
    })
    .join('');
  const body = project.problem
    ? `<p class="sentence">${e(labels.notMeasurable)}: ${e(project.problem)}</p>`
    : project.kpis.length === 0
      ? `<p class="sentence">${e(labels.noKpis)}</p>`
      : `<table class="kpis"><thead><tr><th scope="col">${e(labels.kpi)}</th><th scope="col" class="num">${e(labels.before)}</th><th scope="col" class="num">${e(labels.after)}</th><th scope="col" class="num">${e(labels.change)}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section class="project" style="border-left-color:${color}"><header><h3>${e(project.title)}</h3><span class="outcome" style="color:${color}">${e(labels.outcomes[project.outcome])}</span></header><p class="muted">${e(meta.join(' · '))}</p>${body}</section>`;
}

function learnedHtml(projects: readonly ReportProject[], labels: ReportLabels): string {
  const checked = projects.filter(
    (p) => p.customerCheck.assumption || p.customerCheck.how || p.customerCheck.learned,
  );
  if (checked.length === 0) return `<p class="muted">${e(labels.nothingLearned)}</p>`;
  return checked
    .map((p) => {
      const items = (
        [
          [labels.assumption, p.customerCheck.assumption],
          [labels.how, p.customerCheck.how],
          [labels.learnedWhat, p.customerCheck.learned],
        ] as const
      )
        .filter(([, text]) => text)
        .map(([term, text]) => `<dt>${e(term)}</dt><dd>${e(text)}</dd>`)
        .join('');
      return `<h3>${e(p.title)}</h3><dl>${items}</dl>`;
    })
    .join('');
}

function npsHtml(report: JourneyReport, labels: ReportLabels, lang: ExportLang): string {
  const months = report.nps.filter((m) => m.n > 0);
  if (months.length === 0) return `<p class="muted">${e(labels.npsNone)}</p>`;
  const chart = drawNpsChart(report.nps, { width: 760, height: 150, lang, title: labels.npsChartAlt });
  const rows = months
    .map(
      (m) =>
        `<tr><th scope="row">${e(formatReportMonth(m.month, lang))}</th><td class="num">${e(formatReportNumber(m.value ?? 0, 0, lang))}</td><td class="num">${e(`${formatReportNumber(m.low ?? 0, 0, lang)} … ${formatReportNumber(m.high ?? 0, 0, lang)}`)}</td><td class="num">${m.n}</td></tr>`,
    )
    .join('');
  return `<figure class="chart">${chart}</figure><details><summary>${e(labels.npsTable)}</summary><table><thead><tr><th scope="col">${e(labels.month)}</th><th scope="col" class="num">${e(labels.nps)}</th><th scope="col" class="num">${e(labels.interval)}</th><th scope="col" class="num">${e(labels.n)}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

function journeyArticle(report: JourneyReport, labels: ReportLabels, lang: ExportLang): string {
  const thumbnail = report.thumbnailSvg
    ? `<figure><img class="thumb" alt="${e(labels.mapAlt(report.title))}" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(report.thumbnailSvg)}"></figure>`
    : `<p class="muted">${e(labels.noFigures)}</p>`;
  const projects =
    report.projects.length === 0
      ? `<p class="muted">${e(labels.noProjects)}</p>`
      : report.projects.map((p) => projectHtml(p, labels, lang)).join('');
  return (
    `<article><p class="kicker">${e(labels.boardReport)}</p><h1>${e(report.title)}</h1>` +
    (report.goal ? `<p>${e(labels.goal)}: ${e(report.goal)}</p>` : '') +
    dataText(report, labels, lang) +
    `<h2>${e(labels.map)}</h2>${thumbnail}` +
    `<h2>${e(labels.npsOverTime)}</h2>${npsHtml(report, labels, lang)}` +
    `<h2>${e(labels.projects)}</h2>${projects}` +
    `<h2>${e(labels.learned)}</h2>${learnedHtml(report.projects, labels)}` +
    `</article>`
  );
}

function documentHtml(title: string, body: string, lang: ExportLang, madeOn: string): string {
  const labels = REPORT_LABELS[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${STYLE}</style></head><body><main>${body}<footer>${e(labels.made(formatReportDate(madeOn, lang)))}</footer></main></body></html>`;
}

/**
 * The board report of a journey as one self-contained HTML page: inline CSS, the map as an SVG data
 * image, the NPS chart as inline SVG, every user text escaped; printable as one A4 page. `madeOn` is
 * the ISO date it was made.
 */
export function renderJourneyReportHtml(report: JourneyReport, lang: ExportLang, madeOn: string): string {
  const labels = REPORT_LABELS[lang];
  return documentHtml(
    `${labels.boardReport} — ${report.title}`,
    journeyArticle(report, labels, lang),
    lang,
    madeOn,
  );
}

/** The workspace overview as one self-contained HTML page: per journey its data, projects and results. */
export function renderWorkspaceReportHtml(report: WorkspaceReport, lang: ExportLang, madeOn: string): string {
  const labels = REPORT_LABELS[lang];
  const sections = report.journeys
    .map(
      (journey) =>
        `<section><h2>${e(journey.title)}</h2>${dataText(journey, labels, lang)}${
          journey.projects.length === 0
            ? `<p class="muted">${e(labels.noProjects)}</p>`
            : journey.projects.map((p) => projectHtml(p, labels, lang)).join('')
        }</section>`,
    )
    .join('');
  return documentHtml(
    `${labels.overview} — ${report.workspaceName}`,
    `<article><p class="kicker">${e(labels.overview)}</p><h1>${e(report.workspaceName)}</h1>${sections}</article>`,
    lang,
    madeOn,
  );
}
