import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShopMap } from './testing/createShopMap.js';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';
import { uploadCsvDataset } from './testing/uploadCsvDataset.js';

/**
 * The board report on the hand-made shop journeys (testing/uploadCsvDataset.ts): J1–J4, J6, J7 start on
 * 1 January 2024, J5 on 1 February. NPS, each journey's last answer: J1 9, J2 10, J3 3 → January 2024
 * (2 − 1) / 3 = 33 points of 3; February none. Reach of "Pays": J1 and J4 of the six January journeys
 * (33.3 %), J5 of the one February journey (100.0 %).
 */

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let datasetId: string;
let journeyId: string;
let reportUrl: string;

const baseline = { from: '2023-12-01T00:00:00Z', to: '2024-01-15T00:00:00Z' };
const after = { from: '2024-01-15T00:00:00Z', to: '2024-03-01T00:00:00Z' };
const EVIL = '<script>alert("board")</script>';

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'reports');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  datasetId = await uploadCsvDataset(people.owner, seeded.workspaceId, 'shop');
  const { journey, url } = await createShopMap(people.owner, seeded.workspaceId, [
    { title: 'Pays', phase: 2, matcher: { activities: ['pay'] } },
  ]);
  const linked = await people.editor.request('PATCH', url, { version: journey.version, datasetId });
  expect(linked.statusCode, linked.body).toBe(200);
  journeyId = journey.id;
  reportUrl = `${ws}/journeys/${journeyId}/report`;
  const payId = journey.touchpoints.find((tp) => tp.title === 'Pays')!.id;
  const create = async (body: object) => {
    const response = await people.editor.request('POST', `${ws}/projects`, { journeyId, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().project.id as string;
  };
  const addKpi = async (projectId: string, kpi: object) => {
    const response = await people.editor.request('POST', `${ws}/projects/${projectId}/kpis`, kpi);
    expect(response.statusCode, response.body).toBe(201);
  };
  // listed first, but with no KPI it is "not measured" and goes last
  await create({ title: 'Nothing measured yet', status: 'chosen' });
  const easier = await create({
    title: `Easier payment ${EVIL}`,
    status: 'in-progress',
    startDate: '2024-01-15',
    customerCheck: { assumption: 'Paying is hard', how: 'Asked 5 customers', learned: `Cards help ${EVIL}` },
  });
  await addKpi(easier, {
    metric: 'reachShare',
    scope: { datasetId, journeyId, touchpointId: payId },
    baseline,
    after,
  });
  await addKpi(easier, { metric: 'nps', scope: { datasetId }, baseline, after });
  await create({ title: 'Only proposed', status: 'proposed' });
  await create({ title: 'Dropped one', status: 'dropped' });
  // a journey without a dataset, with a project: the overview says it is not linked
  const unlinked = await people.editor.request('POST', `${ws}/journeys`, { title: 'Returns' });
  expect(unlinked.statusCode, unlinked.body).toBe(201);
  const returnsId = unlinked.json().journey.id;
  const other = await people.editor.request('POST', `${ws}/projects`, {
    journeyId: returnsId,
    title: 'Free returns label',
    status: 'chosen',
  });
  expect(other.statusCode, other.body).toBe(201);
});
afterAll(async () => t?.close());

