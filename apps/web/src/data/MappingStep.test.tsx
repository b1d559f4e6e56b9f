// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n.js';
import type { UploadView } from './datasetsApi.js';
import { MappingStep } from './MappingStep.js';
import { datasetFixture, ocelUpload, receiptUpload, ticketsUpload, xesUpload } from './testPreviews.js';

const WS = 'wks_bank';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderStep(upload: UploadView, answer: () => Response = () => json(202, { dataset: datasetFixture() })) {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === `/api/workspaces/${WS}/datasets` && init?.method === 'POST') {
        sent.push(JSON.parse(String(init.body)));
        return answer();
      }
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const onImported = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MappingStep workspaceId={WS} upload={upload} onStartOver={() => undefined} onImported={onImported} />
    </QueryClientProvider>,
  );
  return { sent, onImported };
}

const valueOf = (element: HTMLElement) => (element as HTMLInputElement | HTMLSelectElement).value;
const picker = (column: string) => screen.getByRole('combobox', { name: `Role of column “${column}”` });
const missingItems = () =>
  within(screen.getByTestId('mapping-missing'))
    .queryAllByRole('listitem')
    .map((li) => li.getAttribute('data-missing'));

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MappingStep', () => {
  it('MappingStep pre-chooses the pm4py columns from `suggested`, shows types and the first rows, and imports with that mapping', async () => {
    const { sent, onImported } = renderStep(receiptUpload);
    expect(screen.getByTestId('mapping-format').textContent).toContain('CSV');
    expect(valueOf(picker('case:concept:name'))).toBe('case');
    expect(valueOf(picker('concept:name'))).toBe('activity');
    expect(valueOf(picker('time:timestamp'))).toBe('timestamp');
    expect(valueOf(picker('case:channel'))).toBe('channel');
    expect(valueOf(picker('org:resource'))).toBe('');
    expect(screen.getByTestId('mapping-recognised').textContent).toContain('Case id case:concept:name');
    const table = screen.getByRole('table', { name: 'The first 2 rows of receipt.csv' });
    expect(within(table).getByText('T02 Check confirmation of receipt')).toBeTruthy();
    expect(within(table).getAllByText('date & time')).toHaveLength(1);
    expect(missingItems()).toEqual([]);
    expect(valueOf(screen.getByTestId('dataset-name-input'))).toBe('receipt');

    fireEvent.change(screen.getByTestId('dataset-name-input'), { target: { value: 'Permit receipts' } });
    fireEvent.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        uploadId: 'upl_receipt',
        name: 'Permit receipts',
        mapping: {
          format: 'csv',
          columns: {
            case: 'case:concept:name',
            activity: 'concept:name',
            timestamp: 'time:timestamp',
            channel: 'case:channel',
          },
          delimiter: ',',
          caseNotion: { kind: 'column' },
        },
      },
    ]);
  });

  it('MappingStep lists what is missing and keeps Import disabled until the roles are given', () => {
    renderStep(ticketsUpload);
    expect(screen.getByText('No column was recognised by its name; give the columns their roles below.')).toBeTruthy();
    expect(missingItems()).toEqual(['case', 'activity', 'timestamp']);
    expect((screen.getByTestId('import-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(picker('step'), { target: { value: 'activity' } });
    fireEvent.change(picker('at'), { target: { value: 'timestamp' } });
    expect(missingItems()).toEqual(['case']);
    // moving the activity role to another column frees the first one
    fireEvent.change(picker('ticket'), { target: { value: 'activity' } });
    expect(valueOf(picker('step'))).toBe('');
    expect(missingItems()).toEqual(['case']);
    fireEvent.change(picker('step'), { target: { value: 'activity' } });
    fireEvent.change(picker('ticket'), { target: { value: 'case' } });
    expect(missingItems()).toEqual([]);
    expect((screen.getByTestId('import-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('MappingStep sends the chosen case notion: a customer’s events cut after 30 days, stitched on a shared key', async () => {
    const { sent } = renderStep(ticketsUpload);
    fireEvent.change(picker('step'), { target: { value: 'activity' } });
    fireEvent.change(picker('at'), { target: { value: 'timestamp' } });
    fireEvent.click(screen.getByTestId('notion-inactivity'));
    // the case is no longer needed, a customer id is
    expect(missingItems()).toEqual(['customer']);
    fireEvent.change(picker('client'), { target: { value: 'customer' } });
    expect((screen.getByTestId('gap-30m') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('gap-30d'));
    fireEvent.click(within(screen.getByTestId('stitching')).getByRole('checkbox', { name: 'email_hash' }));
    fireEvent.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      uploadId: 'upl_tickets',
      name: 'tickets',
      mapping: {
        columns: { activity: 'step', timestamp: 'at', customer: 'client' },
        delimiter: ';',
        caseNotion: { kind: 'inactivity', gapSeconds: 2_592_000 },
        stitching: { sharedKeys: ['email_hash'] },
      },
    });
  });

  it('MappingStep takes a custom pause and start and end activities (picked or typed)', async () => {
    const { sent } = renderStep(ticketsUpload);
    fireEvent.change(picker('step'), { target: { value: 'activity' } });
    fireEvent.change(picker('at'), { target: { value: 'timestamp' } });
    fireEvent.change(picker('client'), { target: { value: 'customer' } });
    fireEvent.click(screen.getByTestId('notion-inactivity'));
    fireEvent.click(screen.getByTestId('gap-custom'));
    fireEvent.change(screen.getByTestId('gap-amount'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('gap-unit'), { target: { value: 'hours' } });

    fireEvent.click(screen.getByTestId('notion-startEnd'));
    expect(missingItems()).toEqual(['start', 'end']);
    fireEvent.change(screen.getByTestId('notion-start-input'), { target: { value: 'Open' } });
    fireEvent.keyDown(screen.getByTestId('notion-start-input'), { key: 'Enter' });
    fireEvent.change(screen.getByTestId('notion-end-input'), { target: { value: 'Solve' } });
    fireEvent.click(screen.getByTestId('notion-end-add'));
    expect(missingItems()).toEqual([]);
    fireEvent.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect((sent[0] as { mapping: unknown }).mapping).toMatchObject({
      caseNotion: { kind: 'startEnd', start: ['Open'], end: ['Solve'] },
    });

    // back to a pause: the custom value is kept
    cleanup();
    const again = renderStep(ticketsUpload);
    fireEvent.change(picker('step'), { target: { value: 'activity' } });
    fireEvent.change(picker('at'), { target: { value: 'timestamp' } });
    fireEvent.change(picker('client'), { target: { value: 'customer' } });
    fireEvent.click(screen.getByTestId('notion-inactivity'));
    fireEvent.click(screen.getByTestId('gap-custom'));
    fireEvent.change(screen.getByTestId('gap-amount'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('gap-unit'), { target: { value: 'hours' } });
    fireEvent.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(again.sent).toHaveLength(1));
    expect((again.sent[0] as { mapping: unknown }).mapping).toMatchObject({
      caseNotion: { kind: 'inactivity', gapSeconds: 7200 },
    });
  });

  it('MappingStep reads an XES log: its own case, activity and time, a classifier, an attribute as the channel', async () => {
    const { sent } = renderStep(xesUpload);
    const table = screen.getByTestId('preview-table');
    const headers = within(table)
      .getAllByTestId('preview-column')
      .map((th) => th.getAttribute('data-column'));
    // the event model's fields the log leaves empty are not shown
    expect(headers).toEqual(['case', 'activity', 'timestamp', 'case:creator', 'org:resource', 'lifecycle:transition']);
    expect(screen.queryByRole('combobox', { name: 'Role of column “activity”' })).toBeNull();
    expect(screen.getByTestId('notion-fixed').textContent).toBe('Each trace of the XES log is one journey.');
    const roles = within(picker('org:resource'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(roles).toEqual(['— none', 'Customer id', 'Channel']);
    fireEvent.change(picker('org:resource'), { target: { value: 'channel' } });
    fireEvent.click(within(screen.getByTestId('xes-classifier')).getByRole('checkbox', { name: 'lifecycle:transition' }));
    fireEvent.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect((sent[0] as { mapping: unknown }).mapping).toEqual({
      format: 'xes',
      columns: { channel: 'org:resource' },
      classifier: ['concept:name', 'lifecycle:transition'],
      caseNotion: { kind: 'column' },
    });
  });

  it('MappingStep shows a 400 at the field it names: a column role, or the OCEL object type', async () => {
    renderStep(receiptUpload, () =>
      json(400, {
        error: 'validation',
        message: 'body.mapping.columns.timestamp: unparsable',
        issues: [{ path: 'body.mapping.columns.timestamp', message: 'the file has no column "x"' }],
      }),
    );
    fireEvent.click(screen.getByTestId('import-submit'));
    expect((await screen.findByTestId('mapping-refused')).textContent).toContain('see the marked fields');
    const select = picker('time:timestamp');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(select.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('the file has no column "x"');

    cleanup();
    renderStep(ocelUpload, () =>
      json(400, {
        error: 'validation',
        message: 'x',
        issues: [{ path: 'body.mapping.objectType', message: 'choose one of the file’s object types: Invoice' }],
      }),
    );
    const types = screen.getByTestId('ocel-object-type');
    expect((within(types).getByRole('radio', { name: /Invoice/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(types).getByRole('radio', { name: /Payment/ }));
    fireEvent.click(screen.getByTestId('import-submit'));
    expect(await within(types).findByText('choose one of the file’s object types: Invoice')).toBeTruthy();
  });
});
