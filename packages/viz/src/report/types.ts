import type { KpiMetric, ProjectStatus } from '@trailmap/domain';

/** A KPI's verdict (docs/improvements.md, "The verdict"). */
export type ReportVerdict = 'improved' | 'worsened' | 'no-change' | 'too-few';
/** A project's place in the report: its best KPI's verdict, or not measured (no KPI, or one that cannot be). */
export type ReportOutcome = ReportVerdict | 'not-measured';

/** A KPI in one period: value with its 95 % interval and the n it rests on. */
export interface ReportFigure {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

/** One measured KPI of a project, as `GET …/projects/:id/measurement` answers it. */
export interface ReportKpi {
  metric: KpiMetric;
  before: ReportFigure;
  after: ReportFigure;
  change: { value: number | null; low: number | null; high: number | null; n: number; needed: number | null };
  adjustedPValue: number | null;
  verdict: ReportVerdict;
}

/** A chosen, in-progress or done project with its measured effect and its customer check. */
export interface ReportProject {
  title: string;
  status: ProjectStatus;
  /** When the change went live (YYYY-MM-DD), or null. */
  startDate: string | null;
  outcome: ReportOutcome;
  /** Its KPIs, successes first (improved, no change, too few, worsened). */
  kpis: ReportKpi[];
  /** Why the KPIs could not be measured (the 409 of the measurement), or null. */
  problem: string | null;
  customerCheck: { assumption: string; how: string; learned: string };
}

/** NPS of the journeys starting in one calendar month (UTC). */
export interface ReportNpsMonth {
  /** `YYYY-MM`. */
  month: string;
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

/** Where the events come from: generated example data, a known public log (cited), or the workspace's own. */
export type ReportSource = { kind: 'generated' } | { kind: 'public'; citation: string } | { kind: 'own' };

/** The data a journey's report rests on: the linked dataset and the period its events span. */
export interface ReportDataset {
  name: string;
  /** First and last event in scope (ISO), or null. */
  from: string | null;
  to: string | null;
  source: ReportSource;
}

/** The board report of one journey: one page. */
export interface JourneyReport {
  title: string;
  goal: string;
  /** Null when the map is not linked to a dataset with events. */
  dataset: ReportDataset | null;
  /** The map as SVG with its measured figure chips (renderJourneySvg), or null without figures. */
  thumbnailSvg: string | null;
  /** NPS per month over the dataset's period (empty without a dataset or answers). */
  nps: ReportNpsMonth[];
  /** The chosen, in-progress and done projects, successes first. */
  projects: ReportProject[];
}

/** The workspace overview: every journey's projects and results. */
export interface WorkspaceReport {
  workspaceName: string;
  journeys: JourneyReport[];
}
