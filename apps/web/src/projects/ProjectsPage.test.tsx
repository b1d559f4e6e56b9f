// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Idea, JourneyMap, Project } from '@trailmap/domain';
import i18next from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeMap } from '../compare/testMaps.js';
import { setupI18n } from '../i18n/i18n.js';
import ProjectsPage from './ProjectsPage.js';
import type { KpiMeasurement } from './projectsApi.js';

const WS = 'wks_test00';
const JOURNEY = 'jrn_shoes01';
const idea: Idea = {
  id: 'ida_handover' as Idea['id'],
  title: 'Hand over to a person after one failed answer',
  description: '',
  phaseId: null,
  touchpointIds: [],
  painPointIds: [],
  phaseIds: [],
  source: { kind: 'workshop', note: '', touchpointId: null },
  scores: {},
  scoreBasis: { reach: 'measured', satisfaction: 'measured' },
  reach: null,
  feasibility: null,
  status: 'chosen',
  evidence: 'assumption',
};
const map: JourneyMap = {
  ...makeMap(JOURNEY, 'Buying shoes — now', 'current', [
    {
      id: 'phs_buyphase',
      name: 'Buy',
      cards: [
        { id: 'tpt_basket01', title: 'Basket', channel: 'web' },
        { id: 'tpt_paid0001', title: 'Pays', channel: 'web' },
      ],
    },
  ]),
  datasetId: 'dst_shop0001' as JourneyMap['datasetId'],
  ideas: [idea],
};

