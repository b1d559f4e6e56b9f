// A board report to test the renderers with (not part of the public API): the demo's "now" map with
// two projects, one improved and one too few, and NPS over four months (one without answers).
import { renderJourneySvg } from '../renderJourneySvg.js';
import { createDemoNowMap } from '../testJourneys.js';
import type { JourneyReport, ReportProject } from './types.js';

export function createTestProject(overrides: Partial<ReportProject> = {}): ReportProject {
  return {
    title: 'A person after one failed answer',
    status: 'in-progress',
    startDate: '2024-07-01',
    outcome: 'improved',
    kpis: [
      {
        metric: 'repeatContactShare',
        before: { value: 0.299, low: 0.262, high: 0.339, n: 545 },
        after: { value: 0.165, low: 0.136, high: 0.2, n: 514 },
        change: { value: -0.134, low: -0.183, high: -0.083, n: 514, needed: 1246 },
        adjustedPValue: 8.5e-7,
        verdict: 'improved',
      },
      {
        metric: 'nps',
        before: { value: 12.4, low: 5, high: 19.8, n: 300 },
        after: { value: 13, low: 5.5, high: 20.5, n: 290 },
        change: { value: 0.6, low: -9.9, high: 11.1, n: 290, needed: 3768 },
        adjustedPValue: 0.91,
        verdict: 'too-few',
      },
    ],
    problem: null,
    customerCheck: {
      assumption: 'Customers call again when the first answer did not solve their question.',
      how: 'Listened in on 20 calls in June.',
      learned: 'Half of the repeat calls were about the same question.',
    },
    ...overrides,
  };
}

export function createTestReport(overrides: Partial<JourneyReport> = {}): JourneyReport {
  const { journey, personas } = createDemoNowMap();
  return {
    title: journey.title,
    goal: journey.goal,
    dataset: {
      name: 'Shoe shop journeys (generated)',
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-12-31T00:00:00.000Z',
      source: { kind: 'generated' },
    },
    thumbnailSvg: renderJourneySvg(journey, personas),
    nps: [
      { month: '2024-05', value: 10, low: 2, high: 18, n: 120 },
      { month: '2024-06', value: 14, low: 6, high: 22, n: 130 },
      { month: '2024-07', value: 0, low: -100, high: 100, n: 0 },
      { month: '2024-08', value: -5, low: -14, high: 4, n: 110 },
    ],
    projects: [
      createTestProject(),
      createTestProject({ title: 'Clearer delivery times', outcome: 'too-few', kpis: [], status: 'chosen' }),
    ],
    ...overrides,
  };
}
