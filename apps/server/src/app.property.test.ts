import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  anonymousClient,
  clientFor,
  createTestApp,
  sessionCookieOf,
  TEST_PASSWORD,
  type Client,
  type TestApp,
} from './testing/createTestApp.js';
import {
  idPrefixOf,
  readOperations,
  sampleValue,
  WRITE_METHODS,
  type JsonSchema,
  type Operation,
} from './testing/openApi.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * No input gives a 5xx. For every route of the OpenAPI document, fast-check sends requests built from
 * the route's own schema and then broken: one field changed to a wrong type, odd or huge text (NUL,
 * control characters, lone surrogates, path traversal), deep nesting, duplicated or unknown keys, raw
 * non-JSON bodies, wrong content types, odd path segments and query strings — as the signed-in owner
 * of a workspace full of real objects (so real ids are used most of the time) and anonymously.
 *
 * Reproduce a failure with the seed it prints: TRAILMAP_PROPERTY_SEED=<seed> (and the route's name as
 * the vitest test filter). TRAILMAP_PROPERTY_RUNS raises the number of requests per route.
 */

const SEED = Number(process.env['TRAILMAP_PROPERTY_SEED'] ?? 20_251_207);
const RUNS = Number(process.env['TRAILMAP_PROPERTY_RUNS'] ?? 40);
/** TRAILMAP_PROPERTY_STATS=1 prints how each route answered (to see that requests get past validation). */
const STATS = process.env['TRAILMAP_PROPERTY_STATS'] === '1';

// ---------------------------------------------------------------------------------------------------
// The world the requests run against. Generated values hold placeholders (`@@prs@@`, `@@version@@`)
// that are resolved when the request is sent, so a value still means "the real persona" after the
// workspace was seeded anew.

interface World {
  people: People;
  owner: Client;
  seeded: SeededWorkspace;
  version: number;
  /** Something a request did (a delete, a sign-out) may have removed what the placeholders name. */
  dirty: boolean;
}

let t: TestApp;
let world: World;
let operations: Operation[];
let exportedDocument: unknown;
let exportedMermaid: string;

/** Big inputs, named by placeholders and put in when sent, so a failure report does not print them. */
const HUGE_TEXT = 'y'.repeat(300_000);
const DEEP_ARRAY = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

function placeholderValues(): Record<string, string> {
  const { seeded, people } = world;
  return {
    wks: seeded.workspaceId,
    jrn: seeded.journey.id,
    desired: seeded.desiredId,
    prs: seeded.personaId,
    usr: people.editor.userId,
    owner: people.owner.userId,
    inv: seeded.invitationId,
    key: seeded.apiKeyId,
    shr: seeded.shareLinkId,
    token: seeded.shareToken,
    phs: seeded.phaseId,
    tpt: seeded.touchpointId,
    pnp: seeded.painPointId,
    ida: seeded.ideaId,
    lan: seeded.journey.lanes[0]?.id ?? 'lan_none000000',
    'other:wks': people.otherWorkspaceId,
    'other:prs': people.otherPersonaId,
    version: String(world.version),
    huge: HUGE_TEXT,
    deeparray: DEEP_ARRAY,
  };
}

/** Replaces placeholders: `"@@version@@"` (a JSON string) becomes the number, the rest their ids. */
function resolve(text: string): string {
  const values = placeholderValues();
  return text
    .replaceAll('"@@version@@"', values['version']!)
    .replace(/@@([a-z:]+)@@/g, (match, name: string) => values[name] ?? match);
}

const ID_PLACEHOLDERS = [
  'wks',
  'jrn',
  'desired',
  'prs',
  'usr',
  'owner',
  'inv',
  'key',
  'shr',
  'phs',
  'tpt',
  'pnp',
  'ida',
  'lan',
  'other:wks',
  'other:prs',
].map((name) => `@@${name}@@`);

async function signInOwner(): Promise<Client> {
  const { owner } = world.people;
  const response = await anonymousClient(t.app).request('POST', '/api/auth/sign-in', {
    email: owner.email,
    password: TEST_PASSWORD,
  });
  if (response.statusCode !== 200) throw new Error(`owner cannot sign in again: ${response.body}`);
  return clientFor(t.app, owner.email, owner.userId, sessionCookieOf(response));
}

/** After a write that succeeded: keep the version current, sign in again, seed anew when needed. */
async function catchUp(op: Operation): Promise<void> {
  if ((await world.owner.request('GET', '/api/auth/me')).statusCode === 401) {
    world.owner = await signInOwner();
    world.people = { ...world.people, owner: world.owner };
  }
  if (op.method === 'DELETE') world.dirty = true;
  const response = await world.owner.request(
    'GET',
    `/api/workspaces/${world.seeded.workspaceId}/journeys/${world.seeded.journey.id}`,
  );
  if (response.statusCode === 200) world.version = response.json().journey.version;
  else world.dirty = true;
}

