import { readAllRows } from '@trailmap/db/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipart } from './testing/buildMultipart.js';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';
import { storeDataset } from './testing/storeDataset.js';

/**
 * Atomic writes: a write answered 4xx leaves every stored row as it was (journeys and their versions,
 * personas, members, invitations, keys, share links, users, sessions). Every write route of the OpenAPI
 * document must have at least one bad-input case here, so a new route cannot be forgotten.
 */

type Ctx = People &
  SeededWorkspace & {
    /** `/api/workspaces/:workspaceId` of the seeded workspace. */
    ws: string;
    /** `…/journeys/:journeyId` of the seeded current map. */
    jr: string;
    version: number;
    /** A dataset of the seeded workspace, and one of the outsider's workspace. */
    datasetId: string;
    otherDatasetId: string;
  };

interface BadWrite {
  why: string;
  status: number;
  send(c: Ctx): Promise<LightMyRequestResponse>;
}

const UNKNOWN_PERSONA = 'prs_unknown000000';
const UNKNOWN_PHASE = 'phs_unknown000000';
const UNKNOWN_TOUCHPOINT = 'tpt_unknown000000';

/** The exchange document of the seeded map, as `GET …/export` gives it. */
async function exportDocument(
  c: Ctx,
): Promise<Record<string, unknown> & { journey: Record<string, unknown> }> {
  const response = await c.owner.request('GET', `${c.jr}/export?format=json`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

const card = (segment: string) => (c: Ctx, id: string) => `${c.jr}/${segment}/${id}`;

/** The seeded map as the editor's autosave sends it. */
function wholeMap(c: Ctx): Record<string, unknown> {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...map } = c.journey;
  return map;
}

/** `METHOD /openapi/path` → the bad requests that must change nothing. */
const BAD_WRITES: Record<string, BadWrite[]> = {
  'POST /api/auth/sign-up': [
    {
      why: 'a password that is too short',
      status: 400,
      send: (c) =>
        c.anonymous.request('POST', '/api/auth/sign-up', { email: 'new@example.com', password: 'short' }),
    },
    {
      why: 'an e-mail address that has an account',
      status: 409,
      send: (c) =>
        c.anonymous.request('POST', '/api/auth/sign-up', {
          email: c.owner.email,
          password: 'long enough pass',
        }),
    },
  ],
  'POST /api/auth/sign-in': [
    {
      why: 'a wrong password',
      status: 401,
      send: (c) =>
        c.anonymous.request('POST', '/api/auth/sign-in', {
          email: c.owner.email,
          password: 'wrong password',
        }),
    },
  ],
  'POST /api/auth/sign-out': [
    {
      why: 'a NUL character in the body',
      status: 400,
      send: (c) => c.outsider.request('POST', '/api/auth/sign-out', { reason: 'bye\u0000' }),
    },
  ],
  'POST /api/workspaces': [
    {
      why: 'an empty name',
      status: 400,
      send: (c) => c.owner.request('POST', '/api/workspaces', { name: ' ' }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}': [
    { why: 'an empty name', status: 400, send: (c) => c.owner.request('PATCH', c.ws, { name: '' }) },
    {
      why: 'an editor renaming',
      status: 403,
      send: (c) => c.editor.request('PATCH', c.ws, { name: 'Mine' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}': [
    { why: 'an editor deleting', status: 403, send: (c) => c.editor.request('DELETE', c.ws) },
    {
      why: 'a malformed id',
      status: 400,
      send: (c) => c.owner.request('DELETE', '/api/workspaces/wks_NOT-AN-ID'),
    },
  ],
  'POST /api/workspaces/{workspaceId}/members': [
    {
      why: 'an invalid e-mail address',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.ws}/members`, { email: 'not-an-email', role: 'editor' }),
    },
    {
      why: 'an unknown role',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.ws}/members`, { email: 'x@example.com', role: 'admin' }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/members/{userId}': [
    {
      why: 'an unknown role',
      status: 400,
      send: (c) => c.owner.request('PATCH', `${c.ws}/members/${c.editor.userId}`, { role: 'admin' }),
    },
    {
      why: 'the last owner stepping down',
      status: 409,
      send: (c) => c.owner.request('PATCH', `${c.ws}/members/${c.owner.userId}`, { role: 'editor' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/members/{userId}': [
    {
      why: 'the last owner leaving',
      status: 409,
      send: (c) => c.owner.request('DELETE', `${c.ws}/members/${c.owner.userId}`),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/invitations/{invitationId}': [
    {
      why: 'an editor withdrawing',
      status: 403,
      send: (c) => c.editor.request('DELETE', `${c.ws}/invitations/${c.invitationId}`),
    },
    {
      why: 'an unknown invitation',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/invitations/inv_unknown000000`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/api-keys': [
    {
      why: 'an unknown scope',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.ws}/api-keys`, { name: 'ci', scope: 'admin' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/api-keys/{keyId}': [
    {
      why: 'an unknown key',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/api-keys/key_unknown000000`),
    },
    {
      why: 'an editor revoking',
      status: 403,
      send: (c) => c.editor.request('DELETE', `${c.ws}/api-keys/${c.apiKeyId}`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/personas': [
    {
      why: 'a picture that is not https',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/personas`, { name: 'Pat', pictureUrl: 'http://x.test/p.png' }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/personas/{personaId}': [
    {
      why: 'a good name with an empty goal',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', `${c.ws}/personas/${c.personaId}`, { name: 'Renamed', goals: [''] }),
    },
    {
      why: "another workspace's persona",
      status: 404,
      send: (c) => c.owner.request('PATCH', `${c.ws}/personas/${c.otherPersonaId}`, { name: 'Renamed' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/personas/{personaId}': [
    {
      why: 'a viewer deleting',
      status: 403,
      send: (c) => c.viewer.request('DELETE', `${c.ws}/personas/${c.personaId}`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys': [
    {
      why: "another workspace's persona",
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/journeys`, { title: 'New', personaIds: [c.otherPersonaId] }),
    },
    {
      why: "a link to another workspace's dataset",
      status: 404,
      send: (c) => c.owner.request('POST', `${c.ws}/journeys`, { title: 'New', datasetId: c.otherDatasetId }),
    },
    {
      why: 'an unknown example map',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.ws}/journeys`, { title: 'New', example: 'mortgage' }),
    },
    {
      why: 'an example map with an unknown persona',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/journeys`, {
          title: 'New',
          example: 'loan-application',
          personaIds: [c.otherPersonaId],
        }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/journeys/{journeyId}': [
    {
      why: 'a good title with an unknown persona',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', c.jr, {
          version: c.version,
          title: 'Renamed',
          personaIds: [UNKNOWN_PERSONA],
        }),
    },
    {
      why: "a good title with another workspace's persona",
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', c.jr, {
          version: c.version,
          title: 'Renamed',
          personaIds: [c.otherPersonaId],
        }),
    },
    {
      why: 'the map as its own counterpart',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', c.jr, { version: c.version, title: 'Renamed', counterpartId: c.journey.id }),
    },
    {
      why: 'a stale version',
      status: 409,
      send: (c) => c.owner.request('PATCH', c.jr, { version: c.version - 1, title: 'Renamed' }),
    },
    {
      why: "a link to another workspace's dataset",
      status: 404,
      send: (c) => c.owner.request('PATCH', c.jr, { version: c.version, datasetId: c.otherDatasetId }),
    },
    {
      why: 'a good title with a link to an unknown dataset',
      status: 404,
      send: (c) =>
        c.owner.request('PATCH', c.jr, {
          version: c.version,
          title: 'Renamed',
          datasetId: 'dst_unknown000000',
        }),
    },
    {
      why: 'a viewer linking a dataset',
      status: 403,
      send: (c) => c.viewer.request('PATCH', c.jr, { version: c.version, datasetId: c.datasetId }),
    },
    {
      why: 'a stale version with a good link',
      status: 409,
      send: (c) => c.owner.request('PATCH', c.jr, { version: c.version - 1, datasetId: c.datasetId }),
    },
    {
      why: 'a standing filter without a linked dataset',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', c.jr, { version: c.version, datasetFilter: { channels: ['app'] } }),
    },
    {
      why: 'a good link with a filter that ends before it starts',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', c.jr, {
          version: c.version,
          datasetId: c.datasetId,
          datasetFilter: { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' },
        }),
    },
  ],
  'PUT /api/workspaces/{workspaceId}/journeys/{journeyId}': [
    {
      why: 'a touchpoint in an unknown phase',
      status: 400,
      send: (c) => {
        const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...map } = c.journey;
        const touchpoints = map.touchpoints.map((t) => ({ ...t, phaseId: UNKNOWN_PHASE }));
        return c.owner.request('PUT', c.jr, { ...map, title: 'Renamed', touchpoints });
      },
    },
    {
      why: 'an unknown persona',
      status: 400,
      send: (c) => {
        const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...map } = c.journey;
        return c.owner.request('PUT', c.jr, { ...map, title: 'Renamed', personaIds: [UNKNOWN_PERSONA] });
      },
    },
    {
      why: "a link to another workspace's dataset",
      status: 404,
      send: (c) =>
        c.owner.request('PUT', c.jr, { ...wholeMap(c), title: 'Renamed', datasetId: c.otherDatasetId }),
    },
    {
      why: 'a touchpoint matcher without activities',
      status: 400,
      send: (c) => {
        const map = wholeMap(c);
        const touchpoints = c.journey.touchpoints.map((t) => ({ ...t, matcher: { activities: [] } }));
        return c.owner.request('PUT', c.jr, {
          ...map,
          title: 'Renamed',
          datasetId: c.datasetId,
          touchpoints,
        });
      },
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/journeys/{journeyId}': [
    { why: 'a viewer deleting', status: 403, send: (c) => c.viewer.request('DELETE', c.jr) },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/duplicate': [
    {
      why: 'an empty title',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.jr}/duplicate`, { title: '' }),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/desired': [
    {
      why: 'a map that has a desired version',
      status: 409,
      send: (c) => c.owner.request('POST', `${c.jr}/desired`, { version: c.version }),
    },
    {
      why: 'a desired map',
      status: 400,
      send: async (c) => {
        const desired = (await c.owner.request('GET', `${c.ws}/journeys/${c.desiredId}`)).json().journey;
        return c.owner.request('POST', `${c.ws}/journeys/${c.desiredId}/desired`, {
          version: desired.version,
        });
      },
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/touchpoints': [
    {
      why: 'an unknown phase',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/touchpoints`, {
          version: c.version,
          phaseId: UNKNOWN_PHASE,
          title: 'Calls',
          channel: 'phone',
        }),
    },
    {
      why: 'a matcher with an unknown operator',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/touchpoints`, {
          version: c.version,
          phaseId: c.phaseId,
          title: 'Calls',
          channel: 'phone',
          matcher: {
            activities: ['Inbound Call'],
            properties: [{ key: 'topic', op: 'like', value: 'bill%' }],
          },
        }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/journeys/{journeyId}/touchpoints/{itemId}': [
    {
      why: 'a good title with an unknown phase',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', card('touchpoints')(c, c.touchpointId), {
          version: c.version,
          title: 'Renamed',
          phaseId: UNKNOWN_PHASE,
        }),
    },
    {
      why: 'a good title with a matcher whose gt is not a number or date',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', card('touchpoints')(c, c.touchpointId), {
          version: c.version,
          title: 'Renamed',
          matcher: {
            activities: ['Order Placed'],
            properties: [{ key: 'order_value', op: 'gt', value: 'lots' }],
          },
        }),
    },
    {
      why: 'a matcher with 201 activities',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', card('touchpoints')(c, c.touchpointId), {
          version: c.version,
          matcher: { activities: Array.from({ length: 201 }, (_, i) => `Activity ${i}`) },
        }),
    },
    {
      why: 'a matcher with a control character in a channel',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', card('touchpoints')(c, c.touchpointId), {
          version: c.version,
          matcher: { activities: ['Order Placed'], channels: ['app\u0000'] },
        }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/journeys/{journeyId}/touchpoints/{itemId}': [
    {
      why: 'a stale version',
      status: 409,
      send: (c) =>
        c.owner.request('DELETE', `${card('touchpoints')(c, c.touchpointId)}?version=${c.version - 1}`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/pain-points': [
    {
      why: 'an unknown touchpoint',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/pain-points`, {
          version: c.version,
          phaseId: c.phaseId,
          touchpointId: UNKNOWN_TOUCHPOINT,
          title: 'Waits',
        }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/journeys/{journeyId}/pain-points/{itemId}': [
    {
      why: 'a good title with an unknown touchpoint',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', card('pain-points')(c, c.painPointId), {
          version: c.version,
          title: 'Renamed',
          touchpointId: UNKNOWN_TOUCHPOINT,
        }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/journeys/{journeyId}/pain-points/{itemId}': [
    {
      why: 'an unknown pain point',
      status: 404,
      send: (c) =>
        c.owner.request('DELETE', `${card('pain-points')(c, 'pnp_unknown000000')}?version=${c.version}`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/ideas': [
    {
      why: 'an unknown pain point',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/ideas`, {
          version: c.version,
          title: 'Call back',
          painPointIds: ['pnp_unknown000000'],
        }),
    },
    {
      why: 'a source touchpoint that is not on the map',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/ideas`, {
          version: c.version,
          title: 'Call back',
          source: { kind: 'drop-off', touchpointId: 'tpt_unknown000000' },
        }),
    },
    {
      why: 'a score of 6',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/ideas`, {
          version: c.version,
          title: 'Call back',
          scores: { media: 6 },
        }),
    },
    {
      why: 'the single touchpointId of map version 2 (now the list touchpointIds)',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/ideas`, {
          version: c.version,
          title: 'Call back',
          touchpointId: c.touchpointId,
        }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/journeys/{journeyId}/ideas/{itemId}': [
    {
      why: 'a good title with an unknown phase',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', card('ideas')(c, c.ideaId), {
          version: c.version,
          title: 'Renamed',
          phaseId: UNKNOWN_PHASE,
        }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/journeys/{journeyId}/ideas/{itemId}': [
    {
      why: 'a version that is not a number',
      status: 400,
      send: (c) => c.owner.request('DELETE', `${card('ideas')(c, c.ideaId)}?version=latest`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/phases': [
    {
      why: 'an index out of range',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.jr}/phases`, { version: c.version, name: 'Wait', index: -1 }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/journeys/{journeyId}/phases/{itemId}': [
    {
      why: 'an empty name',
      status: 400,
      send: (c) => c.owner.request('PATCH', card('phases')(c, c.phaseId), { version: c.version, name: '' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/journeys/{journeyId}/phases/{itemId}': [
    {
      why: 'a viewer removing',
      status: 403,
      send: (c) => c.viewer.request('DELETE', `${card('phases')(c, c.phaseId)}?version=${c.version}`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/import': [
    {
      why: 'a document with new personas and a touchpoint in an unknown phase',
      status: 400,
      send: async (c) => {
        const document = await exportDocument(c);
        const touchpoints = (document.journey.touchpoints as { phaseId: string }[]).map((t) => ({
          ...t,
          phaseId: UNKNOWN_PHASE,
        }));
        return c.owner.request('POST', `${c.ws}/journeys/import`, {
          ...document,
          journey: { ...document.journey, touchpoints },
          personas: [
            { id: 'prs_brandnew000001', name: 'New one' },
            { id: 'prs_brandnew000002', name: 'New two' },
          ],
        });
      },
    },
    {
      why: 'a linked document with new personas and a matcher of 21 channels',
      status: 400,
      send: async (c) => {
        const document = await exportDocument(c);
        const touchpoints = (document.journey.touchpoints as object[]).map((t) => ({
          ...t,
          matcher: { activities: ['Ad Viewed'], channels: Array.from({ length: 21 }, (_, i) => `c${i}`) },
        }));
        return c.owner.request('POST', `${c.ws}/journeys/import`, {
          ...document,
          journey: { ...document.journey, datasetId: c.datasetId, touchpoints },
          personas: [{ id: 'prs_brandnew000003', name: 'New three' }],
        });
      },
    },
    {
      why: 'Mermaid text with a task outside any section',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/journeys/import`, 'journey\n  title Shoes\n  Sees an ad: 5: Sam\n', {
          'content-type': 'text/vnd.mermaid',
        }),
    },
    {
      why: 'Mermaid text sent as text/plain, the type a form on another site can send',
      status: 415,
      send: (c) =>
        c.owner.request(
          'POST',
          `${c.ws}/journeys/import`,
          'journey\n  title Shoes\n  section A\n    Ad: 5: Sam\n',
          {
            'content-type': 'text/plain',
          },
        ),
    },
    {
      why: 'a form post from another origin',
      status: 403,
      send: (c) =>
        c.owner.request(
          'POST',
          `${c.ws}/journeys/import`,
          'journey\n  title Shoes\n  section A\n    Ad: 5: Sam\n',
          {
            'content-type': 'text/plain',
            origin: 'http://localhost:8080',
          },
        ),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/share-links': [
    { why: 'a viewer sharing', status: 403, send: (c) => c.viewer.request('POST', `${c.jr}/share-links`) },
    {
      why: 'an unknown map',
      status: 404,
      send: (c) => c.owner.request('POST', `${c.ws}/journeys/jrn_unknown000000/share-links`),
    },
    {
      why: 'figures over a period that runs backward',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/share-links`, {
          figures: { from: '2024-02-01', to: '2024-01-01' },
        }),
    },
    {
      why: 'a kind of link that does not exist',
      status: 400,
      send: (c) => c.owner.request('POST', `${c.jr}/share-links`, { kind: 'slides' }),
    },
    {
      why: 'a report link with figures options',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.jr}/share-links`, {
          kind: 'report',
          figures: { curve: 'designed', from: null, to: null },
        }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/journeys/{journeyId}/share-links/{linkId}': [
    {
      why: 'an unknown link',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.jr}/share-links/shr_unknown000000`),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/share-links': [
    {
      why: 'an editor revoking every link',
      status: 403,
      send: (c) => c.editor.request('DELETE', `${c.ws}/share-links`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/invitations/{invitationId}/link': [
    {
      why: 'an editor making a new invite link',
      status: 403,
      send: (c) => c.editor.request('POST', `${c.ws}/invitations/${c.invitationId}/link`),
    },
    {
      why: 'an unknown invitation',
      status: 404,
      send: (c) => c.owner.request('POST', `${c.ws}/invitations/inv_unknown000000/link`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/uploads': [
    {
      why: 'a form without a file',
      status: 400,
      send: (c) => {
        const { payload, contentType } = buildMultipart([{ name: 'name', value: 'x' }]);
        return c.owner.request('POST', `${c.ws}/uploads`, payload, { 'content-type': contentType });
      },
    },
    {
      why: 'a viewer uploading',
      status: 403,
      send: (c) => {
        const { payload, contentType } = buildMultipart([
          { name: 'file', fileName: 'a.csv', content: 'case,activity,timestamp\n' },
        ]);
        return c.viewer.request('POST', `${c.ws}/uploads`, payload, { 'content-type': contentType });
      },
    },
  ],
  'POST /api/workspaces/{workspaceId}/datasets': [
    {
      why: 'a mapping naming a column the file lacks',
      status: 400,
      send: (c) => {
        const { payload, contentType } = buildMultipart([
          { name: 'mapping', value: JSON.stringify({ columns: { case: 'nope' } }) },
          {
            name: 'file',
            fileName: 'a.csv',
            content: 'case_id,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n',
          },
        ]);
        return c.owner.request('POST', `${c.ws}/datasets`, payload, { 'content-type': contentType });
      },
    },
    {
      why: 'an unknown upload id',
      status: 404,
      send: (c) => c.owner.request('POST', `${c.ws}/datasets`, { uploadId: 'upload-unknown' }),
    },
  ],
  'POST /api/workspaces/{workspaceId}/datasets/{datasetId}/versions': [
    {
      why: 'an unknown dataset',
      status: 404,
      send: (c) => {
        const { payload, contentType } = buildMultipart([{ name: 'file', fileName: 'a.csv', content: 'x' }]);
        return c.owner.request('POST', `${c.ws}/datasets/dst_unknown000000/versions`, payload, {
          'content-type': contentType,
        });
      },
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/datasets/{datasetId}': [
    {
      why: 'an empty name for an unknown dataset',
      status: 400,
      send: (c) => c.owner.request('PATCH', `${c.ws}/datasets/dst_unknown000000`, { name: '' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/datasets/{datasetId}': [
    {
      why: 'an unknown dataset',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/datasets/dst_unknown000000`),
    },
    {
      why: "another workspace's dataset",
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/datasets/${c.otherDatasetId}`),
    },
    {
      why: 'a viewer deleting',
      status: 403,
      send: (c) => c.viewer.request('DELETE', `${c.ws}/datasets/${c.datasetId}`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/projects': [
    {
      why: 'an idea that is not on the journey',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/projects`, {
          journeyId: c.journey.id,
          title: 'Size advice',
          ideaIds: ['ida_unknown000000'],
        }),
    },
    {
      why: "another workspace's journey",
      status: 404,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/projects`, { journeyId: 'jrn_unknown000000', title: 'Size advice' }),
    },
    {
      why: 'a viewer creating',
      status: 403,
      send: (c) =>
        c.viewer.request('POST', `${c.ws}/projects`, { journeyId: c.journey.id, title: 'Size advice' }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/projects/{projectId}': [
    {
      why: 'an unknown project',
      status: 404,
      send: (c) => c.owner.request('PATCH', `${c.ws}/projects/prj_unknown000000`, { title: 'Renamed' }),
    },
    {
      why: 'an empty title',
      status: 400,
      send: (c) => c.owner.request('PATCH', `${c.ws}/projects/prj_unknown000000`, { title: '' }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/projects/{projectId}': [
    {
      why: 'an unknown project',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/projects/prj_unknown000000`),
    },
  ],
  'POST /api/workspaces/{workspaceId}/projects/{projectId}/kpis': [
    {
      why: 'an unknown project',
      status: 404,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/projects/prj_unknown000000/kpis`, {
          metric: 'nps',
          scope: { datasetId: c.datasetId },
          baseline: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
          after: { from: '2025-03-01T00:00:00Z' },
        }),
    },
    {
      why: 'a conversion without its second touchpoint',
      status: 400,
      send: (c) =>
        c.owner.request('POST', `${c.ws}/projects/prj_unknown000000/kpis`, {
          metric: 'conversionShare',
          scope: { datasetId: c.datasetId, journeyId: c.journey.id, touchpointId: c.touchpointId },
          baseline: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
        }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/projects/{projectId}/kpis/{kpiId}': [
    {
      why: 'an unknown KPI',
      status: 404,
      send: (c) =>
        c.owner.request('PATCH', `${c.ws}/projects/prj_unknown000000/kpis/kpi_unknown000000`, { target: 1 }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/projects/{projectId}/kpis/{kpiId}': [
    {
      why: 'an unknown KPI',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/projects/prj_unknown000000/kpis/kpi_unknown000000`),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/settings': [
    {
      why: 'an editor changing the chosen-project limit',
      status: 403,
      send: (c) => c.editor.request('PATCH', `${c.ws}/settings`, { chosenProjectLimit: 3 }),
    },
    {
      why: 'a limit of none',
      status: 400,
      send: (c) => c.owner.request('PATCH', `${c.ws}/settings`, { chosenProjectLimit: 0 }),
    },
    {
      why: 'a criterion weight above 10',
      status: 400,
      send: (c) => c.owner.request('PATCH', `${c.ws}/settings`, { criterionWeights: { media: 11 } }),
    },
    {
      why: 'an unknown criterion',
      status: 400,
      send: (c) => c.owner.request('PATCH', `${c.ws}/settings`, { criterionWeights: { wow: 1 } }),
    },
    {
      why: 'every criterion weighing 0',
      status: 400,
      send: (c) =>
        c.owner.request('PATCH', `${c.ws}/settings`, {
          criterionWeights: { reach: 0, frequency: 0, feasibility: 0 },
        }),
    },
  ],
  'POST /api/workspaces/{workspaceId}/journeys/{journeyId}/comments': [
    {
      why: 'an empty comment',
      status: 400,
      send: (c) =>
        c.editor.request('POST', `${c.jr}/comments`, {
          target: { kind: 'touchpoint', id: c.touchpointId },
          body: ' ',
        }),
    },
    {
      why: 'a card that is not on the map',
      status: 404,
      send: (c) =>
        c.editor.request('POST', `${c.jr}/comments`, {
          target: { kind: 'touchpoint', id: UNKNOWN_TOUCHPOINT },
          body: 'Hi',
        }),
    },
    {
      why: 'a mention of someone outside the workspace',
      status: 400,
      send: (c) =>
        c.editor.request('POST', `${c.jr}/comments`, {
          target: { kind: 'phase', id: c.phaseId },
          body: 'Hi',
          mentions: [c.outsider.userId],
        }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/comments/{threadId}': [
    {
      why: 'an unknown thread',
      status: 404,
      send: (c) => c.editor.request('PATCH', `${c.ws}/comments/cth_unknown000000`, { status: 'resolved' }),
    },
    {
      why: 'a status that does not exist',
      status: 400,
      send: (c) => c.editor.request('PATCH', `${c.ws}/comments/cth_unknown000000`, { status: 'closed' }),
    },
  ],
  'POST /api/workspaces/{workspaceId}/comments/{threadId}/messages': [
    {
      why: 'an unknown thread',
      status: 404,
      send: (c) => c.editor.request('POST', `${c.ws}/comments/cth_unknown000000/messages`, { body: 'Hi' }),
    },
  ],
  'PATCH /api/workspaces/{workspaceId}/comments/{threadId}/messages/{commentId}': [
    {
      why: 'an unknown comment',
      status: 404,
      send: (c) =>
        c.editor.request('PATCH', `${c.ws}/comments/cth_unknown000000/messages/cmt_unknown000000`, {
          body: 'Hi',
        }),
    },
  ],
  'DELETE /api/workspaces/{workspaceId}/comments/{threadId}/messages/{commentId}': [
    {
      why: 'an unknown comment',
      status: 404,
      send: (c) => c.owner.request('DELETE', `${c.ws}/comments/cth_unknown000000/messages/cmt_unknown000000`),
    },
  ],
  'POST /api/invitations/{token}/accept': [
    {
      why: 'an unknown invite link',
      status: 404,
      send: (c) => c.outsider.request('POST', `/api/invitations/${'x'.repeat(43)}/accept`),
    },
    {
      why: 'accepting without signing in',
      status: 401,
      send: (c) => c.anonymous.request('POST', `/api/invitations/${'x'.repeat(43)}/accept`),
    },
  ],
};

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

let t: TestApp;
let c: Ctx;

beforeAll(async () => {
  t = await createTestApp();
  const people = await signUpPeople(t.app, 'writes');
  const seeded = await seedWorkspace(people);
  const ws = `/api/workspaces/${seeded.workspaceId}`;
  c = {
    ...people,
    ...seeded,
    ws,
    jr: `${ws}/journeys/${seeded.journey.id}`,
    version: seeded.journey.version,
    datasetId: (await storeDataset(t.store, seeded.workspaceId)).id,
    otherDatasetId: (await storeDataset(t.store, people.otherWorkspaceId)).id,
  };
});
afterAll(async () => t?.close());

describe('write routes', () => {
  it('every write route of the OpenAPI document has a bad-input case (add yours to BAD_WRITES)', async () => {
    const document = (await c.anonymous.request('GET', '/api/docs/json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writeRoutes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => WRITE_METHODS.has(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(writeRoutes.length).toBeGreaterThan(30);
    expect(writeRoutes.filter((route) => !BAD_WRITES[route]?.length)).toEqual([]);
    expect(Object.keys(BAD_WRITES).filter((route) => !writeRoutes.includes(route))).toEqual([]);
  });

  for (const [route, list] of Object.entries(BAD_WRITES)) {
    for (const bad of list) {
      it(`${route} with ${bad.why} answers ${bad.status} and writes nothing`, async () => {
        // Each case starts from the map as stored, so one case that wrongly wrote cannot fail the next.
        c.journey = (await c.owner.request('GET', c.jr)).json().journey;
        c.version = c.journey.version;
        const before = await readAllRows(t.databaseUrl);
        const response = await bad.send(c);
        expect(response.statusCode, response.body).toBe(bad.status);
        expect(await readAllRows(t.databaseUrl)).toEqual(before);
      });
    }
  }
});

describe('PATCH …/journeys/:id with an unknown persona', () => {
  it('writes nothing: the title, the personas and the version stay, and the next autosave works', async () => {
    const before = (await c.owner.request('GET', c.jr)).json().journey;
    const patched = await c.owner.request('PATCH', c.jr, {
      version: before.version,
      title: 'Renamed',
      personaIds: [c.personaId, UNKNOWN_PERSONA],
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().issues).toEqual([
      { path: 'body.personaIds.1', message: `no persona ${UNKNOWN_PERSONA} in this workspace` },
    ]);
    const after = (await c.owner.request('GET', c.jr)).json().journey;
    expect(after).toEqual(before);

    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...map } = after;
    const saved = await c.owner.request('PUT', c.jr, { ...map, goal: 'Autosaved' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().journey).toMatchObject({ version: before.version + 1, goal: 'Autosaved' });
  });
});
