import {
  layoutJourneyReportPage,
  layoutWorkspaceReportPages,
  type ExportLang,
  type JourneyReport,
  type WorkspaceReport,
} from '@trailmap/viz';
import { renderReportPdf } from '@trailmap/viz/node';

export type RenderReportInput =
  | { kind: 'journey'; report: JourneyReport; lang: ExportLang; madeOn: string }
  | { kind: 'workspace'; report: WorkspaceReport; lang: ExportLang; madeOn: string };

/**
 * Prints a board report as an A4 portrait PDF (a job for a worker thread): one page for a journey, as
 * many as the overview needs for a workspace.
 */
export async function renderReport(input: RenderReportInput): Promise<Uint8Array> {
  const { lang, madeOn } = input;
  if (input.kind === 'journey') {
    const page = layoutJourneyReportPage(input.report, lang, madeOn);
    return renderReportPdf([page], { title: input.report.title, lang });
  }
  const pages = layoutWorkspaceReportPages(input.report, lang, madeOn);
  return renderReportPdf(pages, { title: input.report.workspaceName, lang });
}