async function freshWorld(): Promise<void> {
  if (!world.dirty) return;
  const seeded = await seedWorkspace(world.people, 'Fuzzed');
  world = { ...world, seeded, version: seeded.journey.version, dirty: false };
}

// ---------------------------------------------------------------------------------------------------
// Generators.

const ODD_TEXTS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007',
  '\u001b[31mred',
  '\u007f',
  '\u0085',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\uFEFF',
  '\u202Eevil',
  'é',
  '👟',
  '名前',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%',
  '%zz',
  'null',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '${7*7}',
  'jrn_',
  'wks_../x',
  'prs_ABCDEF',
  'A'.repeat(201),
  'x'.repeat(10_001),
  '@@huge@@',
  '1e309',
  '-1',
  '0',
  '2147483648',
];

/** Text a route should refuse (or handle): odd, huge, NUL, control characters, lone surrogates, ids. */
const oddText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
  { weight: 2, arbitrary: fc.constantFrom(...ID_PLACEHOLDERS) },
);

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** A value of the wrong kind, or an odd one of the right kind. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(-1, 0, 1.5, -0.5, 1e308, -1e308, 2 ** 53 + 1, 10_001, 100_001, 1e21),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(oddText, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(50, 400).map((n) => nested(n, 'deep')) },
  { weight: 1, arbitrary: fc.constantFrom(60, 3_000).map((n) => Array.from({ length: n }, () => 'item')) },
);

/** Paths of every node of a JSON value (the first 300), the root included. */
function nodePaths(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && out.length < 300) {
    const { value: current, path } = stack.pop()!;
    out.push(path);
    if (Array.isArray(current)) current.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (current && typeof current === 'object')
      Object.entries(current).forEach(([k, v]) => stack.push({ value: v, path: [...path, k] }));
  }
  return out;
}

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'spoil'; at: number; char: string }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number };

function getAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | null)?.[k], value);
}

/** A copy of `value` with one mutation applied at one of its nodes. */
function mutate(value: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(value);
  const all = nodePaths(copy);
  // Spoiling keeps the type and changes the content: one bad character put into a string.
  const strings = all.filter((p) => typeof getAt(copy, p) === 'string');
  const paths = mutation.kind === 'spoil' && strings.length > 0 ? strings : all;
  const path = paths[mutation.at % paths.length]!;
  if (mutation.kind === 'spoil') {
    const text = getAt(copy, path);
    if (typeof text !== 'string') return copy;
    const at = mutation.at % (text.length + 1);
    const spoiled = `${text.slice(0, at)}${mutation.char}${text.slice(at)}`;
    if (path.length === 0) return spoiled;
    (getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = spoiled;
    return copy;
  }
  if (path.length === 0 && mutation.kind === 'replace') return mutation.value;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  const node = getAt(copy, path);
  switch (mutation.kind) {
    case 'replace':
      if (path.length > 0) (parent as Record<string | number, unknown>)[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (path.length > 0) delete (parent as Record<string | number, unknown>)[key];
      break;
    case 'addKey':
      if (node && typeof node === 'object' && !Array.isArray(node))
        Object.defineProperty(node, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
        });
      break;
    case 'duplicate':
      if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0]));
      else if (Array.isArray(parent)) parent.push(structuredClone(node));
      break;
  }
  return copy;
}

/** Characters no stored text may hold (and a few odd ones it may). */
const BAD_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000b',
  '\u001b',
  '\u001f',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u007f',
  '\u0085',
  '\u2028',
  '\uFFFF',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: badValue }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('spoil' as const),
      at: fc.nat(),
      char: fc.constantFrom(...BAD_CHARS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'workspaceId', 'version', ''), oddText),
      value: badValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'text/x-mermaid',
  'text/vnd.mermaid',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
];

const RAW_BODIES = [
  '',
  '{',
  '{"a":',
  'null',
  '""',
  '"\\u0000"',
  '[]',
  '0',
  'not json',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '\uFEFF{}',
  '{"title":"a","title":"b"}',
  '{"title":"\\ud800"}',
  '{"title":"\\u0000"}',
  '{"title":@@deeparray@@}',
  '@@deeparray@@',
  '{"name":"x","goals":@@deeparray@@}',
  'journey\n  title \u0000\n',
  'journey\n  section\n    : : :\n',
  'journey\r\n  title Shoes\r\n  section See\r\n    Sees an ad: 9: Sam\r\n',
];

