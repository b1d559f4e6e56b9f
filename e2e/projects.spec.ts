import type { Page } from '@playwright/test';
import {
  DEMO,
  SAME_ORIGIN,
  VIEWPORTS,
  expect,
  saveScreenshot,
  shootBoth,
  shootBothAt,
  signIn,
  test,
} from './support.js';

interface Figure {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
}
interface KpiMeasurement {
  kpiId: string;
  metric: string;
  before: Figure;
  after: Figure;
  change: Figure & { needed: number | null };
  adjustedPValue: number | null;
  verdict: string;
}

const share = (v: number) =>
  `${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v * 100)} %`;
const whole = (n: number) => new Intl.NumberFormat('en-GB').format(n);

async function demoJourney(page: Page, title: string) {
  await signIn(page, DEMO.email, DEMO.password);
  const ws = ((await (await page.request.get('/api/workspaces')).json()) as { workspaces: { id: string }[] })
    .workspaces[0]!.id;
  const list = (await (await page.request.get(`/api/workspaces/${ws}/journeys`)).json()) as {
    journeys: { id: string; title: string }[];
  };
  const journey = list.journeys.find((j) => j.title === title);
  if (!journey) throw new Error(`no demo map "${title}"`);
  return { ws, journeyId: journey.id };
}

test('the projects view shows the demo project and its measured verdict, as the API measures it', async ({
  page,
}) => {
  const { ws, journeyId } = await demoJourney(page, 'Buying shoes — now');
  const list = (await (
    await page.request.get(`/api/workspaces/${ws}/projects?journeyId=${journeyId}`)
  ).json()) as {
    projects: { id: string; title: string; status: string }[];
  };
  const project = list.projects.find((p) => p.title === 'A person after one failed answer');
  expect(project?.status).toBe('in-progress');
  // The demo dataset may still be importing right after the server started.
  let kpis: KpiMeasurement[] = [];
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/workspaces/${ws}/projects/${project!.id}/measurement`);
        if (response.status() === 200) kpis = ((await response.json()) as { kpis: KpiMeasurement[] }).kpis;
        return response.status();
      },
      { timeout: 90_000 },
    )
    .toBe(200);
  const repeat = kpis.find((k) => k.metric === 'repeatContactShare')!;
  expect(repeat.verdict).toBe('improved');

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByTestId('open-projects')).toBeVisible();
  await shootBoth(page, 'projects-map-link');
  await page.getByTestId('open-projects').click();
  await expect(page).toHaveURL(`/w/${ws}/journeys/${journeyId}/projects`);
  const card = page.locator(`[data-testid="project"][data-project-id="${project!.id}"]`);
  await expect(card.getByRole('heading', { name: 'A person after one failed answer' })).toBeVisible();
  await expect(card.getByTestId('project-status')).toHaveText('In progress');
  await expect(card.getByTestId('project-start')).toHaveText('1 July 2024');
  await expect(card.getByTestId('project-ideas')).toContainText(
    'Hand over to a person after one failed answer',
  );

  const row = card.locator('[data-testid="kpi-row"][data-metric="repeatContactShare"]');
  await expect(row.getByTestId('kpi-verdict')).toHaveAttribute('data-verdict', 'improved');
  await expect(row.getByTestId('verdict-sentence')).toContainText('Improved: the change is real');
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toContainText(share(repeat.before.value!));
  await expect(cells.nth(0)).toContainText(`n = ${whole(repeat.before.n)}`);
  await expect(cells.nth(1)).toContainText(share(repeat.after.value!));
  await expect(cells.nth(1)).toContainText(`n = ${whole(repeat.after.n)}`);
  await expect(row.getByTestId('kpi-change')).toHaveText(
    `${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(repeat.change.value! * 100)} pp`,
  );
  await expect(card.locator('[data-testid="kpi-row"][data-metric="nps"]')).toBeVisible();
  await shootBoth(page, 'projects-demo', true);
});

test('choosing one project more than the limit is refused with the limit and the chosen projects named', async ({
  page,
}) => {
  const { ws, journeyId: demoId } = await demoJourney(page, 'Buying shoes — now');
  const copy = await page.request.post(`/api/workspaces/${ws}/journeys/${demoId}/duplicate`, {
    headers: SAME_ORIGIN,
    data: { title: `Projects shoes ${Date.now().toString(36)}` },
  });
  expect(copy.status()).toBe(201);
  const journeyId = ((await copy.json()) as { journey: { id: string } }).journey.id;
  const { chosenProjectLimit: limit, projects } = (await (
    await page.request.get(`/api/workspaces/${ws}/projects?journeyId=${journeyId}`)
  ).json()) as { chosenProjectLimit: number; projects: unknown[] };
  expect(projects).toHaveLength(0);

  await page.goto(`/w/${ws}/journeys/${journeyId}/projects`);
  await expect(page.getByTestId('projects-empty')).toBeVisible();
  await expect(page.getByTestId('chosen-count')).toHaveText(`0 of ${limit} chosen`);
  for (let i = 1; i <= limit + 1; i++) {
    await page.getByTestId('new-project-title').fill(`Project ${i}`);
    await page.getByTestId('new-project-status').selectOption('chosen');
    await page.getByTestId('new-project-start').fill('2025-03-01');
    await page.getByTestId('create-project').click();
    if (i <= limit) {
      await expect(page.getByTestId('project')).toHaveCount(i);
      await expect(page.getByTestId('chosen-count')).toHaveText(`${i} of ${limit} chosen`);
    }
  }
  const refusal = page.getByTestId('chosen-limit');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(`The limit of ${limit} chosen projects is reached`);
  for (let i = 1; i <= limit; i++) await expect(refusal).toContainText(`“Project ${i}”`);
  await expect(page.getByTestId('project')).toHaveCount(limit);
  await expect(page.getByTestId('project').first().getByTestId('kpi-none')).toBeVisible();

  // Dropping one frees a place: the status change is saved and the count goes down.
  await page.getByTestId('project').first().getByTestId('project-status-select').selectOption('dropped');
  await expect(page.getByTestId('project').first().getByTestId('project-status')).toHaveText('Dropped');
  await expect(page.getByTestId('chosen-count')).toHaveText(`${limit - 1} of ${limit} chosen`);
  // … and choosing it again fills the place.
  await page.getByTestId('project').first().getByTestId('project-status-select').selectOption('chosen');
  await expect(page.getByTestId('chosen-count')).toHaveText(`${limit} of ${limit} chosen`);
  await page.getByTestId('create-project').click();
  await expect(refusal).toBeVisible();
  await shootBoth(page, 'projects-limit');

  // A KPI added in the view is measured on the map's dataset: NPS before and after 1 July 2024.
  const first = page.getByTestId('project').first();
  await first.getByTestId('add-kpi').click();
  await first.getByTestId('new-kpi-metric').selectOption('nps');
  await first.getByTestId('new-kpi-baseline-from').fill('2024-01-01');
  await first.getByTestId('new-kpi-baseline-to').fill('2024-07-01');
  await first.getByTestId('new-kpi-after-from').fill('2024-07-01');
  await shootBoth(page, 'projects-new-kpi');
  await first.getByTestId('add-kpi-submit').click();
  const nps = first.locator('[data-testid="kpi-row"][data-metric="nps"]');
  await expect(nps.getByTestId('kpi-verdict')).toHaveAttribute(
    'data-verdict',
    /^(improved|worsened|no-change|too-few)$/,
    { timeout: 30_000 },
  );
  await expect(first.getByTestId('new-kpi')).toHaveCount(0);
  await first.scrollIntoViewIfNeeded();
  await page.setViewportSize(VIEWPORTS.narrow);
  await first.getByTestId('kpi-table').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  await saveScreenshot(page, 'projects-added-kpi', 'narrow');
});

test('an editor changes a project’s owner, ideas and customer check, and a KPI’s target, in the app', async ({
  page,
}) => {
  const { ws, journeyId: demoId } = await demoJourney(page, 'Buying shoes — now');
  const copy = await page.request.post(`/api/workspaces/${ws}/journeys/${demoId}/duplicate`, {
    headers: SAME_ORIGIN,
    data: { title: `Edit projects ${Date.now().toString(36)}` },
  });
  const journey = (
    (await copy.json()) as {
      journey: { id: string; datasetId: string; ideas: { id: string; title: string }[] };
    }
  ).journey;
  expect(journey.ideas.length).toBeGreaterThan(0);
  const created = await page.request.post(`/api/workspaces/${ws}/projects`, {
    headers: SAME_ORIGIN,
    data: {
      journeyId: journey.id,
      title: 'Size advice in every ad',
      status: 'proposed',
      startDate: '2024-07-01',
    },
  });
  const projectId = ((await created.json()) as { project: { id: string } }).project.id;
  const kpi = await page.request.post(`/api/workspaces/${ws}/projects/${projectId}/kpis`, {
    headers: SAME_ORIGIN,
    data: {
      metric: 'repeatContactShare',
      scope: { datasetId: journey.datasetId, journeyId: journey.id, contactActivities: ['Inbound Call'] },
      baseline: { from: '2024-01-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z' },
    },
  });
  expect(kpi.status()).toBe(201);
  const members = (await (await page.request.get(`/api/workspaces/${ws}/members`)).json()) as {
    members: { userId: string; name: string }[];
  };
  const owner = members.members[0]!;

  await page.goto(`/w/${ws}/journeys/${journey.id}/projects`);
  const card = page.locator(`[data-testid="project"][data-project-id="${projectId}"]`);
  await card.getByTestId('edit-project-open').click();
  await card.getByTestId('edit-project-owner').selectOption(owner.userId);
  await card.locator(`[data-testid="edit-project-idea"][data-idea-id="${journey.ideas[0]!.id}"]`).check();
  await card.getByTestId('edit-project-assumption').fill('Shoppers who know their size return less');
  await card.getByTestId('edit-project-how').fill('Ten interviews in the Utrecht store');
  await shootBoth(page, 'projects-edit');
  await card.getByTestId('save-project').click();
  await expect(card.getByTestId('edit-project')).toHaveCount(0);
  await expect(card.getByTestId('project-owner')).toHaveText(owner.name);
  await expect(card.getByTestId('project-ideas')).toContainText(journey.ideas[0]!.title);
  await expect(card.getByTestId('project-check')).toContainText('Ten interviews in the Utrecht store');

  const row = card.locator('[data-testid="kpi-row"][data-metric="repeatContactShare"]');
  await expect(row.getByTestId('kpi-verdict')).toBeVisible({ timeout: 60_000 });
  await row.getByTestId('edit-kpi-open').click();
  await card.getByTestId('edit-kpi-target').fill('20');
  await card.getByTestId('save-kpi').click();
  await expect(card.getByTestId('edit-kpi')).toHaveCount(0);
  // the demo plants repeat calls falling from 30 % to 15 %: a 20 % target is met
  await expect(row.getByTestId('kpi-target')).toHaveText('Target 20.0 %: met');
  await shootBothAt(page, 'projects-target', 'kpi-table');

  const saved = (await (await page.request.get(`/api/workspaces/${ws}/projects/${projectId}`)).json()) as {
    project: { ownerId: string; ideaIds: string[]; customerCheck: { assumption: string; how: string } };
  };
  expect(saved.project.ownerId).toBe(owner.userId);
  expect(saved.project.ideaIds).toEqual([journey.ideas[0]!.id]);
  expect(saved.project.customerCheck.how).toBe('Ten interviews in the Utrecht store');
  const kpis = (await (
    await page.request.get(`/api/workspaces/${ws}/projects/${projectId}/kpis`)
  ).json()) as {
    kpis: { target: number | null }[];
  };
  expect(kpis.kpis[0]!.target).toBe(0.2);
});
