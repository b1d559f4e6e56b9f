/** Citations the 4TU.ResearchData terms of use ask for, by file name of the known public logs. */
const citations: Record<string, string> = {
  'receipt.csv':
    'Receipt phase of an environmental permit application process (WABO), CoSeLoG project: Buijs, J.C.A.M. (4TU.ResearchData)',
  'bpic2012.xes.gz': 'BPI Challenge 2012: van Dongen, B.F. (4TU.ResearchData)',
  'bpic2012.xes': 'BPI Challenge 2012: van Dongen, B.F. (4TU.ResearchData)',
  'helpdesk.xes.gz': 'Helpdesk event log: Polato, M. (Mendeley Data)',
  'helpdesk.xes': 'Helpdesk event log: Polato, M. (Mendeley Data)',
  'roadtraffic100traces.csv':
    'Road traffic fine management process: de Leoni, M., Mannhardt, F. (4TU.ResearchData)',
  'running-example.xes':
    'Running example of van der Aalst, W.M.P., Process Mining: Data Science in Action (Springer)',
};

/** The citation for a known public log, or null. */
export function citeKnownLog(file: string): string | null {
  return citations[file.toLowerCase()] ?? null;
}
