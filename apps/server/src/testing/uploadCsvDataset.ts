import { expect } from 'vitest';
import { buildMultipart } from './buildMultipart.js';
import type { Client } from './createTestApp.js';

/**
 * Seven hand-made shop journeys as a CSV (case, activity, timestamp, channel, method, nps): the figures of
 * the measured map worked out by hand in app.journeyMeasures.test.ts (J1 the designed path and NPS 9; J2
 * two visits, answers 6 then 10; J3 an ad on the web, NPS 3; J4 the cart before the visit, pays cash; J5
 * pays by card in February; J6 reaches nothing; J7 visit and cart in the same second).
 */
export const SHOP_CSV = `case,activity,timestamp,channel,method,nps
J1,see ad,2024-01-01T00:00:00Z,social,,
J1,visit site,2024-01-01T00:01:00Z,web,,
J1,add to cart,2024-01-01T00:02:00Z,web,,
J1,pay,2024-01-01T00:05:00Z,web,card,
J1,survey,2024-01-01T00:06:40Z,,,9
J2,visit site,2024-01-01T00:00:00Z,,,
J2,visit site,2024-01-01T00:00:30Z,,,
J2,add to cart,2024-01-01T00:01:40Z,,,
J2,survey,2024-01-01T00:03:20Z,,,6
J2,survey,2024-01-01T00:05:00Z,,,10
J3,see ad,2024-01-01T00:00:00Z,web,,
J3,visit site,2024-01-01T00:00:10Z,,,
J3,survey,2024-01-01T00:00:50Z,,,3
J4,add to cart,2024-01-01T00:00:00Z,,,
J4,visit site,2024-01-01T00:00:50Z,,,
J4,pay,2024-01-01T00:01:20Z,,cash,
J5,pay,2024-02-01T00:00:00Z,,card,
J6,call,2024-01-01T00:00:00Z,,,
J7,visit site,2024-01-01T00:00:00Z,,,
J7,add to cart,2024-01-01T00:00:00Z,,,
`;

/** Uploads `csv` as a dataset of `workspace` through the API and waits until it is ready; its id. */
export async function uploadCsvDataset(
  client: Client,
  workspace: string,
  name: string,
  csv: string = SHOP_CSV,
): Promise<string> {
  const { payload, contentType } = buildMultipart([
    { name: 'name', value: name },
    { name: 'file', fileName: 'shop.csv', content: csv, type: 'text/csv' },
  ]);
  const created = await client.request('POST', `/api/workspaces/${workspace}/datasets`, payload, {
    'content-type': contentType,
  });
  expect(created.statusCode, created.body).toBe(202);
  const id: string = created.json().dataset.id;
  for (;;) {
    const dataset = (await client.request('GET', `/api/workspaces/${workspace}/datasets/${id}`)).json();
    if (dataset.status === 'ready') return id;
    if (dataset.status === 'failed') throw new Error(JSON.stringify(dataset.error));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
