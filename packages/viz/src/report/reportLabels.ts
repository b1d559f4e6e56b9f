import type { KpiMetric, ProjectStatus } from '@trailmap/domain';
import type { ExportLang } from '../journeyLabels.js';
import type { ReportOutcome, ReportVerdict } from './types.js';

/** Every string of the board report, in English and Dutch (user text is shown as written). */
export interface ReportLabels {
  locale: string;
  boardReport: string;
  overview: string;
  goal: string;
  data: string;
  period: (from: string, to: string) => string;
  generatedData: string;
  publicData: (citation: string) => string;
  ownData: string;
  notLinked: string;
  map: string;
  mapAlt: (title: string) => string;
  noFigures: string;
  npsOverTime: string;
  npsChartAlt: string;
  npsNone: string;
  npsTable: string;
  month: string;
  nps: string;
  interval: string;
  n: string;
  projects: string;
  noProjects: string;
  kpi: string;
  before: string;
  after: string;
  change: string;
  verdict: string;
  noKpis: string;
  notMeasurable: string;
  startedOn: (date: string) => string;
  learned: string;
  nothingLearned: string;
  assumption: string;
  how: string;
  learnedWhat: string;
  more: (count: number) => string;
  made: (date: string) => string;
  statuses: Record<ProjectStatus, string>;
  outcomes: Record<ReportOutcome, string>;
  metrics: Record<KpiMetric, string>;
  sentence: (verdict: ReportVerdict, p: string, n: number, needed: number | null) => string;
}

