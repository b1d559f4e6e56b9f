import { readAllRows } from '@trailmap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { fillPath, idPrefixOf, readOperations, sampleValue, type Operation } from './testing/openApi.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * The control-character rule on every route: a NUL (or another C0 control character, or a lone
 * surrogate) in any text the request carries — a path segment, a query value, a JSON string at any depth,
 * a line of a text body — is refused with 400 naming where it is, and nothing is written.
 */

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let operations: Operation[];

const NUL_TEXT = 'bad\u0000text';

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'control');
  seeded = await seedWorkspace(people);
  operations = await readOperations(people.owner);
});
afterAll(async () => t?.close());

function idFor(prefix: string): string | undefined {
  const ids: Record<string, string> = {
    wks: seeded.workspaceId,
    jrn: seeded.journey.id,
    prs: seeded.personaId,
    usr: people.editor.userId,
    inv: seeded.invitationId,
    key: seeded.apiKeyId,
    shr: seeded.shareLinkId,
    phs: seeded.phaseId,
    tpt: seeded.touchpointId,
    pnp: seeded.painPointId,
    ida: seeded.ideaId,
    lan: seeded.journey.lanes[0]?.id ?? '',
  };
  return ids[prefix];
}

const sampleContext = {
  idFor,
  byName: (name: string) => (name === 'version' ? seeded.journey.version : undefined),
};

/** Paths of every string in a value (`touchpoints.0.title`). */
function stringPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...prefix, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
  return [];
}

function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value))
    return value.map((v, i) => (String(i) === head ? withValueAt(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: withValueAt(record[head], rest, replacement) };
}

interface TextCase {
  route: string;
  where: string;
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** For one route: its sample request with one piece of text at a time replaced by `bad`. */
function textCases(op: Operation, bad: string): TextCase[] {
  const params: Record<string, string> = {};
  for (const p of op.pathParams) {
    params[p.name] = p.name === 'token' ? seeded.shareToken : (idFor(idPrefixOf(p.schema) ?? '') ?? 'x');
  }
  const query: Record<string, string> = {};
  for (const q of op.query) query[q.name] = String(sampleValue(q.schema, sampleContext, q.name));
  const body = op.body ? sampleValue(op.body, sampleContext) : WRITE_BODYLESS.has(op.method) ? {} : undefined;
  const url = (p: Record<string, string>, q: Record<string, string>) => {
    const search = new URLSearchParams(q).toString();
    return fillPath(op.path, p) + (search ? `?${search}` : '');
  };
  const cases: TextCase[] = [];
  for (const name of Object.keys(params)) {
    cases.push({
      route: op.name,
      where: `params.${name}`,
      method: op.method,
      url: url({ ...params, [name]: bad }, query),
      body,
    });
  }
  for (const name of Object.keys(query)) {
    cases.push({
      route: op.name,
      where: `query.${name}`,
      method: op.method,
      url: url(params, { ...query, [name]: bad }),
      body,
    });
  }
  if (body !== undefined) {
    const paths = op.body ? stringPaths(body) : [['note']];
    for (const path of paths) {
      cases.push({
        route: op.name,
        where: ['body', ...path].join('.'),
        method: op.method,
        url: url(params, query),
        body: withValueAt(body, path, bad),
      });
    }
  }
  return cases;
}

/** Write routes without a JSON body schema still get a JSON body with text in it. */
const WRITE_BODYLESS = new Set(['POST', 'PUT', 'PATCH']);

describe('control characters in requests', () => {
  it('a NUL in any text of any route is refused with 400 naming the field, and nothing is written', async () => {
    const before = await readAllRows(t.databaseUrl);
    // Signing out goes last: if the rule failed there, the owner would be signed out for the rest.
    const cases = operations
      .flatMap((op) => textCases(op, NUL_TEXT))
      .sort((a, b) => Number(a.route.endsWith('/sign-out')) - Number(b.route.endsWith('/sign-out')));
    // Every route that takes any text at all is covered; most take several pieces.
    const routesWithText = new Set(cases.map((c) => c.route));
    expect(routesWithText.size).toBe(operations.filter((op) => textCases(op, NUL_TEXT).length > 0).length);
    expect(routesWithText.size).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const c of cases) {
      const response = await people.owner.request(c.method, c.url, c.body, c.headers);
      const issues: { path: string; message: string }[] =
        response.statusCode === 400 ? (response.json().issues ?? []) : [];
      const named = issues.some((i) => i.path === c.where && i.message.includes('U+0000'));
      if (!named) wrong.push(`${c.route} ${c.where}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(200);
    expect(await readAllRows(t.databaseUrl)).toEqual(before);
  });

  it('POST …/journeys/import names the line of Mermaid text and the field of a JSON document', async () => {
    const url = `/api/workspaces/${seeded.workspaceId}/journeys/import`;
    const mermaid = await people.owner.request(
      'POST',
      url,
      'journey\n  title Shoes\n  section See\u0000\n    Sees an ad: 4: Sam\n',
      { 'content-type': 'text/vnd.mermaid' },
    );
    expect(mermaid.statusCode).toBe(400);
    expect(mermaid.json().issues).toEqual([
      { path: 'body.line.3', message: expect.stringContaining('U+0000') },
    ]);

    // A trailmap comment's JSON can spell out what the line does not show.
    const escaped = await people.owner.request(
      'POST',
      url,
      'journey\n  title Shoes\n  section See\n  %% trailmap phase {"customerNeed":"\\ud800"}\n    Sees an ad: 4: Sam\n',
      { 'content-type': 'text/vnd.mermaid' },
    );
    expect(escaped.statusCode).toBe(400);
    expect(escaped.json().issues).toEqual([
      { path: 'body.line.4', message: expect.stringContaining('customerNeed contains a lone surrogate') },
    ]);

    const exported = await people.owner.request(
      'GET',
      `/api/workspaces/${seeded.workspaceId}/journeys/${seeded.journey.id}/export?format=json`,
    );
    const document = exported.json();
    const json = await people.owner.request('POST', url, {
      ...document,
      journey: { ...document.journey, title: 'Shoes\u001B[31m' },
      personas: [{ ...document.personas[0], goals: ['fits\uD800'] }],
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().issues).toEqual(
      expect.arrayContaining([
        { path: 'body.journey.title', message: expect.stringContaining('U+001B') },
        { path: 'body.personas.0.goals.0', message: expect.stringContaining('lone surrogate') },
      ]),
    );
  });

  it('a copy or desired version of a 200-character title never cuts an emoji in half', async () => {
    const ws = `/api/workspaces/${seeded.workspaceId}`;
    const title = `${'a'.repeat(191)}👟${'b'.repeat(7)}`;
    const created = await people.owner.request('POST', `${ws}/journeys`, { title });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json().journey;
    // "Copy of " + the title is 208 code units; cut at 200 it would end in half an emoji.
    const copy = await people.owner.request('POST', `${ws}/journeys/${id}/duplicate`, {});
    expect(copy.json().journey.title).toBe(`Copy of ${'a'.repeat(191)}`);
    const desired = await people.owner.request('POST', `${ws}/journeys/${id}/desired`, { version });
    expect(desired.json().journey.title).toBe(`${'a'.repeat(191)}👟${'b'.repeat(7)}`);
  });

  it('tab, line feed and carriage return are kept', async () => {
    const response = await people.owner.request('POST', `/api/workspaces/${seeded.workspaceId}/personas`, {
      name: 'Tab\there',
      description: 'line one\r\nline two\n',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().persona).toMatchObject({
      name: 'Tab\there',
      description: 'line one\r\nline two\n',
    });
  });
});
