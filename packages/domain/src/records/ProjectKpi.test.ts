import { describe, expect, it } from 'vitest';
import {
  KPI_GOOD_DIRECTION,
  KPI_METRICS,
  findKpiProblems,
  meetsKpiTarget,
  projectKpiFieldsSchema,
  projectKpiInputSchema,
} from './ProjectKpi.js';
import { workspaceSettingsSchema } from './WorkspaceSettings.js';
import { DEFAULT_CRITERION_WEIGHTS } from './IdeaCriteria.js';

const datasetId = 'dst_abcdef123456';
const journeyId = 'jrn_abcdef123456';
const touchpointId = 'tpt_aaaaaa111111';
const toTouchpointId = 'tpt_bbbbbb222222';
const baseline = { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' };

function pathsOf(schema: typeof projectKpiInputSchema | typeof projectKpiFieldsSchema, input: object) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('KPI_METRICS', () => {
  it('KPI_METRICS lists the eleven metric ids of the issue', () => {
    expect(KPI_METRICS).toEqual([
      'nps',
      'csat',
      'ces',
      'reachShare',
      'dropOffShare',
      'conversionShare',
      'medianSecondsBetween',
      'repeatContactShare',
      'firstContactResolutionShare',
      'complaintShare',
      'contactsPerJourney',
    ]);
  });
});

describe('projectKpiInputSchema', () => {
  it('projectKpiInputSchema takes a KPI without an after start and without a target', () => {
    expect(projectKpiInputSchema.parse({ metric: 'nps', scope: { datasetId }, baseline })).toEqual({
      metric: 'nps',
      scope: { datasetId },
      baseline,
      after: {},
    });
  });

  it('projectKpiInputSchema takes a conversion from one touchpoint to another with a target', () => {
    const kpi = {
      metric: 'conversionShare',
      scope: { datasetId, journeyId, touchpointId, toTouchpointId },
      baseline,
      after: { from: '2025-03-01T00:00:00+01:00' },
      target: 0.4,
    };
    expect(projectKpiInputSchema.parse(kpi)).toEqual(kpi);
  });

  it('projectKpiInputSchema takes the contacts of a service metric, and refuses them for another metric', () => {
    const repeat = {
      metric: 'repeatContactShare',
      scope: { datasetId, contactActivities: ['Inbound Call'] },
      baseline,
      after: {},
    };
    expect(projectKpiInputSchema.parse(repeat)).toEqual(repeat);
    expect(pathsOf(projectKpiInputSchema, { ...repeat, metric: 'nps' })).toEqual(['scope.contactActivities']);
    expect(
      pathsOf(projectKpiInputSchema, {
        ...repeat,
        scope: { datasetId, contactActivities: ['Call', 'Call'] },
      }),
    ).toEqual(['scope.contactActivities']);
  });

  it('projectKpiInputSchema refuses a pair metric without its touchpoints', () => {
    expect(
      pathsOf(projectKpiInputSchema, { metric: 'medianSecondsBetween', scope: { datasetId }, baseline }),
    ).toEqual(['scope.touchpointId', 'scope.toTouchpointId']);
  });

  it('projectKpiInputSchema refuses a reach without a touchpoint and a touchpoint without its journey', () => {
    expect(pathsOf(projectKpiInputSchema, { metric: 'reachShare', scope: { datasetId }, baseline })).toEqual([
      'scope.touchpointId',
    ]);
    expect(
      pathsOf(projectKpiInputSchema, { metric: 'reachShare', scope: { datasetId, touchpointId }, baseline }),
    ).toEqual(['scope.journeyId']);
  });

  it('projectKpiInputSchema refuses a second touchpoint for a metric of one, and the same one twice', () => {
    expect(
      pathsOf(projectKpiInputSchema, {
        metric: 'nps',
        scope: { datasetId, journeyId, touchpointId, toTouchpointId },
        baseline,
      }),
    ).toEqual(['scope.toTouchpointId']);
    expect(
      pathsOf(projectKpiInputSchema, {
        metric: 'conversionShare',
        scope: { datasetId, journeyId, touchpointId, toTouchpointId: touchpointId },
        baseline,
      }),
    ).toEqual(['scope.toTouchpointId']);
  });

  it('projectKpiInputSchema refuses periods that run backward or overlap', () => {
    const base = { metric: 'csat', scope: { datasetId } };
    expect(
      pathsOf(projectKpiInputSchema, { ...base, baseline: { from: baseline.to, to: baseline.from } }),
    ).toEqual(['baseline.to']);
    expect(
      pathsOf(projectKpiInputSchema, { ...base, baseline: { from: baseline.from, to: baseline.from } }),
    ).toEqual(['baseline.to']);
    expect(
      pathsOf(projectKpiInputSchema, {
        ...base,
        baseline,
        after: { from: '2025-03-01T00:00:00Z', to: '2025-02-15T00:00:00Z' },
      }),
    ).toEqual(['after.to']);
    // 00:30 at +01:00 is 23:30 UTC the day before: inside the baseline
    expect(
      pathsOf(projectKpiInputSchema, { ...base, baseline, after: { from: '2025-02-01T00:30:00+01:00' } }),
    ).toEqual(['after.from']);
    expect(pathsOf(projectKpiInputSchema, { ...base, baseline, after: { from: baseline.to } })).toEqual([]);
  });

  it('projectKpiInputSchema refuses unknown metrics, scope keys, dates without time and non-numbers', () => {
    expect(pathsOf(projectKpiInputSchema, { metric: 'revenue', scope: { datasetId }, baseline })).toEqual([
      'metric',
    ]);
    expect(
      pathsOf(projectKpiInputSchema, {
        metric: 'nps',
        scope: { datasetId, phaseId: 'phs_abcdef123456' },
        baseline,
      }),
    ).toEqual(['scope']);
    expect(
      pathsOf(projectKpiInputSchema, {
        metric: 'nps',
        scope: { datasetId },
        baseline: { from: '2025-01-01', to: '2025-02-01' },
      }),
    ).toEqual(['baseline.from', 'baseline.to']);
    expect(
      pathsOf(projectKpiInputSchema, { metric: 'nps', scope: { datasetId }, baseline, target: '40' }),
    ).toEqual(['target']);
    expect(pathsOf(projectKpiInputSchema, { metric: 'nps', scope: {}, baseline })).toEqual([
      'scope.datasetId',
    ]);
  });
});

describe('projectKpiFieldsSchema', () => {
  it('projectKpiFieldsSchema needs the after start and takes an open after period', () => {
    expect(
      pathsOf(projectKpiFieldsSchema, {
        metric: 'nps',
        scope: { datasetId },
        baseline,
        after: { to: null },
        target: null,
      }),
    ).toEqual(['after.from']);
    expect(
      pathsOf(projectKpiFieldsSchema, {
        metric: 'nps',
        scope: { datasetId },
        baseline,
        after: { from: '2025-03-01T00:00:00Z', to: null },
        target: 40,
      }),
    ).toEqual([]);
  });
});

describe('findKpiProblems', () => {
  it('findKpiProblems is empty for a consistent KPI and names each problem once', () => {
    expect(
      findKpiProblems({
        metric: 'dropOffShare',
        scope: { datasetId, journeyId, touchpointId },
        baseline,
        after: { from: '2025-02-01T00:00:00Z' },
      }),
    ).toEqual([]);
    expect(
      findKpiProblems({ metric: 'dropOffShare', scope: { datasetId }, baseline, after: {} }).map(
        (p) => p.message,
      ),
    ).toEqual(['dropOffShare needs a touchpoint']);
  });
});

describe('workspaceSettingsSchema', () => {
  it('workspaceSettingsSchema defaults the chosen-project limit to 5 and keeps it within 1–50', () => {
    expect(workspaceSettingsSchema.parse({})).toEqual({
      chosenProjectLimit: 5,
      criterionWeights: DEFAULT_CRITERION_WEIGHTS,
    });
    expect(workspaceSettingsSchema.safeParse({ chosenProjectLimit: 0 }).success).toBe(false);
    expect(workspaceSettingsSchema.safeParse({ chosenProjectLimit: 51 }).success).toBe(false);
    expect(workspaceSettingsSchema.safeParse({ chosenProjectLimit: 2.5 }).success).toBe(false);
    expect(workspaceSettingsSchema.parse({ chosenProjectLimit: 3 })).toMatchObject({ chosenProjectLimit: 3 });
  });
});

describe('meetsKpiTarget', () => {
  it('meets a target at or beyond it, the good way of the metric', () => {
    // NPS up is good: 31 meets 30, 30 meets 30, 29 does not
    expect(meetsKpiTarget('nps', 31, 30)).toBe(true);
    expect(meetsKpiTarget('nps', 30, 30)).toBe(true);
    expect(meetsKpiTarget('nps', 29, 30)).toBe(false);
    // repeat contacts down is good: 17 % meets a 20 % target, 21 % does not
    expect(meetsKpiTarget('repeatContactShare', 0.17, 0.2)).toBe(true);
    expect(meetsKpiTarget('repeatContactShare', 0.21, 0.2)).toBe(false);
    expect(meetsKpiTarget('medianSecondsBetween', 3_600, 1_800)).toBe(false);
  });

  it('says nothing without a value or a target', () => {
    expect(meetsKpiTarget('nps', null, 30)).toBeNull();
    expect(meetsKpiTarget('nps', 30, null)).toBeNull();
  });

  it('gives every metric a direction', () => {
    expect(Object.keys(KPI_GOOD_DIRECTION).sort()).toEqual([...KPI_METRICS].sort());
  });
});
