import type { ReportSource } from '@trailmap/viz';

/** The demo's generated dataset (seedDemoDatasets.ts): example data, never real customers. */
const GENERATED_NAMES = new Set(['Shoe shop journeys (generated)']);

/**
 * Citations that the terms of use of the known public logs ask for, by the imported file's name (the
 * samples of the repository, samples/README.md).
 */
const CITATIONS: Record<string, string> = {
  'receipt.csv':
    'Receipt phase of an environmental permit application process (WABO), CoSeLoG project: Buijs, J.C.A.M. (4TU.ResearchData)',
  'bpic2012.xes.gz': 'BPI Challenge 2012: van Dongen, B.F. (4TU.ResearchData)',
  'bpic2012.xes': 'BPI Challenge 2012: van Dongen, B.F. (4TU.ResearchData)',
  'helpdesk.xes.gz': 'Helpdesk event log: Polato, M. (Mendeley Data)',
  'helpdesk.xes': 'Helpdesk event log: Polato, M. (Mendeley Data)',
  'roadtraffic100traces.csv':
    'Road traffic fine management process: de Leoni, M., Mannhardt, F. (4TU.ResearchData)',
};

/** Where a dataset's events come from, as the report says it: generated, a cited public log, or own data. */
export function describeReportSource(dataset: { name: string; fileName: string | null }): ReportSource {
  if (GENERATED_NAMES.has(dataset.name)) return { kind: 'generated' };
  const citation = dataset.fileName ? CITATIONS[dataset.fileName.toLowerCase()] : undefined;
  return citation ? { kind: 'public', citation } : { kind: 'own' };
}