/**
 * Mermaid text changed at one line: a `%% trailmap` comment gets one field of its JSON changed (so the
 * JSON can spell out what the line cannot show, `\u0000`), any other line is replaced by or gets odd text.
 */
function mutateLines(text: string, at: number, odd: string, change: Mutation, onComment: boolean): string {
  const lines = text.split('\n');
  const commentLines = lines.flatMap((l, i) => (/^\s*%%\s*trailmap\s/.test(l) ? [i] : []));
  const i =
    onComment && commentLines.length > 0 ? commentLines[at % commentLines.length]! : at % (lines.length + 1);
  const line = lines[i];
  const comment = line === undefined ? null : /^(\s*%%\s*trailmap\s+\S+\s+)(.*)$/.exec(line);
  if (comment) lines[i] = `${comment[1]}${JSON.stringify(mutate(JSON.parse(comment[2]!), change))}`;
  else if (line !== undefined && change.kind !== 'addKey') lines[i] = `${line.slice(0, 10)}${odd}`;
  else lines.splice(i, 0, odd);
  return lines.join('\n');
}

interface GeneratedRequest {
  focus: Focus;
  as: 'owner' | 'anonymous';
  params: Record<string, string>;
  query: GeneratedQuery;
  body:
    { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; contentType: string };
  /** Another content type than the body's own, when that is what the request breaks. */
  contentType: string | null;
}

const placeholderSample = {
  idFor: (prefix: string) => `@@${prefix}@@`,
  byName: (name: string) => (name === 'version' ? '@@version@@' : undefined),
};

/** The real id a path segment names (`@@prs@@`), by its name or its schema's id pattern. */
function rightParam(name: string, schema: JsonSchema): string {
  const prefix = name === 'token' ? 'token' : name === 'otherId' ? 'desired' : idPrefixOf(schema);
  return prefix ? `@@${prefix}@@` : 'x';
}

/** A wrong path segment: another kind's id, an unknown id, odd text, or raw broken encoding. */
function badParam(schema: JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ID_PLACEHOLDERS) },
    { weight: 1, arbitrary: fc.constant(`${idPrefixOf(schema) ?? 'xyz'}_zzzzzz000000`) },
    { weight: 3, arbitrary: oddText.map((text) => text.slice(0, 300)) },
    // Sent as they are, not encoded: broken percent-encoding, dot segments, encoded NUL and surrogate.
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('%', '%zz', '..', '.', '%2e%2e', '%2F', '%00', '%ED%A0%80', '%C0%AE')
        .map((raw) => `raw:${raw}`),
    },
  );
}

const RAW_QUERIES = [
  '%',
  'a=%zz',
  '&&&',
  '=',
  'a[b]=1',
  '__proto__=1',
  'constructor[prototype][x]=1',
  'version',
  'x=%00',
];

/** The query as pairs (encoded when sent, after placeholders are resolved) and a raw tail. */
interface GeneratedQuery {
  pairs: [string, string][];
  raw: string | null;
}

/** A plausible value for a declared query parameter (an enum member, a real id, the version). */
function goodQueryValue(schema: JsonSchema, name: string): fc.Arbitrary<string> {
  return schema.enum?.length
    ? fc.constantFrom(...schema.enum.map(String))
    : fc.constant(String(sampleValue(schema, placeholderSample, name)));
}

/** Good: declared parameters with plausible values (optional ones sometimes left out). Bad: anything. */
function queryArbitrary(op: Operation, bad: boolean): fc.Arbitrary<GeneratedQuery> {
  if (!bad) {
    const declared = op.query.map((q) =>
      q.required
        ? goodQueryValue(q.schema, q.name)
        : fc.option(goodQueryValue(q.schema, q.name), { freq: 3 }),
    );
    return fc.tuple(...declared).map((values) => ({
      pairs: values.flatMap((v, i): [string, string][] => (v === null ? [] : [[op.query[i]!.name, v]])),
      raw: null,
    }));
  }
  const declared = op.query.map((q) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<string[]>([]) },
      { weight: 2, arbitrary: goodQueryValue(q.schema, q.name).map((v) => [v]) },
      { weight: 3, arbitrary: oddText.map((v) => [v.slice(0, 2_000)]) },
      {
        weight: 1,
        arbitrary: fc.tuple(oddText, oddText).map(([a, b]) => [a.slice(0, 100), b.slice(0, 100)]),
      },
    ),
  );
  const extra = fc.option(fc.tuple(oddText, oddText), { freq: 3 });
  const raw = fc.option(fc.constantFrom(...RAW_QUERIES), { freq: 3 });
  return fc.tuple(fc.tuple(...declared), extra, raw).map(([values, more, rawQuery]) => {
    const pairs = values.flatMap((list, i) => list.map((v): [string, string] => [op.query[i]!.name, v]));
    if (more) pairs.push([more[0].slice(0, 100), more[1].slice(0, 100)]);
    return { pairs, raw: rawQuery };
  });
}

