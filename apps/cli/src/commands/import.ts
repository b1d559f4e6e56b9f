import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Io } from '../main.js';
import { buildMapping, type MappingFlags } from './import/buildMapping.js';
import { createStepLine } from './import/drawStepLine.js';
import { uploadFile } from './import/uploadFile.js';

const usage =
  'usage: trailmap import <file> --url URL --key KEY [--dataset NAME] [--case COL] [--activity COL] [--timestamp COL]\n' +
  '       [--customer COL] [--channel COL] [--nps COL] [--csat COL] [--ces COL] [--classifier K1,K2] [--object-type TYPE]\n' +
  '       [--gap DURATION | --start A1,A2 --end B1,B2] [--shared-keys K1,K2]';

interface DatasetAnswer {
  id: string;
  name: string;
  status: 'importing' | 'ready' | 'failed';
  progress: number | null;
  error: { message: string } | null;
  events: number;
  cases: number;
  versions: number;
}

/** Waits between two looks at a running import (the server answers at once; this only paces the polling). */
const pollMs = 250;

/**
 * `trailmap import`: uploads a log to a Trailmap server through its API with a write API key, as a new
 * dataset or (`--dataset` naming an existing one) as its next version, shows the upload and the import
 * on one progress line, and waits until the import has ended. Returns the exit code.
 */
export async function runImport(argv: string[], io: Io): Promise<number> {
  const fail = (message: string, code = 1): number => {
    io.stderr.write(`trailmap import: ${message}\n`);
    return code;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        key: { type: 'string' },
        dataset: { type: 'string' },
        case: { type: 'string' },
        activity: { type: 'string' },
        timestamp: { type: 'string' },
        customer: { type: 'string' },
        channel: { type: 'string' },
        nps: { type: 'string' },
        csat: { type: 'string' },
        ces: { type: 'string' },
        classifier: { type: 'string' },
        'object-type': { type: 'string' },
        gap: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        'shared-keys': { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1) return fail(`give exactly one file\n${usage}`, 2);
  const url = values.url ?? process.env.TRAILMAP_URL;
  const key = values.key ?? process.env.TRAILMAP_KEY;
  if (!url || !key)
    return fail(`give the server's --url and a write API --key (or TRAILMAP_URL, TRAILMAP_KEY)\n${usage}`, 2);
  if (!existsSync(file) || !statSync(file).isFile()) return fail(`${file}: no such file`);
  const built = buildMapping(values as MappingFlags);
  if ('problem' in built) return fail(built.problem, 2);
  const base = url.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${key}` };

  const ask = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      ...init,
      headers: { ...headers, ...(init?.headers ?? {}) },
    });
    const body = (await response.json().catch(() => ({}))) as T & { message?: string };
    if (!response.ok) throw new Error(body.message ?? `${response.status} ${response.statusText}`);
    return body;
  };

  let workspaceId: string;
  let target: DatasetAnswer | undefined;
  try {
    const { workspaces } = await ask<{ workspaces: { id: string }[] }>('/api/workspaces');
    if (!workspaces[0]) return fail('the key belongs to no workspace');
    workspaceId = workspaces[0].id;
    if (values.dataset) {
      const { datasets } = await ask<{ datasets: DatasetAnswer[] }>(
        `/api/workspaces/${workspaceId}/datasets`,
      );
      target = datasets.find((d) => d.name === values.dataset);
    }
  } catch (error) {
    return fail(`${base}: ${(error as Error).message}`);
  }

  const line = createStepLine(io.stderr as NodeJS.WriteStream);
  const fields: Record<string, string> = {};
  if (Object.keys(built.mapping).length > 0) fields.mapping = JSON.stringify(built.mapping);
  if (!target && values.dataset) fields.name = values.dataset;
  const path = target
    ? `/api/workspaces/${workspaceId}/datasets/${target.id}/versions`
    : `/api/workspaces/${workspaceId}/datasets`;
  let dataset: DatasetAnswer;
  try {
    const response = await uploadFile(`${base}${path}`, { path: file, fields, headers }, (sent, total) =>
      line?.draw('uploading', sent / total, `${(sent / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`),
    );
    const body = (await response.json().catch(() => ({}))) as { dataset?: DatasetAnswer; message?: string };
    if (response.status !== 202 || !body.dataset) {
      line?.finish();
      return fail(`${file}: ${body.message ?? `${response.status} ${response.statusText}`}`);
    }
    dataset = body.dataset;
  } catch (error) {
    line?.finish();
    return fail(`${base}: ${(error as Error).message}`);
  }

  for (;;) {
    dataset = await ask<DatasetAnswer>(`/api/workspaces/${workspaceId}/datasets/${dataset.id}`);
    if (dataset.status !== 'importing') break;
    line?.draw('importing', dataset.progress);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  line?.finish();
  if (dataset.error) return fail(dataset.error.message);
  io.stdout.write(
    `${dataset.name}: ${dataset.events.toLocaleString('en')} events, ${dataset.cases.toLocaleString('en')} cases, version ${dataset.versions} (${base}/w/${workspaceId}/data/${dataset.id}/map)\n`,
  );
  return 0;
}
