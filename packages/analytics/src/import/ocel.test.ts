import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { listOcelObjectTypes, parseOcel } from './ocel.js';
import { ImportError, type ImportRow } from './types.js';

const EXAMPLE = fileURLToPath(new URL('../../../../samples/ocel20_example.jsonocel', import.meta.url));

async function parseRows(
  objectType: string,
  input: Parameters<typeof parseOcel>[0] = { path: EXAMPLE },
): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const batch of parseOcel(input, { objectType })) rows.push(...batch);
  return rows;
}

async function catchError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

function streamOf(value: unknown): { stream: NodeJS.ReadableStream; name: string } {
  return { stream: Readable.from([Buffer.from(JSON.stringify(value))]), name: 'doc.jsonocel' };
}

/*
 * Counted by hand from ocel20_example.jsonocel (13 events e1..e13):
 *   Invoice   R1: e5 e7 · R2: e6 e8 · R3: e9 e10 e11 e12 e13           → 3 objects, 9 events
 *   Payment   P1: e7 · P2: e8 · P3: e13                                 → 3 objects, 3 events
 *   Purchase Order  PO1: e3 e4 e5 e6 · PO2: e10                         → 2 objects, 5 events
 *   Purchase Requisition  PR1: e1 e2 e3                                 → 1 object,  3 events
 */
describe('parseOcel on ocel20_example.jsonocel', () => {
  it('listOcelObjectTypes(path) counts objects and related events per type', async () => {
    expect(await listOcelObjectTypes(EXAMPLE)).toEqual([
      { name: 'Invoice', objectCount: 3, eventCount: 9, rowCount: 9 },
      { name: 'Payment', objectCount: 3, eventCount: 3, rowCount: 3 },
      { name: 'Purchase Order', objectCount: 2, eventCount: 5, rowCount: 5 },
      { name: 'Purchase Requisition', objectCount: 1, eventCount: 3, rowCount: 3 },
    ]);
  });

  it('parseOcel(path, { objectType: "Invoice" }) makes one case per invoice', async () => {
    const rows = await parseRows('Invoice');
    expect(rows.map((r) => `${r.caseId}:${r.properties?.['ocel:eventId'] as string}`)).toEqual([
      'R1:e5',
      'R2:e6',
      'R1:e7',
      'R2:e8',
      'R3:e9',
      'R3:e10',
      'R3:e11',
      'R3:e12',
      'R3:e13',
    ]);
    const r3 = rows.filter((r) => r.caseId === 'R3').map((r) => r.activity);
    expect(r3).toEqual([
      'Insert Invoice',
      'Create Purchase Order',
      'Set Payment Block',
      'Remove Payment Block',
      'Insert Payment',
    ]);
  });

  it('parseOcel(path, { objectType: "Purchase Order" }) keeps event attributes and the related objects', async () => {
    const rows = await parseRows('Purchase Order');
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.caseId)).toEqual(['PO1', 'PO1', 'PO1', 'PO1', 'PO2']);
    expect(rows[0]).toEqual({
      eventId: 'e3:PO1',
      caseId: 'PO1',
      customerId: null,
      anonymousId: null,
      tsMs: Date.UTC(2022, 0, 10, 8, 15),
      startTsMs: null,
      activity: 'Create Purchase Order',
      channel: null,
      source: 'ocel',
      properties: {
        po_creator: 'Mike',
        'ocel:eventId': 'e3',
        'ocel:qualifier': 'Created order with identifier',
        'ocel:objects': { 'Purchase Requisition': ['PR1'], 'Purchase Order': ['PO1'] },
      },
      nps: null,
      csat: null,
      ces: null,
    });
  });

  it('parseOcel(path) flattens Payment and Purchase Requisition to their hand-counted events', async () => {
    expect((await parseRows('Payment')).map((r) => r.eventId)).toEqual(['e7:P1', 'e8:P2', 'e13:P3']);
    expect((await parseRows('Purchase Requisition')).map((r) => r.activity)).toEqual([
      'Create Purchase Requisition',
      'Approve Purchase Requisition',
      'Create Purchase Order',
    ]);
  });

  it('parseOcel(path, { objectType: unknown }) lists the available types', async () => {
    const error = await catchError(parseRows('Customer'));
    expect(error.where).toEqual({ file: EXAMPLE, field: 'objectType' });
    expect(error.reason).toBe(
      'unknown object type "Customer"; available: "Invoice", "Payment", "Purchase Order", "Purchase Requisition"',
    );
    expect((await catchError(parseRows(''))).reason).toMatch(/^choose an objectType; available: "Invoice"/);
  });
});

describe('parseOcel on small documents', () => {
  const objects = [
    { id: 'o1', type: 'Order', attributes: [] },
    { id: 'o2', type: 'Order', attributes: [] },
    { id: 'c1', type: 'Customer', attributes: [] },
  ];

  it('parseOcel(stream) emits one row per related object of the type, each object once', async () => {
    const doc = {
      objectTypes: [
        { name: 'Order', attributes: [] },
        { name: 'Customer', attributes: [] },
      ],
      eventTypes: [],
      objects,
      events: [
        {
          id: 'x',
          type: 'Pack',
          time: '2024-01-01T00:00:00Z',
          attributes: [{ name: 'packer', value: 'Ann' }],
          relationships: [
            { objectId: 'o1', qualifier: 'first' },
            { objectId: 'o2', qualifier: 'second' },
            { objectId: 'o1', qualifier: 'again' },
            { objectId: 'c1', qualifier: 'for' },
          ],
        },
        { id: 'y', type: 'Call', time: '2024-01-02T00:00:00Z', relationships: [{ objectId: 'c1' }] },
      ],
    };
    const rows = await parseRows('Order', streamOf(doc));
    expect(rows.map((r) => [r.eventId, r.caseId, r.properties?.['ocel:qualifier']])).toEqual([
      ['x:o1', 'o1', 'first'],
      ['x:o2', 'o2', 'second'],
    ]);
  });

  it('parseOcel(stream) names the event and field of a bad timestamp or unknown object', async () => {
    const badTime = {
      objectTypes: [],
      objects,
      events: [{ id: 'x', type: 'A', time: 'later', relationships: [] }],
    };
    const timeError = await catchError(parseRows('Order', streamOf(badTime)));
    expect(timeError.where).toEqual({ file: 'doc.jsonocel', field: 'events[0].time' });
    const badObject = {
      objectTypes: [],
      objects,
      events: [{ id: 'x', type: 'A', time: '2024-01-01T00:00:00Z', relationships: [{ objectId: 'zz' }] }],
    };
    const objectError = await catchError(parseRows('Order', streamOf(badObject)));
    expect(objectError.where.field).toBe('events[0].relationships[0].objectId');
  });

  it('parseOcel(stream) recognises OCEL 1.0 and invalid JSON', async () => {
    expect((await catchError(parseRows('Order', streamOf({ 'ocel:events': {} })))).reason).toContain(
      'OCEL 1.0',
    );
    const broken = { stream: Readable.from([Buffer.from('{"objects": [')]), name: 'broken.jsonocel' };
    expect((await catchError(parseRows('Order', broken))).reason).toMatch(/^invalid JSON/);
  });
});
