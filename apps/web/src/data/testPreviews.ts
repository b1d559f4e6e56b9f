import type { DatasetView, UploadView } from './datasetsApi.js';

/** The start of samples/receipt.csv as `POST …/uploads` previews it (pm4py column names). */
export const receiptUpload: UploadView = {
  id: 'upl_receipt',
  fileName: 'receipt.csv',
  sizeBytes: 2_336_012,
  expiresAt: '2031-01-01T10:00:00.000Z',
  preview: {
    format: 'csv',
    columns: [
      { name: 'case:channel', type: 'text', examples: ['Internet'] },
      { name: 'case:concept:name', type: 'text', examples: ['case-10011'] },
      { name: 'case:department', type: 'text', examples: ['General'] },
      { name: 'concept:name', type: 'text', examples: ['Confirmation of receipt'] },
      { name: 'org:resource', type: 'text', examples: ['Resource21'] },
      { name: 'time:timestamp', type: 'timestamp', examples: ['2011-10-11 13:45:40.276000+02:00'] },
    ],
    rows: [
      {
        'case:channel': 'Internet',
        'case:concept:name': 'case-10011',
        'case:department': 'General',
        'concept:name': 'Confirmation of receipt',
        'org:resource': 'Resource21',
        'time:timestamp': '2011-10-11 13:45:40.276000+02:00',
      },
      {
        'case:channel': 'Internet',
        'case:concept:name': 'case-10011',
        'case:department': 'General',
        'concept:name': 'T02 Check confirmation of receipt',
        'org:resource': 'Resource10',
        'time:timestamp': '2011-10-12 08:26:25.398000+02:00',
      },
    ],
    suggested: {
      columns: {
        case: 'case:concept:name',
        activity: 'concept:name',
        timestamp: 'time:timestamp',
        channel: 'case:channel',
      },
      caseNotion: { kind: 'column' },
    },
    missing: [],
  },
};

/** A CSV whose columns Trailmap does not recognise by name. */
export const ticketsUpload: UploadView = {
  id: 'upl_tickets',
  fileName: 'tickets.csv',
  sizeBytes: 120,
  expiresAt: '2031-01-01T10:00:00.000Z',
  preview: {
    format: 'csv',
    columns: [
      { name: 'ticket', type: 'text', examples: ['T1'] },
      { name: 'step', type: 'text', examples: ['Open', 'Solve'] },
      { name: 'at', type: 'timestamp', examples: ['2024-01-01T09:00:00Z'] },
      { name: 'client', type: 'text', examples: ['c1'] },
      { name: 'email_hash', type: 'text', examples: ['ab12'] },
    ],
    rows: [
      { ticket: 'T1', step: 'Open', at: '2024-01-01T09:00:00Z', client: 'c1', email_hash: 'ab12' },
      { ticket: 'T1', step: 'Solve', at: '2024-01-01T10:00:00Z', client: 'c1', email_hash: 'ab12' },
    ],
    suggested: { columns: {}, caseNotion: { kind: 'column' }, delimiter: ';' },
    missing: ['case', 'activity', 'timestamp'],
  },
};

/** An OCEL 2.0 document's preview: its object types, the default one chosen. */
export const ocelUpload: UploadView = {
  id: 'upl_ocel',
  fileName: 'orders.jsonocel',
  sizeBytes: 10_508,
  expiresAt: '2031-01-01T10:00:00.000Z',
  preview: {
    format: 'ocel',
    columns: [
      { name: 'case', type: 'text', examples: ['R1'] },
      { name: 'activity', type: 'text', examples: ['Insert Invoice'] },
      { name: 'timestamp', type: 'timestamp', examples: ['2022-01-14T11:00:00.000Z'] },
      { name: 'ocel:eventId', type: 'text', examples: ['e5'] },
    ],
    rows: [{ case: 'R1', activity: 'Insert Invoice', timestamp: '2022-01-14T11:00:00.000Z', 'ocel:eventId': 'e5' }],
    suggested: { columns: {}, caseNotion: { kind: 'column' }, objectType: 'Invoice' },
    missing: [],
    objectTypes: [
      { name: 'Invoice', objectCount: 3, eventCount: 9, rowCount: 9 },
      { name: 'Payment', objectCount: 3, eventCount: 3, rowCount: 3 },
    ],
  },
};

/** An XES log's preview: the event model's own fields and the attributes. */
export const xesUpload: UploadView = {
  id: 'upl_xes',
  fileName: 'running-example.xes',
  sizeBytes: 15_891,
  expiresAt: '2031-01-01T10:00:00.000Z',
  preview: {
    format: 'xes',
    columns: [
      { name: 'case', type: 'number', examples: ['3'] },
      { name: 'activity', type: 'text', examples: ['register request'] },
      { name: 'timestamp', type: 'timestamp', examples: ['2010-12-30T13:32:00.000Z'] },
      { name: 'channel', type: 'empty', examples: [] },
      { name: 'case:creator', type: 'text', examples: ['Fluxicon Nitro'] },
      { name: 'org:resource', type: 'text', examples: ['Pete'] },
      { name: 'lifecycle:transition', type: 'text', examples: ['complete'] },
    ],
    rows: [
      {
        case: '3',
        activity: 'register request',
        timestamp: '2010-12-30T13:32:00.000Z',
        channel: null,
        'case:creator': 'Fluxicon Nitro',
        'org:resource': 'Pete',
        'lifecycle:transition': 'complete',
      },
    ],
    suggested: { columns: {}, caseNotion: { kind: 'column' } },
    missing: [],
  },
};

/** A dataset as the list answers it. */
export function datasetFixture(overrides: Partial<DatasetView> = {}): DatasetView {
  return {
    id: 'dst_receipt',
    workspaceId: 'wks_bank',
    name: 'Permit receipts',
    status: 'ready',
    progress: null,
    error: null,
    format: 'csv',
    mapping: { columns: { case: 'case:concept:name' }, caseNotion: { kind: 'column' } },
    fileName: 'receipt.csv',
    imported: { caseNotion: { kind: 'column', column: 'case:concept:name' }, eventsWithoutCase: 0 },
    events: 8577,
    cases: 1434,
    customers: 0,
    activities: 27,
    firstEventAt: '2010-12-30T10:02:00.000Z',
    lastEventAt: '2011-12-06T13:41:31.000Z',
    versions: 1,
    sizeBytes: 2_336_012,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:05.000Z',
    ...overrides,
  };
}