/** The bodies a route starts from: its schema's sample, plus real documents for import and autosave. */
function baseBodies(op: Operation): unknown[] {
  const bases: unknown[] = [];
  if (op.body) bases.push(sampleValue(op.body, placeholderSample));
  if (op.path.endsWith('/journeys/import')) bases.push(exportedDocument);
  if (op.method === 'PUT' && op.path.endsWith('/journeys/{journeyId}')) {
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...map } = world.seeded.journey;
    bases.push({ ...map, version: '@@version@@' });
  }
  if (bases.length === 0 && op.method !== 'GET') bases.push({});
  return bases;
}

/** Good: the route's base body as it is. Bad: a base with one change, raw text, random JSON, none. */
function bodyArbitrary(op: Operation, bad: boolean): fc.Arbitrary<GeneratedRequest['body']> {
  const bases = baseBodies(op);
  const isImport = op.path.endsWith('/journeys/import');
  const mermaid = { kind: 'raw' as const, text: exportedMermaid, contentType: 'text/vnd.mermaid' };
  if (!bad) {
    const good: GeneratedRequest['body'][] = bases.map((value) => ({ kind: 'json' as const, value }));
    if (isImport) good.push(mermaid);
    return good.length > 0 ? fc.constantFrom(...good) : fc.constant({ kind: 'none' as const });
  }
  const options: fc.WeightedArbitrary<GeneratedRequest['body']>[] = [
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...RAW_BODIES)
        .map((text) => ({ kind: 'raw' as const, text, contentType: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ kind: 'json' as const, value })),
    },
  ];
  if (bases.length > 0) {
    options.push({
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...bases), mutation)
        .map(([value, m]) => ({ kind: 'json' as const, value: mutate(value, m) })),
    });
  }
  if (isImport) {
    options.push({
      weight: 10,
      arbitrary: fc.tuple(fc.nat(), oddText, mutation, fc.boolean()).map(([at, odd, change, onComment]) => ({
        ...mermaid,
        text: mutateLines(exportedMermaid, at, odd, change, onComment),
      })),
    });
  }
  return fc.oneof(...options);
}

/** What one request breaks: nothing, a path segment, the query, the body or the content type. */
type Focus = 'nothing' | 'params' | 'query' | 'body' | 'contentType';

function focusArbitrary(op: Operation): fc.Arbitrary<Focus> {
  const hasBody = op.method !== 'GET';
  const options: fc.WeightedArbitrary<Focus>[] = [
    { weight: 1, arbitrary: fc.constant('nothing' as const) },
    { weight: 1, arbitrary: fc.constant('query' as const) },
    { weight: hasBody ? 6 : 1, arbitrary: fc.constant('body' as const) },
    { weight: 1, arbitrary: fc.constant('contentType' as const) },
  ];
  if (op.pathParams.length > 0) options.push({ weight: 2, arbitrary: fc.constant('params' as const) });
  return fc.oneof(...options);
}

/** One request: everything right but the one part in focus, which is broken in some way. */
function requestArbitrary(op: Operation): fc.Arbitrary<GeneratedRequest> {
  return focusArbitrary(op).chain((focus) => {
    const broken = focus === 'params' ? fc.nat({ max: op.pathParams.length - 1 }) : fc.constant(-1);
    const params = broken.chain((index) =>
      fc.record(
        Object.fromEntries(
          op.pathParams.map((p, i) => [
            p.name,
            i === index ? badParam(p.schema) : fc.constant(rightParam(p.name, p.schema)),
          ]),
        ),
      ),
    ) as fc.Arbitrary<Record<string, string>>;
    return fc.record({
      focus: fc.constant(focus),
      as: fc.constantFrom<'owner' | 'anonymous'>('owner', 'owner', 'owner', 'anonymous'),
      params,
      query: queryArbitrary(op, focus === 'query'),
      body: bodyArbitrary(op, focus === 'body'),
      contentType: focus === 'contentType' ? fc.constantFrom(...CONTENT_TYPES) : fc.constant(null),
    });
  });
}

// ---------------------------------------------------------------------------------------------------

