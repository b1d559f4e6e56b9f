import {
  getFunnel,
  getLogSummary,
  openEventStore,
  openWorkspaceEvents,
  type AttributeCondition,
  type EventStore,
} from '@trailmap/analytics';
import {
  rateDriverShare,
  rateReachShare,
  SHOES_NOW_TITLE,
  type DatasetId,
  type JourneyMap,
  type MatcherCondition,
  type TouchpointMatcher,
  type WorkspaceId,
} from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './demo/seedDemo.js';
import { DEMO_DATASETS, seedDemoDatasets } from './demo/seedDemoDatasets.js';
import { editableParts } from './journeys/mutateJourney.js';
import { clientFor, createTestApp, sessionCookieOf, type TestApp } from './testing/createTestApp.js';

/**
 * The demo as `npm start` seeds it: "Buying shoes — now" linked to the generated retail dataset, and every
 * matcher on its touchpoints naming events that are really in that dataset.
 */

let t: TestApp;
let events: EventStore;
let workspaceId: WorkspaceId;
let retailId: DatasetId;

beforeAll(async () => {
  events = await openEventStore();
  t = await createTestApp({ events });
  workspaceId = (await seedDemo(t.store)).workspaceId;
  await seedDemoDatasets(t.store, events, workspaceId);
  const retail = (await t.store.datasets.list(workspaceId)).find((d) => d.name === DEMO_DATASETS.retail);
  if (!retail) throw new Error('no retail dataset');
  retailId = retail.id;
}, 180_000);
afterAll(async () => {
  await t?.close();
  events?.close();
});

async function demoMap(title: string): Promise<JourneyMap> {
  const summary = (await t.store.journeys.list(workspaceId)).find((j) => j.title === title);
  if (!summary) throw new Error(`no demo map ${title}`);
  return (await t.store.journeys.get(workspaceId, summary.id))!;
}

/** The demo's conditions as the engine's event filter (the demo uses only `eq` and `in`). */
function toAttribute(condition: MatcherCondition): AttributeCondition {
  if (condition.op === 'eq') return { key: condition.key, op: 'equals', value: String(condition.value) };
  if (condition.op === 'in') return { key: condition.key, op: 'in', values: condition.value.map(String) };
  throw new Error(`the demo test does not translate ${condition.op}`);
}

/** Events of the dataset that `matcher` matches, per activity: journeys with at least one such event. */
async function journeysMatching(matcher: TouchpointMatcher): Promise<number[]> {
  const workspace = openWorkspaceEvents(events, workspaceId);
  const filter = {
    ...(matcher.channels ? { channels: matcher.channels } : {}),
    ...(matcher.properties ? { attributes: matcher.properties.map(toAttribute) } : {}),
  };
  const counts: number[] = [];
  for (const activity of matcher.activities) {
    const funnel = await workspace.query(
      retailId,
      (store, scope, eventFilter) => getFunnel(store, scope, { steps: [activity] }, eventFilter),
      filter,
    );
    counts.push(funnel.steps[0]!.cases);
  }
  return counts;
}

describe('the measured demo map', () => {
  it(`seedDemoDatasets links "${SHOES_NOW_TITLE}" to the generated retail dataset; "then" stays unlinked`, async () => {
    expect(await demoMap(SHOES_NOW_TITLE)).toMatchObject({ datasetId: retailId, datasetFilter: null });
    expect(await demoMap('Buying shoes — then')).toMatchObject({ datasetId: null });
  });

  it('every matcher of the demo map matches events of the generated dataset, each of its activities too', async () => {
    const map = await demoMap(SHOES_NOW_TITLE);
    const matched = map.touchpoints.filter((tp) => tp.matcher !== null);
    expect(matched.length).toBe(map.touchpoints.length - 1);
    for (const touchpoint of matched) {
      const counts = await journeysMatching(touchpoint.matcher!);
      for (const [i, count] of counts.entries()) {
        expect(count, `${touchpoint.title}: ${touchpoint.matcher!.activities[i]}`).toBeGreaterThan(0);
      }
    }
  });

  it('seeding again leaves a map the user unlinked unlinked', async () => {
    const map = await demoMap(SHOES_NOW_TITLE);
    const { id: _i, workspaceId: _w, version, createdAt: _c, updatedAt: _u, ...parts } = map;
    const unlinked = await t.store.journeys.update(workspaceId, map.id, version, {
      ...parts,
      datasetId: null,
    });
    expect(unlinked.ok).toBe(true);
    await seedDemoDatasets(t.store, events, workspaceId);
    expect(await demoMap(SHOES_NOW_TITLE)).toMatchObject({ datasetId: null, version: version + 1 });
  });
});