export const REPORT_LABELS: Record<ExportLang, ReportLabels> = {
  en: {
    locale: 'en-GB',
    boardReport: 'Board report',
    overview: 'Board report — all journeys',
    goal: 'Goal',
    data: 'Data',
    period: (from, to) => `${from} to ${to}`,
    generatedData: 'Generated example data (not real customers), with planted effects.',
    publicData: (citation) => `Public event log: ${citation}.`,
    ownData: "The workspace's own data.",
    notLinked: 'This journey is not linked to a dataset: it has no measured figures.',
    map: 'The measured map',
    mapAlt: (title) => `Journey map “${title}” with its measured figures`,
    noFigures: 'No measured figures: the map is not linked to a dataset with events.',
    npsOverTime: 'NPS per month',
    npsChartAlt: 'NPS per month of the journeys starting in it, with 95 % intervals',
    npsNone: 'No NPS answers in the data.',
    npsTable: 'The figures as a table',
    month: 'Month',
    nps: 'NPS',
    interval: '95 % interval',
    n: 'n',
    projects: 'Projects and their measured effect',
    noProjects: 'No chosen, in-progress or done projects yet.',
    kpi: 'KPI',
    before: 'Before',
    after: 'After',
    change: 'Change',
    verdict: 'Verdict',
    noKpis: 'No KPIs yet.',
    notMeasurable: 'Not measurable',
    startedOn: (date) => `live since ${date}`,
    learned: 'What was learned',
    nothingLearned: 'No customer checks written down yet.',
    assumption: 'Assumption',
    how: 'How tested',
    learnedWhat: 'Learned',
    more: (count) => `… and ${count} more (see the HTML report)`,
    made: (date) => `Made with Trailmap on ${date}`,
    statuses: {
      proposed: 'Proposed',
      chosen: 'Chosen',
      'in-progress': 'In progress',
      done: 'Done',
      dropped: 'Dropped',
    },
    outcomes: {
      improved: 'Improved',
      worsened: 'Worsened',
      'no-change': 'No measurable change',
      'too-few': 'Too few journeys yet',
      'not-measured': 'Not measured',
    },
    metrics: {
      nps: 'NPS',
      csat: 'Customer satisfaction (CSAT, 1–5)',
      ces: 'Customer effort (CES, 1–7)',
      reachShare: 'Share of journeys reaching a touchpoint',
      dropOffShare: 'Share dropping off after a touchpoint',
      conversionShare: 'Share going on from one touchpoint to another',
      medianSecondsBetween: 'Median time between two touchpoints',
      repeatContactShare: 'Share of first contacts followed by a repeat contact within 7 days',
      firstContactResolutionShare: 'Share solved at the first contact',
      complaintShare: 'Share of journeys with a complaint',
      contactsPerJourney: 'Contacts per journey',
    },
    sentence: (verdict, p, n, needed) => {
      switch (verdict) {
        case 'improved':
          return `Improved: the change is real (adjusted p ${p}) and goes the good way.`;
        case 'worsened':
          return `Worsened: the change is real (adjusted p ${p}) and goes the wrong way.`;
        case 'no-change':
          return `No measurable change: with ${n} journeys per period a change of the size aimed for would have shown.`;
        case 'too-few':
          return needed === null
            ? `Too few journeys yet: ${n} so far.`
            : `Too few journeys yet: ${n} of the needed ${needed}.`;
      }
    },
  },
  nl: {
    locale: 'nl-NL',
    boardReport: 'Directierapport',
    overview: 'Directierapport — alle klantreizen',
    goal: 'Doel',
    data: 'Data',
    period: (from, to) => `${from} tot ${to}`,
    generatedData: 'Gegenereerde voorbeelddata (geen echte klanten), met geplante effecten.',
    publicData: (citation) => `Openbaar eventlog: ${citation}.`,
    ownData: 'Eigen data van de werkruimte.',
    notLinked: 'Deze klantreis is niet gekoppeld aan een dataset: er zijn geen gemeten cijfers.',
    map: 'De gemeten kaart',
    mapAlt: (title) => `Klantreiskaart „${title}” met de gemeten cijfers`,
    noFigures: 'Geen gemeten cijfers: de kaart is niet gekoppeld aan een dataset met events.',
    npsOverTime: 'NPS per maand',
    npsChartAlt: 'NPS per maand van de klantreizen die erin beginnen, met 95%-intervallen',
    npsNone: 'Geen NPS-antwoorden in de data.',
    npsTable: 'De cijfers als tabel',
    month: 'Maand',
    nps: 'NPS',
    interval: '95%-interval',
    n: 'n',
    projects: 'Projecten en hun gemeten effect',
    noProjects: 'Nog geen gekozen, lopende of afgeronde projecten.',
    kpi: 'KPI',
    before: 'Voor',
    after: 'Na',
    change: 'Verandering',
    verdict: 'Oordeel',
    noKpis: 'Nog geen KPI’s.',
    notMeasurable: 'Niet meetbaar',
    startedOn: (date) => `live sinds ${date}`,
    learned: 'Wat we leerden',
    nothingLearned: 'Nog geen klantchecks opgeschreven.',
    assumption: 'Aanname',
    how: 'Hoe getoetst',
    learnedWhat: 'Geleerd',
    more: (count) => `… en nog ${count} (zie het HTML-rapport)`,
    made: (date) => `Gemaakt met Trailmap op ${date}`,
    statuses: {
      proposed: 'Voorgesteld',
      chosen: 'Gekozen',
      'in-progress': 'Bezig',
      done: 'Afgerond',
      dropped: 'Geschrapt',
    },
    outcomes: {
      improved: 'Verbeterd',
      worsened: 'Verslechterd',
      'no-change': 'Geen meetbare verandering',
      'too-few': 'Nog te weinig klantreizen',
      'not-measured': 'Niet gemeten',
    },
    metrics: {
      nps: 'NPS',
      csat: 'Klanttevredenheid (CSAT, 1–5)',
      ces: 'Klantinspanning (CES, 1–7)',
      reachShare: 'Aandeel klantreizen dat een contactmoment bereikt',
      dropOffShare: 'Aandeel dat afhaakt na een contactmoment',
      conversionShare: 'Aandeel dat van het ene contactmoment naar het andere gaat',
      medianSecondsBetween: 'Mediane tijd tussen twee contactmomenten',
      repeatContactShare: 'Aandeel eerste contacten met een herhaalcontact binnen 7 dagen',
      firstContactResolutionShare: 'Aandeel opgelost bij het eerste contact',
      complaintShare: 'Aandeel klantreizen met een klacht',
      contactsPerJourney: 'Contacten per klantreis',
    },
    sentence: (verdict, p, n, needed) => {
      switch (verdict) {
        case 'improved':
          return `Verbeterd: de verandering is echt (gecorrigeerde p ${p}) en gaat de goede kant op.`;
        case 'worsened':
          return `Verslechterd: de verandering is echt (gecorrigeerde p ${p}) en gaat de verkeerde kant op.`;
        case 'no-change':
          return `Geen meetbare verandering: met ${n} klantreizen per periode was een verandering van de beoogde grootte zichtbaar geweest.`;
        case 'too-few':
          return needed === null
            ? `Nog te weinig klantreizen: tot nu toe ${n}.`
            : `Nog te weinig klantreizen: ${n} van de benodigde ${needed}.`;
      }
    },
  },
};