function project(id: string, title: string, fields: Partial<Project> = {}): Project {
  return {
    id,
    workspaceId: WS,
    journeyId: JOURNEY,
    title,
    ideaIds: [],
    ownerId: null,
    status: 'proposed',
    startDate: null,
    customerCheck: { assumption: '', how: '', learned: '' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  } as Project;
}

const measured = project('prj_handover', 'A person after one failed answer', {
  status: 'in-progress',
  startDate: '2024-07-01',
  ideaIds: [idea.id],
  ownerId: 'usr_ann' as Project['ownerId'],
  customerCheck: { assumption: 'People call again when the bot fails', how: 'Five interviews', learned: '' },
});
const broken = project('prj_broken', 'Faster parcels', { status: 'chosen' });

const figure = (value: number, low: number, high: number, n: number) => ({ value, low, high, n });
const kpi = (kpiId: string, fields: Partial<KpiMeasurement>): KpiMeasurement => ({
  kpiId,
  metric: 'repeatContactShare',
  before: figure(0.299, 0.262, 0.339, 545),
  after: figure(0.165, 0.136, 0.2, 514),
  change: { value: -0.134, low: -0.183, high: -0.083, effect: 0.05, n: 514, needed: 1246 },
  pValue: 2.8e-7,
  adjustedPValue: 8.5e-7,
  test: 'two-proportion z',
  verdict: 'improved',
  ...fields,
});
const kpis: KpiMeasurement[] = [
  kpi('kpi_repeat', {}),
  kpi('kpi_nps', {
    metric: 'nps',
    before: figure(10, 4, 16, 300),
    after: figure(12, 6, 18, 12),
    change: { value: 2, low: -20, high: 24, effect: 5, n: 12, needed: 3768 },
    pValue: 0.8,
    adjustedPValue: 0.8,
    test: 'NPS variance z',
    verdict: 'too-few',
  }),
  kpi('kpi_complaints', {
    metric: 'complaintShare',
    change: { value: 0.002, low: -0.01, high: 0.014, effect: 0.02, n: 2000, needed: 900 },
    pValue: 0.61,
    adjustedPValue: 0.8,
    verdict: 'no-change',
  }),
  kpi('kpi_csat', {
    metric: 'csat',
    before: figure(4.1, 4, 4.2, 800),
    after: figure(3.8, 3.7, 3.9, 700),
    change: { value: -0.3, low: -0.45, high: -0.15, effect: 0.2, n: 700, needed: 300 },
    pValue: 0.0004,
    adjustedPValue: 0.0123,
    test: 'Welch t',
    verdict: 'worsened',
  }),
];

const stored = (id: string, metric: KpiMeasurement['metric'], fields: Record<string, unknown> = {}) => ({
  id,
  projectId: measured.id,
  workspaceId: WS,
  metric,
  scope: { datasetId: 'dst_shop0001', journeyId: JOURNEY },
  baseline: { from: '2024-01-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z' },
  after: { from: '2024-07-01T00:00:00.000Z', to: null },
  target: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});
const storedKpis = [
  stored('kpi_repeat', 'repeatContactShare', { target: 0.2 }),
  stored('kpi_nps', 'nps', {
    target: 30,
    scope: {
      datasetId: 'dst_shop0001',
      journeyId: JOURNEY,
      touchpointId: 'tpt_paid0001',
      personaId: 'prs_sporty01',
    },
  }),
  stored('kpi_complaints', 'complaintShare'),
  stored('kpi_csat', 'csat'),
];

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const chosenLimit = {
  error: 'chosen-limit',
  message: 'this journey already has 2 chosen or in-progress projects, the limit of this workspace is 2: …',
  limit: 2,
  chosen: [
    { id: measured.id, title: measured.title, status: 'in-progress' },
    { id: broken.id, title: broken.title, status: 'chosen' },
  ],
};

function renderPage() {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? 'GET';
      calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (path === '/api/workspaces')
        return json(200, { workspaces: [{ id: WS, name: 'Shoes', role: 'editor', createdAt: '' }] });
      if (path === `/api/workspaces/${WS}/journeys/${JOURNEY}`) return json(200, { journey: map });
      if (path === `/api/workspaces/${WS}/members`)
        return json(200, {
          members: [
            { userId: 'usr_ann', email: 'a@x.nl', name: 'Ann de Vries', role: 'owner', createdAt: '' },
          ],
          invitations: [],
        });
      if (path === `/api/workspaces/${WS}/personas`)
        return json(200, { personas: [{ id: 'prs_sporty01', name: 'Sporty Sam' }] });
      if (path === `/api/workspaces/${WS}/projects/${measured.id}/kpis` && method === 'GET')
        return json(200, { kpis: storedKpis });
      if (method === 'PATCH' && path === `/api/workspaces/${WS}/projects/${broken.id}`)
        return json(200, { project: broken });
      if (method === 'PATCH' && path.startsWith(`/api/workspaces/${WS}/projects/${measured.id}/kpis/`))
        return json(200, { kpi: storedKpis[0] });
      if (method === 'DELETE' && path.startsWith(`/api/workspaces/${WS}/projects/${measured.id}/kpis/`))
        return new Response(null, { status: 204 });
      if (path === `/api/workspaces/${WS}/projects?journeyId=${JOURNEY}`)
        return json(200, { projects: [measured, broken], chosenProjectLimit: 2 });
      if (path === `/api/workspaces/${WS}/projects/${measured.id}/measurement`) return json(200, { kpis });
      if (path === `/api/workspaces/${WS}/projects/${broken.id}/measurement`)
        return json(409, {
          error: 'kpi-not-measurable',
          message: 'KPI kpi_parcel (dropOffShare): touchpoint tpt_parcel has no matcher',
          kpiId: 'kpi_parcel',
        });
      if (method === 'POST' && path === `/api/workspaces/${WS}/projects`) return json(409, chosenLimit);
      if (method === 'POST' && path === `/api/workspaces/${WS}/projects/${measured.id}/kpis`)
        return json(201, { kpi: { id: 'kpi_new' } });
      return json(404, { error: 'not-found', message: `no ${path}` });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/w/${WS}/journeys/${JOURNEY}/projects`]}>
        <Routes>
          <Route path="/w/:workspaceId/journeys/:journeyId/projects" element={<ProjectsPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return calls;
}

const projectCard = async (title: string) =>
  (await screen.findByRole('heading', { level: 2, name: title })).closest('article')!;

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

describe('ProjectsPage', () => {
  it('shows a project’s facts and the chosen count against the limit', async () => {
    renderPage();
    const card = await projectCard(measured.title);
    expect(within(card).getByTestId('project-status').textContent).toBe('In progress');
    expect(within(card).getByTestId('project-owner').textContent).toBe('Ann de Vries');
    expect(within(card).getByTestId('project-start').textContent).toBe('1 July 2024');
    expect(within(card).getByTestId('project-ideas').textContent).toBe(idea.title);
    expect(within(card).getByTestId('project-check').textContent).toContain(
      'People call again when the bot fails',
    );
    expect(within(card).getByTestId('project-check').textContent).not.toContain('What was learned');
    expect(screen.getByTestId('chosen-count').textContent).toBe('2 of 2 chosen');
  });

  it('gives each KPI its figures, a verdict badge and a sentence in plain words', async () => {
    renderPage();
    const card = await projectCard(measured.title);
    const table = await within(card).findByRole('table');
    const rows = within(table).getAllByTestId('kpi-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').firstChild?.textContent)).toEqual([
      'Share of first contacts followed by a repeat contact within 7 days',
      'NPS',
      'Share of journeys with a complaint',
      'Customer satisfaction (CSAT, 1–5)',
    ]);
    const cells = within(rows[0]!).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('29.9 %26.2 % to 33.9 %n = 545');
    expect(cells[1]!.textContent).toBe('16.5 %13.6 % to 20.0 %n = 514');
    expect(cells[2]!.textContent).toBe('-13.4 pp-18.3 pp to -8.3 pp');
    expect(within(rows[0]!).getByTestId('kpi-p').textContent).toBe('< 0.001');
    const sentences = rows.map((row) => within(row).getByTestId('verdict-sentence').textContent);
    expect(sentences).toEqual([
      'Improved: the change is real (adjusted p < 0.001) and goes the good way.',
      'Too few journeys yet: 12 of the needed 3,768.',
      'No measurable change: with 2,000 journeys per period a change of the size aimed for would have shown.',
      'Worsened: the change is real (adjusted p = 0.012) and goes the wrong way.',
    ]);
    expect(rows.map((row) => within(row).getByTestId('kpi-verdict').dataset.verdict)).toEqual([
      'improved',
      'too-few',
      'no-change',
      'worsened',
    ]);
  });

  it('says in Dutch how many journeys are still needed', async () => {
    await i18next.changeLanguage('nl');
    renderPage();
    const card = await projectCard(measured.title);
    const rows = await within(card).findAllByTestId('kpi-row');
    expect(within(rows[1]!).getByTestId('verdict-sentence').textContent).toBe(
      'Nog te weinig klantreizen: 12 van de benodigde 3.768.',
    );
    expect(within(rows[0]!).getAllByRole('cell')[0]!.textContent).toBe('29,9 %26,2 % tot 33,9 %n = 545');
  });

  it('shows why a KPI cannot be measured in place of the table, not as an error', async () => {
    const calls = renderPage();
    const card = await projectCard(broken.title);
    const notice = await within(card).findByTestId('kpi-not-measurable');
    expect(within(notice).getByText(/^These KPIs cannot be measured/).textContent).toBe(
      'These KPIs cannot be measured as they stand: KPI kpi_parcel (dropOffShare): touchpoint tpt_parcel has no matcher',
    );
    expect(within(card).queryByRole('table')).toBeNull();
    expect(within(card).queryByRole('alert')).toBeNull();
    // Measuring again asks the server again (the dataset may have finished importing meanwhile).
    const asked = () =>
      calls.filter((c) => c.path === `/api/workspaces/${WS}/projects/${broken.id}/measurement`).length;
    expect(asked()).toBe(1);
    fireEvent.click(within(notice).getByRole('button', { name: 'Measure again' }));
    await waitFor(() => expect(asked()).toBe(2));
  });

  it('names the limit and the chosen projects when one more is refused', async () => {
    const calls = renderPage();
    await projectCard(measured.title);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Size advice in every ad' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'chosen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    const notice = await screen.findByTestId('chosen-limit');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toBe(
      'The limit of 2 chosen projects is reached' +
        'This journey already has 2 chosen or in-progress projects: “A person after one failed answer” and “Faster parcels”. ' +
        'Finish or drop one of them first, or ask an owner to raise the limit in the workspace settings.',
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      journeyId: JOURNEY,
      title: 'Size advice in every ad',
      status: 'chosen',
      startDate: null,
    });
    // The title stays, so the editor can choose another status and try again.
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Size advice in every ad');
  });

  it('adds a KPI measured on the map’s dataset, with the touchpoints its metric needs', async () => {
    const calls = renderPage();
    const card = await projectCard(measured.title);
    await within(card).findByRole('table');
    fireEvent.click(within(card).getByRole('button', { name: 'Add KPI' }));
    const form = within(card).getByRole('form', { name: 'New KPI' });
    expect(within(form).queryByLabelText('To touchpoint')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Metric'), { target: { value: 'conversionShare' } });
    fireEvent.change(within(form).getByLabelText('From touchpoint'), { target: { value: 'tpt_basket01' } });
    fireEvent.change(within(form).getByLabelText('To touchpoint'), { target: { value: 'tpt_paid0001' } });
    fireEvent.change(within(form).getByLabelText('Baseline from'), { target: { value: '2024-01-01' } });
    fireEvent.change(within(form).getByLabelText('Baseline until'), { target: { value: '2024-07-01' } });
    const measuredTimes = () =>
      calls.filter((c) => c.path === `/api/workspaces/${WS}/projects/${measured.id}/measurement`).length;
    expect(measuredTimes()).toBe(1);
    fireEvent.click(within(form).getByRole('button', { name: 'Add KPI' }));
    // Added: the form closes and the project is measured again.
    await waitFor(() => expect(within(card).queryByRole('form', { name: 'New KPI' })).toBeNull());
    await waitFor(() => expect(measuredTimes()).toBe(2));
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/kpis'))?.body).toEqual({
      metric: 'conversionShare',
      scope: {
        datasetId: 'dst_shop0001',
        journeyId: JOURNEY,
        touchpointId: 'tpt_basket01',
        toTouchpointId: 'tpt_paid0001',
      },
      baseline: { from: '2024-01-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z' },
    });
  });

  it('shows each KPI’s scope and whether its target is met', async () => {
    renderPage();
    const card = await projectCard(measured.title);
    const rows = await within(card).findAllByTestId('kpi-row');
    // repeat contacts: down is good, 16.5 % after meets the 20 % target
    await waitFor(() =>
      expect(within(rows[0]!).getByTestId('kpi-target').textContent).toBe('Target 20.0 %: met'),
    );
    // NPS: up is good, 12 after is not yet the 30 aimed for
    expect(within(rows[1]!).getByTestId('kpi-target').textContent).toBe('Target 30: not yet');
    expect(within(rows[1]!).getByTestId('kpi-scope').textContent).toBe('Pays · persona Sporty Sam');
    expect(within(rows[2]!).queryByTestId('kpi-target')).toBeNull();
  });

  it('edits a project’s owner, ideas and customer check, sending only what changed', async () => {
    const calls = renderPage();
    const card = await projectCard(broken.title);
    fireEvent.click(within(card).getByRole('button', { name: `Edit “${broken.title}”` }));
    const form = within(card).getByRole('form', { name: `Edit “${broken.title}”` });
    fireEvent.change(within(form).getByLabelText('Owner'), { target: { value: 'usr_ann' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: idea.title }));
    fireEvent.change(within(form).getByLabelText('What was learned'), {
      target: { value: 'Parcels late on Mondays' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(card).queryByRole('form')).toBeNull());
    expect(calls.find((c) => c.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: `/api/workspaces/${WS}/projects/${broken.id}`,
      body: { ownerId: 'usr_ann', ideaIds: [idea.id], customerCheck: { learned: 'Parcels late on Mondays' } },
    });
  });

  it('changes a KPI’s target and persona, and deletes a KPI after asking', async () => {
    const calls = renderPage();
    const card = await projectCard(measured.title);
    const rows = await within(card).findAllByTestId('kpi-row');
    await within(rows[0]!).findByTestId('kpi-target');
    fireEvent.click(
      within(rows[0]!).getByRole('button', {
        name: 'Change the KPI “Share of first contacts followed by a repeat contact within 7 days”',
      }),
    );
    const form = within(card).getByTestId('edit-kpi');
    expect((within(form).getByLabelText('Target (%)') as HTMLInputElement).value).toBe('20');
    fireEvent.change(within(form).getByLabelText('Target (%)'), { target: { value: '17.5' } });
    fireEvent.change(within(form).getByLabelText('Persona'), { target: { value: 'prs_sporty01' } });
    fireEvent.change(within(form).getByLabelText('After until'), { target: { value: '2025-01-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(card).queryByTestId('edit-kpi')).toBeNull());
    expect(calls.find((c) => c.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: `/api/workspaces/${WS}/projects/${measured.id}/kpis/kpi_repeat`,
      body: {
        target: 0.175,
        scope: { datasetId: 'dst_shop0001', journeyId: JOURNEY, personaId: 'prs_sporty01' },
        after: { to: '2025-01-01T00:00:00.000Z' },
      },
    });

    fireEvent.click(within(rows[3]!).getByRole('button', { name: /^Delete the KPI/ }));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete KPI' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'DELETE')?.path).toBe(
        `/api/workspaces/${WS}/projects/${measured.id}/kpis/kpi_csat`,
      ),
    );
  });
});