describe('the demo personas in the data', () => {
  it('each demo persona’s segment rule finds some of the generated journeys, not all', async () => {
    const workspace = openWorkspaceEvents(events, workspaceId);
    const all = await workspace.query(retailId, (store, scope, filter) =>
      getLogSummary(store, scope, filter),
    );
    for (const persona of await t.store.personas.list(workspaceId)) {
      expect(persona.segmentRule, persona.name).not.toBeNull();
      const theirs = await workspace.query(
        retailId,
        (store, scope, filter) => getLogSummary(store, scope, filter),
        { caseRule: persona.segmentRule! },
      );
      expect(theirs.cases, persona.name).toBeGreaterThan(0);
      expect(theirs.cases, persona.name).toBeLessThan(all.cases);
    }
  });

  it('the demo map’s priorities: a one-touchpoint idea’s reach is that touchpoint’s reach; satisfaction comes from the NPS drivers', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    });
    const demo = clientFor(t.app, DEMO_EMAIL, '', sessionCookieOf(signIn));
    // an earlier test unlinks the map: link it again for this one
    let map = await demoMap(SHOES_NOW_TITLE);
    if (map.datasetId !== retailId) {
      const relinked = await t.store.journeys.update(workspaceId, map.id, map.version, {
        ...editableParts(map),
        datasetId: retailId,
        datasetFilter: null,
      });
      if (!relinked.ok) throw new Error('could not link the demo map again');
      map = relinked.journey;
    }
    const url = `/api/workspaces/${workspaceId}/journeys/${map.id}`;
    const weighted = await demo.request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      criterionWeights: { satisfaction: 1 },
    });
    expect(weighted.statusCode, weighted.body).toBe(200);
    const [priorities, measures, drivers] = await Promise.all(
      ['priorities', 'measures', 'drivers?outcome=nps'].map(async (path) => {
        const r = await demo.request('GET', `${url}/${path}`);
        expect(r.statusCode, r.body).toBe(200);
        return r.json();
      }),
    );
    type Scored = { value: number | null; basis: string; measuredValue: number | null };
    const ideas = priorities.ideas as {
      title: string;
      touchpointIds: string[];
      measuredReach: { journeys: number; reachShare: number } | null;
      npsDriverShare: number | null;
      scores: Record<string, Scored>;
    }[];
    const chatbot = map.touchpoints.find((tp) => tp.title === 'Asks the chatbot about the refund')!;
    const handOver = ideas.find((i) => i.title === 'Hand over to a person after one failed answer')!;
    expect(handOver.touchpointIds).toEqual([chatbot.id]);
    const chip = (
      measures.touchpoints as { touchpointId: string; journeys: number; reachShare: number }[]
    ).find((m) => m.touchpointId === chatbot.id)!;
    expect(handOver.measuredReach).toEqual({ journeys: chip.journeys, reachShare: chip.reachShare });
    expect(handOver.scores.reach).toMatchObject({
      basis: 'measured',
      value: rateReachShare(chip.reachShare),
    });
    const share = (drivers.drivers as { touchpointId: string; share: number }[]).find(
      (d) => d.touchpointId === chatbot.id,
    )!.share;
    expect(handOver.npsDriverShare).toBeCloseTo(share, 12);
    expect(handOver.scores.satisfaction).toEqual({
      value: rateDriverShare(share),
      basis: 'measured',
      measuredValue: rateDriverShare(share),
    });
    // an idea for the whole journey (no touchpoint) keeps the team's estimates
    const loyalty = ideas.find((i) => i.title === 'Loyalty in the app')!;
    expect(loyalty.scores.reach).toEqual({ value: 5, basis: 'estimated', measuredValue: null });
    expect(loyalty.scores.satisfaction).toEqual({ value: null, basis: 'estimated', measuredValue: null });
    await demo.request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      criterionWeights: { satisfaction: 0 },
    });
  });

  it('the demo map has one chosen project whose measurement finds the planted drop in repeat calls', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const demo = clientFor(t.app, DEMO_EMAIL, '', sessionCookieOf(signIn));
    const map = await demoMap(SHOES_NOW_TITLE);
    const listed = await demo.request('GET', `/api/workspaces/${workspaceId}/projects?journeyId=${map.id}`);
    expect(listed.statusCode, listed.body).toBe(200);
    const projects = listed.json().projects as { id: string; status: string; ideaIds: string[] }[];
    expect(projects).toHaveLength(1);
    expect(projects[0]!.status).toBe('in-progress');
    expect(projects[0]!.ideaIds).toHaveLength(1);
    const measured = await demo.request(
      'GET',
      `/api/workspaces/${workspaceId}/projects/${projects[0]!.id}/measurement`,
    );
    expect(measured.statusCode, measured.body).toBe(200);
    const kpis = measured.json().kpis as {
      metric: string;
      verdict: string;
      before: { value: number };
      after: { value: number };
      change: { value: number; low: number; high: number };
    }[];
    expect(kpis.map((k) => k.metric).sort()).toEqual(['nps', 'repeatContactShare']);
    // planted: repeat calls 30 % → 15 % of first calls from 1 July 2024 (the KPI counts calls only)
    const repeat = kpis.find((k) => k.metric === 'repeatContactShare')!;
    expect(repeat.verdict).toBe('improved');
    expect(repeat.before.value).toBeGreaterThan(0.22);
    expect(repeat.before.value).toBeLessThan(0.38);
    expect(repeat.after.value).toBeGreaterThan(0.09);
    expect(repeat.after.value).toBeLessThan(0.21);
    expect(repeat.change.low).toBeLessThanOrEqual(-0.15);
    expect(repeat.change.high).toBeGreaterThanOrEqual(-0.15);
  });

  it('the demo board report: the generated data said so, the project improved, NPS for each month of the data', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    });
    const demo = clientFor(t.app, DEMO_EMAIL, '', sessionCookieOf(signIn));
    const map = await demoMap(SHOES_NOW_TITLE);
    if (map.datasetId !== retailId) {
      // an earlier test unlinked it: link it again, as the demo seeds it
      const linked = await demo.request('PATCH', `/api/workspaces/${workspaceId}/journeys/${map.id}`, {
        version: map.version,
        datasetId: retailId,
      });
      expect(linked.statusCode, linked.body).toBe(200);
    }
    const url = `/api/workspaces/${workspaceId}/journeys/${map.id}/report`;
    const html = await demo.request('GET', `${url}?lang=en`);
    expect(html.statusCode, html.body).toBe(200);
    expect(html.body).toContain('Generated example data (not real customers), with planted effects.');
    expect(html.body).toMatch(
      /<h3>A person after one failed answer<\/h3><span class="outcome" [^>]*>Improved<\/span>/,
    );
    // the generated journeys start from January 2024 on: one table row per month with answers
    const months = [...html.body.matchAll(/<tr><th scope="row">([A-Za-z]+ \d{4})<\/th>/g)].map((m) => m[1]);
    expect(months[0]).toBe('Jan 2024');
    expect(months).toContain('Dec 2024');
    const pdf = await demo.request('GET', `${url}?format=pdf&lang=nl`);
    expect(pdf.statusCode).toBe(200);
    const text = pdf.rawPayload.toString('latin1');
    expect(/\/Type \/Pages\b[^>]*?\/Count (\d+)/s.exec(text)?.[1]).toBe('1');
  });
});
