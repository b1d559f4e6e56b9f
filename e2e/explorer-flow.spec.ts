import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { createProcessMapFormat, selectProcessMap, type ProcessMapInput } from '@trailmap/viz';
import { formatDuration } from '../apps/web/src/explorer/formatDuration.js';
import {
  expect,
  expectFunnel,
  expectTimeline,
  IMPORT_TIMEOUT,
  mapReady,
  pathLabel,
  rolePicker,
  shootBothAt,
  signUp,
  test,
  uniqueEmail,
  uploadFile,
  workspaceOf,
  type FunnelResult,
  type TimelineAnswer,
} from './support.js';

const RECEIPT = fileURLToPath(new URL('../samples/receipt.csv', import.meta.url));
/** The columns the import cannot do without, and the roles the analyst gives them. */
const REQUIRED = [
  ['case:concept:name', 'case'],
  ['concept:name', 'activity'],
  ['time:timestamp', 'timestamp'],
] as const;
const FUNNEL = [
  'Confirmation of receipt',
  'T02 Check confirmation of receipt',
  'T04 Determine confirmation of receipt',
];
/** Where the path slider is moved to: it keeps fewer paths than the map at 100 % has. */
const SOME_PATHS = 10;
const format = createProcessMapFormat('en');
const number = (n: number) => new Intl.NumberFormat('en-GB').format(n);

interface Summary {
  cases: number;
  events: number;
  activities: number;
}

/**
 * The process map's input as the page reads it (step times, directly-follows, start and end, every
 * variant), from the query API with the page's session: `selectProcessMap` on it is what the sliders show.
 */
async function processMapInput(page: Page, api: string): Promise<ProcessMapInput> {
  const get = async <T>(query: string): Promise<T> => {
    const answer = await page.request.get(`${api}/${query}`);
    expect(answer.status(), query).toBe(200);
    return (await answer.json()) as T;
  };
  const [steps, edges, startEnd, variants] = await Promise.all([
    get<{ activity: string; events: number; medianDurationSeconds: number | null }[]>('step-times'),
    get<ProcessMapInput['edges']>('dfg'),
    get<Pick<ProcessMapInput, 'startActivities' | 'endActivities'>>('start-end'),
    get<{ total: number; variants: ProcessMapInput['variants'] }>('variants?limit=5000'),
  ]);
  expect(variants.variants).toHaveLength(variants.total);
  return {
    activities: steps.map((s) => ({
      activity: s.activity,
      events: s.events,
      medianDurationSeconds: s.medianDurationSeconds,
    })),
    edges,
    startActivities: startEnd.startActivities,
    endActivities: startEnd.endActivities,
    variants: variants.variants,
  };
}

