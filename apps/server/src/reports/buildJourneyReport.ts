import { getNpsByWindow, openWorkspaceEvents, type KpiMeasurement } from '@trailmap/analytics';
import {
  hideBackstage,
  type JourneyMap,
  type Project,
  type ProjectStatus,
  type WorkspaceId,
} from '@trailmap/domain';
import {
  outcomeOf,
  renderJourneySvg,
  sortByOutcome,
  type JourneyReport,
  type ReportDataset,
  type ReportNpsMonth,
  type ReportProject,
} from '@trailmap/viz';
import type { AppContext } from '../app.js';
import { toEventFilter } from '../datasets/toEventFilter.js';
import { HttpError, notFound } from '../http/errors.js';
import { answerJourneyMeasures, measureMapFigures } from '../routes/journeyMeasures.js';
import { measureProject } from '../routes/projectMeasurement.js';
import { selectMapPersonas } from '../routes/exports.js';
import { describeReportSource } from './describeReportSource.js';
import { listReportMonths } from './listReportMonths.js';

/** The projects a board report shows: the chosen five and those in progress or done. */
export const REPORTED_STATUSES: readonly ProjectStatus[] = ['chosen', 'in-progress', 'done'];

type Context = Pick<AppContext, 'store' | 'datasets'>;

/** A project with its measured KPIs, successes first, or the reason they cannot be measured. */
async function reportProject(context: Context, project: Project): Promise<ReportProject> {
  let kpis: KpiMeasurement[] = [];
  let problem: string | null = null;
  try {
    kpis = (await measureProject(context, project.workspaceId, project.id)).kpis;
  } catch (error) {
    // a KPI that cannot be measured as it stands (409): the report says why instead of failing
    if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
    problem = error.message;
  }
  const sorted = sortByOutcome(kpis, (k) => k.verdict);
  return {
    title: project.title,
    status: project.status,
    startDate: project.startDate,
    outcome: problem ? 'not-measured' : outcomeOf(sorted),
    kpis: sorted.map(({ metric, before, after, change, adjustedPValue, verdict }) => ({
      metric,
      before,
      after,
      change: {
        value: change.value,
        low: change.low,
        high: change.high,
        n: change.n,
        needed: change.needed,
      },
      adjustedPValue,
      verdict,
    })),
    problem,
    customerCheck: project.customerCheck,
  };
}

/** NPS per month over the measured period, journeys by their start, on the map's standing filter. */
async function measureNpsByMonth(
  { datasets }: Context,
  journey: JourneyMap,
  dataset: { id: string; version: number; period: { from: string | null; to: string | null } },
): Promise<ReportNpsMonth[]> {
  const months = listReportMonths(dataset.period.from, dataset.period.to);
  if (months.length === 0) return [];
  const filter = toEventFilter(journey.datasetFilter ?? {});
  const key = `${journey.workspaceId}/${dataset.id}@${dataset.version}/report-nps?${JSON.stringify([filter, months])}`;
  const estimates = await datasets.answers.get(key, () =>
    openWorkspaceEvents(datasets.events, journey.workspaceId).query(
      dataset.id,
      (events, scope, f) => getNpsByWindow(events, scope, f, months),
      filter,
      dataset.version,
    ),
  );
  return months.map(({ month }, i) => {
    const e = estimates[i];
    return e && e.n > 0
      ? { month, value: e.estimate, low: e.low, high: e.high, n: e.n }
      : { month, value: null, low: null, high: null, n: 0 };
  });
}

export interface BuildReportOptions {
  /** Draw the map without its back-stage notes (a share link made without them). */
  hideBackstage?: boolean;
  /** Leave out the map thumbnail and the NPS chart (the workspace overview lists projects only). */
  projectsOnly?: boolean;
}

/**
 * The board report of a journey of the workspace, built once for the HTML and the PDF: the map with its
 * measured figure chips, NPS per month, the chosen / in-progress / done projects with each KPI measured
 * (the measurement of GET …/projects/:id/measurement) successes first, and their customer checks. A map
 * without a linked dataset with events gets a report without figures (it says so). 404 for a journey of
 * another workspace.
 */
export async function buildJourneyReport(
  context: Context,
  workspaceId: WorkspaceId,
  journeyId: JourneyMap['id'],
  options: BuildReportOptions = {},
): Promise<JourneyReport> {
  const { store } = context;
  const journey = await store.journeys.get(workspaceId, journeyId);
  if (!journey) throw notFound('journey');
  const projects = (await store.projects.list(workspaceId, { journeyId })).filter((p) =>
    REPORTED_STATUSES.includes(p.status),
  );
  const reported = sortByOutcome(
    await Promise.all(projects.map((p) => reportProject(context, p))),
    (p) => p.outcome,
  );

  let dataset: ReportDataset | null = null;
  let thumbnailSvg: string | null = null;
  let nps: ReportNpsMonth[] = [];
  const stored = journey.datasetId ? await store.datasets.get(workspaceId, journey.datasetId) : null;
  if (stored && stored.versions > 0 && options.projectsOnly) {
    const period = { from: stored.firstEventAt, to: stored.lastEventAt };
    dataset = { name: stored.name, ...period, source: describeReportSource(stored) };
  } else if (stored && stored.versions > 0) {
    const measured = await answerJourneyMeasures(context, workspaceId, journeyId, {});
    dataset = {
      name: stored.name,
      from: measured.dataset.period.from,
      to: measured.dataset.period.to,
      source: describeReportSource(stored),
    };
    const figures = await measureMapFigures(context, journey, 'designed');
    const personas = selectMapPersonas(journey, await store.personas.list(workspaceId));
    const drawn = options.hideBackstage ? hideBackstage(journey) : journey;
    thumbnailSvg = renderJourneySvg(drawn, personas, figures ? { figures } : {});
    nps = await measureNpsByMonth(context, journey, {
      id: stored.id,
      version: measured.dataset.version,
      period: measured.dataset.period,
    });
  }
  return { title: journey.title, goal: journey.goal, dataset, thumbnailSvg, nps, projects: reported };
}
