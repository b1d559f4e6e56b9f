import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from '@playwright/test';
import {
  expect,
  IMPORT_TIMEOUT,
  rolePicker,
  SAME_ORIGIN,
  saveScreenshot,
  shootBoth,
  signUp,
  test,
  uniqueEmail,
  uploadFile,
  VIEWPORTS,
  workspaceOf,
} from './support.js';

const RECEIPT = fileURLToPath(new URL('../samples/receipt.csv', import.meta.url));

async function expectNoViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('receipt.csv comes in through the mapping step: pm4py columns recognised, imported in the background, then renamed and deleted', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueEmail('data'));
  const ws = workspaceOf(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/data$`));
  const empty = page.getByTestId('datasets-empty');
  await expect(empty).toContainText('samples/receipt.csv');
  await expectNoViolations(page, 'datasets-empty');
  await shootBoth(page, 'datasets-empty');

  await empty.getByRole('link', { name: 'Add data' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/data/new$`));
  await expect(page.getByTestId('file-drop')).toBeVisible();
  await shootBoth(page, 'dataset-choose-file');

  await uploadFile(page, RECEIPT);
  await expect(page.getByTestId('mapping-format')).toHaveText('CSV');
  await expect(rolePicker(page, 'case:concept:name')).toHaveValue('case');
  await expect(rolePicker(page, 'concept:name')).toHaveValue('activity');
  await expect(rolePicker(page, 'time:timestamp')).toHaveValue('timestamp');
  await expect(rolePicker(page, 'case:channel')).toHaveValue('channel');
  await expect(rolePicker(page, 'org:resource')).toHaveValue('');
  await expect(page.getByTestId('mapping-missing')).toBeEmpty();
  await expect(page.getByRole('table', { name: 'The first 20 rows of receipt.csv' })).toBeVisible();
  await expectNoViolations(page, 'dataset-mapping');
  await shootBoth(page, 'dataset-mapping');
  await saveScreenshot(page, 'dataset-mapping-full', 'desktop', true);
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, 'dataset-mapping-full', 'narrow', true);
  await page.setViewportSize(VIEWPORTS.desktop);

  // a customer notion needs a customer column: the step says so before it lets the import start
  await page.getByTestId('notion-inactivity').check();
  await expect(page.getByTestId('mapping-missing')).toContainText('Customer id');
  await expect(page.getByTestId('import-submit')).toBeDisabled();
  await page.getByTestId('notion-column').check();
  await expect(page.getByTestId('import-submit')).toBeEnabled();

  await page.getByTestId('dataset-name-input').fill('Permit receipts');
  await page.getByTestId('import-submit').click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/data$`));
  await expect(page.getByTestId('datasets-status')).toContainText('Importing “Permit receipts”');
  const row = page.getByTestId('dataset-row').filter({ hasText: 'Permit receipts' });
  await expect(row.getByTestId('dataset-status')).toHaveText('Ready', { timeout: IMPORT_TIMEOUT });
  await expect(row.getByTestId('dataset-events')).toHaveText('8,577');
  await expect(row.getByTestId('dataset-cases')).toHaveText('1,434');
  await expect(row.getByTestId('dataset-activities')).toHaveText('27');
  await expect(row.getByTestId('dataset-versions')).toHaveText('1');
  await expect(row.getByTestId('dataset-explore')).toHaveAttribute(
    'href',
    new RegExp(`/w/${ws}/data/dst_[a-z0-9]+/map$`),
  );
  await expectNoViolations(page, 'datasets-ready');
  await shootBoth(page, 'datasets-ready');

  // the same list in Dutch: numbers and dates in the locale
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(row.getByTestId('dataset-events')).toHaveText('8.577');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gegevens' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');

  await row.getByTestId('dataset-rename').click();
  const dialog = page.getByTestId('rename-dataset-dialog');
  await dialog.getByTestId('rename-dataset-name').fill('Receipts 2011');
  await dialog.getByTestId('rename-dataset-submit').click();
  const renamed = page.getByTestId('dataset-row').filter({ hasText: 'Receipts 2011' });
  await expect(renamed.getByTestId('dataset-name')).toHaveText('Receipts 2011');
  await page.reload();
  await expect(renamed.getByTestId('dataset-name')).toHaveText('Receipts 2011');

  await renamed.getByTestId('dataset-delete').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('with all its 8,577 events');
  await confirm.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
  const answer = await page.request.get(`/api/workspaces/${ws}/datasets`);
  expect((await answer.json()).datasets).toEqual([]);
});

test('an import shows its progress while it runs, and a broken CSV fails with its line, reason and a way out', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueEmail('data-broken'));
  const ws = workspaceOf(page);

  // A dataset imported through the API, to watch as the list polls it
  const created = await page.request.post(`/api/workspaces/${ws}/datasets`, {
    headers: SAME_ORIGIN,
    multipart: {
      name: 'Tickets',
      file: {
        name: 'tickets.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'case_id,activity,timestamp\nT1,Open,2024-01-01T09:00:00Z\nT1,Solve,2024-01-01T10:00:00Z\n',
        ),
      },
    },
  });
  expect(created.status()).toBe(202);
  const ticketsId = (await created.json()).dataset.id as string;
  await expect
    .poll(
      async () =>
        (await (await page.request.get(`/api/workspaces/${ws}/datasets/${ticketsId}`)).json()).status,
      {
        timeout: IMPORT_TIMEOUT,
      },
    )
    .toBe('ready');

  // An import in progress cannot be caught on purpose on a fast machine: the list's answers say the
  // dataset is importing, first at 42 %, then at 73 %, as the server would while it reads the file.
  let shares = [0.42, 0.73];
  const importing = async (route: Route) => {
    const response = await route.fetch();
    const body = await response.json();
    const share = shares.length > 1 ? shares.shift()! : shares[0]!;
    const asImporting = (d: Record<string, unknown>) =>
      d.id === ticketsId
        ? {
            ...d,
            status: 'importing',
            progress: share,
            events: 0,
            cases: 0,
            customers: 0,
            activities: 0,
            versions: 0,
            firstEventAt: null,
            lastEventAt: null,
          }
        : d;
    await route.fulfill({
      response,
      json: Array.isArray(body.datasets) ? { datasets: body.datasets.map(asImporting) } : asImporting(body),
    });
  };
  await page.route(`**/api/workspaces/${ws}/datasets`, importing);
  await page.route(`**/api/workspaces/${ws}/datasets/${ticketsId}`, importing);
  await page.goto(`/w/${ws}/data`);
  const bar = page.getByRole('progressbar', { name: 'Importing “Tickets”' });
  await expect(bar).toHaveAttribute('aria-valuenow', '73');
  await expect(page.getByTestId('dataset-row').getByTestId('dataset-status')).toHaveText('Importing');
  await expectNoViolations(page, 'datasets-importing');
  await shootBoth(page, 'datasets-importing');
  // the import ends: the row, still polling, shows the figures
  shares = [];
  await page.unroute(`**/api/workspaces/${ws}/datasets`);
  await page.unroute(`**/api/workspaces/${ws}/datasets/${ticketsId}`);
  await expect(page.getByTestId('dataset-row').getByTestId('dataset-status')).toHaveText('Ready');
  await expect(page.getByTestId('datasets-status')).toHaveText('“Tickets” is ready: 2 events in 1 case.');

  // A CSV with a timestamp that cannot be read on its line 4, through the mapping step
  const broken = testInfo.outputPath('broken.csv');
  writeFileSync(
    broken,
    'case_id,activity,timestamp\n1,Open,2024-01-01T09:00:00Z\n1,Close,2024-01-01T10:00:00Z\n2,Open,yesterday\n',
  );
  await page.getByTestId('add-dataset').click();
  await uploadFile(page, broken);
  await expect(rolePicker(page, 'case_id')).toHaveValue('case');
  await expect(rolePicker(page, 'timestamp')).toHaveValue('timestamp');
  await page.getByTestId('import-submit').click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/data$`));
  const row = page.getByTestId('dataset-row').filter({ hasText: 'broken' });
  await expect(row.getByTestId('dataset-status')).toHaveText('Failed', { timeout: IMPORT_TIMEOUT });
  const problem = row.getByTestId('import-problem');
  await expect(problem.getByTestId('import-problem-where')).toHaveText(
    'Where: broken.csv, line 4, column “timestamp”',
  );
  await expect(problem.getByTestId('import-problem-reason')).toContainText(
    'The date and time “yesterday” cannot be read',
  );
  await expect(problem.getByRole('button', { name: 'Upload again' })).toBeVisible();
  await expectNoViolations(page, 'datasets-failed');
  await shootBoth(page, 'datasets-failed');

  // in Dutch
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(problem.getByTestId('import-problem-where')).toHaveText(
    'Waar: broken.csv, regel 4, kolom „timestamp”',
  );
  await shootBoth(page, 'datasets-failed-nl');
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');

  // uploading a corrected file again makes the failed dataset ready
  const fixed = testInfo.outputPath('broken-fixed.csv');
  writeFileSync(
    fixed,
    'case_id,activity,timestamp\n1,Open,2024-01-01T09:00:00Z\n1,Close,2024-01-01T10:00:00Z\n2,Open,2024-01-02T09:00:00Z\n',
  );
  await row.getByTestId('dataset-append-input').setInputFiles(fixed);
  await expect(row.getByTestId('dataset-status')).toHaveText('Ready', { timeout: IMPORT_TIMEOUT });
  await expect(row.getByTestId('dataset-events')).toHaveText('3');
  await expect(row.getByTestId('import-problem')).toHaveCount(0);

  // an append that fails keeps the ready dataset and its version, and says why
  await row.getByTestId('dataset-append-input').setInputFiles(broken);
  await expect(row.getByTestId('import-problem')).toContainText('The last file could not be added', {
    timeout: IMPORT_TIMEOUT,
  });
  await expect(row.getByTestId('dataset-status')).toHaveText('Ready');
  await expect(row.getByTestId('dataset-events')).toHaveText('3');
  await shootBoth(page, 'datasets-append-failed');

  await row.getByTestId('dataset-delete').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('with all its 3 events');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'broken' })).toHaveCount(0);
  await expect(page.getByTestId('dataset-row')).toHaveCount(1);
});