test('the explorer from upload to timeline: receipt.csv through the mapping step, the process map and its path slider, a funnel, one case’s timeline', async ({
  page,
}) => {
  test.setTimeout(300_000);

  // a fresh workspace: Data → Add data → the file input
  await signUp(page, uniqueEmail('explorer-flow'));
  const ws = workspaceOf(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data' }).click();
  await page.getByTestId('datasets-empty').getByRole('link', { name: 'Add data' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/data/new$`));
  await expect(page.getByTestId('file-drop')).toBeVisible();
  await shootBothAt(page, 'explorer-flow-1-upload', 'file-drop');
  await uploadFile(page, RECEIPT);

  // the mapping step: the analyst maps the required columns by hand; until then it says what is missing
  await expect(page.getByTestId('mapping-format')).toHaveText('CSV');
  const missing = page.getByTestId('mapping-missing');
  const submit = page.getByTestId('import-submit');
  for (const [column, role] of REQUIRED) {
    await expect(rolePicker(page, column)).toHaveValue(role);
    await rolePicker(page, column).selectOption({ value: '' });
  }
  for (const [, role] of REQUIRED) await expect(missing.locator(`[data-missing="${role}"]`)).toBeVisible();
  await expect(submit).toBeDisabled();
  for (const [column, role] of REQUIRED) {
    await rolePicker(page, column).selectOption(role);
    await expect(missing.locator(`[data-missing="${role}"]`)).toHaveCount(0);
  }
  await expect(rolePicker(page, 'case:channel')).toHaveValue('channel');
  await expect(rolePicker(page, 'org:resource')).toHaveValue('');
  await expect(missing).toBeEmpty();
  await page.getByTestId('dataset-name-input').fill('Permit receipts');
  await expect(submit).toBeEnabled();
  await shootBothAt(page, 'explorer-flow-2-mapping', 'preview-table');

  // imported in the background; the list's figures are the engine's summary
  await submit.click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/data$`));
  const row = page.getByTestId('dataset-row').filter({ hasText: 'Permit receipts' });
  await expect(row.getByTestId('dataset-status')).toHaveText('Ready', { timeout: IMPORT_TIMEOUT });
  const explore = row.getByTestId('dataset-explore');
  const href = await explore.getAttribute('href');
  const id = /\/data\/(dst_[a-z0-9]+)\/map$/.exec(href ?? '')?.[1];
  expect(id, `the explore link ${href}`).toBeTruthy();
  const base = `/w/${ws}/data/${id}`;
  const api = `/api/workspaces/${ws}/datasets/${id}`;
  const summary = (await (await page.request.get(`${api}/summary`)).json()) as Summary;
  expect(summary.activities).toBe(27);
  await expect(row.getByTestId('dataset-events')).toHaveText(number(summary.events));
  await expect(row.getByTestId('dataset-cases')).toHaveText(number(summary.cases));
  await expect(row.getByTestId('dataset-activities')).toHaveText('27');
  await shootBothAt(page, 'explorer-flow-3-datasets', 'dataset-row');

  // the process map: every activity (the default), and the path slider moved to 100 %
  await explore.click();
  await expect(page).toHaveURL(new RegExp(`${base}/map$`));
  await mapReady(page);
  const input = await processMapInput(page, api);
  const dfg = input.edges;
  const all = selectProcessMap(input, { activityShare: 1, pathShare: 1 });
  expect(all.hidden.cases).toBe(0);
  await expect(page.getByTestId('process-map-activities')).toHaveValue('100');
  const pathsSlider = page.getByTestId('process-map-paths');
  await pathsSlider.fill('100');
  await expect(page).toHaveURL(/[?&]paths=100(&|$)/);
  await mapReady(page);
  const map = page.getByTestId('process-map');
  const drawnPaths = map.locator('.paths > g[data-edge]');
  await expect(map.locator('g[data-activity]')).toHaveCount(27);
  await expect(drawnPaths).toHaveCount(all.edges.length);
  const shown = (paths: number) =>
    `Showing 27 of 27 activities and ${number(paths)} of ${number(all.totals.paths)} paths.`;
  await expect(page.getByTestId('process-map-hidden')).toContainText(shown(all.totals.paths));
  await expect(page.getByTestId('process-map-hidden-share')).toHaveText(/^Nothing hidden/);
  const heaviest = dfg[0]!;
  expect(dfg.every((edge) => edge.count <= heaviest.count)).toBe(true);
  await expect(pathLabel(map, heaviest.from, heaviest.to)).toHaveText(format.count(heaviest.count));
  await expect(page.getByTestId('process-map-area')).toHaveAttribute('data-layout-problems', '0');
  await shootBothAt(page, 'explorer-flow-4-map-all', 'process-map-area', mapReady);

  // moving the path slider hides paths, and the map says what share of cases that hides
  const some = selectProcessMap(input, { activityShare: 1, pathShare: SOME_PATHS / 100 });
  expect(some.edges.length).toBeLessThan(all.edges.length);
  expect(some.hidden.cases).toBeGreaterThan(0);
  await pathsSlider.fill(String(SOME_PATHS));
  await expect(page).toHaveURL(new RegExp(`[?&]paths=${SOME_PATHS}(&|$)`));
  await mapReady(page);
  await expect(drawnPaths).toHaveCount(some.edges.length);
  await expect(map.locator('g[data-activity]')).toHaveCount(27);
  await expect(page.getByTestId('process-map-hidden')).toContainText(
    shown(some.totals.paths - some.hidden.paths),
  );
  await expect(page.getByTestId('process-map-hidden-share')).toContainText(
    `Hidden: ${format.share(some.hidden.shareOfCases)} of cases (${number(some.hidden.cases)})`,
  );
  await shootBothAt(page, 'explorer-flow-5-map-paths', 'process-map-hidden', mapReady);

  // a 3-step funnel, built with the step picker: the engine's numbers
  await page.getByTestId('explorer-tab-funnel').click();
  await expect(page).toHaveURL(new RegExp(`${base}/funnel$`));
  await expect(page.getByTestId('funnel-empty')).toBeVisible();
  for (const step of FUNNEL) await page.getByTestId('funnel-add').selectOption(step);
  await expect(page.getByTestId('funnel-step-select')).toHaveCount(3);
  const stepQuery = FUNNEL.map((s) => `step=${encodeURIComponent(s)}`).join('&');
  const funnel = (await (await page.request.get(`${api}/funnel?${stepQuery}`)).json()) as FunnelResult;
  expect(funnel.steps.map((s) => s.activity)).toEqual(FUNNEL);
  expect(funnel.steps[0]!.cases).toBe(summary.cases);
  await expectFunnel(page, 'a', funnel);
  await shootBothAt(page, 'explorer-flow-6-funnel', 'funnel-a');

  // the timeline of the case with the most events, found with the search: its events in order
  const { cases } = (await (await page.request.get(`${api}/cases?sort=events&limit=1`)).json()) as {
    cases: { caseId: string; events: number }[];
  };
  const caseId = cases[0]!.caseId;
  const timeline = (await (
    await page.request.get(`${api}/timeline?case=${encodeURIComponent(caseId)}`)
  ).json()) as TimelineAnswer;
  expect(timeline.events).toHaveLength(cases[0]!.events);
  expect(timeline.events.map((e) => e.tsMs)).toEqual(
    timeline.events.map((e) => e.tsMs).sort((a, b) => a - b),
  );
  await page.getByTestId('explorer-tab-timeline').click();
  await expect(page.getByTestId('timeline-picks')).toBeVisible();
  await page.getByTestId('timeline-search').fill(caseId);
  await page.getByTestId('timeline-show').click();
  await expect(page).toHaveURL(new RegExp(`${base}/timeline\\?case=${caseId}$`));
  await expectTimeline(page, timeline);
  const span = (timeline.events.at(-1)!.tsMs - timeline.events[0]!.tsMs) / 1000;
  await expect(page.getByTestId('timeline-summary')).toContainText(
    `Case ${caseId}: ${number(timeline.events.length)} events over ${formatDuration(span, 'en')}.`,
  );
  await shootBothAt(page, 'explorer-flow-7-timeline', 'timeline-events');
});