describe('GET …/journeys/:id/report', () => {
  it('HTML for a viewer: strict CSP, the measured map, NPS per month and the projects with their KPIs', async () => {
    const response = await people.viewer.request('GET', `${reportUrl}?lang=en`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    const html = response.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Shop</h1>');
    // the map thumbnail with its chips, as a data image
    expect(html).toMatch(/<img class="thumb" alt="[^"]*" src="data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    // the data: the dataset's name and its period; not a known public log
    expect(html).toContain('Data: shop · 1 January 2024 to 1 February 2024. The workspace&#39;s own data.');
    // NPS per month: January 33 of 3 answers; February has none (left out of the table)
    expect(html).toMatch(
      /<tr><th scope="row">Jan 2024<\/th><td class="num">33<\/td><td class="num">[^<]+<\/td><td class="num">3<\/td><\/tr>/,
    );
    expect(html).not.toContain('<th scope="row">Feb 2024</th>');
    // the reach KPI: 2 of 6 → 1 of 1
    expect(html).toContain('33.3 %<br><span class="muted">n 6</span>');
    expect(html).toContain('100.0 %<br><span class="muted">n 1</span>');
    // chosen, in progress and done only; the measured project before the one without KPIs
    expect(html).not.toContain('Only proposed');
    expect(html).not.toContain('Dropped one');
    const measured = html.indexOf('Easier payment');
    const unmeasured = html.indexOf('Nothing measured yet');
    expect(measured).toBeGreaterThan(0);
    expect(unmeasured).toBeGreaterThan(measured);
    expect(html).toContain('<dt>Learned</dt><dd>Cards help &lt;script&gt;');
  });

  it('escapes user text: a project title with <script> comes out as text', async () => {
    const html = (await people.viewer.request('GET', reportUrl)).body;
    expect(html).not.toContain('<script');
    expect(html).toContain('Easier payment &lt;script&gt;alert(&quot;board&quot;)&lt;/script&gt;');
  });

  it('speaks Dutch with lang=nl, and by default when the browser prefers Dutch', async () => {
    const nl = (await people.viewer.request('GET', `${reportUrl}?lang=nl`)).body;
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('Projecten en hun gemeten effect');
    expect(nl).toContain('33,3 %');
    const browser = await people.viewer.request('GET', reportUrl, undefined, {
      'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8',
    });
    expect(browser.body).toContain('<html lang="nl">');
    const english = await people.viewer.request('GET', reportUrl, undefined, {
      'accept-language': 'de, en;q=0.5',
    });
    expect(english.body).toContain('<html lang="en">');
  });

  it('400 naming the field for another language or format', async () => {
    const lang = await people.viewer.request('GET', `${reportUrl}?lang=de`);
    expect(lang.statusCode).toBe(400);
    expect(lang.json().message).toContain('lang');
    const format = await people.viewer.request('GET', `${reportUrl}?format=docx`);
    expect(format.statusCode).toBe(400);
    expect(format.json().message).toContain('format');
  });

  it('PDF: one A4 portrait page, printed in the worker pool, with a file name', async () => {
    const response = await people.viewer.request('GET', `${reportUrl}?format=pdf&lang=en`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="board-report-shop\.pdf"; filename\*=UTF-8''Board%20report%20Shop\.pdf$/,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(/\/Type \/Pages\b[^>]*?\/Count (\d+)/s.exec(text)?.[1]).toBe('1');
    expect([...text.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim())).toEqual([
      '0 0 595.28 841.89',
    ]);
  });

  it('401 without credentials, 404 for an outsider and for a journey of another workspace', async () => {
    expect((await people.anonymous.request('GET', reportUrl)).statusCode).toBe(401);
    expect((await people.outsider.request('GET', reportUrl)).statusCode).toBe(404);
    const theirs = await people.outsider.request(
      'POST',
      `/api/workspaces/${people.otherWorkspaceId}/journeys`,
      {
        title: 'Theirs',
      },
    );
    const theirId = theirs.json().journey.id;
    expect((await people.viewer.request('GET', `${ws}/journeys/${theirId}/report`)).statusCode).toBe(404);
    expect(
      (
        await people.owner.request(
          'GET',
          `/api/workspaces/${people.otherWorkspaceId}/journeys/${theirId}/report`,
        )
      ).statusCode,
    ).toBe(404);
  });
});

describe('GET …/workspaces/:ws/report', () => {
  it('lists every journey with its projects; a journey without a dataset says so', async () => {
    const response = await people.viewer.request('GET', `${ws}/report?lang=en`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    const html = response.body;
    expect(html).toContain('Easier payment &lt;script&gt;');
    expect(html).toContain('<h2>Returns</h2><p class="muted">This journey is not linked to a dataset');
    expect(html).toContain('Free returns label');
    expect(html).not.toContain('<img');
  });

  it('PDF of the overview is an A4 PDF', async () => {
    const response = await people.owner.request('GET', `${ws}/report?format=pdf&lang=nl`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('401 without credentials, 404 for an outsider', async () => {
    expect((await people.anonymous.request('GET', `${ws}/report`)).statusCode).toBe(401);
    expect((await people.outsider.request('GET', `${ws}/report`)).statusCode).toBe(404);
  });
});

describe('share links to a report', () => {
  const publicGet = (url: string) => t.app.inject({ method: 'GET', url });

  it('an editor makes a report link; it serves the report without sign-in; revoking it makes it 404', async () => {
    const links = `${ws}/journeys/${journeyId}/share-links`;
    const created = await people.editor.request('POST', links, { kind: 'report' });
    expect(created.statusCode, created.body).toBe(201);
    const { token, path, shareLink } = created.json();
    expect(path).toBe(`/api/share/${token}/report`);
    expect(shareLink.kind).toBe('report');

    const html = await publicGet(`${path}?lang=en`);
    expect(html.statusCode, html.body).toBe(200);
    expect(html.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(html.body).toContain('Easier payment &lt;script&gt;');
    const pdf = await publicGet(`${path}?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // a report link opens the report, not the map
    expect((await publicGet(`/api/share/${token}`)).statusCode).toBe(404);

    const revoked = await people.editor.request('DELETE', `${links}/${shareLink.id}`);
    expect(revoked.statusCode).toBe(204);
    expect((await publicGet(path)).statusCode).toBe(404);
    expect((await publicGet(`${path}?format=pdf`)).statusCode).toBe(404);
  });

  it('a map link does not open the report; a report link takes no figures (400); viewers cannot make one (403)', async () => {
    const links = `${ws}/journeys/${journeyId}/share-links`;
    const map = await people.editor.request('POST', links, {});
    expect(map.statusCode).toBe(201);
    expect((await publicGet(`/api/share/${map.json().token}/report`)).statusCode).toBe(404);
    const figures = await people.editor.request('POST', links, {
      kind: 'report',
      figures: { curve: 'designed', from: null, to: null },
    });
    expect(figures.statusCode).toBe(400);
    expect(figures.json().message).toContain('body.figures');
    expect((await people.viewer.request('POST', links, { kind: 'report' })).statusCode).toBe(403);
    const csrf = await t.app.inject({
      method: 'POST',
      url: links,
      headers: { cookie: people.editor.cookie, origin: 'https://evil.example' },
      payload: { kind: 'report' },
    });
    expect(csrf.statusCode).toBe(403);
    expect((await publicGet('/api/share/not-a-token/report')).statusCode).toBe(404);
  });
});
