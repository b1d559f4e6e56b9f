import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { SAME_ORIGIN, SCREENSHOT_DIR, expect, saveScreenshot, shootBothAt, test } from './support.js';

interface Idea {
  id: string;
  title: string;
  reach: number | null;
  feasibility: number | null;
  scores: Record<string, number | null>;
}
interface Priorities {
  chosen: { count: number; limit: number };
  ideas: { id: string; title: string; scores: Record<string, { value: number | null; basis: string }> }[];
}

/**
 * Issue 14, "choose five": score ideas → the matrix shows them → choose five, the sixth refused → the chosen
 * ideas are projects. On a copy of the demo's measured "Buying shoes — now" (seven scored ideas).
 */
test('score ideas → the matrix → choose five, the sixth refused → a project with two KPIs → verdicts → the board report PDF', async ({
  page,
}) => {
  const { ws, journey } = await copyDemoShoesMap<{
    id: string;
    title: string;
    version: number;
    ideas: Idea[];
    touchpoints: { id: string; title: string }[];
  }>(page, 'Choose five');
  const api = `/api/workspaces/${ws}/journeys/${journey.id}`;
  // An idea that nobody scored yet: it is not on the matrix until reach and feasibility are scored.
  const added = await page.request.post(`${api}/ideas`, {
    headers: SAME_ORIGIN,
    data: { version: journey.version, title: 'Wrap the box as a gift' },
  });
  expect(added.status()).toBe(201);
  const fresh = ((await added.json()) as { idea: Idea }).idea;

  await page.goto(`/w/${ws}/journeys/${journey.id}`);
  await page.getByTestId('open-priorities').click();
  await expect(page).toHaveURL(new RegExp(`/journeys/${journey.id}/priorities$`));
  await expect(page.getByRole('heading', { name: 'Choose five', level: 1 })).toBeVisible();
  await expect(page.getByTestId('score-formula')).toContainText('score = Σ wᵢ·sᵢ / Σ wᵢ');
  await expect(page.getByTestId('priorities-chosen-count')).toHaveText('0 of 5 chosen');

  // Score the new idea in the table: it appears on the matrix where its scores put it.
  const matrix = page.getByTestId('priority-matrix');
  await expect(matrix.getByTestId(`bubble-${fresh.id}`)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Reach of “Wrap the box as a gift”' }).selectOption('2');
  await page.getByRole('combobox', { name: 'Feasibility of “Wrap the box as a gift”' }).selectOption('5');
  await page.getByRole('combobox', { name: 'Frequency of “Wrap the box as a gift”' }).selectOption('2');
  const bubble = matrix.getByRole('button', {
    name: /^Wrap the box as a gift: reach 2 \(estimated\), feasibility 5/,
  });
  await expect(bubble).toBeVisible();
  // (2 + 2 + 5) / 3 = 3.0
  await expect(page.getByTestId(`score-${fresh.id}`)).toHaveText('3.0');

  // Keyboard re-scores: arrow up raises reach to 3.
  await bubble.focus();
  await page.keyboard.press('ArrowUp');
  await expect(matrix.getByTestId(`bubble-${fresh.id}`)).toHaveAttribute('data-reach', '3');
  await expect(page.getByTestId(`score-${fresh.id}`)).toHaveText('3.3');

  // Dragging re-scores too: to the cell of reach 5, feasibility 1.
  const plot = await matrix.locator('svg').boundingBox();
  const from = await matrix.getByTestId(`bubble-${fresh.id}`).locator('circle').boundingBox();
  if (!plot || !from) throw new Error('the matrix is not drawn');
  // the viewBox is 640 × 400: feasibility 1 is at x 112.8, reach 5 at y 60.4
  const scale = plot.width / 640;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(plot.x + 112.8 * scale, plot.y + 60.4 * scale, { steps: 8 });
  await page.mouse.up();
  await expect(matrix.getByTestId(`bubble-${fresh.id}`)).toHaveAttribute('data-reach', '5');
  await expect(matrix.getByTestId(`bubble-${fresh.id}`)).toHaveAttribute('data-feasibility', '1');
  // The scores are stored on the map.
  await expect
    .poll(async () => {
      const stored = ((await (await page.request.get(api)).json()) as { journey: { ideas: Idea[] } }).journey;
      const idea = stored.ideas.find((i) => i.id === fresh.id)!;
      return [idea.reach, idea.feasibility, idea.scores.frequency];
    })
    .toEqual([5, 1, 2]);

  // Choose five: each becomes a chosen project; the sixth is refused in words.
  const answer = (await (await page.request.get(`${api}/priorities`)).json()) as Priorities;
  const ideas = answer.ideas;
  expect(ideas.length).toBeGreaterThanOrEqual(6);
  for (const [i, idea] of ideas.slice(0, 5).entries()) {
    await page.getByRole('button', { name: `Choose “${idea.title}” as a project` }).click();
    await expect(page.getByTestId(`chosen-${idea.id}`)).toHaveText('Chosen');
    await expect(page.getByTestId('priorities-chosen-count')).toHaveText(`${i + 1} of 5 chosen`);
  }
  await shootBothAt(page, 'priorities', 'score-table');
  await shootBothAt(page, 'priorities-matrix', 'priority-matrix');
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'priorities-page', 'desktop', true);
  const sixth = ideas[5]!;
  await page.getByRole('button', { name: `Choose “${sixth.title}” as a project` }).click();
  const refusal = page.getByTestId('chosen-limit');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('The limit of 5 chosen projects is reached');
  await expect(refusal).toContainText('Finish or drop one of them first');
  await expect(page.getByTestId(`chosen-${sixth.id}`)).toHaveCount(0);

  await shootBothAt(page, 'priorities-refused', 'chosen-limit');

  // The chosen ideas say so on the map too.
  await expect
    .poll(async () => {
      const stored = (
        (await (await page.request.get(api)).json()) as { journey: { ideas: (Idea & { status: string })[] } }
      ).journey;
      return ideas.slice(0, 6).map((i) => stored.ideas.find((s) => s.id === i.id)!.status);
    })
    .toEqual(['chosen', 'chosen', 'chosen', 'chosen', 'chosen', 'proposed']);

  // → a project: the chosen ideas are the projects of the journey.
  await page.getByTestId(`chosen-${ideas[0]!.id}`).click();
  await expect(page).toHaveURL(new RegExp(`/journeys/${journey.id}/projects$`));
  await expect(page.getByTestId('chosen-count')).toContainText('5');
  await expect(page.getByText(ideas[0]!.title).first()).toBeVisible();

  // → a project with two KPIs, measured before and after 1 July 2024 on the map's dataset: the verdicts show.
  const project = page.getByTestId('project').filter({ hasText: ideas[0]!.title }).first();
  for (const [metric, touchpoint] of [
    ['nps', null],
    ['reachShare', journey.touchpoints.find((tp) => tp.title === 'Delivery')!.id],
  ] as const) {
    await project.getByTestId('add-kpi').click();
    await project.getByTestId('new-kpi-metric').selectOption(metric);
    if (touchpoint) await project.getByTestId('new-kpi-touchpoint').selectOption(touchpoint);
    await project.getByTestId('new-kpi-baseline-from').fill('2024-01-01');
    await project.getByTestId('new-kpi-baseline-to').fill('2024-07-01');
    await project.getByTestId('new-kpi-after-from').fill('2024-07-01');
    await project.getByTestId('add-kpi-submit').click();
    await expect(project.getByTestId('new-kpi')).toHaveCount(0);
  }
  const verdicts = project.getByTestId('kpi-verdict');
  await expect(verdicts).toHaveCount(2, { timeout: 60_000 });
  for (const verdict of await verdicts.all())
    await expect(verdict).toHaveAttribute('data-verdict', /^(improved|worsened|no-change|too-few)$/);
  await expect(project.getByTestId('verdict-sentence')).toHaveCount(2);
  await shootBothAt(page, 'improvement-flow-kpis', 'kpi-table');

  // → the board report as a PDF: valid, one A4 page for the journey naming the project, rendered to a PNG.
  const report = page.getByTestId('board-report');
  await report.getByTestId('report-lang').selectOption('en');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByTestId('download-report-pdf').click(),
  ]);
  const pdfPath = join(SCREENSHOT_DIR, 'board-report-flow.pdf');
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/m);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain(journey.title);
  expect(text).toContain(ideas[0]!.title);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-singlefile',
    pdfPath,
    join(SCREENSHOT_DIR, 'board-report-flow'),
  ]);
  // a page with the map, the chart and the projects drawn, not a blank one
  expect(statSync(join(SCREENSHOT_DIR, 'board-report-flow.png')).size).toBeGreaterThan(40_000);
});

