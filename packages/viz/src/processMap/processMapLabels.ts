import type { ProcessMapFormat, ProcessMapSelection } from './types.js';

export type ProcessMapLang = 'en' | 'nl';

/** Every string a process map draws or announces, in English and Dutch. */
export interface ProcessMapLabels {
  title: string;
  start: string;
  end: string;
  events: string;
  cases: string;
  times: string;
  meanWait: string;
  medianWait: string;
  totalWait: string;
  medianDuration: string;
  /** "showing {activities} of {totalActivities} activities, {paths} of {totalPaths} paths" */
  showing: string;
  /** "; {share} of cases use a hidden activity or path" */
  hiddenCases: string;
  /** "; every case fits the map" */
  nothingHidden: string;
}

export const PROCESS_MAP_LABELS: Record<ProcessMapLang, ProcessMapLabels> = {
  en: {
    title: 'Process map',
    start: 'Start',
    end: 'End',
    events: 'events',
    cases: 'cases',
    times: 'times',
    meanWait: 'mean wait',
    medianWait: 'median wait',
    totalWait: 'total wait',
    medianDuration: 'median duration',
    showing: 'showing {activities} of {totalActivities} activities, {paths} of {totalPaths} paths',
    hiddenCases: '; {share} of cases use a hidden activity or path',
    nothingHidden: '; every case fits the map',
  },
  nl: {
    title: 'Proceskaart',
    start: 'Start',
    end: 'Einde',
    events: 'gebeurtenissen',
    cases: 'cases',
    times: 'keer',
    meanWait: 'gemiddelde wachttijd',
    medianWait: 'mediane wachttijd',
    totalWait: 'totale wachttijd',
    medianDuration: 'mediane duur',
    showing: '{activities} van {totalActivities} activiteiten, {paths} van {totalPaths} paden getoond',
    hiddenCases: '; {share} van de cases gebruikt een verborgen activiteit of pad',
    nothingHidden: '; elke case past op de kaart',
  },
};

const DURATION_UNITS: Record<ProcessMapLang, { s: string; min: string; h: string; d: string }> = {
  en: { s: 's', min: 'min', h: 'h', d: 'd' },
  nl: { s: 's', min: 'min', h: 'u', d: 'd' },
};

/**
 * Numbers, durations and shares written for a language with Intl (so the web shows 1.234 in Dutch and
 * 1,234 in English). Durations: `42 s`, `12 min`, `4.1 h`, `3.2 d`, one decimal below ten.
 */
export function createProcessMapFormat(lang: ProcessMapLang = 'en'): ProcessMapFormat & {
  share(fraction: number): string;
} {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const units = DURATION_UNITS[lang];
  const short = (value: number) => (Math.abs(value) >= 10 ? whole : oneDecimal).format(value);
  return {
    count: (value) => whole.format(value),
    duration(seconds) {
      const abs = Math.abs(seconds);
      if (abs < 60) return `${short(seconds)} ${units.s}`;
      if (abs < 3600) return `${short(seconds / 60)} ${units.min}`;
      if (abs < 86_400) return `${short(seconds / 3600)} ${units.h}`;
      return `${short(seconds / 86_400)} ${units.d}`;
    },
    // a share that rounds to nothing but is not nothing reads "< 0.1 %", never "0 %"
    share: (fraction) =>
      fraction > 0 && fraction < 0.0005
        ? `< ${oneDecimal.format(0.1)} %`
        : `${oneDecimal.format(fraction * 100)} %`,
  };
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);

/**
 * The line under a map that says what the sliders hide, e.g. "showing 24 of 24 activities, 44 of 137
 * paths; 73.8 % of cases use a hidden activity or path".
 */
export function describeProcessMapSelection(
  selection: ProcessMapSelection,
  lang: ProcessMapLang = 'en',
  format = createProcessMapFormat(lang),
): string {
  const labels = PROCESS_MAP_LABELS[lang];
  const { totals, hidden } = selection;
  const shown = fill(labels.showing, {
    activities: format.count(totals.activities - hidden.activities),
    totalActivities: format.count(totals.activities),
    paths: format.count(totals.paths - hidden.paths),
    totalPaths: format.count(totals.paths),
  });
  return hidden.cases > 0
    ? shown + fill(labels.hiddenCases, { share: format.share(hidden.shareOfCases) })
    : shown + labels.nothingHidden;
}