/**
 * Percent-encodes text as a client would; a lone surrogate, which UTF-8 cannot encode, is sent as the
 * three bytes a careless encoder would write (`%ED%A0%80`), which are not valid UTF-8.
 */
function encodeLoosely(text: string): string {
  return text.replace(/[\s\S]/gu, (char) => {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(char);
  });
}

function urlOf(op: Operation, request: GeneratedRequest): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = request.params[name] ?? '';
    return value.startsWith('raw:') ? value.slice(4) : encodeLoosely(resolve(value));
  });
  const query = [
    ...request.query.pairs.map(([k, v]) => `${encodeLoosely(resolve(k))}=${encodeLoosely(resolve(v))}`),
    ...(request.query.raw ? [request.query.raw] : []),
  ].join('&');
  return query ? `${path}?${query}` : path;
}

function payloadOf(request: GeneratedRequest): string | undefined {
  if (request.body.kind === 'none') return undefined;
  if (request.body.kind === 'raw') return resolve(request.body.text);
  return resolve(JSON.stringify(request.body.value) ?? 'null');
}

async function send(op: Operation, request: GeneratedRequest) {
  const client = request.as === 'owner' ? world.owner : anonymousClient(t.app);
  const url = urlOf(op, request);
  const payload = payloadOf(request);
  const ownType = request.body.kind === 'raw' ? request.body.contentType : 'application/json';
  const contentType = request.contentType ?? ownType;
  const headers: Record<string, string> = payload === undefined ? {} : { 'content-type': contentType };
  const response = await client.request(op.method, url, payload, headers);
  return { response, url, payload, contentType };
}

beforeAll(async () => {
  t = await createTestApp();
  const people = await signUpPeople(t.app, 'property');
  const seeded = await seedWorkspace(people, 'Fuzzed');
  world = { people, owner: people.owner, seeded, version: seeded.journey.version, dirty: false };
  operations = await readOperations(people.owner);
  const jr = `/api/workspaces/${seeded.workspaceId}/journeys/${seeded.journey.id}`;
  exportedDocument = (await people.owner.request('GET', `${jr}/export?format=json`)).json();
  exportedMermaid = (await people.owner.request('GET', `${jr}/export?format=mermaid`)).body;
}, 60_000);
afterAll(async () => t?.close());

/** The routes, read from a throwaway app's OpenAPI document (tests must be known before they run). */
async function listRouteNames(): Promise<string[]> {
  const { buildApp } = await import('./app.js');
  const app = await buildApp({
    store: undefined as never,
    describeEventStore: async () => ({ engine: 'duckdb', version: 'none' }),
  });
  const names = (await readOperations(anonymousClient(app))).map((o) => o.name);
  await app.close();
  return names;
}

const ROUTE_NAMES = await listRouteNames();

/** What is wrong with an answer: a 5xx, no request id, an error in another shape; null when nothing. */
function problemOf(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  if (response.statusCode >= 500) return 'a 5xx';
  if (!response.headers['x-request-id']) return 'no x-request-id';
  if (response.statusCode >= 400 && !hasErrorShape(response.body))
    return 'an error without the { error, message } shape';
  return null;
}

function hasErrorShape(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
    return typeof parsed.error === 'string' && typeof parsed.message === 'string';
  } catch {
    return false;
  }
}

function seedFor(route: string): number {
  let hash = SEED;
  for (const char of route) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

describe(`no input gives a 5xx; every answer has a request id, every error the one shape (seed ${SEED}, ${RUNS} requests per route)`, () => {
  it('covers every route of the OpenAPI document', () => {
    if (operations.length < 40) throw new Error(`only ${operations.length} routes in the OpenAPI document`);
  });

  // One test per route, named by the route; the list is read from the app before the tests are made.
  it.each(ROUTE_NAMES)(
    '%s',
    async (name) => {
      const op = operations.find((o) => o.name === name);
      if (!op) throw new Error(`${name} is no longer in the OpenAPI document`);
      await freshWorld();
      const statuses: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(requestArbitrary(op), async (request) => {
          const { response, url, payload, contentType } = await send(op, request);
          statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
          const problem = problemOf(response);
          if (problem) {
            throw new Error(
              `${problem}: ${op.method} ${url} as ${request.as}, breaking ${request.focus} (${contentType}) → ${response.statusCode} ${response.body.slice(0, 300)}\nbody: ${(payload ?? '').slice(0, 300)}`,
            );
          }
          if (WRITE_METHODS.has(op.method) && response.statusCode < 300) await catchUp(op);
        }),
        { seed: seedFor(name), numRuns: RUNS },
      );
      if (STATS) console.log(name, JSON.stringify(statuses));
    },
    120_000,
  );
});