test('a drop-off on a touchpoint and a key driver each become an idea linked to that touchpoint', async ({
  page,
}) => {
  const { ws, journey } = await copyDemoShoesMap<{
    id: string;
    touchpoints: { id: string; title: string; matcher: object | null }[];
  }>(page, 'Ideas from figures');
  const api = `/api/workspaces/${ws}/journeys/${journey.id}`;
  const delivery = journey.touchpoints.find((tp) => tp.title === 'Delivery')!;
  await page.goto(`/w/${ws}/journeys/${journey.id}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });

  // From the touchpoint's figures: "New idea for this drop-off" opens the new idea, linked and sourced.
  await page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${delivery.id}"]`).click();
  await page.getByTestId('tp-new-idea').click();
  const panel = page.getByTestId('idea-panel');
  await expect(panel.getByTestId('idea-title')).toHaveValue('Improve “Delivery”');
  await expect(panel.getByTestId('idea-source')).toHaveValue('drop-off');
  await expect(panel.getByTestId('idea-source-note')).toHaveValue(
    /^Delivery: \d+ ?% drop-off; reached by \d+ ?% of the journeys$/,
  );
  await expect(
    panel.getByTestId('idea-touchpoints').getByRole('checkbox', { name: 'Delivery', exact: true }),
  ).toBeChecked();

  // From the key drivers panel: the first of the vital few.
  await panel.getByTestId('panel-close').click();
  await page.getByTestId('drivers-open').click();
  const drivers = page.getByTestId('drivers-panel');
  await expect(drivers.getByTestId('drivers-state')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000,
  });
  const first = drivers.getByRole('button', { name: /^New idea for “/ }).first();
  const touchpointId = (await first.getAttribute('data-testid'))!.replace('driver-new-idea-', '');
  const title = journey.touchpoints.find((tp) => tp.id === touchpointId)!.title;
  await first.click();
  await expect(page.getByTestId('idea-panel').getByTestId('idea-source')).toHaveValue('driver');
  await expect(page.getByTestId('idea-panel').getByTestId('idea-source-note')).toHaveValue(
    new RegExp(`of what explains NPS \\(key driver\\)$`),
  );

  await saveScreenshot(page, 'idea-from-driver', 'desktop');

  // Both are saved on the map with their links and sources.
  await expect
    .poll(async () => {
      const stored = (await (await page.request.get(api)).json()) as {
        journey: {
          ideas: { title: string; touchpointIds: string[]; source: { kind: string; touchpointId: string } }[];
        };
      };
      return stored.journey.ideas
        .filter((i) => i.source.kind === 'drop-off' || i.source.kind === 'driver')
        .filter((i) => i.title.startsWith('Improve'))
        .map((i) => [i.title, i.touchpointIds, i.source.kind, i.source.touchpointId]);
    })
    .toEqual([
      ['Improve “Delivery”', [delivery.id], 'drop-off', delivery.id],
      [`Improve “${title}”`, [touchpointId], 'driver', touchpointId],
    ]);
});
